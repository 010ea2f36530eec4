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
}
