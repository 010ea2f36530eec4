package be.ifg.examples.jdbc;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import be.ifg.domain.ChainEvent;
import be.ifg.domain.DisclosureEntry;
import be.ifg.persistence.CorruptRecord;
import be.ifg.persistence.DisclosureStore;
import be.ifg.persistence.PersistenceException;
import be.ifg.persistence.RecordedEvent;
import be.ifg.persistence.RegionEvents;
import be.ifg.persistence.Store;
import be.ifg.persistence.StreamHead;
import be.ifg.persistence.StreamId;
import be.ifg.persistence.SubscriptionStore;
import be.ifg.persistence.VersionConflict;
import be.ifg.persistence.json.EventChain;
import be.ifg.persistence.json.EventJson;
import com.google.common.collect.ImmutableList;
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
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import javax.sql.DataSource;

/**
 * A {@link Store} on plain JDBC: events and disclosure entries as JSON text ({@link EventJson}) in
 * the tables of {@link #schema()}. It runs on H2 (embedded, file: the default) and PostgreSQL (the
 * production target), and passes the conformance kit on both.
 *
 * <p>How it keeps the contracts:
 *
 * <ul>
 *   <li>One append is one transaction with one batch insert: all its events or none.
 *   <li>An append first updates the events' row of {@code ifg_lock}, so appends run one at a time
 *       and commit in the order of their global positions (a projection reading {@link #readAll}
 *       from a position never misses a late commit); then it checks the stream's version and
 *       refuses a stale writer with {@link VersionConflict}. The primary key {@code (stream,
 *       version)} refuses a duplicate even from a writer that bypasses the lock; a unique violation
 *       is reported as a {@link VersionConflict} too.
 *   <li>Disclosure entries: the same, on their own lock row, with the sequence as primary key; one
 *       statement inserts the entry only if it follows the last one.
 *   <li>Reads are single statements run in auto-commit (one consistent snapshot each, no commit to
 *       wait for); {@link #readRegion} selects one table's streams in the database.
 *   <li>Subscriptions' positions ({@code ifg_subscription}): a save runs on its own lock row, moves
 *       the stored position only forward and commits before it returns.
 *   <li>Reads decode every record; a record that cannot be decoded, or a stream with a missing
 *       version, is a {@link CorruptRecord} naming stream and version. Records of older schema
 *       versions are upcast as they are read ({@link EventJson}): a store written by an earlier
 *       version of the library needs no migration of its rows.
 *   <li>Each event's hash ({@link EventChain}) is kept in the {@code hash} column (added to an
 *       older store when it is opened); {@link #read} checks the stream's chain, and an edited,
 *       removed or reordered row is a {@link CorruptRecord} naming stream and version.
 *   <li>The {@code stream} column keeps every {@link StreamId} the library makes, up to 250
 *       characters; a store whose column is narrower (created before dossier streams named their
 *       table) is widened when it is opened. {@link #streams()} sorts in Java, so the name order
 *       does not depend on the database's collation.
 * </ul>
 *
 * <p>Thread-safe. On a URL it keeps a few connections of its own (an embedded H2 database stays
 * open while the store is); on a {@link DataSource} it takes a connection per operation from it.
 */
public final class JdbcStore implements Store {
  private static final String SCHEMA = "schema.sql";

  /** The width of the {@code stream} column: the longest stream name the library makes is 209. */
  static final int STREAM_LENGTH = 250;

  private static final int EVENTS_LOCK = 1;
  private static final int DISCLOSURES_LOCK = 2;
  private static final int SUBSCRIPTIONS_LOCK = 3;
  private static final String UNIQUE_VIOLATION = "23505";
  private static final StreamId DISCLOSURE_LOG = new StreamId("table:disclosure-log");

  private final Connections connections;
  private final String name;

  private JdbcStore(Connections connections, String name) {
    this.connections = connections;
    this.name = name;
  }

