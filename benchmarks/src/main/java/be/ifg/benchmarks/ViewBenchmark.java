package be.ifg.benchmarks;

import be.ifg.domain.Dossier;
import be.ifg.domain.DossierEvent;
import be.ifg.domain.InformationCategory;
import be.ifg.domain.InformationItem;
import be.ifg.domain.ItemId;
import be.ifg.domain.PartnerId;
import be.ifg.domain.PartyId;
import be.ifg.domain.ProfessionalId;
import be.ifg.domain.Purpose;
import be.ifg.workflow.AccessAction;
import be.ifg.workflow.AccessRequest;
import be.ifg.workflow.DisclosureLog;
import be.ifg.workflow.Disclosures;
import be.ifg.workflow.DossierPage;
import be.ifg.workflow.DossierView;
import be.ifg.workflow.NeedToKnow;
import be.ifg.workflow.TableState;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * The redacted view of a dossier with 500 pooled items for its case director ({@code an}) and for
 * another member of the same partner ({@code eva}), for PLAN, at the table as it is now ({@link
 * Worlds#state()}): {@link Disclosures#view} decides every item and writes the view to the
 * hash-chained disclosure log as one entry listing each item's decision (over a store that keeps
 * only its last entry, so the store's own cost is left out); {@code decideOnly} makes the same 500
 * decisions without the log, to show what the log costs.
 *
 * <p>{@code hidden = 1} adds one victim location that the actor may not know of (pol's, for the
 * member {@code eva}, who neither contributed it by seat nor directs the dossier): the view must
 * cost the same with and without it, within 5% in the same run, so that its time tells nothing.
 *
 * <p>Targets: a 500-item view, its logging included, at most 0.25 ms; a hidden victim location
 * within 5% of the same view without it.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar ViewBenchmark -f 1 -wi 3 -i 5 -w 1s -r
 * 1s}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ViewBenchmark {
  @Param({"an", "eva"})
  String actor = "an";

  @Param({"500"})
  int items = 500;

  @Param({"0", "1"})
  int hidden = 0;

  TableState table = Worlds.state();
  Dossier dossier = Worlds.dossier("d1", 1);
  List<DossierEvent> events = Worlds.history("d1", 1);
  Disclosures disclosures =
      new Disclosures(NeedToKnow.baseline(), new DisclosureLog(new TailDisclosureStore()));
  ProfessionalId who = ProfessionalId.of("an");

  /** Builds the dossier and a fresh log. */
  @Setup
  public void prepare() {
    events = new ArrayList<>(Worlds.history("d1", items));
    dossier = Dossier.fold(events);
    who = ProfessionalId.of(actor);
    if (hidden == 1) {
      // pol's victim location: hidden from eva (caw, not the director); an directs and sees it
      InformationItem shelter =
          new InformationItem(
              ItemId.of("hidden-shelter"),
              PartnerId.of("pol"),
              ProfessionalId.of("bart"),
              Set.of(PartyId.of("sara")),
              InformationCategory.VICTIM_LOCATION,
              "where sara stays now",
              "shelter, address known to pol",
              Set.of(),
              Worlds.AT,
              null);
      DossierEvent shared =
          new DossierEvent.InformationShared(
              dossier.id(), ProfessionalId.of("bart"), Worlds.AT, shelter);
      dossier = Dossier.evolve(dossier, shared);
      events.add(shared);
    }
    disclosures =
        new Disclosures(NeedToKnow.baseline(), new DisclosureLog(new TailDisclosureStore()));
  }

  /** The view, logged as one entry with every item's decision. */
  @Benchmark
  public DossierView view() {
    return disclosures.view(table, dossier, dossier.id(), who, Purpose.PLAN, Worlds.AT);
  }

  /**
   * The dossier page (issue 13): every item decided as for a view, every part and the timeline
   * built for the reader (their sentences are written when first read), logged as one entry.
   */
  @Benchmark
  public DossierPage read() {
    return disclosures.read(table, dossier, events, dossier.id(), who, Purpose.PLAN, Worlds.AT);
  }

  /** The 500 decisions alone, without the log. */
  @Benchmark
  public void decideOnly(Blackhole bh) {
    NeedToKnow policy = disclosures.policy();
    for (InformationItem item : dossier.items()) {
      bh.consume(
          policy.decide(
              new AccessRequest(
                  table, dossier, who, AccessAction.VIEW, item.id(), Purpose.PLAN, Worlds.AT)));
    }
  }
}
