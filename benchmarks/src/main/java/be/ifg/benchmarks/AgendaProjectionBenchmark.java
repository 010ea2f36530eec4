package be.ifg.benchmarks;

import be.ifg.domain.ProfessionalId;
import be.ifg.workflow.AgendaEntry;
import be.ifg.workflow.ChainApproach;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The agenda from its projection: {@code agendaOfOneMember} is one member's table-wide agenda
 * through {@link ChainApproach#agenda} over a nation of {@code dossiers} dossiers ({@link Nation},
 * ten regions, about 100 events each): the catch-up that finds nothing new, the table's state, the
 * disclosure decision and its log entry (kept by a {@link TailStore}), and the projection's answer.
 * The coordinator's agenda, which lists every dossier of the table, is measured beside it. {@code
 * catchUp10k} is a question asked after 10,000 new events (100 dossiers of about 100 events, all
 * regions) were appended: it catches the projection up, then answers.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar AgendaProjectionBenchmark}
 */
@Fork(value = 1, jvmArgs = "-Xmx4g")
public class AgendaProjectionBenchmark {
  private static final Instant END = Instant.parse("2026-01-15T08:00:00Z");
  private static final LocalDate DATE = LocalDate.ofInstant(END, ZoneOffset.UTC);

  /** A nation loaded into a store, one region's chain approach with its projection built. */
  @State(Scope.Benchmark)
  public static class World {
    @Param({"20000"})
    int dossiers;

    TailStore store;
    ChainApproach chain;
    int next;

    @Setup(Level.Trial)
    public void load() {
      store = new TailStore();
      chain =
          ChainApproach.builder()
              .table(Nation.table(Nation.REGIONS.get(0)))
              .clock(Clock.fixed(END, ZoneOffset.UTC))
              .store(store)
              .build();
      NationalScale.append(store, 0, dossiers, dossiers);
      chain.rebuildProjections();
      next = dossiers;
    }
  }

  /** Whose agenda. */
  @State(Scope.Benchmark)
  public static class Asker {
    @Param({"pol-2", "caw-1"})
    String member;
  }

  /** One member's agenda for a date, from the projection. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  @Warmup(iterations = 3, time = 2)
  @Measurement(iterations = 5, time = 2)
  public List<AgendaEntry> agendaOfOneMember(World world, Asker asker) {
    return world.chain.agenda(ProfessionalId.of(asker.member), DATE);
  }

  /** 10,000 new events appended before each question. */
  @State(Scope.Thread)
  public static class NewEvents {
    @Setup(Level.Invocation)
    public void append(World world) {
      NationalScale.append(world.store, world.next, world.next + 100, world.dossiers);
      world.next += 100;
    }
  }

  /** A question that first catches the projection up on 10,000 new events. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 5)
  @Measurement(iterations = 20)
  public List<AgendaEntry> catchUp10k(World world, NewEvents events) {
    return world.chain.agenda(Nation.member("pol", 2), DATE);
  }
}
