package be.ifg.cli;

import static be.ifg.cli.IfgRun.ifg;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ScenarioCommandTests {
  private static final Path SCENARIOS = Path.of("..", "scenarios");
  private static final Set<String> POLICY_QUESTIONS = Set.of("decide", "view", "audit");

  @Test
  void playsThePublicExampleMeetingEveryExpectation() throws IOException {
    Path file = SCENARIOS.resolve("basic-chain.json");
    IfgRun run = ifg("scenario", "run", file.toString(), "--json");
    JsonNode report = JsonMapper.builder().build().readTree(run.out());
    JsonNode steps = JsonMapper.builder().build().readTree(Files.readString(file)).get("steps");
    int policy = 0;
    for (JsonNode result : report.get("steps")) {
      JsonNode step = steps.get(result.get("index").intValue());
      if (step.has("ask") && POLICY_QUESTIONS.contains(step.get("ask").stringValue())) {
        policy++;
      }
      if (!result.get("expectation").isNull()) {
        assertThat(result.get("expectation").stringValue())
            .as("step %s: %s", result.get("index"), result.get("message"))
            .isEqualTo("MET");
      } else {
        assertThat(result.get("outcome").stringValue()).isIn("ACCEPTED", "CHECKED", "ANSWERED");
      }
    }
    assertThat(policy).isEqualTo(7);
    assertThat(report.get("failed").intValue()).isZero();
    assertThat(report.get("passed").intValue()).isEqualTo(21);
    assertThat(run.code()).isEqualTo(Ifg.OK);
  }

  @Test
  void printsAWalkThroughEndingWithTheCounts() {
    IfgRun run = ifg("scenario", "run", SCENARIOS.resolve("basic-chain.json").toString());
    assertThat(run.out())
        .contains("state: DOSSIER_BUILDING (dossiervorming)")
        .contains("reason OPEN_INFORMATION_REQUESTS")
        .contains("fien VIEW i2 for PLAN: DENY — known-item")
        .as(
            "fien is told of no item; the walk-through, the scenario author's, names the logged rule")
        .contains("the disclosure log records [victim-location]")
        .as("and never the location itself")
        .doesNotContain("shelter")
        .endsWith("21 passed, 0 failed" + System.lineSeparator());
  }

  @Test
  void checksARuleExpectationAgainstTheRulesTheLogRecords(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("s.json");
    Files.writeString(
        file,
        """
        {"start": "2026-02-02T09:00:00+01:00",
         "table": {"region": "r", "partners": [{"id": "caw", "kind": "CAW"},
                   {"id": "jh", "kind": "JUSTICE_HOUSE"}],
                   "members": [{"id": "an", "partner": "caw"}, {"id": "fien", "partner": "jh"}],
                   "coordinator": "an"},
         "steps": [
           {"by": "an", "do": "register", "with": {"dossier": "d1",
              "parties": [{"id": "sara", "role": "VICTIM"}], "criteria": ["UNSAFETY"],
              "informed": [{"party": "sara", "how": "intake"}]}},
           {"by": "an", "do": "accept"},
           {"by": "an", "do": "shareInformation", "with": {"item": "loc",
              "category": "VICTIM_LOCATION", "about": ["sara"], "reason": "safety",
              "summary": "at the shelter"}},
           {"ask": "decide", "who": "fien", "action": "VIEW", "item": "loc", "purpose": "PLAN",
            "expect": {"decision": "DENY", "rule": "victim-location"}},
           {"ask": "decide", "who": "fien", "action": "VIEW", "item": "loc", "purpose": "PLAN",
            "expect": {"decision": "DENY", "rule": "known-item"}}
         ]}
        """);
    IfgRun run = ifg("scenario", "run", file.toString());
    assertThat(run.code()).as(run.out() + run.err()).isEqualTo(Ifg.OK);
    assertThat(run.out()).endsWith("2 passed, 0 failed" + System.lineSeparator());
  }

  /**
   * Every scenario in examples/scenarios is played in the build; each must meet every expectation.
   */
  @Test
  void playsEveryExampleScenarioWithoutAFailure() throws IOException {
    List<Path> files;
    try (Stream<Path> list = Files.list(SCENARIOS)) {
      files =
          list.filter(f -> f.toString().endsWith(".json"))
              .filter(f -> !f.getFileName().toString().endsWith("instrument.json"))
              .sorted()
              .toList();
    }
    assertThat(files).hasSizeGreaterThanOrEqualTo(10);
    for (Path file : files) {
      IfgRun run = ifg("scenario", "run", file.toString());
      assertThat(run.code()).as("%s:%n%s%s", file, run.out(), run.err()).isEqualTo(Ifg.OK);
      assertThat(run.out()).as("%s", file).containsPattern("\\d+ passed, 0 failed");
    }
  }

  @Test
  void showsAStepsNameAsAComment() {
    IfgRun run = ifg("scenario", "run", SCENARIOS.resolve("declined-with-advice.json").toString());
    assertThat(run.out())
        .contains("    # the table declines and tells the registrant what to do instead")
        .contains("reason NO_CRITERIA");
  }

  @Test
  void reportsEveryErrorOfAnUnusableFileWithItsPathBeforeRunning(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("broken.json");
    Files.writeString(
        file,
        """
        {"start": "2026-02-02T09:00:00+01:00",
         "table": {"region": "r", "partners": [{"id": "caw", "kind": "CAW"}],
                   "members": [{"id": "an", "partner": "caw"}], "coordinator": "an", "colour": 1},
         "steps": [
           {"by": "an", "do": "register", "with": {"dossier": "d1",
              "parties": [{"id": "sara", "role": "MOTHER"}], "criteria": ["UNSAFETY"]}},
           {"by": "zoe", "do": "accept"},
           {"by": "an", "do": "fly"},
           {"at": "2026-01-01T09:00:00+01:00", "expect": {"state": "REGISTERED"}},
           {"by": "an", "do": "informParty", "with": {"party": "ghost", "how": "x"}},
           {"advance": "soon"}
         ]}
        """);
    IfgRun run = ifg("scenario", "run", file.toString());
    assertThat(run.code()).isEqualTo(Ifg.UNUSABLE);
    assertThat(run.err())
        .contains(file + ": $.table.colour")
        .contains("$.steps[0].with.parties[0].role")
        .contains("$.steps[1].by")
        .contains("$.steps[2].do")
        .contains("$.steps[3].at")
        .contains("$.steps[4].with.party")
        .contains("$.steps[5].advance");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void countsAnUnexpectedRejectionAsAFailedExpectation(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("s.json");
    Files.writeString(
        file,
        """
        {"start": "2026-02-02T09:00:00+01:00",
         "table": {"region": "r", "partners": [{"id": "caw", "kind": "CAW"}],
                   "members": [{"id": "an", "partner": "caw"}], "coordinator": "an"},
         "steps": [
           {"by": "an", "do": "register", "with": {"dossier": "d1",
              "parties": [{"id": "sara", "role": "VICTIM"}], "criteria": ["UNSAFETY"]}}
         ]}
        """);
    IfgRun run = ifg("scenario", "run", file.toString());
    assertThat(run.code()).isEqualTo(Ifg.INVALID);
    assertThat(run.out()).contains("VICTIM_NOT_INFORMED").contains("0 passed, 1 failed");
  }

  @Test
  void answersAQuestionAboutADossierWhoseRegistrationWasRejectedAsAFailure(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("s.json");
    Files.writeString(
        file,
        """
        {"start": "2026-02-02T09:00:00+01:00",
         "table": {"region": "r", "partners": [{"id": "caw", "kind": "CAW"}],
                   "members": [{"id": "an", "partner": "caw"}], "coordinator": "an"},
         "steps": [
           {"by": "an", "do": "register", "with": {"dossier": "d1",
              "parties": [{"id": "sara", "role": "VICTIM"}], "criteria": ["UNSAFETY"]},
            "expect": {"rejected": "VICTIM_NOT_INFORMED"}},
           {"by": "an", "do": "shareInformation", "with": {"item": "i1", "category": "INCIDENT",
              "about": ["sara"], "reason": "r", "summary": "s"}, "expect": {"rejected": true}},
           {"ask": "decide", "who": "an", "action": "VIEW", "item": "i1", "purpose": "PLAN",
            "expect": "DENY"},
           {"ask": "view", "who": "an", "purpose": "PLAN", "expect": {"items": []}},
           {"ask": "assessment", "expect": {"status": "COMPLETE"}},
           {"ask": "agenda", "who": "an", "on": "2026-03-01", "expect": {"includes": []}}
         ]}
        """);
    IfgRun run = ifg("scenario", "run", file.toString());
    assertThat(run.err()).isEmpty();
    assertThat(run.code()).isEqualTo(Ifg.INVALID);
    assertThat(run.out())
        .contains("there is no dossier d1 to ask about: its registration was not accepted")
        .contains("ask agenda for an on 2026-03-01")
        .endsWith("3 passed, 3 failed" + System.lineSeparator());
  }

  @Test
  void reportsAPartnerOfAnUnknownKindOnceNotAgainForItsMembers(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("s.json");
    Files.writeString(
        file,
        """
        {"start": "2026-02-02T09:00:00+01:00",
         "table": {"region": "r", "partners": [{"id": "caw", "kind": "CAW"},
                                               {"id": "vk", "kind": "CHILD_ABUSE_CENTRE"}],
                   "members": [{"id": "an", "partner": "caw"}, {"id": "kim", "partner": "vk"}],
                   "coordinator": "an"},
         "steps": []}
        """);
    IfgRun run = ifg("scenario", "run", file.toString());
    assertThat(run.code()).isEqualTo(Ifg.UNUSABLE);
    assertThat(run.err())
        .contains("$.table.partners[1].kind")
        .doesNotContain("$.table.members[1].partner");
  }

  @Test
  void refusesAStoreThatIsNotAJdbcUrlSayingWhatToGive(@TempDir Path dir) {
    IfgRun run =
        ifg(
            "scenario",
            "run",
            SCENARIOS.resolve("basic-chain.json").toString(),
            "--store",
            dir.resolve("store").toString());
    assertThat(run.code()).isEqualTo(Ifg.UNUSABLE);
    assertThat(run.err()).contains("is not a JDBC URL").contains("jdbc:h2:file:");
    assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void drawsTheLifecycle() {
    assertThat(ifg("workflow", "diagram").out()).startsWith("stateDiagram-v2");
    assertThat(ifg("workflow", "diagram", "--format", "dot").out()).startsWith("digraph");
  }
}
