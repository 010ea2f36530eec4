package be.ifg.cli;

import static be.ifg.cli.IfgRun.ifg;
import static org.assertj.core.api.Assertions.assertThat;

import be.ifg.rti.Parsed;
import be.ifg.rti.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The scenario question {@code page}: a dossier's page read through the SDK. */
class PageQuestionTests {

  private static final String N = System.lineSeparator();
  private static final Path EXAMPLE =
      Path.of("..", "scenarios", "history-timeline-three-readers.json");

  private static final String TABLE =
      """
      "start": "2026-02-02T09:00:00+01:00",
      "table": {"region": "r", "partners": [{"id": "caw", "kind": "CAW"},
                                            {"id": "pol", "kind": "LOCAL_POLICE"}],
                "members": [{"id": "an", "partner": "caw"}, {"id": "bart", "partner": "pol"}],
                "coordinator": "an"},
      """;

  private static final String REGISTER =
      """
      {"by": "bart", "do": "register", "with": {"dossier": "d1",
         "parties": [{"id": "sara", "role": "VICTIM"}, {"id": "tom", "role": "PERPETRATOR"}],
         "criteria": ["UNSAFETY"], "informed": [{"party": "sara", "how": "talk"}],
         "deferred": [{"party": "tom", "reason": "she is not safe yet", "reviewBy": "2026-02-20"}]}},
      """;

  @TempDir Path dir;

  @Test
  void namesTheJsonPathOfEveryMistakeInAPageQuestion() throws IOException {
    Path file = dir.resolve("s.json");
    Files.writeString(
        file,
        "{\"name\": \"page\", "
            + TABLE
            + """
             "steps": [
              {"ask": "page", "who": "an", "purpose": "PLAN"},
            """
            + REGISTER
            + """
              {"ask": "page", "purpose": "READING"},
              {"ask": "page", "who": "zoe", "purpose": "PLAN", "colour": "red"},
              {"ask": "page", "who": "an", "purpose": "PLAN", "expect": {
                 "shown": ["registration", "notes"], "counted": ["registration"],
                 "deferralReason": "maybe", "dangerUpdates": -1, "hidden": true,
                 "timeline": {"count": 2, "includes": [{"who": "zoe"}, "Registered"],
                              "excludes": [{"kind": "Registered", "item": "i1"}]}}},
              {"ask": "page", "who": "an", "purpose": "PLAN", "expect": ["refused"]},
              {"ask": "page", "who": "an", "purpose": "PLAN", "expect": {"timeline": 3}}
             ]}
            """);

    Parsed<?> read = ScenarioReader.read(file);

    assertThat(read.problems())
        .extracting(Problem::path)
        .contains(
            "$.steps[0]",
            "$.steps[2].who",
            "$.steps[2].purpose",
            "$.steps[3].who",
            "$.steps[3].colour",
            "$.steps[4].expect.shown[1]",
            "$.steps[4].expect.counted",
            "$.steps[4].expect.deferralReason",
            "$.steps[4].expect.dangerUpdates",
            "$.steps[4].expect.hidden",
            "$.steps[4].expect.timeline.includes[0].kind",
            "$.steps[4].expect.timeline.includes[0].who",
            "$.steps[4].expect.timeline.includes[1]",
            "$.steps[4].expect.timeline.excludes[0].item",
            "$.steps[5].expect",
            "$.steps[6].expect.timeline");
    assertThat(read.problems())
        .extracting(Problem::message)
        .contains(
            "no dossier is registered yet to ask about",
            "must be a part of the page, one of [registration, plan, progress, incidents,"
                + " goal-decisions, closure, evaluations, directors, timeline], not \"notes\"",
            "part 'registration' cannot be both shown and counted",
            "must be \"shown\" or \"withheld\", not maybe");
  }

  @Test
  void playsTheThreeReadersExampleInEnglish() {
    IfgRun run = ifg("scenario", "run", EXAMPLE.toString());

    assertThat(run.code()).as(run.err()).isEqualTo(Ifg.OK);
    assertThat(run.out())
        .contains("ask page for dina")
        .contains("expectation MET: dina PLAN page: shows registration, plan of approach")
        .contains("informing yusuf deferred until 2026-05-29: nadia is preparing to leave")
        .contains("informing yusuf deferred until 2026-05-29 (reason withheld)")
        .contains("        2026-05-06 an shared item loc (victim location)")
        .contains("        2026-05-13 an appointed dina (vk) case director")
        .contains("fien EVALUATION page: counts only: registration: 3, plan of approach: 1")
        .contains("gert PLAN page: refused — table-member")
        .endsWith("6 passed, 0 failed" + N);
    // the location's step reaches the case director's page only
    assertThat(run.out().split("shared item loc", -1)).hasSize(2);
  }