  /**
   * Opens a store on a JDBC URL, creating the tables when they are missing. For H2, unless the URL
   * sets them, a lock timeout of 10 seconds and a write delay of 0 are added: H2 otherwise writes a
   * commit to its file up to half a second later, and a process killed in between would lose an
   * acknowledged append.
   *
   * @param url e.g. {@code jdbc:h2:file:./data/ifg} or {@code jdbc:postgresql://db/ifg?user=ifg}
   * @throws PersistenceException if the database cannot be reached or the schema not created
   */
  public static JdbcStore open(String url) {
    checkNotNull(url, "url");
    checkArgument(url.startsWith("jdbc:"), "url must be a JDBC URL (jdbc:…): '%s'", url);
    String effective = url;
    if (url.startsWith("jdbc:h2:")) {
      String upper = url.toUpperCase(Locale.ROOT);
      if (!upper.contains("LOCK_TIMEOUT")) {
        effective += ";LOCK_TIMEOUT=10000";
      }
      if (!upper.contains("WRITE_DELAY")) {
        effective += ";WRITE_DELAY=0";
      }
    }
    JdbcStore store = new JdbcStore(Connections.of(effective), Connections.redact(url));
    store.createSchema();
    return store;
  }

  /**
   * Opens a store on a data source (the caller's pool), creating the tables when they are missing.
   *
   * @throws PersistenceException if the database cannot be reached or the schema not created
   */
  public static JdbcStore open(DataSource dataSource) {
    checkNotNull(dataSource, "dataSource");
    JdbcStore store = new JdbcStore(Connections.of(dataSource), "a data source");
    store.createSchema();
    return store;
  }

