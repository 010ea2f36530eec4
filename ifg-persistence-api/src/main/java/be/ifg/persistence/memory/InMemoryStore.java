package be.ifg.persistence.memory;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import be.ifg.domain.ChainEvent;
import be.ifg.domain.DisclosureEntry;
import be.ifg.persistence.DisclosureStore;
import be.ifg.persistence.RecordedEvent;
import be.ifg.persistence.RegionEvents;
import be.ifg.persistence.Store;
import be.ifg.persistence.StreamHead;
import be.ifg.persistence.StreamId;
import be.ifg.persistence.SubscriptionStore;
import be.ifg.persistence.VersionConflict;
import be.ifg.persistence.json.EventChain;
import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.apiguardian.api.API;

/**
 * The embedded default store: everything in memory, lost when the JVM stops.
 *
 * <p>Thread-safe: every method holds the store's lock, so appends are atomic and the global order
 * is the order in which appends took the lock.
 */
@API(status = STABLE, since = "0.1")
public final class InMemoryStore implements Store {
  private final Object lock = new Object();
  private final List<RecordedEvent> global = new ArrayList<>();
  private final Map<StreamId, List<RecordedEvent>> streams = new HashMap<>();
  private final List<DisclosureEntry> disclosures = new ArrayList<>();
  private long lastPosition;

  /** An empty store. */
  public InMemoryStore() {}

  @Override
  public long append(StreamId stream, long expectedVersion, List<? extends ChainEvent> events) {
    checkNotNull(stream, "stream");
    checkArgument(expectedVersion >= 0, "expectedVersion must be >= 0: %s", expectedVersion);
    checkArgument(!events.isEmpty(), "append at least one event to %s", stream);
    synchronized (lock) {
      List<RecordedEvent> s = streams.computeIfAbsent(stream, k -> new ArrayList<>());
      long actual = s.size();
      if (actual != expectedVersion) {
        throw new VersionConflict(stream, expectedVersion, actual);
      }
      long version = actual;
      for (ChainEvent e : events) {
        RecordedEvent r = new RecordedEvent(stream, ++version, ++lastPosition, checkNotNull(e));
        s.add(r);
        global.add(r);
      }
      return version;
    }
  }

  @Override
  public List<RecordedEvent> read(StreamId stream) {
    synchronized (lock) {
      List<RecordedEvent> s = streams.get(stream);
      return s == null ? List.of() : ImmutableList.copyOf(s);
    }
  }

  @Override
  public List<RecordedEvent> readAll(long afterPosition, int limit) {
    checkArgument(limit >= 1, "limit must be >= 1: %s", limit);
    synchronized (lock) {
      List<RecordedEvent> out = new ArrayList<>();
      int from = firstAfter(afterPosition);
      for (int i = from; i < global.size() && out.size() < limit; i++) {
        out.add(global.get(i));
      }
      return ImmutableList.copyOf(out);
    }
  }

