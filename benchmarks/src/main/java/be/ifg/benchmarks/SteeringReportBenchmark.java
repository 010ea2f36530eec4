package be.ifg.benchmarks;

import be.ifg.domain.AssessmentReference;
import be.ifg.domain.AssessmentStatus;
import be.ifg.domain.DossierEvent;
import be.ifg.domain.DossierId;
import be.ifg.domain.PolicySignal;
import be.ifg.domain.ProfessionalId;
import be.ifg.domain.SignalCategory;
import be.ifg.domain.SignalId;
import be.ifg.domain.TableEvent;
import be.ifg.persistence.StreamId;
import be.ifg.persistence.memory.InMemoryStore;
import be.ifg.workflow.DisclosureLog;
import be.ifg.workflow.SteeringGroup;
import be.ifg.workflow.SteeringReport;
import be.ifg.workflow.SteeringReports;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * A steering group's report over one region-year ({@link SteeringReports#report}, issue 14): a
 * region of {@code dossiers} dossiers registered over 2026 along varied paths (declined, withdrawn,
 * in each phase, closed, reopened after follow-up; risk bands LOW, MEDIUM and HIGH) and 200 policy
 * signals, in an {@link InMemoryStore}. {@code report} is the report as a reader asks it once the
 * projection is up to date: the catch-up finds nothing new, the projection's facts are counted and
 * suppressed, and the question is logged (to a log that keeps only its last entry, so the store's
 * own cost is left out). {@code coldReport} is the first report of a new {@code SteeringReports}:
 * the projection is built from every event of the store first.
 *
 * <p>Target: a report over a region-year of 10,000 dossiers from the projection in at most 100 ms.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar SteeringReportBenchmark -f 1 -wi 3 -i 5
 * -w 1s -r 1s}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SteeringReportBenchmark {
  private static final ProfessionalId READER = ProfessionalId.of("sonja");
  private static final ProfessionalId AN = ProfessionalId.of("an");
  private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
  private static final LocalDate TO = LocalDate.of(2026, 12, 31);
  private static final Instant YEAR = Instant.parse("2026-01-02T08:00:00Z");
  private static final String[] BANDS = {"LOW", "MEDIUM", "HIGH"};
  private static final SteeringGroup GROUP =
      new SteeringGroup(
          "stuurgroep",
          Set.of(READER),
          Set.of(Worlds.REGION),
          Map.of("no-unsafety", List.of("unsafety"), "help-running", List.of("help")));

  @Param({"10000"})
  int dossiers = 10_000;

  InMemoryStore store = new InMemoryStore();
  Clock clock = Clock.fixed(Instant.parse("2027-01-04T08:00:00Z"), ZoneId.of("Europe/Brussels"));
  SteeringReports reports = reports();

  /** Fills the store and brings the reports' projection up to date. */
  @Setup(Level.Trial)
  public void prepare() {
    store = populate(dossiers);
    reports = reports();
    reports.report(READER, FROM, TO);
  }

  private SteeringReports reports() {
    return new SteeringReports(
        store,
        GROUP,
        clock,
        SteeringReports.DEFAULT_THRESHOLD,
        new DisclosureLog(new TailDisclosureStore()));
  }

  /** The report of the region-year from the projection, logged. */
  @Benchmark
  public SteeringReport report() {
    return reports.report(READER, FROM, TO).orElseThrow();
  }

  /** The first report of a new {@code SteeringReports}: the projection built from the store. */
  @Benchmark
  public SteeringReport coldReport() {
    return reports().report(READER, FROM, TO).orElseThrow();
  }

  /** A region-year of dossiers along varied paths, and its policy signals. */
  static InMemoryStore populate(int dossiers) {
    InMemoryStore store = new InMemoryStore();
    long yearSeconds = 360L * 86_400;
    for (int i = 0; i < dossiers; i++) {
      Instant start = YEAR.plusSeconds(yearSeconds * i / dossiers);
      List<DossierEvent> events = history(DossierId.of("d" + i), i, start);
      store.append(StreamId.dossier(Worlds.REGION, DossierId.of("d" + i)), 0, events);
    }
    StreamId table = StreamId.table(Worlds.REGION);
    SignalCategory[] categories = SignalCategory.values();
    for (int i = 0; i < 200; i++) {
      Instant at = YEAR.plusSeconds(yearSeconds * i / 200);
      PolicySignal signal =
          new PolicySignal(
              SignalId.of("s" + i), categories[i % categories.length], "waiting lists", AN, at);
      store.append(table, i, List.of(new TableEvent.SignalRaised(Worlds.REGION, signal)));
    }
    return store;
  }

  /** One dossier's lifecycle events: how far it gets depends on {@code i}. */
  private static List<DossierEvent> history(DossierId d, int i, Instant start) {
    List<DossierEvent> out = new ArrayList<>();
    Instant t = start;
    out.add(new DossierEvent.Registered(d, AN, t, Histories.registration(t), Worlds.REGION));
    int path = i % 20;
    if (path < 3) {
      String reason = path == 0 ? "no unsafety" : path == 1 ? "help is running" : "one partner";
      out.add(new DossierEvent.Declined(d, AN, t.plus(days(3 + i % 5)), reason, "the CAW"));
      return out;
    }
    out.add(new DossierEvent.Accepted(d, AN, t = t.plus(days(2 + i % 4))));
    if (path == 3) {
      out.add(new DossierEvent.Withdrawn(d, AN, t.plus(days(20 + i % 30)), "moved"));
      return out;
    }
    if (path == 4) {
      return out;
    }
    out.add(new DossierEvent.DossierCompleted(d, AN, t = t.plus(days(10 + i % 25))));
    out.add(new DossierEvent.Assessed(d, AN, t, assessment(BANDS[i % 3])));
    if (path == 5) {
      return out;
    }
    out.add(new DossierEvent.CaseDirectionStarted(d, AN, t = t.plus(days(5 + i % 10))));
    if (path < 9) {
      return out;
    }
    Instant concluded = t = t.plus(days(60 + i % 90));
    out.add(new DossierEvent.Concluded(d, AN, t, "violence stopped", t.plus(days(180))));
    if (path == 9) {
      out.add(new DossierEvent.IncidentReported(d, AN, t = t.plus(days(30)), "incident", t));
      return out;
    }
    if (path < 13) {
      return out;
    }
    out.add(new DossierEvent.Assessed(d, AN, concluded, assessment(BANDS[(i + 1) % 3])));
    out.add(new DossierEvent.Closed(d, AN, concluded.plus(days(180))));
    return out;
  }

  private static Duration days(int n) {
    return Duration.ofDays(n);
  }

  private static AssessmentReference assessment(String band) {
    return AssessmentReference.builder()
        .instrumentId("ifg-demo")
        .instrumentVersion("1.0.0")
        .instrumentHash("sha256:" + "0".repeat(64))
        .status(AssessmentStatus.COMPLETE)
        .score(BigDecimal.valueOf(12))
        .protectiveScore(BigDecimal.valueOf(3))
        .assessedAt(LocalDate.of(2026, 2, 19))
        .assessor(AN)
        .scoreBand(band)
        .band(band)
        .finalBand(band)
        .build();
  }
}
