package be.ifg.cli;

import static be.ifg.cli.IfgRun.ifg;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15: an event edited in the database, well-formed and foldable, is caught by {@code ifg
 * store verify}, which names every broken stream with the version and exits 1.
 */
class StoreVerifyEventChainTests {
  private static final Path SCENARIOS = Path.of("..", "scenarios");
  private static final String D1 = "dossier:west-vlaanderen/d1";

  @TempDir Path directory;

  private String played() {
    String url = "jdbc:h2:file:" + directory.resolve("basic").toAbsolutePath();
    IfgRun run =
        ifg("scenario", "run", SCENARIOS.resolve("basic-chain.json").toString(), "--store", url);
    assertThat(run.code()).as(run.out() + run.err()).isZero();
    return url;
  }

  private static int sql(String url, String statement, Object... args) throws SQLException {
    try (Connection c = DriverManager.getConnection(url);
        PreparedStatement p = c.prepareStatement(statement)) {
      for (int i = 0; i < args.length; i++) {
        p.setObject(i + 1, args[i]);
      }
      return p.executeUpdate();
    }
  }

  @Test
  void catchesAPartyIdEditedInARegistration() throws SQLException {
    String url = played();
    int edited =
        sql(
            url,
            "UPDATE ifg_event SET payload = REPLACE(payload, '\"id\":\"tom\"', '\"id\":\"tim\"')"
                + " WHERE stream = ? AND version = 1",
            D1);
    assertThat(edited).isOne();

    IfgRun verify = ifg("store", "verify", "--store", url);

    assertThat(verify.code()).as(verify.out() + verify.err()).isOne();
    assertThat(verify.out())
        .contains("PROBLEM stream " + D1 + ", version 1: its hash does not match")
        .doesNotContain("store verified: intact");
  }

  @Test
  void namesEveryBrokenStreamWithItsVersion() throws SQLException {
    String url = played();
    int dates =
        sql(
            url,
            "UPDATE ifg_event SET payload = REPLACE(payload, '2026-', '2025-')"
                + " WHERE stream = ? AND version = 3",
            D1);
    int removed =
        sql(
            url,
            "DELETE FROM ifg_event WHERE stream = 'table:west-vlaanderen'" + " AND version = 1");
    assertThat(dates).isOne();
    assertThat(removed).isOne();

    IfgRun verify = ifg("store", "verify", "--store", url);

    assertThat(verify.code()).isOne();
    assertThat(verify.out())
        .contains("PROBLEM stream " + D1 + ", version 3: its hash does not match")
        .contains("PROBLEM stream table:west-vlaanderen, version 1: the record is missing");
  }

  @Test
  void notesStreamsWrittenBeforeEventsWereChainedWithoutCallingThemCorrupt() throws SQLException {
    String url = played();
    assertThat(sql(url, "UPDATE ifg_event SET hash = NULL WHERE stream = ?", D1)).isPositive();

    IfgRun verify = ifg("store", "verify", "--store", url);

    assertThat(verify.code()).as(verify.out() + verify.err()).isZero();
    assertThat(verify.out())
        .contains("store verified:")
        .contains("1 stream(s) written before events were chained")
        .contains("(unchained): " + D1);
  }
}
