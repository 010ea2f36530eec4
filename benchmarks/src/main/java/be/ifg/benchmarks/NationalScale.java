package be.ifg.benchmarks;

import be.ifg.domain.ChainEvent;
import be.ifg.domain.DossierEvent;
import be.ifg.domain.ProfessionalId;
import be.ifg.examples.jdbc.JdbcStore;
import be.ifg.persistence.Store;
import be.ifg.persistence.StreamId;
import be.ifg.persistence.json.EventJson;
import be.ifg.persistence.memory.InMemoryStore;
import be.ifg.workflow.AgendaEntry;
import be.ifg.workflow.ChainApproach;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The national scale run: {@link Nation}'s dossiers (100,000 by default, about 100 events each, ten
 * regions) written to a store, then one region's agenda projection rebuilt from scratch, asked for
 * one member's agenda, and caught up on 10,000 new events.
 *
 * <p>The dossiers are appended as a nation writes them: about 2,000 dossiers in progress at a time,
 * ten events of one dossier per append, so the global order interleaves them. In memory through
 * {@code append}; in PostgreSQL by batched inserts of the rows {@code JdbcStore} writes (the same
 * columns and JSON), because ten million appends one transaction each take too long to be worth
 * waiting for; the store is then read through {@code JdbcStore} as usual.
 *
 * <p>It prints: the load time; the rebuild time of one region's projection (it reads its region's
 * events, {@code EventStore.readRegion}), its retained heap (used heap after a full collection,
 * with and without the projection) and the peak heap during the rebuild; one member's agenda
 * through {@link ChainApproach#agenda} (catch-up with nothing new, the disclosure decision and its
 * log entry, the projection's answer), median and 99th percentile of 2,000 questions; and the time
 * of a question that first catches up on 10,000 new events (100 dossiers of 100 events, ten of them
 * in the region), three times.
 *
 * <p>Run: {@code java -Xmx2g -cp benchmarks/target/benchmarks.jar be.ifg.benchmarks.NationalScale
 * memory 100000} or {@code ... NationalScale jdbc:postgresql://localhost:5432/ifg?user=ifg 100000};
 * a third argument {@code reuse} skips the load and uses the events a previous run left in the
 * database.
 */
public final class NationalScale {
  private static final int WINDOW = 2_000;
  private static final int CHUNK = 10;
  private static final long MIB = 1024 * 1024;
  private static final String REGION = Nation.REGIONS.get(0);
  private static final ProfessionalId MEMBER = Nation.member("pol", 2);

  private NationalScale() {}

  /**
   * Runs the scale run.
   *
   * @param args {@code memory} or a JDBC URL; the number of dossiers (default 100,000)
   */
  public static void main(String[] args) throws SQLException {
    PrintStream out = System.out;
    String where = args.length > 0 ? args[0] : "memory";
    int dossiers = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
    out.printf(
        "max heap %d MiB, %d processors, %s, %d dossiers%n",
        Runtime.getRuntime().maxMemory() / MIB,
        Runtime.getRuntime().availableProcessors(),
        where.startsWith("jdbc:") ? "PostgreSQL" : "in memory",
        dossiers);
    Store store = where.startsWith("jdbc:") ? JdbcStore.open(where) : new InMemoryStore();
    Instant end = Instant.parse("2026-01-15T08:00:00Z");
    Clock clock = Clock.fixed(end, ZoneOffset.UTC);
    Map<String, ChainApproach> chains = new LinkedHashMap<>();
    for (String region : Nation.REGIONS) {
      chains.put(
          region,
          ChainApproach.builder().table(Nation.table(region)).clock(clock).store(store).build());
    }
    long start = System.nanoTime();
    boolean reuse = args.length > 2 && args[2].equals("reuse");
    if (reuse) {
      out.println("reusing the events already in the store");
    } else {
      long events =
          where.startsWith("jdbc:")
              ? insert(where, 0, dossiers, dossiers)
              : append(store, 0, dossiers, dossiers);
      out.printf("loaded %,d events in %,d ms%n", events, (System.nanoTime() - start) / 1_000_000);
    }

    ChainApproach chain = chains.get(REGION);
    LocalDate date = LocalDate.ofInstant(end, ZoneOffset.UTC);
    collect();
    long before = usedHeap();
    resetPeaks();
    start = System.nanoTime();
    long cpu = cpu();
    long applied = chain.rebuildProjections();
    long rebuildMs = (System.nanoTime() - start) / 1_000_000;
    long rebuildCpuMs = (cpu() - cpu) / 1_000_000;
    long peak = peakHeap();
    collect();
    long after = usedHeap();
    out.printf(
        "rebuild of %s: %,d events in %,d ms (%,d ms CPU of this thread); projection retains"
            + " %,d MiB; heap used %,d MiB before, %,d after, peak %,d%n",
        REGION,
        applied,
        rebuildMs,
        rebuildCpuMs,
        (after - before) / MIB,
        before / MIB,
        after / MIB,
        peak / MIB);

    List<AgendaEntry> agenda = chain.agenda(MEMBER, date);
    long[] times = new long[2_000];
    long[] cpus = new long[times.length];
    for (int round = 0; round < 2; round++) {
      for (int i = 0; i < times.length; i++) {
        long t = System.nanoTime();
        long c = cpu();
        agenda = chain.agenda(MEMBER, date);
        cpus[i] = cpu() - c;
        times[i] = System.nanoTime() - t;
      }
    }
    Arrays.sort(times);
    Arrays.sort(cpus);
    out.printf(
        "agenda of %s on %s: %d entries, median %.3f ms (CPU %.3f), p99 %.3f ms (CPU %.3f)%n",
        MEMBER,
        date,
        agenda.size(),
        times[times.length / 2] / 1e6,
        cpus[cpus.length / 2] / 1e6,
        times[times.length * 99 / 100] / 1e6,
        cpus[cpus.length * 99 / 100] / 1e6);

    int next = dossiers;
    while (store.version(StreamId.dossier(Nation.region(next), Nation.id(next))) > 0) {
      next += 100; // a reused store holds the dossiers of earlier runs' catch-ups
    }
    for (int round = 0; round < 3; round++) {
      int from = next + round * 100;
      long added =
          where.startsWith("jdbc:")
              ? insert(where, from, from + 100, dossiers)
              : append(store, from, from + 100, dossiers);
      start = System.nanoTime();
      cpu = cpu();
      agenda = chain.agenda(MEMBER, date);
      out.printf(
          "catch-up on %,d new events and answer: %,d ms (%,d ms CPU; %d entries)%n",
          added, (System.nanoTime() - start) / 1_000_000, (cpu() - cpu) / 1_000_000, agenda.size());
    }
    store.close();
  }

  /** Appends dossiers {@code from} to {@code to}, interleaved; returns the events appended. */
  static long append(Store store, int from, int to, int total) {
    return interleave(
        from, to, total, (stream, version, chunk) -> store.append(stream, version, chunk));
  }

  /** Inserts the rows JdbcStore would write, in batches; returns the events inserted. */
  static long insert(String url, int from, int to, int total) throws SQLException {
    try (Connection c = DriverManager.getConnection(url)) {
      c.setAutoCommit(false);
      try (PreparedStatement p =
          c.prepareStatement(
              "INSERT INTO ifg_event (stream, version, event_type, schema_version, payload)"
                  + " VALUES (?, ?, ?, ?, ?)")) {
        int[] pending = {0};
        long n =
            interleave(
                from,
                to,
                total,
                (stream, version, chunk) -> {
                  try {
                    long v = version;
                    for (ChainEvent e : chunk) {
                      String type = EventJson.type(e);
                      p.setString(1, stream.value());
                      p.setLong(2, ++v);
                      p.setString(3, type);
                      p.setInt(4, EventJson.schemaVersion(type));
                      p.setString(5, EventJson.write(e));
                      p.addBatch();
                    }
                    pending[0] += chunk.size();
                    if (pending[0] >= 5_000) {
                      p.executeBatch();
                      c.commit();
                      pending[0] = 0;
                    }
                  } catch (SQLException e) {
                    throw new IllegalStateException(e);
                  }
                });
        p.executeBatch();
        c.commit();
        return n;
      }
    }
  }

  private interface Sink {
    void write(StreamId stream, long version, List<DossierEvent> chunk);
  }

  private static final class InFlight {
    final List<DossierEvent> history;
    final StreamId stream;
    int next;

    InFlight(int n, int total) {
      this.history = Nation.history(n, total);
      this.stream = StreamId.dossier(Nation.region(n), Nation.id(n));
    }
  }

  private static long interleave(int from, int to, int total, Sink sink) {
    Deque<InFlight> open = new ArrayDeque<>();
    int admitted = from;
    long events = 0;
    while (admitted < to || !open.isEmpty()) {
      while (open.size() < WINDOW && admitted < to) {
        open.add(new InFlight(admitted++, total));
      }
      InFlight d = open.poll();
      int upTo = Math.min(d.history.size(), d.next + CHUNK);
      sink.write(d.stream, d.next, d.history.subList(d.next, upTo));
      events += upTo - d.next;
      d.next = upTo;
      if (d.next < d.history.size()) {
        open.add(d);
      }
    }
    return events;
  }

  private static long cpu() {
    return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
  }

  private static void collect() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
  }

  private static long usedHeap() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }
}
