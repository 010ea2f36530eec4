package be.ifg.examples.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import be.ifg.domain.DisclosureEntry;
import be.ifg.domain.DossierEvent;
import be.ifg.domain.DossierId;
import be.ifg.domain.ProfessionalId;
import be.ifg.persistence.RecordedEvent;
import be.ifg.persistence.StreamId;
import be.ifg.persistence.tck.SampleEvents;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A store as the adapter wrote it before dossier streams named their table: its schema (a {@code
 * stream} column of 200 characters) and rows of the schema versions of then (a {@code Registered}
 * of versions 1 and 2, a {@code DirectorAppointed} of version 1, disclosure entries of version 1),
 * kept in {@code before-tables/} exactly as the library wrote them. The adapter must open such a
 * store without a migration of its rows, read every row, and go on writing.
 */
final class StoreBeforeTables {
  static final StreamId SAMPLE = new StreamId("dossier:d-sample");
  static final StreamId D7 = new StreamId("dossier:d7");

  private StoreBeforeTables() {}

  /** Creates the old schema and its rows on an empty database. */
  static void create(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      for (String sql : statements(resource("schema.sql"))) {
        s.execute(sql);
      }
      s.execute("INSERT INTO ifg_lock (id, appends) VALUES (1, 2), (2, 2)");
    }
    event(c, D7, 1, "Registered", 1, "Registered-v1.json");
    event(c, SAMPLE, 1, "Registered", 2, "Registered-v2.json");
    event(c, SAMPLE, 2, "DirectorAppointed", 1, "DirectorAppointed-v1.json");
    disclosure(c, 1, "DisclosureEntry-v1.json");
    disclosure(c, 2, "DisclosureEntry-v1-without-dossier.json");
  }

  /** Checks that the store reads every old row and goes on writing, on the widened column too. */
  static void check(JdbcStore store, Connection c) throws SQLException {
    assertThat(store.streams()).containsExactly(SAMPLE, D7);
    List<RecordedEvent> sample = store.read(SAMPLE);
    assertThat(sample).hasSize(2);
    assertThat(sample.get(0).event())
        .isInstanceOfSatisfying(
            DossierEvent.Registered.class,
            r -> {
              assertThat(r.table()).isEqualTo("unassigned.before-tables");
              assertThat(r.registration().clientSystem().parties()).hasSize(4);
            });
    assertThat(sample.get(1).event())
        .isInstanceOfSatisfying(
            DossierEvent.DirectorAppointed.class,
            d -> {
              assertThat(d.member()).isEqualTo(ProfessionalId.of("dina"));
              assertThat(d.reason()).isNull();
            });
    assertThat(store.read(D7)).singleElement().satisfies(r -> assertThat(r.event()).isNotNull());
    assertThat(store.readAll(0, 10)).hasSize(3);

    List<DisclosureEntry> log = store.readDisclosures(0, 10);
    assertThat(log).extracting(DisclosureEntry::sequence).containsExactly(1L, 2L);
    assertThat(log).allSatisfy(e -> assertThat(e.tableRegion()).isEmpty());
    DisclosureEntry next = SampleEvents.disclosure(3, log.get(1).hash());
    store.appendDisclosure(next);
    assertThat(store.readDisclosures(0, 10)).hasSize(3).last().isEqualTo(next);
    assertThat(store.lastDisclosure()).contains(next);

    assertThat(store.append(SAMPLE, 2, List.of(SampleEvents.note(DossierId.of("d-sample"), "on"))))
        .isEqualTo(3);
    String region = "r" + "-".repeat(98) + "1";
    DossierId longest = DossierId.of("d" + ".".repeat(98) + "9");
    StreamId wide = StreamId.dossier(region, longest);
    store.append(wide, 0, SampleEvents.dossierHistory(region, longest));
    assertThat(store.read(wide)).hasSize(SampleEvents.dossierHistory(region, longest).size());
    assertThat(streamColumnWidth(c)).isEqualTo(JdbcStore.STREAM_LENGTH);

    // a store written before subscriptions gets their table and lock row when it is opened
    assertThat(store.position("west-vlaanderen:an:reminders")).isZero();
    store.savePosition("west-vlaanderen:an:reminders", 2);
    store.savePosition("west-vlaanderen:an:reminders", 4);
    assertThat(store.position("west-vlaanderen:an:reminders")).isEqualTo(4);
  }

  /** The declared width of the {@code stream} column, as the database reports it. */
  static int streamColumnWidth(Connection c) throws SQLException {
    DatabaseMetaData md = c.getMetaData();
    boolean upper = md.storesUpperCaseIdentifiers();
    try (ResultSet rs =
        md.getColumns(
            c.getCatalog(),
            c.getSchema(),
            upper ? "IFG\\_EVENT" : "ifg\\_event",
            upper ? "STREAM" : "stream")) {
      assertThat(rs.next()).as("the stream column").isTrue();
      return rs.getInt("COLUMN_SIZE");
    }
  }

  private static void event(
      Connection c, StreamId stream, long version, String type, int schemaVersion, String file)
      throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement(
            "INSERT INTO ifg_event (stream, version, event_type, schema_version, payload)"
                + " VALUES (?, ?, ?, ?, ?)")) {
      p.setString(1, stream.value());
      p.setLong(2, version);
      p.setString(3, type);
      p.setInt(4, schemaVersion);
      p.setString(5, resource(file));
      p.executeUpdate();
    }
  }

  private static void disclosure(Connection c, long sequence, String file) throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement(
            "INSERT INTO ifg_disclosure (sequence, schema_version, payload) VALUES (?, 1, ?)")) {
      p.setLong(1, sequence);
      p.setString(2, resource(file));
      p.executeUpdate();
    }
  }

  private static List<String> statements(String script) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : script.split("\n", -1)) {
      String l = line.strip();
      if (l.startsWith("--") || l.isEmpty()) {
        continue;
      }
      current.append(l).append('\n');
      if (l.endsWith(";")) {
        out.add(current.substring(0, current.lastIndexOf(";")));
        current.setLength(0);
      }
    }
    return out;
  }

  private static String resource(String name) {
    try (InputStream in = StoreBeforeTables.class.getResourceAsStream("before-tables/" + name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
