package be.ifg.examples.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import be.ifg.persistence.Store;
import be.ifg.persistence.tck.StoreConformance;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The JDBC adapter passes the kit on a real PostgreSQL, started for these tests. */
class PostgresStoreConformanceTests extends StoreConformance {
  private static EmbeddedPostgres postgres;

  @BeforeAll
  static void startPostgres() throws IOException {
    postgres = EmbeddedPostgresServer.start();
  }

  @AfterAll
  static void stopPostgres() throws IOException {
    postgres.close();
  }

  private static String url() {
    return postgres.getJdbcUrl("postgres", "postgres");
  }

  @Override
  protected Store newStore() {
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("DROP TABLE IF EXISTS ifg_event, ifg_disclosure, ifg_lock, ifg_subscription");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot empty the test database", e);
    }
    return JdbcStore.open(url());
  }

  @Override
  protected Store reopen(Store store) {
    store.close();
    return JdbcStore.open(url());
  }

  @Test
  void opensAStoreWrittenBeforeDossiersNamedTheirTable() throws SQLException {
    store().close();
    try (Connection c = postgres.getPostgresDatabase().getConnection()) {
      try (Statement s = c.createStatement()) {
        s.execute("DROP TABLE IF EXISTS ifg_event, ifg_disclosure, ifg_lock, ifg_subscription");
      }
      StoreBeforeTables.create(c);
      assertThat(StoreBeforeTables.streamColumnWidth(c)).isEqualTo(200);
    }

    try (JdbcStore old = JdbcStore.open(url());
        Connection c = postgres.getPostgresDatabase().getConnection()) {
      StoreBeforeTables.check(old, c);
    }
  }

  // ---- events prove their integrity (issue 15) ----

  @Test
  void catchesAnEventEditedOrSwappedInPostgres() throws SQLException {
    be.ifg.domain.DossierId d1 = be.ifg.domain.DossierId.of("d1");
    be.ifg.persistence.StreamId s1 = be.ifg.persistence.StreamId.dossier("west", d1);
    store().append(s1, 0, be.ifg.persistence.tck.SampleEvents.dossierHistory("west", d1));
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      assertThat(
              s.executeUpdate(
                  "UPDATE ifg_event SET payload = REPLACE(payload, '2026-', '2025-')"
                      + " WHERE stream = 'dossier:west/d1' AND version = 3"))
          .isOne();
    }

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> store().read(s1))
        .isInstanceOf(be.ifg.persistence.CorruptRecord.class)
        .hasMessageContaining("stream dossier:west/d1, version 3")
        .hasMessageContaining("was edited");

    try (Connection c = postgres.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.executeUpdate(
          "UPDATE ifg_event SET payload = REPLACE(payload, '2025-', '2026-')"
              + " WHERE stream = 'dossier:west/d1' AND version = 3");
      s.executeUpdate(
          "UPDATE ifg_event SET version = 99 WHERE stream = 'dossier:west/d1' AND version = 4");
      s.executeUpdate(
          "UPDATE ifg_event SET version = 4 WHERE stream = 'dossier:west/d1' AND version = 5");
      s.executeUpdate(
          "UPDATE ifg_event SET version = 5 WHERE stream = 'dossier:west/d1' AND version = 99");
    }
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> store().read(s1))
        .hasMessageContaining("stream dossier:west/d1, version 4")
        .hasMessageContaining("reordered");
  }
}
