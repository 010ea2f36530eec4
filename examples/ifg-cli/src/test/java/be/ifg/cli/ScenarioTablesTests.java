package be.ifg.cli;

import static be.ifg.cli.IfgRun.ifg;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The authority model in scenarios: several tables on one store, membership over time, handovers,
 * and the reader's checks of the parts of the format that tell them.
 */
class ScenarioTablesTests {
  private static final Path SCENARIOS = Path.of("..", "scenarios");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir Path dir;

  private Path file(String json) throws IOException {
    Path file = dir.resolve("s.json");
    Files.writeString(file, json);
    return file;
  }

  @Test
  void playsTwoTablesOnOneStoreWhereNeitherSeesTheOther() {
    IfgRun run = ifg("scenario", "run", SCENARIOS.resolve("two-tables-one-store.json").toString());

    assertThat(run.code()).as(run.out() + run.err()).isEqualTo(Ifg.OK);
    assertThat(run.out())
        .contains(
            "Case table (overlegtafel) west-vlaanderen: 3 partners, 3 members, coordinator an")
        .contains("Case table (overlegtafel) limburg: 2 partners, 2 members, coordinator els")
        .contains("jan raiseSignal (table limburg) -> ACCEPTED")
        .contains("ask agenda for els of d-west")
        .contains("els VIEW loc for SAFETY: DENY")
        .as("the walk-through never shows the location itself")
        .doesNotContain("shelter in Brugge")
        .endsWith("23 passed, 0 failed" + System.lineSeparator());
  }

