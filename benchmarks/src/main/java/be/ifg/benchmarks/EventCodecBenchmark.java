package be.ifg.benchmarks;

import be.ifg.domain.ChainEvent;
import be.ifg.domain.DossierEvent;
import be.ifg.domain.DossierId;
import be.ifg.persistence.StreamId;
import be.ifg.persistence.json.EventJson;
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
 * The event JSON codec ({@link EventJson}): writing a typical event and reading it back. {@code
 * shared} is an item shared with the table (the most frequent large event), {@code progress} a
 * progress report (the most frequent small one), {@code registered} the registration with its
 * client system and informing records.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar EventCodecBenchmark -f 1 -wi 3 -i 5 -w
 * 1s -r 1s}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class EventCodecBenchmark {
  @Param({"shared", "progress", "registered"})
  String kind = "shared";

  ChainEvent event = new DossierEvent.Accepted(DossierId.of("d1"), Histories.AN, Instant.EPOCH);
  String json = "";
  final StreamId stream = StreamId.dossier(Worlds.REGION, DossierId.of("d1"));

  /**
   * Picks the event and writes it once.
   *
   * @throws IllegalStateException if the event does not survive a round trip
   */
  @Setup
  public void prepare() {
    List<DossierEvent> history = Histories.dossier("d1", 20, Instant.parse("2026-01-05T08:00:00Z"));
    event =
        kind.equals("shared")
            ? history.get(2)
            : kind.equals("registered") ? history.get(0) : history.get(history.size() - 1);
    json = EventJson.write(event);
    if (!EventJson.read(json, stream, 3).equals(event)) {
      throw new IllegalStateException("round trip changed " + event);
    }
  }

  /** Writes the event. */
  @Benchmark
  public String write() {
    return EventJson.write(event);
  }

  /** Reads the event. */
  @Benchmark
  public ChainEvent read() {
    return EventJson.read(json, stream, 3);
  }

  /** Writes the event and reads it back. */
  @Benchmark
  public ChainEvent roundTrip() {
    return EventJson.read(EventJson.write(event), stream, 3);
  }
}
