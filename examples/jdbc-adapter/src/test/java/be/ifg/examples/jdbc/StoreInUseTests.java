package be.ifg.examples.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ifg.domain.DisclosureEntry;
import be.ifg.domain.DossierId;
import be.ifg.persistence.PersistenceException;
import be.ifg.persistence.RecordedEvent;
import be.ifg.persistence.Store;
import be.ifg.persistence.StreamId;
import be.ifg.persistence.json.EventJson;
import be.ifg.persistence.tck.SampleEvents;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store in use (issue 15): {@link JdbcStore#openExisting} creates nothing, a driver's failure
 * reads in one line, and a store copied record by record in order (what {@code ifg store import}
 * does with an export) reads back the same, on H2 and PostgreSQL; and the crash rounds of {@link
 * CrashTests} on PostgreSQL.
 */
class StoreInUseTests {
  private static EmbeddedPostgres postgres;

  @TempDir Path directory;

  @BeforeAll
  static void startPostgres() throws IOException {
    // fsync off: these tests kill a client, not the server or the machine, and the server's
    // flushes of the crash rounds' rows would otherwise cost half a minute at its shutdown
    postgres = EmbeddedPostgresServer.start(java.util.Map.of("fsync", "off"));
  }

  @AfterAll
  static void stopPostgres() throws IOException {
    postgres.close();
  }

  private static String postgresUrl(String database) {
    return postgres.getJdbcUrl("postgres", database);
  }

  private static void sql(String statement) throws SQLException {
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute(statement);
    }
  }

  @Test
  void openExistingRefusesAMissingH2DatabaseAndMakesNoDirectory() throws IOException {
    String url = "jdbc:h2:file:" + directory.resolve("typo/store").toAbsolutePath();

    assertThatThrownBy(() -> JdbcStore.openExisting(url))
        .isInstanceOf(PersistenceException.class)
        .hasMessageStartingWith("there is no database at ")
        .hasMessageNotContaining("\n");
    try (var files = Files.list(directory)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void openExistingOpensWhatOpenMade() {
    String url = "jdbc:h2:file:" + directory.resolve("store").toAbsolutePath();
    try (Store store = JdbcStore.open(url)) {
      store.append(StreamId.dossier("r", DossierId.of("d")), 0, List.of(note("d")));
    }
    try (Store store = JdbcStore.openExisting(url)) {
      assertThat(store.streams()).hasSize(1);
    }
  }

  @Test
  void aDriverFailureReadsInOneLineWithItsCause() {
    String url = "jdbc:h2:file:" + directory.resolve("store").toAbsolutePath();
    JdbcStore.open(url).close();

    assertThatThrownBy(() -> JdbcStore.openExisting(url + ";NO_SUCH_SETTING=1"))
        .isInstanceOf(PersistenceException.class)
        .hasMessageContaining("NO_SUCH_SETTING")
        .hasMessageContaining("90113")
        .hasMessageNotContaining("\n");
    assertThatThrownBy(() -> JdbcStore.open("jdbc:postgresql://127.0.0.1:1/ifg?connectTimeout=2"))
        .isInstanceOf(PersistenceException.class)
        .hasMessageContaining("SQLState 08001")
        .hasMessageNotContaining("\n");
  }

  @Test
  void openExistingRefusesAPostgreSqlDatabaseWithoutTheTablesAndCreatesNone() throws SQLException {
    sql("DROP DATABASE IF EXISTS bare");
    sql("CREATE DATABASE bare");

    assertThatThrownBy(() -> JdbcStore.openExisting(postgresUrl("bare")))
        .isInstanceOf(PersistenceException.class)
        .hasMessageContaining("holds no IFG store");
    assertThatThrownBy(() -> JdbcStore.openExisting(postgresUrl("nosuchdatabase")))
        .isInstanceOf(PersistenceException.class)
        .hasMessageContaining("nosuchdatabase")
        .hasMessageNotContaining("\n");
    JdbcStore.open(postgresUrl("bare")).close();
    try (Store store = JdbcStore.openExisting(postgresUrl("bare"))) {
      assertThat(store.streams()).isEmpty();
    }
  }

  @Test
  @org.junit.jupiter.api.Timeout(value = 300, unit = java.util.concurrent.TimeUnit.SECONDS)
  void keepsEveryAcknowledgedAppendWholeAfterTheProcessIsKilledOnPostgreSql() throws Exception {
    sql("DROP DATABASE IF EXISTS crash");
    sql("CREATE DATABASE crash");
    CrashTests.rounds(postgresUrl("crash"), CrashTests.ROUNDS > 0 ? CrashTests.ROUNDS : 2);
  }

  @Test
  void aStoreCopiedInOrderReadsBackTheSameOnPostgreSql() throws SQLException {
    sql("DROP DATABASE IF EXISTS source");
    sql("CREATE DATABASE source");
    sql("DROP DATABASE IF EXISTS copy");
    sql("CREATE DATABASE copy");
    try (Store source = JdbcStore.open(postgresUrl("source"));
        Store copy = JdbcStore.open(postgresUrl("copy"))) {
      DossierId a = DossierId.of("a");
      DossierId b = DossierId.of("b");
      source.append(
          StreamId.table("west-vlaanderen"), 0, SampleEvents.tableEvents("west-vlaanderen"));
      source.append(
          StreamId.dossier("west-vlaanderen", a),
          0,
          SampleEvents.dossierHistory("west-vlaanderen", a));
      source.append(StreamId.dossier("west-vlaanderen", b), 0, List.of(note("b")));
      source.append(StreamId.dossier("west-vlaanderen", b), 1, List.of(note("b")));
      for (DisclosureEntry e : SampleEvents.disclosures(7)) {
        source.appendDisclosure(e);
      }

      for (RecordedEvent r : source.readAll(0, 10_000)) {
        copy.append(r.stream(), r.version() - 1, List.of(r.event()));
      }
      source.readDisclosures(0, 10_000).forEach(copy::appendDisclosure);

      assertThat(lines(copy)).isEqualTo(lines(source));
    }
  }

  /** What an export writes: each event with stream and version in order, then the log. */
  private static List<String> lines(Store store) {
    List<String> out = new ArrayList<>();
    for (RecordedEvent r : store.readAll(0, 10_000)) {
      out.add(r.stream() + " " + r.version() + " " + EventJson.write(r.event()));
    }
    store.readDisclosures(0, 10_000).forEach(e -> out.add(EventJson.writeDisclosure(e)));
    return out;
  }

  private static be.ifg.domain.DossierEvent note(String dossier) {
    return SampleEvents.note(DossierId.of(dossier), "a note");
  }
}
