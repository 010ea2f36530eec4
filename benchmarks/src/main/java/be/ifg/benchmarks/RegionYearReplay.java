package be.ifg.benchmarks;

import be.ifg.domain.ChainEvent;
import be.ifg.domain.Dossier;
import be.ifg.domain.DossierEvent;
import be.ifg.domain.DossierId;
import be.ifg.persistence.RecordedEvent;
import be.ifg.persistence.StreamId;
import be.ifg.persistence.memory.InMemoryStore;
import be.ifg.workflow.Agenda;
import be.ifg.workflow.AgendaEntry;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A region's year, replayed: {@code n} dossiers of about 100 events each (registration, items
 * shared, weighing, plan, case direction with reports and action updates), registered spread over
 * 2026, appended to an {@link InMemoryStore} interleaved as a region writes them (ten events per
 * dossier per round), then replayed as a region-wide agenda is built at start-up: {@code readAll}
 * in global order, pages of 10,000 → fold each dossier → {@link Agenda#entries} for everybody.
 *
 * <p>For each size it prints the time to populate, the replay time (the fastest of three replays,
 * after one to warm up), the heap the store holds (used heap after a full collection) and the peak
 * heap during the replays (the sum of the heap pools' peaks, an upper bound).
 *
 * <p>Target: 10,000 dossiers replayed in under 5 s, in under 1 GiB of heap.
 *
 * <p>Run: {@code java -Xmx1g -cp benchmarks/target/benchmarks.jar
 * be.ifg.benchmarks.RegionYearReplay 1000 2500 5000 10000}
 */
public final class RegionYearReplay {
  private static final int EVENTS_PER_DOSSIER = 100;
  private static final int ROUND = 10;
  private static final int PAGE = 10_000;
  private static final Instant YEAR_START = Instant.parse("2026-01-05T08:00:00Z");
  private static final LocalDate AGENDA_DATE = LocalDate.of(2026, 12, 31);
  private static final long MIB = 1024 * 1024;

  private RegionYearReplay() {}

  /**
   * Runs the replay for each size given (default 1,000, 2,500, 5,000 and 10,000 dossiers).
   *
   * @param args the numbers of dossiers
   */
  public static void main(String[] args) {
    PrintStream out = System.out;
    int[] sizes =
        args.length == 0
            ? new int[] {1_000, 2_500, 5_000, 10_000}
            : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
    out.printf(
        "max heap %d MiB, %d processors%n",
        Runtime.getRuntime().maxMemory() / MIB, Runtime.getRuntime().availableProcessors());
    // warm the JIT on a small region so that the first size is not measured cold
    run(300, false, out);
    out.println(
        "dossiers  events     populate-ms  replay-ms(min/median/max)  agenda  store-MiB  peak-MiB");
    for (int n : sizes) {
      run(n, true, out);
    }
  }

  private static void run(int dossiers, boolean report, PrintStream out) {
    collect();
    long populateStart = System.nanoTime();
    InMemoryStore store = populate(dossiers);
    long populateMs = (System.nanoTime() - populateStart) / 1_000_000;
    collect();
    long storeBytes = usedHeap();
    long[] times = new long[3];
    int agenda = 0;
    resetPeaks();
    replay(store); // warm-up replay of this size
    for (int i = 0; i < times.length; i++) {
      long start = System.nanoTime();
      agenda = replay(store).size();
      times[i] = (System.nanoTime() - start) / 1_000_000;
    }
    long peak = peakHeap();
    Arrays.sort(times);
    if (report) {
      out.printf(
          "%8d  %9d  %11d  %8d / %6d / %6d  %6d  %9d  %8d%n",
          dossiers,
          store.readAll(0, Integer.MAX_VALUE).size(),
          populateMs,
          times[0],
          times[1],
          times[2],
          agenda,
          storeBytes / MIB,
          peak / MIB);
    }
  }

  /** Generates and appends the region's dossiers, ten events per dossier per round. */
  static InMemoryStore populate(int dossiers) {
    InMemoryStore store = new InMemoryStore();
    List<List<DossierEvent>> histories = new ArrayList<>(dossiers);
    long yearSeconds = 300L * 86_400;
    for (int i = 0; i < dossiers; i++) {
      int size = EVENTS_PER_DOSSIER - 20 + (i * 7) % 41; // 80 to 120 events, 100 on average
      Instant start = YEAR_START.plusSeconds(yearSeconds * i / dossiers);
      histories.add(Histories.dossier("d" + i, size, start));
    }
    for (int from = 0; ; from += ROUND) {
      boolean any = false;
      for (List<DossierEvent> h : histories) {
        if (from < h.size()) {
          any = true;
          List<DossierEvent> chunk = h.subList(from, Math.min(h.size(), from + ROUND));
          store.append(StreamId.dossier(Worlds.REGION, h.get(0).dossier()), from, chunk);
        }
      }
      if (!any) {
        return store;
      }
    }
  }

  /** Reads every event in global order, folds each dossier, and builds everybody's agenda. */
  static List<AgendaEntry> replay(InMemoryStore store) {
    Map<DossierId, List<DossierEvent>> histories = new HashMap<>();
    long after = 0;
    while (true) {
      List<RecordedEvent> page = store.readAll(after, PAGE);
      for (RecordedEvent r : page) {
        ChainEvent e = r.event();
        if (e instanceof DossierEvent d) {
          histories.computeIfAbsent(d.dossier(), k -> new ArrayList<>()).add(d);
        }
      }
      if (page.size() < PAGE) {
        break;
      }
      after = page.get(page.size() - 1).position();
    }
    Map<DossierId, Dossier> states = new LinkedHashMap<>();
    for (Map.Entry<DossierId, List<DossierEvent>> h : histories.entrySet()) {
      states.put(h.getKey(), Dossier.fold(h.getValue()));
    }
    return Agenda.of(ZoneId.of("Europe/Brussels"))
        .entries(Worlds.state(), states.values(), null, AGENDA_DATE);
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