  /** The schema this adapter creates: the text of {@code schema.sql}. */
  public static String schema() {
    try (InputStream in = JdbcStore.class.getResourceAsStream(SCHEMA)) {
      if (in == null) {
        throw new PersistenceException("the adapter's " + SCHEMA + " is missing from its jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void createSchema() {
    List<String> statements = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : schema().split("\n", -1)) {
      String l = line.strip();
      if (l.startsWith("--") || l.isEmpty()) {
        continue;
      }
      current.append(l).append('\n');
      if (l.endsWith(";")) {
        statements.add(current.substring(0, current.lastIndexOf(";")));
        current.setLength(0);
      }
    }
    run(
        "create the schema",
        c -> {
          try (Statement s = c.createStatement()) {
            for (String sql : statements) {
              s.execute(sql);
            }
          }
          return null;
        });
    run(
        "widen the stream column",
        c -> {
          int width = streamColumnWidth(c);
          if (width > 0 && width < STREAM_LENGTH) {
            try (Statement s = c.createStatement()) {
              s.execute(
                  "ALTER TABLE ifg_event ALTER COLUMN stream SET DATA TYPE VARCHAR("
                      + STREAM_LENGTH
                      + ")");
            }
          }
          return null;
        });
    for (int lock : List.of(EVENTS_LOCK, DISCLOSURES_LOCK, SUBSCRIPTIONS_LOCK)) {
      try {
        run(
            "create the lock rows",
            c -> {
              try (PreparedStatement p =
                  c.prepareStatement(
                      "INSERT INTO ifg_lock (id, appends) SELECT ?, 0"
                          + " WHERE NOT EXISTS (SELECT 1 FROM ifg_lock WHERE id = ?)")) {
                p.setInt(1, lock);
                p.setInt(2, lock);
                p.executeUpdate();
              }
              return null;
            });
      } catch (DuplicateKey another) {
        // another store created the row at the same moment: it exists, which is all that matters
      }
    }
  }

  /**
   * The declared width of {@code ifg_event.stream} in the connection's schema, or 0 when the
   * database does not tell.
   */
  private static int streamColumnWidth(Connection c) throws SQLException {
    DatabaseMetaData md = c.getMetaData();
    boolean upper = md.storesUpperCaseIdentifiers();
    String escape = md.getSearchStringEscape();
    String table = upper ? "IFG_EVENT" : "ifg_event";
    if (escape != null && !escape.isEmpty()) {
      table = table.replace("_", escape + "_");
    }
    String column = upper ? "STREAM" : "stream";
    try (ResultSet rs = md.getColumns(c.getCatalog(), c.getSchema(), table, column)) {
      return rs.next() ? rs.getInt("COLUMN_SIZE") : 0;
    }
  }

  @Override
  public long append(StreamId stream, long expectedVersion, List<? extends ChainEvent> events) {
    checkNotNull(stream, "stream");
    checkArgument(expectedVersion >= 0, "expectedVersion must be >= 0: %s", expectedVersion);
    checkArgument(!events.isEmpty(), "append at least one event to %s", stream);
    List<String> payloads = new ArrayList<>();
    List<String> types = new ArrayList<>();
    for (ChainEvent e : events) {
      checkNotNull(e, "event");
      payloads.add(EventJson.write(e));
      types.add(EventJson.type(e));
    }
    try {
      return run(
          "append to " + stream,
          c -> {
            lock(c, EVENTS_LOCK);
            long actual = version(c, stream);
            if (actual != expectedVersion) {
              throw new VersionConflict(stream, expectedVersion, actual);
            }
            String previous = head(c, stream, expectedVersion);
            try (PreparedStatement p =
                c.prepareStatement(
                    "INSERT INTO ifg_event (stream, version, event_type, schema_version, payload,"
                        + " hash) VALUES (?, ?, ?, ?, ?, ?)")) {
              long version = expectedVersion;
              for (int i = 0; i < payloads.size(); i++) {
                p.setString(1, stream.value());
                p.setLong(2, ++version);
                p.setString(3, types.get(i));
                p.setInt(4, EventJson.schemaVersion(types.get(i)));
                p.setString(5, payloads.get(i));
                previous = EventChain.link(stream, version, previous, payloads.get(i));
                p.setString(6, previous);
                p.addBatch();
              }
              p.executeBatch();
              return version;
            }
          });
    } catch (DuplicateKey e) {
      throw new VersionConflict(stream, expectedVersion, version(stream));
    }
  }

  @Override
  public List<RecordedEvent> read(StreamId stream) {
    checkNotNull(stream, "stream");
    return query(
        "read " + stream,
        c -> {
          try (PreparedStatement p =
              c.prepareStatement(
                  "SELECT stream, version, position, event_type, payload, hash FROM ifg_event"
                      + " WHERE stream = ? ORDER BY version")) {
            p.setString(1, stream.value());
            List<RecordedEvent> out = decodeChained(p, stream);
            for (int i = 0; i < out.size(); i++) {
              if (out.get(i).version() != i + 1L) {
                throw new CorruptRecord(
                    "stream " + stream + ", version " + (i + 1),
                    "the record is missing: the stream goes on at version " + out.get(i).version(),
                    null);
              }
            }
            return out;
          }
        });
  }

  @Override
  public List<RecordedEvent> readAll(long afterPosition, int limit) {
    checkArgument(limit >= 1, "limit must be >= 1: %s", limit);
    return query(
        "read all streams",
        c -> {
          try (PreparedStatement p =
              c.prepareStatement(
                  "SELECT stream, version, position, event_type, payload FROM ifg_event"
                      + " WHERE position > ? ORDER BY position FETCH FIRST ? ROWS ONLY")) {
            p.setLong(1, afterPosition);
            p.setInt(2, limit);
            return decode(p);
          }
        });
  }

  private static List<RecordedEvent> decode(PreparedStatement p) throws SQLException {
    ImmutableList.Builder<RecordedEvent> out = ImmutableList.builder();
    try (ResultSet rs = p.executeQuery()) {
      while (rs.next()) {
        String streamName = rs.getString(1);
        long version = rs.getLong(2);
        long position = rs.getLong(3);
        String type = rs.getString(4);
        StreamId stream;
        try {
          stream = new StreamId(streamName);
        } catch (IllegalArgumentException e) {
          throw new CorruptRecord(
              "position " + position, "invalid stream name '" + streamName + "'", e);
        }
        ChainEvent event = EventJson.read(rs.getString(5), stream, version);
        if (!EventJson.type(event).equals(type)) {
          throw new CorruptRecord(
              "stream " + stream + ", version " + version,
              "the row's event_type is " + type + ", its payload a " + EventJson.type(event),
              null);
        }
        out.add(new RecordedEvent(stream, version, position, event));
      }
    }
    return out.build();
  }

  @Override
  public long version(StreamId stream) {
    checkNotNull(stream, "stream");
    return query("read the version of " + stream, c -> version(c, stream));
  }

  private static long version(Connection c, StreamId stream) throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement("SELECT COALESCE(MAX(version), 0) FROM ifg_event WHERE stream = ?")) {
      p.setString(1, stream.value());
      try (ResultSet rs = p.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  @Override
  public List<StreamId> streams() {
    return run(
        "list the streams",
        c -> {
          TreeSet<StreamId> out = new TreeSet<>();
          try (Statement s = c.createStatement();
              ResultSet rs = s.executeQuery("SELECT DISTINCT stream FROM ifg_event")) {
            while (rs.next()) {
              String value = rs.getString(1);
              try {
                out.add(new StreamId(value));
              } catch (IllegalArgumentException e) {
                throw new CorruptRecord("stream '" + value + "'", "invalid stream name", e);
              }
            }
          }
          return ImmutableList.copyOf(out);
        });
  }

  @Override
  public boolean purge(StreamId stream) {
    checkNotNull(stream, "stream");
    return run(
        "purge " + stream,
        c -> {
          lock(c, EVENTS_LOCK);
          try (PreparedStatement p = c.prepareStatement("DELETE FROM ifg_event WHERE stream = ?")) {
            p.setString(1, stream.value());
            return p.executeUpdate() > 0;
          }
        });
  }

  @Override
  public void appendDisclosure(DisclosureEntry entry) {
    checkNotNull(entry, "entry");
    String payload = EventJson.writeDisclosure(entry);
    try {
      run(
          "append disclosure " + entry.sequence(),
          c -> {
            lock(c, DISCLOSURES_LOCK);
            // one statement checks that the entry follows the last one and inserts it (issue 14:
            // a round trip less per logged question); under the lock row, as before
            try (PreparedStatement p =
                c.prepareStatement(
                    "INSERT INTO ifg_disclosure (sequence, schema_version, payload)"
                        + " SELECT ?, ?, ? WHERE"
                        + " (SELECT COALESCE(MAX(sequence), 0) FROM ifg_disclosure) = ?")) {
              p.setLong(1, entry.sequence());
              p.setInt(2, EventJson.schemaVersion("DisclosureEntry"));
              p.setString(3, payload);
              p.setLong(4, entry.sequence() - 1);
              if (p.executeUpdate() == 1) {
                return null;
              }
            }
            long last;
            try (Statement s = c.createStatement();
                ResultSet rs =
                    s.executeQuery("SELECT COALESCE(MAX(sequence), 0) FROM ifg_disclosure")) {
              rs.next();
              last = rs.getLong(1);
            }
            throw new VersionConflict(DISCLOSURE_LOG, entry.sequence() - 1, last);
          });
    } catch (DuplicateKey e) {
      throw new VersionConflict(DISCLOSURE_LOG, entry.sequence() - 1, entry.sequence());
    }
  }

  @Override
  public List<DisclosureEntry> readDisclosures(long afterSequence, int limit) {
    checkArgument(limit >= 1, "limit must be >= 1: %s", limit);
    return query(
        "read the disclosure log",
        c -> {
          try (PreparedStatement p =
              c.prepareStatement(
                  "SELECT sequence, payload FROM ifg_disclosure WHERE sequence > ?"
                      + " ORDER BY sequence FETCH FIRST ? ROWS ONLY")) {
            p.setLong(1, afterSequence);
            p.setInt(2, limit);
            return decodeDisclosures(p);
          }
        });
  }

  @Override
  public Optional<DisclosureEntry> lastDisclosure() {
    List<DisclosureEntry> last =
        query(
            "read the last disclosure",
            c -> {
              try (PreparedStatement p =
                  c.prepareStatement(
                      "SELECT sequence, payload FROM ifg_disclosure"
                          + " ORDER BY sequence DESC FETCH FIRST 1 ROWS ONLY")) {
                return decodeDisclosures(p);
              }
            });
    return last.stream().findFirst();
  }

  private static List<DisclosureEntry> decodeDisclosures(PreparedStatement p) throws SQLException {
    ImmutableList.Builder<DisclosureEntry> out = ImmutableList.builder();
    try (ResultSet rs = p.executeQuery()) {
      while (rs.next()) {
        out.add(EventJson.readDisclosure(rs.getString(2), rs.getLong(1)));
      }
    }
    return out.build();
  }

  // ---- subscriptions ----

  @Override
  public long position(String subscription) {
    SubscriptionStore.checkName(subscription);
    return run(
        "read the position of subscription " + subscription,
        c -> {
          try (PreparedStatement p =
              c.prepareStatement("SELECT position FROM ifg_subscription WHERE name = ?")) {
            p.setString(1, subscription);
            try (ResultSet rs = p.executeQuery()) {
              return rs.next() ? rs.getLong(1) : 0L;
            }
          }
        });
  }

  /**
   * Saves a subscription's position with an upsert both databases understand: an update that only
   * moves the position forward, then an insert when no row exists. Saves run one at a time on their
   * row of {@code ifg_lock}; should a writer that bypasses the lock insert the same name first, the
   * primary key refuses the second insert and the save is tried again as an update.
   */
  @Override
  public void savePosition(String subscription, long position) {
    SubscriptionStore.checkName(subscription);
    SubscriptionStore.checkPosition(position);
    for (int attempt = 1; ; attempt++) {
      try {
        run(
            "save the position of subscription " + subscription,
            c -> {
              lock(c, SUBSCRIPTIONS_LOCK);
              try (PreparedStatement u =
                  c.prepareStatement(
                      "UPDATE ifg_subscription SET position = ? WHERE name = ? AND position < ?")) {
                u.setLong(1, position);
                u.setString(2, subscription);
                u.setLong(3, position);
                if (u.executeUpdate() > 0) {
                  return null;
                }
              }
              try (PreparedStatement i =
                  c.prepareStatement(
                      "INSERT INTO ifg_subscription (name, position) SELECT ?, ?"
                          + " WHERE NOT EXISTS (SELECT 1 FROM ifg_subscription WHERE name = ?)")) {
                i.setString(1, subscription);
                i.setLong(2, position);
                i.setString(3, subscription);
                i.executeUpdate();
              }
              return null;
            });
        return;
      } catch (DuplicateKey raced) {
        if (attempt == 3) {
          throw new PersistenceException(
              "cannot save the position of subscription " + subscription + " on " + name, raced);
        }
      }
    }
  }

  // ---- retention: tombstones in the disclosure log ----

  /**
   * Replaces entries by their tombstones in one transaction, under the disclosure log's lock row:
   * each entry is read and checked ({@link DisclosureStore#checkTombstone}), then its row
   * rewritten; a problem with any rolls back all.
   */
  @Override
  public void tombstone(List<DisclosureEntry> tombstones) {
    checkNotNull(tombstones, "tombstones");
    for (DisclosureEntry t : tombstones) {
      checkNotNull(t, "a tombstone must not be null");
      checkArgument(t.isTombstone(), "entry %s is not a tombstone", t.sequence());
    }
    if (tombstones.isEmpty()) {
      return;
    }
    run(
        "replace " + tombstones.size() + " disclosure entries by tombstones",
        c -> {
          lock(c, DISCLOSURES_LOCK);
          try (PreparedStatement read =
                  c.prepareStatement(
                      "SELECT sequence, payload FROM ifg_disclosure WHERE sequence = ?");
              PreparedStatement write =
                  c.prepareStatement(
                      "UPDATE ifg_disclosure SET schema_version = ?, payload = ?"
                          + " WHERE sequence = ?")) {
            for (DisclosureEntry t : tombstones) {
              read.setLong(1, t.sequence());
              List<DisclosureEntry> kept = decodeDisclosures(read);
              checkArgument(!kept.isEmpty(), "no disclosure entry %s is kept", t.sequence());
              DisclosureStore.checkTombstone(kept.get(0), t);
              write.setInt(1, EventJson.schemaVersion("DisclosureEntry"));
              write.setString(2, EventJson.writeDisclosure(t));
              write.setLong(3, t.sequence());
              write.executeUpdate();
            }
          }
          return null;
        });
  }

  // ---- reading one region (issue 14) ----

  /**
   * The region's events selected by the database, so that other regions' rows are neither sent nor
   * decoded: the table's stream by name, the dossiers' streams by the prefix {@code
   * dossier:REGION/} (a {@code LIKE} whose wildcards in the region are escaped). The same statement
   * reads the greatest position committed: when fewer than {@code limit} events come back, every
   * event of the region up to it was returned, and the read's position moves there. Appends commit
   * in the order of their positions (the lock row), so no event at or before that position can
   * commit later.
   */
  @Override
  public RegionEvents readRegion(long afterPosition, int limit, String region) {
    checkArgument(limit >= 1, "limit must be >= 1: %s", limit);
    checkArgument(afterPosition >= 0, "afterPosition must be >= 0: %s", afterPosition);
    checkNotNull(region, "region");
    String table = StreamId.table(region).value();
    String dossiers = likePrefix("dossier:" + region + "/");
    return query(
        "read the streams of region " + region,
        c -> {
          try (PreparedStatement p =
              c.prepareStatement(
                  "SELECT m.hi, e.stream, e.version, e.position, e.event_type, e.payload"
                      + " FROM (SELECT MAX(position) AS hi FROM ifg_event) m LEFT JOIN"
                      + " (SELECT stream, version, position, event_type, payload FROM ifg_event"
                      + " WHERE position > ? AND (stream = ? OR stream LIKE ? ESCAPE '!')"
                      + " ORDER BY position FETCH FIRST ? ROWS ONLY) e ON 1 = 1"
                      + " ORDER BY e.position")) {
            p.setLong(1, afterPosition);
            p.setString(2, table);
            p.setString(3, dossiers);
            p.setInt(4, limit);
            List<RecordedEvent> out = new ArrayList<>();
            long highest = afterPosition;
            try (ResultSet rs = p.executeQuery()) {
              while (rs.next()) {
                highest = Math.max(highest, rs.getLong(1));
                if (rs.getString(2) != null) {
                  out.add(recorded(rs, 2));
                }
              }
            }
            long position = out.size() == limit ? out.get(out.size() - 1).position() : highest;
            return new RegionEvents(out, position);
          }
        });
  }

  /** A {@code LIKE} pattern matching names that start with the prefix ({@code !} escapes). */
  static String likePrefix(String prefix) {
    StringBuilder out = new StringBuilder(prefix.length() + 4);
    for (char ch : prefix.toCharArray()) {
      if (ch == '!' || ch == '%' || ch == '_') {
        out.append('!');
      }
      out.append(ch);
    }
    return out.append('%').toString();
  }

  /** Decodes the row's event, its stream name in column {@code first} and the rest after it. */
  private static RecordedEvent recorded(ResultSet rs, int first) throws SQLException {
    String streamName = rs.getString(first);
    long version = rs.getLong(first + 1);
    long position = rs.getLong(first + 2);
    String type = rs.getString(first + 3);
    StreamId stream;
    try {
      stream = new StreamId(streamName);
    } catch (IllegalArgumentException e) {
      throw new CorruptRecord(
          "position " + position, "invalid stream name '" + streamName + "'", e);
    }
    ChainEvent event = EventJson.read(rs.getString(first + 4), stream, version);
    if (!EventJson.type(event).equals(type)) {
      throw new CorruptRecord(
          "stream " + stream + ", version " + version,
          "the row's event_type is " + type + ", its payload a " + EventJson.type(event),
          null);
    }
    return new RecordedEvent(stream, version, position, event);
  }

  /**
   * One read-only statement, run in auto-commit: a single statement reads one consistent snapshot
   * by itself, and the commit a transaction would need afterwards is a round trip saved. Appends,
   * purges and the disclosure log keep their transactions ({@link #run}).
   */
  private <T> T query(String what, Work<T> work) {
    Connection c;
    try {
      c = connections.get();
    } catch (SQLException e) {
      throw new PersistenceException(
          "cannot connect to " + name + " to " + what + ": " + cause(e), e);
    }
    boolean broken = false;
    try {
      c.setAutoCommit(true);
      return work.apply(c);
    } catch (SQLException e) {
      broken = true;
      throw new PersistenceException("cannot " + what + " on " + name + ": " + cause(e), e);
    } finally {
      connections.release(c, broken);
    }
  }

  // ---- the store in use (issue 15): open only a store that exists; the driver's cause ----

  /** H2's error code for a database that {@code IFEXISTS=TRUE} did not let it create. */
  private static final int H2_NO_DATABASE = 90146;

  /**
   * Opens a store that exists already: never creates a database, a directory or the tables. For an
   * H2 URL other than {@code jdbc:h2:mem:}, {@code IFEXISTS=TRUE} is added unless the URL sets it,
   * so a mistyped path is refused instead of opened as a new, empty database; a database without
   * this adapter's tables is refused too. Otherwise as {@link #open(String)}.
   *
   * @param url e.g. {@code jdbc:h2:file:./data/ifg} or {@code jdbc:postgresql://db/ifg?user=ifg}
   * @throws PersistenceException if there is no such database, it holds no store, or it cannot be
   *     reached (the message gives the driver's cause in one line)
   */
  public static JdbcStore openExisting(String url) {
    checkNotNull(url, "url");
    checkArgument(url.startsWith("jdbc:"), "url must be a JDBC URL (jdbc:…): '%s'", url);
    String effective = url;
    String upper = url.toUpperCase(Locale.ROOT);
    if (upper.startsWith("JDBC:H2:") && !upper.startsWith("JDBC:H2:MEM:")) {
      if (!upper.contains("IFEXISTS")) {
        effective += ";IFEXISTS=TRUE";
      }
      if (!upper.contains("LOCK_TIMEOUT")) {
        effective += ";LOCK_TIMEOUT=10000";
      }
      if (!upper.contains("WRITE_DELAY")) {
        effective += ";WRITE_DELAY=0";
      }
    }
    String name = Connections.redact(url);
    JdbcStore store = new JdbcStore(Connections.of(effective), name);
    try {
      boolean tables;
      try {
        tables = store.query("look for the store's tables", c -> streamColumnWidth(c) > 0);
      } catch (PersistenceException e) {
        if (e.getCause() instanceof SQLException s && s.getErrorCode() == H2_NO_DATABASE) {
          throw new PersistenceException(
              "there is no database at " + name + " (nothing was created)", s);
        }
        throw e;
      }
      if (!tables) {
        throw new PersistenceException(
            "the database at " + name + " holds no IFG store (no table ifg_event)");
      }
      store.createSchema(); // adds the tables a store of an earlier version lacks
      return store;
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
  }

  /**
   * The driver's cause of a failure in one line: the first line of its message, and its SQLState
   * when the message does not already say it.
   */
  static String cause(SQLException e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    String line = message.strip().lines().findFirst().orElse("").strip();
    if (line.length() > 300) {
      line = line.substring(0, 300) + "…";
    }
    String state = e.getSQLState();
    return state == null || line.contains(state) ? line : line + " (SQLState " + state + ")";
  }

  /** Closes the store's own connections; the data stays. */
  @Override
  public void close() {
    connections.close();
  }

  @Override
  public String toString() {
    return "JdbcStore[" + name + "]";
  }

  // ---- transactions ----

  /** Work in one transaction. */
  @FunctionalInterface
  private interface Work<T> {
    T apply(Connection c) throws SQLException;
  }

  /** A unique violation inside a transaction; the caller turns it into a conflict. */
  private static final class DuplicateKey extends RuntimeException {
    private static final long serialVersionUID = 1L;

    DuplicateKey(SQLException cause) {
      super(cause);
    }
  }

  private static void lock(Connection c, int row) throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement("UPDATE ifg_lock SET appends = appends + 1 WHERE id = ?")) {
      p.setInt(1, row);
      if (p.executeUpdate() != 1) {
        throw new PersistenceException("the lock row " + row + " of ifg_lock is missing");
      }
    }
  }

  private <T> T run(String what, Work<T> work) {
    Connection c;
    try {
      c = connections.get();
    } catch (SQLException e) {
      throw new PersistenceException(
          "cannot connect to " + name + " to " + what + ": " + cause(e), e);
    }
    boolean broken = false;
    try {
      c.setAutoCommit(false);
      T result = work.apply(c);
      c.commit();
      return result;
    } catch (SQLException e) {
      broken = !rollback(c);
      if (isUniqueViolation(e)) {
        throw new DuplicateKey(e);
      }
      throw new PersistenceException("cannot " + what + " on " + name + ": " + cause(e), e);
    } catch (RuntimeException e) {
      broken = !rollback(c);
      throw e;
    } finally {
      connections.release(c, broken);
    }
  }

  /** Rolls back; whether the connection is still fit for use. */
  private static boolean rollback(Connection c) {
    try {
      c.rollback();
      return true;
    } catch (SQLException e) {
      return false;
    }
  }

  private static boolean isUniqueViolation(SQLException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException s) {
        for (SQLException n = s; n != null; n = n.getNextException()) {
          if (UNIQUE_VIOLATION.equals(n.getSQLState())) {
            return true;
          }
        }
      }
    }
    return false;
  }

