package be.ifg.examples.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ifg.domain.DossierId;
import be.ifg.persistence.CorruptRecord;
import be.ifg.persistence.PersistenceException;
import be.ifg.persistence.StreamId;
import be.ifg.persistence.VersionConflict;
import be.ifg.persistence.tck.SampleEvents;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbcStoreTests {
  private static final DossierId D1 = DossierId.of("d1");
  private static final StreamId S1 = StreamId.dossier("west-vlaanderen", D1);

  @TempDir Path directory;

  private String url() {
    return "jdbc:h2:file:" + directory.resolve("store").toAbsolutePath();
  }

  private void sql(String statement, Object... args) throws SQLException {
    try (Connection c = DriverManager.getConnection(url());
        PreparedStatement p = c.prepareStatement(statement)) {
      for (int i = 0; i < args.length; i++) {
        p.setObject(i + 1, args[i]);
      }
      p.executeUpdate();
    }
  }

  @Test
  void reportsACorruptPayloadNamingStreamAndVersion() throws SQLException {
    try (JdbcStore store = JdbcStore.open(url())) {
      store.append(S1, 0, SampleEvents.dossierHistory(D1).subList(0, 3));
    }
    sql(
        "UPDATE ifg_event SET payload = ? WHERE stream = ? AND version = 2",
        "{\"type\":",
        "dossier:west-vlaanderen/d1");

    try (JdbcStore store = JdbcStore.open(url())) {
      assertThatThrownBy(() -> store.read(S1))
          .isInstanceOfSatisfying(
              CorruptRecord.class,
              c ->
                  assertThat(c.record()).isEqualTo("stream dossier:west-vlaanderen/d1, version 2"));
      assertThatThrownBy(() -> store.readAll(0, 10)).isInstanceOf(CorruptRecord.class);
    }
  }

  @Test
  void reportsAMissingVersion() throws SQLException {
    try (JdbcStore store = JdbcStore.open(url())) {
      store.append(S1, 0, SampleEvents.dossierHistory(D1).subList(0, 3));
    }
    sql("DELETE FROM ifg_event WHERE stream = ? AND version = 2", "dossier:west-vlaanderen/d1");

    try (JdbcStore store = JdbcStore.open(url())) {
      assertThatThrownBy(() -> store.read(S1))
          .isInstanceOf(CorruptRecord.class)
          .hasMessageContaining("stream dossier:west-vlaanderen/d1, version 2")
          .hasMessageContaining("missing");
    }
  }

  @Test
  void reportsATypeColumnThatContradictsThePayload() throws SQLException {
    try (JdbcStore store = JdbcStore.open(url())) {
      store.append(S1, 0, SampleEvents.dossierHistory(D1).subList(0, 2));
    }
    sql("UPDATE ifg_event SET event_type = 'Closed' WHERE version = 2");

    try (JdbcStore store = JdbcStore.open(url())) {
      assertThatThrownBy(() -> store.read(S1))
          .isInstanceOf(CorruptRecord.class)
          .hasMessageContaining("event_type is Closed");
    }
  }

  @Test
  void turnsADuplicateKeyIntoAVersionConflict() throws SQLException {
    try (JdbcStore store = JdbcStore.open(url())) {
      store.append(S1, 0, List.of(SampleEvents.note(D1, "a")));
      // a row written behind the store's back, as another process bypassing the lock would
      sql(
          "INSERT INTO ifg_event (stream, version, event_type, schema_version, payload)"
              + " SELECT stream, 2, event_type, schema_version, payload FROM ifg_event");

      assertThatThrownBy(() -> store.append(S1, 1, List.of(SampleEvents.note(D1, "b"))))
          .isInstanceOf(VersionConflict.class);
    }
  }

  @Test
  void keepsTheSchemaWhenOpenedAgain() {
    try (JdbcStore store = JdbcStore.open(url())) {
      store.append(S1, 0, List.of(SampleEvents.note(D1, "a")));
    }
    try (JdbcStore again = JdbcStore.open(url())) {
      assertThat(again.version(S1)).isOne();
    }
    assertThat(JdbcStore.schema()).contains("CREATE TABLE IF NOT EXISTS ifg_event");
  }

  @Test
  void opensAStoreWrittenBeforeDossiersNamedTheirTable() throws SQLException {
    try (Connection c = DriverManager.getConnection(url())) {
      StoreBeforeTables.create(c);
      assertThat(StoreBeforeTables.streamColumnWidth(c)).isEqualTo(200);
    }

    try (JdbcStore store = JdbcStore.open(url());
        Connection c = DriverManager.getConnection(url())) {
      StoreBeforeTables.check(store, c);
    }
    try (JdbcStore again = JdbcStore.open(url());
        Connection c = DriverManager.getConnection(url())) {
      assertThat(again.version(StoreBeforeTables.SAMPLE)).isEqualTo(3);
      assertThat(again.readDisclosures(0, 10)).hasSize(3);
      assertThat(StoreBeforeTables.streamColumnWidth(c)).isEqualTo(JdbcStore.STREAM_LENGTH);
    }
  }

  @Test
  @SuppressWarnings("try") // the store is opened for its schema only
  void createsAStreamColumnWideEnoughForEveryStreamName() throws SQLException {
    try (JdbcStore store = JdbcStore.open(url());
        Connection c = DriverManager.getConnection(url())) {
      assertThat(StoreBeforeTables.streamColumnWidth(c)).isEqualTo(JdbcStore.STREAM_LENGTH);
    }
    assertThat(JdbcStore.schema()).contains("stream         VARCHAR(" + JdbcStore.STREAM_LENGTH);
  }

  @Test
  void refusesWorkAfterClosing() {
    JdbcStore store = JdbcStore.open(url());
    store.close();

    assertThatThrownBy(() -> store.version(S1))
        .isInstanceOf(PersistenceException.class)
        .hasMessageContaining("closed");
  }

  @Test
  void refusesAUrlThatIsNotJdbc() {
    assertThatThrownBy(() -> JdbcStore.open("file:./x"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
