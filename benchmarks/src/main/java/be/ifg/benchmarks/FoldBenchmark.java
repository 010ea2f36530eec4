package be.ifg.benchmarks;

import be.ifg.domain.Dossier;
import be.ifg.domain.DossierEvent;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Rehydrating a dossier: folding its whole history into its state. Target: 1,000 events in at most
 * 1 ms.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar FoldBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class FoldBenchmark {
  @Param({"100", "1000"})
  int events;

  List<DossierEvent> history;

  /** Generates the history once per trial. */
  @Setup
  public void generate() {
    history = Histories.dossier("d1", events, Instant.parse("2026-01-05T08:00:00Z"));
  }

  /** Folds the whole history. */
  @Benchmark
  public Dossier fold() {
    return Dossier.fold(history);
  }

  /** Applies the last event to the state before it, as a command handler does. */
  @Benchmark
  public Dossier evolveOne(FoldState s) {
    return Dossier.evolve(s.before, s.last);
  }

  /** The state before the last event, and the last event. */
  @State(Scope.Benchmark)
  public static class FoldState {
    Dossier before;
    DossierEvent last;

    /** Folds all but the last event. */
    @Setup
    public void prepare(FoldBenchmark b) {
      before = Dossier.fold(b.history.subList(0, b.history.size() - 1));
      last = b.history.get(b.history.size() - 1);
    }
  }
}
