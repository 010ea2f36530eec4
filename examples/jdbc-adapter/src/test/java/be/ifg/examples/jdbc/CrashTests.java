package be.ifg.examples.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import be.ifg.domain.DisclosureEntry;
import be.ifg.domain.DossierEvent;
import be.ifg.persistence.RecordedEvent;
import be.ifg.persistence.Store;
import be.ifg.persistence.StreamId;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a JVM that appends with several threads at once, events in batches and disclosure entries,
 * at a random moment (mostly in the middle of a batch), round after round on the same database;
 * after each round proves that every append the worker acknowledged is there, that every batch is
 * whole or absent, that each stream's versions run on without a gap, and that the disclosure log
 * runs on from sequence 1 with each entry chained to the one before.
 *
 * <p>The rounds: {@code -Difg.crash.rounds=N} (default 3 on H2, 2 on PostgreSQL in {@code
 * StoreInUseTests}, each a few seconds).
 */
class CrashTests {
  /** The rounds asked for with {@code -Difg.crash.rounds=N}, or 0 for the default. */
  static final int ROUNDS = Integer.getInteger("ifg.crash.rounds", 0);

  @TempDir Path directory;

  @Test
  @Timeout(value = 300, unit = TimeUnit.SECONDS)
  void keepsEveryAcknowledgedAppendWholeAfterTheProcessIsKilledOnH2() throws Exception {
    String url = "jdbc:h2:file:" + directory.resolve("crash").toAbsolutePath();
    rounds(url, ROUNDS > 0 ? ROUNDS : 3);
  }

  /**
   * Kills and checks {@code rounds} times on one store ({@code StoreInUseTests} runs it on the
   * embedded PostgreSQL those tests share).
   */
  static void rounds(String url, int rounds) throws Exception {
    Map<StreamId, Long> acknowledged = new HashMap<>();
    AtomicLong logged = new AtomicLong();
    for (int round = 1; round <= rounds; round++) {
      killed(url, round, acknowledged, logged);
      try (JdbcStore store = JdbcStore.open(url)) {
        check(store, acknowledged, logged.get(), round);
      }
    }
  }

  /** Starts the worker, waits for some acknowledgements and a random moment, kills it. */
  private static void killed(
      String url, int round, Map<StreamId, Long> acknowledged, AtomicLong logged) throws Exception {
    Process worker =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                AppendWorker.class.getName(),
                url,
                String.valueOf(round))
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    CountDownLatch events = new CountDownLatch(40);
    CountDownLatch entries = new CountDownLatch(10);
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader in =
                  new BufferedReader(
                      new InputStreamReader(worker.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                  String[] parts = line.split(" ");
                  if (parts.length == 3 && parts[0].equals("ACK")) {
                    synchronized (acknowledged) {
                      acknowledged.merge(
                          new StreamId(parts[1]), Long.parseLong(parts[2]), Math::max);
                    }
                    events.countDown();
                  } else if (parts.length == 2 && parts[0].equals("LOG")) {
                    logged.accumulateAndGet(Long.parseLong(parts[1]), Math::max);
                    entries.countDown();
                  }
                }
              } catch (IOException closed) {
                // the process was killed: its output ends here
              }
            });
    reader.start();
    boolean reached = events.await(60, TimeUnit.SECONDS) && entries.await(30, TimeUnit.SECONDS);
    Thread.sleep(ThreadLocalRandom.current().nextInt(300));
    worker.destroyForcibly();
    assertThat(worker.waitFor(30, TimeUnit.SECONDS)).isTrue();
    reader.join(10_000);
    assertThat(reached)
        .as("round %s: the worker acknowledged appends and entries before it was killed", round)
        .isTrue();
  }

  private static void check(Store store, Map<StreamId, Long> acknowledged, long logged, int round) {
    Map<StreamId, Long> acks;
    synchronized (acknowledged) {
      acks = Map.copyOf(acknowledged);
    }
    assertThat(acks).isNotEmpty();
    for (Map.Entry<StreamId, Long> ack : acks.entrySet()) {
      assertThat(store.version(ack.getKey()))
          .as("round %s: every acknowledged append of %s is there", round, ack.getKey())
          .isGreaterThanOrEqualTo(ack.getValue());
    }
    for (StreamId stream : store.streams()) {
      List<RecordedEvent> events = store.read(stream); // a missing version is a CorruptRecord
      for (int i = 0; i < events.size(); i++) {
        assertThat(events.get(i).version()).isEqualTo(i + 1L);
      }
      int i = 0;
      while (i < events.size()) {
        String first = summary(events.get(i));
        String batch = first.substring(0, first.indexOf('-'));
        int n = Integer.parseInt(first.substring(first.indexOf('/') + 1));
        assertThat(i + n)
            .as("round %s: the batch %s of %s is whole", round, batch, stream)
            .isLessThanOrEqualTo(events.size());
        for (int k = 1; k <= n; k++) {
          assertThat(summary(events.get(i + k - 1)))
              .as("round %s: %s, version %s", round, stream, i + k)
              .isEqualTo(batch + "-" + k + "/" + n);
        }
        i += n;
      }
    }
    List<DisclosureEntry> log = new ArrayList<>();
    List<DisclosureEntry> page;
    do {
      page = store.readDisclosures(log.size(), 1000);
      log.addAll(page);
    } while (!page.isEmpty());
    assertThat(log.size())
        .as("round %s: every acknowledged entry is there", round)
        .isGreaterThanOrEqualTo((int) logged);
    String previous = DisclosureEntry.GENESIS;
    for (int s = 0; s < log.size(); s++) {
      DisclosureEntry e = log.get(s);
      assertThat(e.sequence()).as("round %s: the log has no gap", round).isEqualTo(s + 1L);
      assertThat(e.previousHash())
          .as("round %s: entry %s is chained", round, s + 1)
          .isEqualTo(previous);
      previous = e.hash();
    }
  }

  private static String summary(RecordedEvent e) {
    return ((DossierEvent.ProgressReported) e.event()).summary();
  }
}