  @Test
  void playsTheThreeReadersExampleInFrenchWithTheLibrarysSentences() {
    IfgRun run = ifg("scenario", "run", "--language", "fr", EXAMPLE.toString());

    assertThat(run.code()).as(run.err()).isEqualTo(Ifg.OK);
    assertThat(run.out())
        .contains("demande page pour fien")
        .contains("dina page du dossier PLAN : montre signalement")
        .contains("information de yusuf différée jusqu'au 2026-05-29 (motif non montré)")
        .contains(
            "        2026-05-06 an a partagé l'information loc (lieu de séjour de la victime)")
        .contains("        2026-05-13 an a désigné dina (vk) gestionnaire de cas")
        .doesNotContain("shared item")
        .endsWith("6 réussie(s), 0 échouée(s)" + N);
  }

  @Test
  void playsTheThreeReadersExampleInDutch() {
    IfgRun run = ifg("scenario", "run", "--language", "nl", EXAMPLE.toString());

    assertThat(run.code()).as(run.err()).isEqualTo(Ifg.OK);
    assertThat(run.out())
        .contains("vraag page voor dina")
        .contains("dina PLAN dossierpagina: toont")
        .contains("informeren van yusuf uitgesteld tot 2026-05-29 (reden niet getoond)")
        .contains("        2026-05-06 an deelde informatie loc")
        .contains("        2026-05-13 an stelde dina (vk) aan als casusregisseur")
        .endsWith("6 geslaagd, 0 mislukt" + N);
  }

  @Test
  void reportsEveryExpectationAPageDoesNotMeetAsFailed() throws IOException {
    Path file = dir.resolve("s.json");
    Files.writeString(
        file,
        "{\"name\": \"page\", "
            + TABLE
            + """
             "steps": [
            """
            + REGISTER
            + """
              {"by": "an", "do": "accept"},
              {"ask": "page", "who": "an", "purpose": "PLAN", "expect": {
                 "refused": false, "shown": ["registration", "timeline"], "deferralReason": "shown",
                 "dangerUpdates": 0,
                 "timeline": {"count": 2, "includes": [{"kind": "Registered", "who": "bart"}],
                              "excludes": [{"kind": "Withdrawn"}]}}},
              {"ask": "page", "who": "an", "purpose": "EVALUATION", "expect": {
                 "shown": ["plan"], "deferralReason": "withheld",
                 "timeline": {"count": 3, "includes": [{"kind": "Accepted", "who": null}]}}},
              {"ask": "page", "who": "an", "purpose": "PLAN", "expect": {"refused": true}}
             ]}
            """);

    IfgRun run = ifg("scenario", "run", file.toString());

    assertThat(run.err()).isEmpty();
    assertThat(run.code()).isEqualTo(Ifg.INVALID);
    assertThat(run.out())
        .contains("expectation MET: an PLAN page: shows registration")
        .contains(
            "expectation FAILED: expected plan shown in full; expected 3 timeline step(s),"
                + " found 2; missing Accepted by ?; no deferral on the page (found: an"
                + " EVALUATION page: counts only:")
        .contains("expectation FAILED: expected the page to be refused (found: an PLAN page:")
        .endsWith("1 passed, 2 failed" + N);

    JsonNode json =
        JsonMapper.builder()
            .build()
            .readTree(ifg("scenario", "run", file.toString(), "--json").out());
    assertThat(json.get("passed").asInt()).isEqualTo(1);
    assertThat(json.get("failed").asInt()).isEqualTo(2);
    List<String> outcomes = new ArrayList<>();
    for (JsonNode step : json.get("steps")) {
      JsonNode e = step.get("expectation");
      outcomes.add(e.isNull() ? "null" : e.stringValue());
    }
    assertThat(outcomes).containsExactly("null", "null", "MET", "FAILED", "FAILED");
  }
}