  // ---- events prove their integrity (issue 15): each stream's hash chain ----

  /**
   * The hash the next event of the stream chains to: the hash kept with version {@code version};
   * {@link EventChain#GENESIS} for a new stream; for a stream whose last row has no hash (written
   * before events were chained) the chain computed through all its rows, so that the new event
   * covers them. Under the events' lock row.
   */
  private static String head(Connection c, StreamId stream, long version) throws SQLException {
    if (version == 0) {
      return EventChain.GENESIS;
    }
    try (PreparedStatement p =
        c.prepareStatement("SELECT hash FROM ifg_event WHERE stream = ? AND version = ?")) {
      p.setString(1, stream.value());
      p.setLong(2, version);
      try (ResultSet rs = p.executeQuery()) {
        if (rs.next() && rs.getString(1) != null) {
          return rs.getString(1);
        }
      }
    }
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT version, payload, hash FROM ifg_event WHERE stream = ? ORDER BY version")) {
      p.setString(1, stream.value());
      List<String> payloads = new ArrayList<>();
      List<String> hashes = new ArrayList<>();
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          if (rs.getLong(1) != payloads.size() + 1L) {
            throw new CorruptRecord(
                "stream " + stream + ", version " + (payloads.size() + 1),
                "the record is missing: the stream goes on at version " + rs.getLong(1),
                null);
          }
          payloads.add(rs.getString(2));
          hashes.add(rs.getString(3));
        }
      }
      return EventChain.check(stream, payloads, hashes);
    }
  }

  /**
   * Decodes one stream's rows (columns as {@link #read} selects them, the hash sixth) and checks
   * its chain ({@link EventChain#check}): an edited, removed, inserted or reordered row is a {@link
   * CorruptRecord} naming stream and version.
   */
  private static List<RecordedEvent> decodeChained(PreparedStatement p, StreamId stream)
      throws SQLException {
    List<RecordedEvent> out = new ArrayList<>();
    List<String> payloads = new ArrayList<>();
    List<String> hashes = new ArrayList<>();
    try (ResultSet rs = p.executeQuery()) {
      while (rs.next()) {
        out.add(recorded(rs, 1));
        payloads.add(rs.getString(5));
        hashes.add(rs.getString(6));
      }
    }
    for (int i = 0; i < out.size(); i++) {
      if (out.get(i).version() != i + 1L) {
        return out; // read() names the missing version
      }
    }
    EventChain.check(stream, payloads, hashes);
    return ImmutableList.copyOf(out);
  }

  /**
   * Every stream's version and the hash kept with its last row (none for a stream written before
   * events were chained), in one statement.
   */
  @Override
  public List<StreamHead> heads() {
    return query(
        "read the streams' heads",
        c -> {
          List<StreamHead> out = new ArrayList<>();
          try (Statement s = c.createStatement();
              ResultSet rs =
                  s.executeQuery(
                      "SELECT e.stream, e.version, e.hash FROM ifg_event e JOIN (SELECT stream,"
                          + " MAX(version) AS v FROM ifg_event GROUP BY stream) m"
                          + " ON e.stream = m.stream AND e.version = m.v")) {
            while (rs.next()) {
              String value = rs.getString(1);
              try {
                out.add(new StreamHead(new StreamId(value), rs.getLong(2), rs.getString(3)));
              } catch (IllegalArgumentException e) {
                throw new CorruptRecord("stream '" + value + "'", "invalid stream name", e);
              }
            }
          }
          out.sort(java.util.Comparator.comparing(StreamHead::stream));
          return ImmutableList.copyOf(out);
        });
  }
}
