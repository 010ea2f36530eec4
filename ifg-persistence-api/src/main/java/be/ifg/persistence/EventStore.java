package be.ifg.persistence;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import be.ifg.domain.ChainEvent;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Event streams with optimistic concurrency: the part of the SPI that keeps dossiers' and tables'
 * histories.
 *
 * <p>Contracts every adapter keeps (the conformance kit checks them):
 *
 * <ul>
 *   <li><b>Atomicity:</b> one {@link #append} writes all its events or none.
 *   <li><b>Optimistic concurrency:</b> an append succeeds only when the stream's version equals the
 *       expected version (0 for a new stream); otherwise it throws {@link VersionConflict} and
 *       writes nothing. Two writers never overwrite each other.
 *   <li><b>Ordering:</b> a stream's events keep their versions 1, 2, 3, … without gaps; {@link
 *       #readAll} returns every event of every stream in one global order (positions strictly
 *       increasing) consistent with the append order.
 *   <li><b>Durability:</b> an append that returned is never lost (for a durable adapter, across a
 *       restart); one that threw wrote nothing, except that an adapter failure after the commit
 *       point (a lost connection) leaves the outcome unknown: read the stream to find out.
 *   <li><b>Idempotency:</b> an append is not idempotent by itself, but the expected version makes a
 *       retry safe: retrying an append that did succeed fails with {@link VersionConflict} instead
 *       of writing the events twice. Reads, {@link #version} and {@link #streams} have no effect;
 *       {@link #purge} of a purged stream returns {@code false}.
 *   <li><b>Global order:</b> positions are assigned in commit order and never reused, so a
 *       projection that remembers the last position it read and calls {@link #readAll} from there
 *       sees every later event exactly once. Positions need not be contiguous (a purge or a rolled
 *       back append may leave holes).
 *   <li><b>Thread safety:</b> every method may be called from any thread.
 * </ul>
 *
 * <p>An adapter that keeps events as text uses {@link be.ifg.persistence.json.EventJson}; a record
 * it cannot read is a {@link CorruptRecord}, never skipped.
 */
@API(status = STABLE, since = "0.1")
public interface EventStore {
  /**
   * Appends events to a stream if its version is the expected one.
   *
   * @param stream the stream
   * @param expectedVersion the version the writer read: 0 for a stream that does not exist yet
   * @param events the events to append (at least one), which get versions {@code expectedVersion +
   *     1}, {@code + 2}, … and increasing global positions
   * @return the stream's new version
   * @throws VersionConflict if the stream's version is not {@code expectedVersion}
   * @throws PersistenceException if the adapter fails; then nothing was written
   * @throws IllegalArgumentException if {@code events} is empty or {@code expectedVersion < 0}
   */
  long append(StreamId stream, long expectedVersion, List<? extends ChainEvent> events);

  /**
   * Reads a whole stream in version order.
   *
   * @return the stream's events; empty if the stream does not exist (or was purged)
   * @throws PersistenceException if the adapter fails or a record is corrupt (the message names the
   *     stream and the version)
   */
  List<RecordedEvent> read(StreamId stream);

  /**
   * Reads every stream's events in global order, starting after a position.
   *
   * @param afterPosition 0 to start at the beginning, else the last position already read
   * @param limit the most events to return (at least 1)
   * @return the next events in global order, at most {@code limit}
   * @throws PersistenceException if the adapter fails or a record is corrupt
   * @throws IllegalArgumentException if {@code limit < 1}
   */
  List<RecordedEvent> readAll(long afterPosition, int limit);

  /**
   * The stream's current version: the number of events in it, 0 if it does not exist.
   *
   * @throws PersistenceException if the adapter fails
   */
  long version(StreamId stream);

  /**
   * Every stream that has events, in name order.
   *
   * @throws PersistenceException if the adapter fails
   */
  List<StreamId> streams();

  /**
   * Removes a stream for good, when its retention period ends. A purged stream reads as empty and
   * may not be written again with an expected version other than 0.
   *
   * @return whether the stream existed
   * @throws PersistenceException if the adapter fails
   */
  boolean purge(StreamId stream);

  // ---- reading one region (issue 14: a table's projection reads its own region only) ----

  /**
   * Reads the events of one case table's streams in global order, starting after a position: the
   * table's own stream ({@code table:REGION}) and its dossiers' streams ({@code
   * dossier:REGION/ID}), the streams whose {@link StreamId#region()} is the region. The events are
   * exactly those {@link #readAll} returns for these streams, with the same versions and positions.
   *
   * <p>The default filters {@link #readAll} in Java, which is correct for every adapter; an adapter
   * that can select by stream name (a database) overrides it so that other regions' events are
   * neither sent nor decoded.
   *
   * @param afterPosition 0 to start at the beginning, else the last position already read (the
   *     {@link RegionEvents#position()} of the previous read)
   * @param limit the most events to return (at least 1)
   * @param region the case table's region
   * @return the next events of the region, at most {@code limit}, and how far the store was read
   * @throws PersistenceException if the adapter fails or a record is corrupt
   * @throws IllegalArgumentException if {@code limit < 1}, {@code afterPosition < 0} or the region
   *     is not a valid region id
   */
  @API(status = EXPERIMENTAL, since = "0.2")
  default RegionEvents readRegion(long afterPosition, int limit, String region) {
    checkArgument(limit >= 1, "limit must be >= 1: %s", limit);
    checkArgument(afterPosition >= 0, "afterPosition must be >= 0: %s", afterPosition);
    StreamId.table(checkNotNull(region, "region")); // refuses a name no table can have
    List<RecordedEvent> out = new ArrayList<>();
    long scanned = afterPosition;
    int page = Math.max(limit, 1_000);
    while (out.size() < limit) {
      List<RecordedEvent> batch = readAll(scanned, page);
      if (batch.isEmpty()) {
        break;
      }
      for (RecordedEvent r : batch) {
        scanned = r.position();
        if (r.stream().region().filter(region::equals).isPresent()) {
          out.add(r);
          if (out.size() == limit) {
            break;
          }
        }
      }
    }
    return new RegionEvents(out, scanned);
  }

  // ---- events prove their integrity (issue 15): every stream's head ----

  /**
   * Every stream's head: its version and the hash kept with its last event, in name order. An
   * adapter that chains its events ({@link be.ifg.persistence.json.EventChain}) gives each chained
   * stream's hash, and its {@link #read} checks the chain (an edited, removed, inserted or
   * reordered event is a {@link CorruptRecord} naming stream and version). The same events appended
   * in the same order give the same heads in every chaining adapter.
   *
   * <p>The default, for an adapter that does not chain its events, gives every stream without a
   * hash.
   *
   * @throws PersistenceException if the adapter fails
   */
  @API(status = EXPERIMENTAL, since = "0.2")
  default List<StreamHead> heads() {
    List<StreamHead> out = new ArrayList<>();
    for (StreamId s : streams()) {
      long v = version(s);
      if (v > 0) {
        out.add(new StreamHead(s, v, null));
      }
    }
    return out;
  }
}
