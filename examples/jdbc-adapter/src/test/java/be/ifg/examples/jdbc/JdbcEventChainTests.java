package be.ifg.examples.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ifg.domain.DossierEvent;
import be.ifg.domain.DossierId;
import be.ifg.persistence.CorruptRecord;
import be.ifg.persistence.StreamHead;
import be.ifg.persistence.StreamId;
import be.ifg.persistence.json.EventChain;
import be.ifg.persistence.tck.SampleEvents;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Events prove their integrity (issue 15) on H2: what a store administrator can do with SQL to the
 * rows of {@code ifg_event}, and how reading the stream (and so {@code ifg store verify}) names
 * stream and version.
 */
class JdbcEventChainTests {
  private static final DossierId D1 = DossierId.of("d1");
  private static final StreamId S1 = StreamId.dossier("west-vlaanderen", D1);
  private static final String WHERE = "stream dossier:west-vlaanderen/d1, version ";

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

  private String payload(long version) throws SQLException {
    try (Connection c = DriverManager.getConnection(url());
        PreparedStatement p =
            c.prepareStatement("SELECT payload FROM ifg_event WHERE stream = ? AND version = ?")) {
      p.setString(1, S1.value());
      p.setLong(2, version);
      try (ResultSet rs = p.executeQuery()) {
        rs.next();
        return rs.getString(1);
      }
    }
  }

  private List<DossierEvent> history() {
    return SampleEvents.dossierHistory("west-vlaanderen", D1);
  }

  private void write(int events) {
    try (JdbcStore store = JdbcStore.open(url())) {
      store.append(S1, 0, history().subList(0, events));
    }
  }

  private void assertBrokenAt(long version, String why) {
    try (JdbcStore store = JdbcStore.open(url())) {
      assertThatThrownBy(() -> store.read(S1))
          .isInstanceOfSatisfying(
              CorruptRecord.class,
              c -> {
                assertThat(c.record()).isEqualTo(WHERE + version);
                assertThat(c.problem()).contains(why);
              });
    }
  }

  @Test
  void anIntactStreamReadsAndItsHeadIsTheChainOfItsRows() throws SQLException {
    write(4);

    try (JdbcStore store = JdbcStore.open(url())) {
      assertThat(store.read(S1)).hasSize(4);
      List<String> payloads = new ArrayList<>();
      for (long v = 1; v <= 4; v++) {
        payloads.add(payload(v));
      }
      List<String> none = new ArrayList<>();
      payloads.forEach(p -> none.add(null));
      assertThat(store.heads())
          .containsExactly(new StreamHead(S1, 4, EventChain.check(S1, payloads, none)));
    }
  }

  @Test
  void catchesAPayloadEditedInTheDatabase() throws SQLException {
    write(4);
    String edited = payload(1).replace("\"sara\"", "\"saar\"");
    assertThat(edited).as("the registration names a party").isNotEqualTo(payload(1));

    sql("UPDATE ifg_event SET payload = ? WHERE stream = ? AND version = 1", edited, S1.value());

    assertBrokenAt(1, "does not match its content and place");
  }

  @Test
  void catchesADateEditedInALaterEvent() throws SQLException {
    write(4);
    String original = payload(3);
    String edited = original.replaceFirst("2026-", "2025-");
    assertThat(edited).isNotEqualTo(original);

    sql("UPDATE ifg_event SET payload = ? WHERE stream = ? AND version = 3", edited, S1.value());

    assertBrokenAt(3, "was edited");
  }

  @Test
  void catchesAnEventRemovedFromTheMiddle() throws SQLException {
    write(4);
    sql("DELETE FROM ifg_event WHERE stream = ? AND version = 2", S1.value());

    assertBrokenAt(2, "missing");
  }

  @Test
  void catchesAnEventRemovedAndTheRestRenumbered() throws SQLException {
    write(4);
    sql("DELETE FROM ifg_event WHERE stream = ? AND version = 2", S1.value());
    sql("UPDATE ifg_event SET version = version - 1 WHERE stream = ? AND version > 2", S1.value());

    assertBrokenAt(2, "removed, inserted or reordered");
  }

  @Test
  void catchesTwoEventsSwapped() throws SQLException {
    write(4);
    sql("UPDATE ifg_event SET version = 99 WHERE stream = ? AND version = 2", S1.value());
    sql("UPDATE ifg_event SET version = 2 WHERE stream = ? AND version = 3", S1.value());
    sql("UPDATE ifg_event SET version = 3 WHERE stream = ? AND version = 99", S1.value());

    assertBrokenAt(2, "removed, inserted or reordered");
  }

  @Test
  void catchesAHashRemovedAfterAChainedEvent() throws SQLException {
    write(4);
    sql("UPDATE ifg_event SET hash = NULL WHERE stream = ? AND version = 4", S1.value());

    assertBrokenAt(4, "no hash though an earlier one has");
  }

  @Test
  void aTruncatedOrConsistentlyRechainedStreamReadsButItsHeadChanges() throws SQLException {
    write(4);
    StreamHead before;
    try (JdbcStore store = JdbcStore.open(url())) {
      before = store.heads().get(0);
    }
    String edited = payload(2).replaceFirst("2026-", "2025-");
    sql("UPDATE ifg_event SET payload = ? WHERE stream = ? AND version = 2", edited, S1.value());
    String h = EventChain.GENESIS;
    for (long v = 1; v <= 4; v++) {
      h = EventChain.link(S1, v, h, payload(v));
      sql("UPDATE ifg_event SET hash = ? WHERE stream = ? AND version = ?", h, S1.value(), v);
    }

    try (JdbcStore store = JdbcStore.open(url())) {
      assertThat(store.read(S1)).as("the chain alone cannot tell").hasSize(4);
      assertThat(store.heads().get(0).hash())
          .as("but the head differs from the one a signed checkpoint recorded")
          .isNotEqualTo(before.hash());
    }
    sql("DELETE FROM ifg_event WHERE stream = ? AND version = 4", S1.value());
    try (JdbcStore store = JdbcStore.open(url())) {
      assertThat(store.heads().get(0).version()).isEqualTo(3);
    }
  }

  @Test
  void chainsNewEventsOfAStoreWrittenBeforeEventsWereChained() throws SQLException {
    write(3);
    try (Connection c = DriverManager.getConnection(url());
        Statement s = c.createStatement()) {
      s.execute("ALTER TABLE ifg_event DROP COLUMN hash");
    }

    try (JdbcStore store = JdbcStore.open(url())) {
      assertThat(store.heads()).containsExactly(new StreamHead(S1, 3, null));
      assertThat(store.read(S1)).as("unchained rows read as before").hasSize(3);
      store.append(S1, 3, history().subList(3, 4));
      assertThat(store.heads().get(0).hash()).isNotNull();
    }
    String edited = payload(1).replace("\"sara\"", "\"saar\"");
    sql("UPDATE ifg_event SET payload = ? WHERE stream = ? AND version = 1", edited, S1.value());

    assertBrokenAt(4, "was edited");
  }
}
