package be.ifg.benchmarks;

import be.ifg.domain.DossierEvent;
import be.ifg.domain.DossierId;
import be.ifg.examples.jdbc.JdbcStore;
import be.ifg.persistence.StreamId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Batched appends to the JDBC adapter's {@link JdbcStore} on embedded H2, in memory and on a file
 * (with the adapter's default {@code WRITE_DELAY=0}: every append is durable when it returns). Each
 * call appends one batch of 100 events of a dossier's history (registration, items, plan, reports)
 * to a new dossier stream, in one transaction; the score is in events per second.
 *
 * <p>Target: at least 10,000 events/s.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar H2AppendBenchmark -f 1 -wi 3 -i 5 -w 1s
 * -r 1s}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class H2AppendBenchmark {
  private static final int BATCH = 100;

  @Param({"mem", "file"})
  String database = "mem";

  @Nullable JdbcStore store;
  @Nullable Path directory;
  int next;

  /**
   * Opens the store.
   *
   * @throws UncheckedIOException if the temporary directory cannot be made
   */
  @Setup
  public void open() {
    String url;
    if (database.equals("file")) {
      try {
        directory = Files.createTempDirectory("ifg-h2-bench");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      url = "jdbc:h2:file:" + directory.resolve("ifg").toAbsolutePath();
    } else {
      url = "jdbc:h2:mem:ifg-bench-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
    }
    store = JdbcStore.open(url);
  }

  /**
   * Closes the store and deletes its files.
   *
   * @throws UncheckedIOException if a file cannot be deleted
   */
  @TearDown
  public void close() {
    if (store != null) {
      store.close();
    }
    if (directory != null) {
      try (Stream<Path> files = Files.walk(directory)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Appends one batch of 100 events to a new dossier. */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public long appendBatch() {
    String id = "d" + next++;
    DossierId dossier = DossierId.of(id);
    List<DossierEvent> batch = Histories.dossier(id, BATCH, Instant.parse("2026-01-05T08:00:00Z"));
    return store.append(StreamId.dossier(Worlds.REGION, dossier), 0, batch);
  }
}
