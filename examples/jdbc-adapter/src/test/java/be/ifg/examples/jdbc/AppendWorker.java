package be.ifg.examples.jdbc;

import be.ifg.domain.DisclosureEntry;
import be.ifg.domain.DossierEvent;
import be.ifg.domain.DossierId;
import be.ifg.persistence.Store;
import be.ifg.persistence.StreamId;
import be.ifg.persistence.VersionConflict;
import be.ifg.persistence.tck.SampleEvents;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The child process of {@link CrashTests}: several threads append at once on one store until the
 * process is killed. Each event writer owns three dossier streams and appends batches of 1 to 40
 * events to them in turn (the summary of each event is {@code writer:batch-k/n}, its place k in a
 * batch of n); two log writers append disclosure entries, each after the last one it reads (a
 * {@link VersionConflict} when the other was first is retried). After each append returned
 * (committed) it prints {@code ACK stream version} or {@code LOG sequence} on its own line.
 *
 * <p>It goes on from what the store holds, so the test can kill and restart it round after round on
 * the same database. It stops by itself after two minutes; the test kills it long before.
 */
public final class AppendWorker {
  static final int EVENT_WRITERS = 4;
  static final int LOG_WRITERS = 2;
  static final int MAX_BATCH = 40;

  private AppendWorker() {}

  /**
   * Runs the worker.
   *
   * @param args the JDBC URL of the store, then the round (named in the events' summaries)
   */
  public static void main(String[] args) throws InterruptedException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    String round = args.length > 1 ? args[1] : "0";
    long deadline = System.nanoTime() + 120_000_000_000L;
    try (Store store = JdbcStore.open(args[0])) {
      List<Thread> threads = new ArrayList<>();
      for (int w = 0; w < EVENT_WRITERS; w++) {
        String writer = "r" + round + "w" + w;
        int owner = w;
        threads.add(new Thread(() -> appendEvents(store, owner, writer, deadline, out)));
      }
      for (int l = 0; l < LOG_WRITERS; l++) {
        threads.add(new Thread(() -> appendLog(store, deadline, out)));
      }
      out.println("READY");
      threads.forEach(Thread::start);
      for (Thread t : threads) {
        t.join();
      }
    }
  }

  private static void appendEvents(
      Store store, int owner, String writer, long deadline, PrintStream out) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    for (int i = 0; System.nanoTime() < deadline; i++) {
      DossierId dossier = DossierId.of("crash-" + owner + "-" + (i % 3));
      StreamId stream = StreamId.dossier("crash", dossier);
      long version = store.version(stream);
      int n = 1 + random.nextInt(MAX_BATCH);
      List<DossierEvent> batch = new ArrayList<>(n);
      for (int k = 1; k <= n; k++) {
        batch.add(SampleEvents.note(dossier, writer + ":" + i + "-" + k + "/" + n));
      }
      long acknowledged = store.append(stream, version, batch);
      out.println("ACK " + stream + " " + acknowledged);
    }
  }

  private static void appendLog(Store store, long deadline, PrintStream out) {
    while (System.nanoTime() < deadline) {
      DisclosureEntry last = store.lastDisclosure().orElse(null);
      long sequence = last == null ? 1 : last.sequence() + 1;
      String previous = last == null ? DisclosureEntry.GENESIS : last.hash();
      try {
        store.appendDisclosure(SampleEvents.disclosure(sequence, previous));
        out.println("LOG " + sequence);
      } catch (VersionConflict other) {
        // the other log writer appended this sequence first: read the last entry again
      }
    }
  }
}
