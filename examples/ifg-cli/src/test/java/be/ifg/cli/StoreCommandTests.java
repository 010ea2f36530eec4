package be.ifg.cli;

import static be.ifg.cli.IfgRun.ifg;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreCommandTests {
  private static final Path SCENARIOS = Path.of("..", "scenarios");

  /** The stream of dossier d1 of the public example, played at the table of west-vlaanderen. */
  private static final String D1 = "dossier:west-vlaanderen/d1";

  @TempDir Path directory;

  private String url(String name) {
    return "jdbc:h2:file:" + directory.resolve(name).toAbsolutePath();
  }

  private void sql(String url, String statement, Object... args) throws SQLException {
    try (Connection c = DriverManager.getConnection(url);
        PreparedStatement p = c.prepareStatement(statement)) {
      for (int i = 0; i < args.length; i++) {
        p.setObject(i + 1, args[i]);
      }
      assertThat(p.executeUpdate()).as(statement).isPositive();
    }
  }

  private String playedBasicChain() {
    String url = url("basic");
    IfgRun run =
        ifg("scenario", "run", SCENARIOS.resolve("basic-chain.json").toString(), "--store", url);
    assertThat(run.code()).as(run.out() + run.err()).isZero();
    return url;
  }

  @Test
  void verifiesAStoreAScenarioWasPlayedOn() {
    String url = playedBasicChain();

    IfgRun verify = ifg("store", "verify", "--store", url);

    assertThat(verify.code()).as(verify.out() + verify.err()).isZero();
    assertThat(verify.out()).contains("store verified:").contains("intact hash chain");
  }

  @Test
  void saysSoWhenTheStoreIsEmpty() {
    be.ifg.examples.jdbc.JdbcStore.open(url("nothing-here")).close();

    IfgRun verify = ifg("store", "verify", "--store", url("nothing-here"));

    assertThat(verify.code()).isZero();
    assertThat(verify.out()).contains("0 stream(s)").contains("the store is empty");
  }

  @Test
  void refusesAStoreThatIsNotAJdbcUrl() {
    IfgRun verify = ifg("store", "verify", "--store", directory.resolve("store").toString());

    assertThat(verify.code()).isEqualTo(Ifg.UNUSABLE);
    assertThat(verify.err()).contains("is not a JDBC URL").doesNotContain("Exception");
  }

  @Test
  void findsATamperedDisclosureLogEntry() throws SQLException {
    String url = playedBasicChain();
    sql(
        url,
        "UPDATE ifg_disclosure SET payload = REPLACE(payload, '\"outcome\":\"', '\"outcome\":\"X')"
            + " WHERE sequence = 2");

    IfgRun verify = ifg("store", "verify", "--store", url);

    assertThat(verify.code()).isOne();
    assertThat(verify.out())
        .contains("PROBLEM disclosure log, sequence 2")
        .contains("the entry was changed");
  }

  @Test
  void findsACorruptedEventRow() throws SQLException {
    String url = playedBasicChain();
    sql(
        url,
        "UPDATE ifg_event SET payload = '{\"type\":\"Accepted\",' WHERE stream = ? AND version = 2",
        D1);

    IfgRun verify = ifg("store", "verify", "--store", url);

    assertThat(verify.code()).isOne();
    assertThat(verify.out()).contains("PROBLEM stream " + D1 + ", version 2: malformed JSON");
  }

  @Test
  void findsAHistoryThatDoesNotFold() throws SQLException {
    String url = playedBasicChain();
    sql(
        url,
        "UPDATE ifg_event SET payload = (SELECT payload FROM ifg_event WHERE stream = ? AND"
            + " version = 2), event_type = 'Accepted' WHERE stream = ? AND version = 1",
        D1,
        D1);
    // as in a store written before events were chained: the fold is what finds it then
    sql(url, "UPDATE ifg_event SET hash = NULL WHERE stream = ?", D1);

    IfgRun verify = ifg("store", "verify", "--store", url);

    assertThat(verify.code()).isOne();
    assertThat(verify.out()).contains("PROBLEM dossier d1, version 1: the history does not fold");
  }

  @Test
  void findsATableStreamThatDoesNotStartWithItsConfiguration() throws SQLException {
    String url = url("two");
    IfgRun run =
        ifg(
            "scenario",
            "run",
            SCENARIOS.resolve("two-tables-one-store.json").toString(),
            "--store",
            url);
    assertThat(run.code()).as(run.out() + run.err()).isZero();
    // the table's signal, moved in front of its configuration
    sql(
        url,
        "UPDATE ifg_event SET payload = (SELECT payload FROM ifg_event WHERE stream = ? AND"
            + " version = 2), event_type = 'SignalRaised' WHERE stream = ? AND version = 1",
        "table:west-vlaanderen",
        "table:west-vlaanderen");
    sql(url, "UPDATE ifg_event SET hash = NULL WHERE stream = ?", "table:west-vlaanderen");

    IfgRun verify = ifg("store", "verify", "--store", url);

    assertThat(verify.code()).isOne();
    assertThat(verify.out())
        .contains(
            "PROBLEM table west-vlaanderen, version 1: the stream does not start with its"
                + " configuration")
        .doesNotContain("table limburg");
  }

  @Test
  void refusesAStoreThatCannotBeOpened() {
    IfgRun verify = ifg("store", "verify", "--store", "jdbc:nosuchdb:x");

    assertThat(verify.code()).isEqualTo(Ifg.UNUSABLE);
    assertThat(verify.err()).contains("cannot be read");
  }

  @Test
  void playsEveryExampleScenarioAlikeInMemoryAndOnAnH2FileStore() throws IOException {
    List<Path> scenarios = new ArrayList<>();
    try (Stream<Path> files = Files.list(SCENARIOS)) {
      files.filter(f -> f.toString().endsWith(".json")).sorted().forEach(scenarios::add);
    }
    assertThat(scenarios).isNotEmpty();
    for (Path scenario : scenarios) {
      IfgRun memory = ifg("scenario", "run", scenario.toString(), "--json");
      String name = scenario.getFileName().toString().replace(".json", "");
      IfgRun h2 = ifg("scenario", "run", scenario.toString(), "--json", "--store", url(name));

      assertThat(h2.code()).as(scenario + ": exit code").isEqualTo(memory.code());
      assertThat(h2.out()).as(scenario + ": report").isEqualTo(memory.out());
      if (!Files.exists(directory.resolve(name + ".mv.db"))) {
        // not a scenario (an instrument file): refused before a store was opened
        assertThat(h2.code()).as(scenario + ": no store").isEqualTo(Ifg.UNUSABLE);
        continue;
      }
      assertThat(ifg("store", "verify", "--store", url(name)).code())
          .as(scenario + ": the store verifies")
          .isZero();
    }
  }

  // ---- subscriptions: ifg store events ----

  private IfgRun events(String url, String actor, String name, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "store",
                "events",
                "--store",
                url,
                "--table",
                "west-vlaanderen",
                "--as",
                actor,
                "--subscription",
                name));
    args.addAll(List.of(more));
    return ifg(args.toArray(String[]::new));
  }

  private static List<String> noticeLines(IfgRun run) {
    return run.out()
        .lines()
        .filter(l -> l.contains(": dossier ") || l.contains(": the table"))
        .toList();
  }

  @Test
  void printsATablesEventsAsNoticesAndThenOnlyTheNextOnes() {
    String url = playedBasicChain();

    IfgRun first = events(url, "an", "an.cli", "--max", "3");
    IfgRun rest = events(url, "an", "an.cli", "--max", "10000");
    IfgRun none = events(url, "an", "an.cli");

    assertThat(first.code()).as(first.out() + first.err()).isZero();
    assertThat(noticeLines(first)).hasSize(3);
    assertThat(first.out())
        .contains("the table: the table was configured")
        .contains("dossier d1: the family was registered")
        .contains("3 notice(s) for an at the table of west-vlaanderen");
    assertThat(noticeLines(rest)).isNotEmpty().doesNotContainAnyElementsOf(noticeLines(first));
    assertThat(rest.out()).contains("dossier d1: the dossier was closed");
    assertThat(none.out()).contains("nothing new for an at the table of west-vlaanderen");
    assertThat(noticeLines(none)).isEmpty();
  }

  @Test
  void printsNothingForSomebodyWithoutStandingAndSpeaksDutch() {
    String url = playedBasicChain();

    IfgRun stranger = events(url, "stranger", "stranger.cli");
    IfgRun dutch = events(url, "bart", "bart.cli", "--language", "nl", "--max", "2");

    assertThat(stranger.code()).isZero();
    assertThat(noticeLines(stranger)).isEmpty();
    assertThat(stranger.out()).contains("nothing new for stranger");
    assertThat(dutch.out())
        .contains("de tafel: de tafel werd ingericht")
        .contains("dossier d1: het gezin werd aangemeld")
        .contains("2 bericht(en) voor bart aan de tafel van west-vlaanderen");
  }

  @Test
  void saysWhatIsWrongWithTheTableTheNameOrTheMax() {
    String url = playedBasicChain();

    IfgRun noTable =
        ifg(
            "store",
            "events",
            "--store",
            url,
            "--table",
            "oost-vlaanderen",
            "--as",
            "an",
            "--subscription",
            "an.cli");
    IfgRun badName = events(url, "an", "an cli");
    IfgRun badMax = events(url, "an", "an.cli", "--max", "0");

    assertThat(noTable.code()).isEqualTo(Ifg.UNUSABLE);
    assertThat(noTable.err())
        .contains("--table")
        .contains("oost-vlaanderen")
        .doesNotContain("Exception");
    assertThat(badName.code()).isEqualTo(Ifg.UNUSABLE);
    assertThat(badName.err()).contains("subscription name").doesNotContain("Exception");
    assertThat(badMax.code()).isEqualTo(Ifg.UNUSABLE);
    assertThat(badMax.err()).contains("--max");
  }
}