  @Test
  void keepsEveryTableAndItsDossiersUnderItsRegionInOneStore() throws SQLException {
    String url = "jdbc:h2:file:" + dir.resolve("two").toAbsolutePath();
    IfgRun run =
        ifg(
            "scenario",
            "run",
            SCENARIOS.resolve("two-tables-one-store.json").toString(),
            "--store",
            url);
    assertThat(run.code()).as(run.out() + run.err()).isEqualTo(Ifg.OK);

    List<String> streams = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT DISTINCT stream FROM ifg_event ORDER BY stream")) {
      while (r.next()) {
        streams.add(r.getString(1));
      }
    }
    assertThat(streams)
        .containsExactly(
            "dossier:limburg/d-lim",
            "dossier:west-vlaanderen/d-west",
            "table:limburg",
            "table:west-vlaanderen");
    IfgRun verify = ifg("store", "verify", "--store", url);
    assertThat(verify.code()).as(verify.out()).isZero();
    assertThat(verify.out()).contains("store verified: 4 stream(s)");
  }

  @Test
  void refusesAStoreWhoseTableOfTheSameRegionIsConfiguredOtherwise() throws IOException {
    String url = "jdbc:h2:file:" + dir.resolve("store").toAbsolutePath();
    assertThat(
            ifg("scenario", "run", SCENARIOS.resolve("basic-chain.json").toString(), "--store", url)
                .code())
        .isZero();
    Path other =
        file(
            """
            {"start": "2026-02-02T09:00:00+01:00",
             "table": {"region": "west-vlaanderen", "partners": [{"id": "caw", "kind": "CAW"}],
                       "members": [{"id": "zoe", "partner": "caw"}], "coordinator": "zoe"},
             "steps": []}
            """);

    IfgRun run = ifg("scenario", "run", other.toString(), "--store", url);

    assertThat(run.code()).isEqualTo(Ifg.UNUSABLE);
    assertThat(run.err())
        .contains("cannot play this scenario")
        .contains("west-vlaanderen")
        .doesNotContain("Exception");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void reportsEveryProblemOfAFileWithSeveralTablesBeforeRunning() throws IOException {
    Path file =
        file(
            """
            {"start": "2026-02-02T09:00:00+01:00",
             "tables": [
               {"region": "west-vlaanderen", "partners": [{"id": "caw", "kind": "CAW"}],
                "members": [{"id": "an", "partner": "caw"}], "coordinator": "an"},
               {"region": "limburg", "partners": [{"id": "caw", "kind": "CAW"}],
                "members": [{"id": "els", "partner": "caw"}, {"id": "an", "partner": "caw"}],
                "coordinator": "els"},
               {"region": "limburg", "partners": [{"id": "pol", "kind": "LOCAL_POLICE"}],
                "members": [{"id": "jan", "partner": "pol"}], "coordinator": "jan"}
             ],
             "steps": [
               {"by": "an", "do": "register", "with": {"table": "antwerpen", "dossier": "d1",
                  "parties": [{"id": "sara", "role": "VICTIM"}], "criteria": ["UNSAFETY"],
                  "informed": [{"party": "sara", "how": "intake"}]}},
               {"by": "els", "do": "register", "with": {"dossier": "d2",
                  "parties": [{"id": "lea", "role": "VICTIM"}], "criteria": ["UNSAFETY"],
                  "informed": [{"party": "lea", "how": "intake"}]}},
               {"by": "an", "do": "joinTable", "with": {"member": "emre", "partner": "ggz"}},
               {"by": "an", "do": "joinTable", "with": {"member": "jan", "partner": "caw"}},
               {"by": "an", "do": "leaveTable", "with": {"member": "zoe"}},
               {"by": "an", "do": "appointDirector", "with": {"member": "an", "reason": false}},
               {"by": "els", "do": "requestInformation", "with": {"request": "r1", "from": "pol",
                  "question": "q", "dueBy": "2026-02-10"}}
             ]}
            """);

    IfgRun run = ifg("scenario", "run", file.toString());

    assertThat(run.code()).isEqualTo(Ifg.UNUSABLE);
    assertThat(run.err())
        .contains(file + ": $.tables[1].members[1].id: 'an' is listed at the table of")
        .contains(file + ": $.tables[2].region: the table of 'limburg' is listed twice")
        .contains(file + ": $.steps[0].with.table: unknown table 'antwerpen'")
        .contains(file + ": $.steps[1].with.table: required: the file has several tables")
        .contains(file + ": $.steps[2].with.partner: unknown partner 'ggz'")
        .contains(file + ": $.steps[3].with.member: 'jan' belongs to the table at $.tables[2]")
        .contains(file + ": $.steps[4].with.member: unknown actor 'zoe'")
        .contains(file + ": $.steps[5].with.reason: must be a string")
        .as("d2's table is unknown, which is reported once: its later steps add nothing")
        .doesNotContain("$.steps[6]");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void knowsAnIdThatJoinTableIntroducesFromThatStepOnAtTheTableThatSeatsIt() throws IOException {
    Path file =
        file(
            """
            {"start": "2026-02-02T09:00:00+01:00",
             "tables": [
               {"region": "west-vlaanderen", "partners": [{"id": "caw", "kind": "CAW"}],
                "members": [{"id": "an", "partner": "caw"}], "coordinator": "an"},
               {"region": "limburg", "partners": [{"id": "caw", "kind": "CAW"}],
                "members": [{"id": "els", "partner": "caw"}], "coordinator": "els"}
             ],
             "steps": [
               {"by": "els", "do": "joinTable", "with": {"member": "emre", "partner": "caw"}},
               {"by": "emre", "do": "signPledge"},
               {"by": "emre", "do": "raiseSignal",
                "with": {"signal": "s1", "category": "CAPACITY", "text": "no shelter beds"}},
               {"ask": "signals", "who": "els", "expect": {"count": 1}},
               {"ask": "signals", "who": "an", "expect": {"count": 0}},
               {"by": "an", "do": "joinTable", "with": {"member": "emre", "partner": "caw"}}
             ]}
            """);

    IfgRun run = ifg("scenario", "run", file.toString());

    assertThat(run.code()).isEqualTo(Ifg.UNUSABLE);
    assertThat(run.err())
        .contains("$.steps[5].with.member: 'emre' belongs to the table of limburg")
        .doesNotContain("$.steps[1]")
        .doesNotContain("$.steps[2]");
  }

  @Test
  void reportsAHandoverWithoutAReasonWithItsCode() {
    IfgRun run =
        ifg(
            "scenario",
            "run",
            SCENARIOS.resolve("case-director-handover.json").toString(),
            "--json");

    assertThat(run.code()).as(run.out() + run.err()).isEqualTo(Ifg.OK);
    JsonNode report = JSON.readTree(run.out());
    assertThat(report.get("failed").intValue()).isZero();
    List<String> codes = new ArrayList<>();
    for (JsonNode step : report.get("steps")) {
      step.get("reasons").forEach(reason -> codes.add(reason.stringValue()));
    }
    assertThat(codes).contains("REASON_REQUIRED", "NOT_AUTHORIZED");
  }

  @Test
  void showsTheVacancyOnTheCoordinatorsAgendaWhenTheDirectorLeaves() {
    IfgRun run =
        ifg("scenario", "run", SCENARIOS.resolve("members-join-and-leave.json").toString());

    assertThat(run.code()).as(run.out() + run.err()).isEqualTo(Ifg.OK);
    assertThat(run.out())
        .contains("an leaveTable -> ACCEPTED")
        .contains("DIRECTOR_VACANT d-mia due 2026-06-15 OVERDUE")
        .contains("reason NOT_AUTHORIZED: nobody grants access to themselves")
        .contains("reason PLEDGE_MISSING")
        .endsWith("25 passed, 0 failed" + System.lineSeparator());
  }

  @Test
  void refusesAVictimLocationAsAnAnswer() {
    IfgRun run =
        ifg("scenario", "run", SCENARIOS.resolve("answer-hidden-from-asker.json").toString());

    assertThat(run.code()).as(run.out() + run.err()).isEqualTo(Ifg.OK);
    assertThat(run.out())
        .contains("reason ANSWER_HIDDEN_FROM_ASKER")
        .contains("lotte SAFETY view: refused")
        .doesNotContain("shelter in Deurne")
        .endsWith("18 passed, 0 failed" + System.lineSeparator());
  }
}
