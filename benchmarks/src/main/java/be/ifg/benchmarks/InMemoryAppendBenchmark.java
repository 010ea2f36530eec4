package be.ifg.benchmarks;

import be.ifg.domain.DossierEvent;
import be.ifg.domain.DossierId;
import be.ifg.persistence.StreamId;
import be.ifg.persistence.memory.InMemoryStore;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Appending one event at a time to the in-memory store, each thread to its own dossier, on one and
 * on two threads (the store takes one lock per append).
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar InMemoryAppendBenchmark}
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class InMemoryAppendBenchmark {

  /** One store per iteration, shared by the threads. */
  @State(Scope.Benchmark)
  public static class SharedStore {
    InMemoryStore store;
    final AtomicInteger threads = new AtomicInteger();

    /** A fresh store each iteration, so memory does not grow across the run. */
    @Setup(Level.Iteration)
    public void open() {
      store = new InMemoryStore();
    }
  }

  /** Each thread's own dossier stream and the event it appends. */
  @State(Scope.Thread)
  public static class Writer {
    StreamId stream;
    List<DossierEvent> event;
    long version;

    /** A new stream per iteration. */
    @Setup(Level.Iteration)
    public void prepare(SharedStore shared) {
      String id = "d" + shared.threads.incrementAndGet();
      stream = StreamId.dossier(Worlds.REGION, DossierId.of(id));
      event =
          List.of(
              new DossierEvent.ProgressReported(
                  DossierId.of(id), Histories.AN, Instant.parse("2026-03-01T10:00:00Z"), "ok"));
      version = 0;
    }
  }

  /** One appender thread. */
  @Benchmark
  @Threads(1)
  public long appendOneThread(SharedStore shared, Writer w) {
    return w.version = shared.store.append(w.stream, w.version, w.event);
  }

  /** Two appender threads on one store. */
  @Benchmark
  @Threads(2)
  public long appendTwoThreads(SharedStore shared, Writer w) {
    return w.version = shared.store.append(w.stream, w.version, w.event);
  }
}
