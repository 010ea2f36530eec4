package be.ifg.benchmarks;

import be.ifg.domain.ActionId;
import be.ifg.domain.ActionStatus;
import be.ifg.domain.ChainEvent;
import be.ifg.domain.Dossier;
import be.ifg.domain.DossierEvent;
import be.ifg.domain.ProfessionalId;
import be.ifg.rti.json.BuiltInInstruments;
import be.ifg.workflow.Command;
import be.ifg.workflow.Decision;
import be.ifg.workflow.Decisions;
import be.ifg.workflow.TableState;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Deciding a command against a dossier in case direction (100 events) and folding the accepted
 * events into the new state, as a command handler does: the case director reports progress, the
 * police member updates an action.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar DecideBenchmark -f 1 -wi 3 -i 5 -w 1s
 * -r 1s}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class DecideBenchmark {
  Decisions decisions = Decisions.of(BuiltInInstruments.catalogue());
  TableState table = Worlds.state();
  Dossier dossier =
      Dossier.fold(Histories.dossier("d1", 100, Instant.parse("2026-01-05T08:00:00Z")));
  Clock clock = Clock.fixed(Instant.parse("2026-06-01T09:00:00Z"), ZoneOffset.UTC);
  final Command report = new Command.ReportProgress("no new incidents, the plan holds");
  final Command update = new Command.UpdateAction(ActionId.of("a1"), ActionStatus.IN_PROGRESS);

  /**
   * Checks that both commands are accepted.
   *
   * @throws IllegalStateException if one is rejected
   */
  @Setup
  public void check() {
    if (!(decisions.decide(table, dossier, Histories.AN, report, clock)
            instanceof Decision.Accepted)
        || !(decisions.decide(table, dossier, Histories.BART, update, clock)
            instanceof Decision.Accepted)) {
      throw new IllegalStateException(
          "rejected: "
              + decisions.decide(table, dossier, Histories.AN, report, clock)
              + " / "
              + decisions.decide(table, dossier, Histories.BART, update, clock));
    }
  }

  private Dossier decideAndEvolve(ProfessionalId actor, Command command) {
    Decision decision = decisions.decide(table, dossier, actor, command, clock);
    Dossier state = dossier;
    for (ChainEvent e : ((Decision.Accepted) decision).events()) {
      state = Dossier.evolve(state, (DossierEvent) e);
    }
    return state;
  }

  /** The case director reports progress. */
  @Benchmark
  public Dossier reportProgress() {
    return decideAndEvolve(Histories.AN, report);
  }

  /** The owning partner's member updates an action. */
  @Benchmark
  public Dossier updateAction() {
    return decideAndEvolve(Histories.BART, update);
  }
}
