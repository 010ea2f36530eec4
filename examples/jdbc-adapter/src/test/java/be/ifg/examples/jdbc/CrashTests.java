package be.ifg.examples.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import be.ifg.domain.DossierEvent;
import be.ifg.persistence.RecordedEvent;
import be.ifg.persistence.StreamId;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a JVM in the middle of appends to an H2 file database and proves that every append it
 * acknowledged is there after reopening, and that no append is half-written.
 */
class CrashTests {
  @TempDir Path directory;

  @Test
  @Timeout(value = 150, unit = TimeUnit.SECONDS)
  void keepsEveryAcknowledgedAppendWholeAfterTheProcessIsKilled() throws Exception {
    String url = "jdbc:h2:file:" + directory.resolve("crash").toAbsolutePath();
    Process worker =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                AppendWorker.class.getName(),
                url)
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    Map<StreamId, Long> acknowledged = new HashMap<>();
    CountDownLatch enough = new CountDownLatch(60);
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
                    enough.countDown();
                  }
                }
              } catch (IOException closed) {
                // the process was killed: its output ends here
              }
            });
    reader.start();

    boolean reached = enough.await(100, TimeUnit.SECONDS);
    worker.destroyForcibly();
    assertThat(worker.waitFor(30, TimeUnit.SECONDS)).isTrue();
    reader.join(10_000);
    assertThat(reached).as("the worker acknowledged 60 appends before it was killed").isTrue();

    try (JdbcStore store = JdbcStore.open(url)) {
      Map<StreamId, Long> acks;
      synchronized (acknowledged) {
        acks = Map.copyOf(acknowledged);
      }
      assertThat(acks).isNotEmpty();
      for (Map.Entry<StreamId, Long> ack : acks.entrySet()) {
        assertThat(store.version(ack.getKey()))
            .as("every acknowledged append of %s is there", ack.getKey())
            .isGreaterThanOrEqualTo(ack.getValue());
      }
      for (StreamId stream : store.streams()) {
        List<RecordedEvent> events = store.read(stream);
        assertThat(events.size() % 3).as("appends of 3 events all or nothing").isZero();
        for (int i = 0; i < events.size(); i += 3) {
          String first = ((DossierEvent.ProgressReported) events.get(i).event()).summary();
          String append = first.substring(0, first.indexOf('-'));
          for (int k = 0; k < 3; k++) {
            RecordedEvent e = events.get(i + k);
            assertThat(e.version()).isEqualTo(i + k + 1L);
            assertThat(((DossierEvent.ProgressReported) e.event()).summary())
                .isEqualTo(append + "-" + (k + 1));
          }
        }
      }
    }
  }
}