  /** Binary search: the index of the first event after the position (positions increase). */
  private int firstAfter(long afterPosition) {
    int lo = 0;
    int hi = global.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (global.get(mid).position() <= afterPosition) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  @Override
  public long version(StreamId stream) {
    synchronized (lock) {
      List<RecordedEvent> s = streams.get(stream);
      return s == null ? 0 : s.size();
    }
  }

  @Override
  public List<StreamId> streams() {
    synchronized (lock) {
      TreeSet<StreamId> names = new TreeSet<>();
      streams.forEach(
          (k, v) -> {
            if (!v.isEmpty()) {
              names.add(k);
            }
          });
      return ImmutableList.copyOf(names);
    }
  }

  @Override
  public boolean purge(StreamId stream) {
    synchronized (lock) {
      List<RecordedEvent> s = streams.remove(stream);
      if (s == null || s.isEmpty()) {
        return false;
      }
      global.removeIf(r -> r.stream().equals(stream));
      hashes.remove(stream);
      return true;
    }
  }

  @Override
  public void appendDisclosure(DisclosureEntry entry) {
    checkNotNull(entry, "entry");
    synchronized (lock) {
      long expected = disclosures.size() + 1L;
      if (entry.sequence() != expected) {
        throw new VersionConflict(
            new StreamId("table:disclosure-log"), entry.sequence() - 1, disclosures.size());
      }
      disclosures.add(entry);
    }
  }

  @Override
  public List<DisclosureEntry> readDisclosures(long afterSequence, int limit) {
    checkArgument(limit >= 1, "limit must be >= 1: %s", limit);
    synchronized (lock) {
      int from = (int) Math.min(Math.max(afterSequence, 0), disclosures.size());
      int to = (int) Math.min((long) from + limit, disclosures.size());
      return ImmutableList.copyOf(disclosures.subList(from, to));
    }
  }

  @Override
  public Optional<DisclosureEntry> lastDisclosure() {
    synchronized (lock) {
      return disclosures.isEmpty()
          ? Optional.empty()
          : Optional.of(disclosures.get(disclosures.size() - 1));
    }
  }

  // ---- subscriptions ----

  private final Map<String, Long> subscriptions = new HashMap<>();

  @Override
  public long position(String subscription) {
    SubscriptionStore.checkName(subscription);
    synchronized (lock) {
      return subscriptions.getOrDefault(subscription, 0L);
    }
  }

  @Override
  public void savePosition(String subscription, long position) {
    SubscriptionStore.checkName(subscription);
    SubscriptionStore.checkPosition(position);
    synchronized (lock) {
      subscriptions.merge(subscription, position, Math::max);
    }
  }

  // ---- retention: tombstones in the disclosure log ----

  @Override
  public void tombstone(List<DisclosureEntry> tombstones) {
    checkNotNull(tombstones, "tombstones");
    synchronized (lock) {
      for (DisclosureEntry t : tombstones) {
        checkNotNull(t, "a tombstone must not be null");
        checkArgument(
            t.sequence() <= disclosures.size(), "no disclosure entry %s is kept", t.sequence());
        DisclosureStore.checkTombstone(disclosures.get((int) t.sequence() - 1), t);
      }
      for (DisclosureEntry t : tombstones) {
        disclosures.set((int) t.sequence() - 1, t);
      }
    }
  }

  // ---- reading one region ----

  /** The region's events, found in one pass over the global order under the store's lock. */
  @Override
  public RegionEvents readRegion(long afterPosition, int limit, String region) {
    checkArgument(limit >= 1, "limit must be >= 1: %s", limit);
    checkArgument(afterPosition >= 0, "afterPosition must be >= 0: %s", afterPosition);
    checkNotNull(region, "region");
    String table = StreamId.table(region).value();
    String dossiers = "dossier:" + region + "/";
    synchronized (lock) {
      List<RecordedEvent> out = new ArrayList<>();
      long scanned = afterPosition;
      for (int i = firstAfter(afterPosition); i < global.size() && out.size() < limit; i++) {
        RecordedEvent r = global.get(i);
        scanned = r.position();
        String name = r.stream().value();
        if (name.startsWith(dossiers) || name.equals(table)) {
          out.add(r);
        }
      }
      return new RegionEvents(out, scanned);
    }
  }

  // ---- events prove their integrity (issue 15): each stream's hash chain ----

  /**
   * Each stream's events' hashes ({@link EventChain}), beside its events, computed lazily: an
   * append costs nothing more, {@link #heads()} chains what was appended since; under the lock.
   */
  private final Map<StreamId, List<String>> hashes = new HashMap<>();

  /** The stream's hashes, chaining the events appended since the last call; under the lock. */
  private List<String> hashesOf(StreamId stream) {
    List<RecordedEvent> s = streams.getOrDefault(stream, List.of());
    List<String> h = hashes.computeIfAbsent(stream, k -> new ArrayList<>());
    while (h.size() < s.size()) {
      String previous = h.isEmpty() ? EventChain.GENESIS : h.get(h.size() - 1);
      h.add(EventChain.link(stream, h.size() + 1L, previous, s.get(h.size()).event()));
    }
    return h;
  }

  /** Every stream's version and the hash of its last event. */
  @Override
  public List<StreamHead> heads() {
    synchronized (lock) {
      List<StreamHead> out = new ArrayList<>();
      for (StreamId s : streams()) {
        List<String> h = hashesOf(s);
        out.add(new StreamHead(s, h.size(), h.get(h.size() - 1)));
      }
      return ImmutableList.copyOf(out);
    }
  }
}
