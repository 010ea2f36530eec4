package be.ifg.workflow;

import static be.ifg.workflow.SteeringWorld.AN;
import static be.ifg.workflow.SteeringWorld.EAST;
import static be.ifg.workflow.SteeringWorld.GROUP;
import static be.ifg.workflow.SteeringWorld.JAN1;
import static be.ifg.workflow.SteeringWorld.SONJA;
import static be.ifg.workflow.SteeringWorld.WEST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ifg.domain.DisclosureEntry;
import be.ifg.domain.DossierStatus;
import be.ifg.domain.ProfessionalId;
import be.ifg.domain.Purpose;
import be.ifg.domain.SignalCategory;
import be.ifg.workflow.SteeringReport.Measure;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The steering group's report over a region-year: what it counts, hides, refuses and logs. */
class SteeringReportsTests {
  private static final LocalDate DEC31 = LocalDate.of(2026, 12, 31);
  private final SteeringWorld world = new SteeringWorld();
  private final Clock clock = Clock.fixed(Instant.parse("2027-01-05T09:00:00Z"), ZoneOffset.UTC);

  /**
   * West's year: 10 dossiers closed after follow-up (HIGH), 8 declined (6 for no unsafety), 3
   * withdrawn in dossier building, 1 reopened after follow-up (MEDIUM); east's 5 dossiers and a
   * signal do not count.
   */
  private void year() {
    for (int i = 0; i < 10; i++) {
      world
          .dossier("c" + i, JAN1.plusDays(i))
          .accepted(2)
          .weighing(10)
          .assessed("HIGH")
          .directed(5)
          .concluded(60)
          .closed(180)
          .write();
    }
    for (int i = 0; i < 8; i++) {
      world
          .dossier("n" + i, JAN1.plusDays(20 + i))
          .declined(3, i < 6 ? "no unsafety for the children" : "help is running already")
          .write();
    }
    for (int i = 0; i < 3; i++) {
      world.dossier("w" + i, JAN1.plusDays(40 + i)).accepted(2).withdrawn(30).write();
    }
    world
        .dossier("r0", JAN1.plusDays(50))
        .accepted(2)
        .weighing(10)
        .assessed("MEDIUM")
        .directed(5)
        .concluded(60)
        .incident(20)
        .write();
    for (int i = 0; i < 5; i++) {
      world.dossier(EAST, "e" + i, JAN1.plusDays(i)).declined(1, "no unsafety").write();
    }
    world.signal(WEST, SignalCategory.CAPACITY, JAN1.plusDays(70));
    world.signal(WEST, SignalCategory.CAPACITY, JAN1.plusDays(90));
    world.signal(EAST, SignalCategory.LEGAL, JAN1.plusDays(90));
  }

  private SteeringReports reports() {
    return new SteeringReports(world.store, GROUP, clock);
  }

  private static String text(SteeringReport r, Measure m, String key) {
    return r.figures(m).cell(key).text(r.threshold());
  }

  @Test
  void countsTheYearOfTheGroupsTablesOnly() {
    year();
    SteeringReport r = reports().report(SONJA, JAN1, DEC31).orElseThrow();
    assertThat(r.regions()).containsExactly(WEST);
    assertThat(r.figures(Measure.INFLOW).total()).isEqualTo(new SteeringReport.Shown(22));
    assertThat(text(r, Measure.OUTFLOW, "CLOSED")).isEqualTo("10");
    assertThat(text(r, Measure.OUTFLOW, "WITHDRAWN")).isEqualTo("< 5");
    // 21 - 10 would give the withdrawn away: the declines (8) are hidden as well
    assertThat(text(r, Measure.OUTFLOW, "NOT_ADMITTED")).isEqualTo("x");
    assertThat(r.figures(Measure.OUTFLOW).total()).isEqualTo(new SteeringReport.Shown(21));
    assertThat(text(r, Measure.STATES, "CLOSED")).isEqualTo("10");
    // in a first year the 8 not admitted at the year's end are the 8 declined in it: shown here,
    // they would give away the withdrawn of the outflow (21 - 10 - 8); hidden in both
    assertThat(text(r, Measure.STATES, "NOT_ADMITTED")).isEqualTo("x");
    assertThat(text(r, Measure.STATES, "WITHDRAWN")).isEqualTo("< 5");
    assertThat(text(r, Measure.STATES, "CASE_DIRECTION")).isEqualTo("< 5");
    assertThat(text(r, Measure.STATES, "WEIGHING")).isEqualTo("0");
    assertThat(text(r, Measure.REOPENINGS, "REOPENED")).isEqualTo("< 5");
    assertThat(text(r, Measure.SIGNALS, "CAPACITY")).isEqualTo("2");
    assertThat(text(r, Measure.SIGNALS, "LEGAL")).isEqualTo("0");
  }

  @Test
  void aGroupWhoseLinkedTotalIsHiddenIsHiddenWholeAndOneWhoseTotalIsShownKeepsIt() {
    year();
    SteeringReport r = reports().report(SONJA, JAN1, DEC31).orElseThrow();
    // the declines' total is the outflow's NOT_ADMITTED, hidden there: every decline cell is hidden
    SteeringReport.Figures declines = r.figures(Measure.DECLINE_REASONS);
    assertThat(declines.cells())
        .extracting(SteeringReport.Cell::key)
        .containsExactly("no-unsafety", SteeringGroup.OTHER);
    assertThat(declines.cells()).allSatisfy(c -> assertThat(c.count().text(5)).isEqualTo("x"));
    assertThat(declines.total().text(5)).isEqualTo("x");
    // the risk bands at closure add up to the outflow's CLOSED, shown there and here
    assertThat(r.figures(Measure.RISK_AT_CLOSURE).total()).isEqualTo(new SteeringReport.Shown(10));
    assertThat(text(r, Measure.RISK_AT_CLOSURE, "HIGH")).isEqualTo("10");
    // at weighing: one MEDIUM among 11; 11 - 10 - 0 would give it away
    assertThat(text(r, Measure.RISK_AT_WEIGHING, "MEDIUM")).isEqualTo("< 5");
    assertThat(text(r, Measure.RISK_AT_WEIGHING, "HIGH")).isEqualTo("x");
    assertThat(text(r, Measure.RISK_AT_WEIGHING, "none")).isEqualTo("x");
  }

  @Test
  void declinesAreCountedByTheGroupsCategoriesNeverByTheirText() {
    year();
    for (int i = 0; i < 5; i++) {
      world.dossier("m" + i, JAN1.plusDays(100 + i)).declined(1, "Onveilig? nee").write();
      world.dossier("o" + i, JAN1.plusDays(110 + i)).declined(1, "the help is running").write();
    }
    SteeringReport r = reports().report(SONJA, JAN1, DEC31).orElseThrow();
    assertThat(text(r, Measure.OUTFLOW, "NOT_ADMITTED")).isEqualTo("18");
    assertThat(text(r, Measure.DECLINE_REASONS, "no-unsafety")).isEqualTo("11");
    assertThat(text(r, Measure.DECLINE_REASONS, SteeringGroup.OTHER)).isEqualTo("7");
    assertThat(r.figures(Measure.DECLINE_REASONS).total()).isEqualTo(new SteeringReport.Shown(18));
    assertThat(r.toString()).doesNotContain("children", "running", "Onveilig");
  }

  @Test
  void timePerPhaseIsTheMedianAndP90InDaysAndLeftOutForFewerDossiersThanTheThreshold() {
    year();
    SteeringReport r = reports().report(SONJA, JAN1, DEC31).orElseThrow();
    Map<DossierStatus, SteeringReport.PhaseTime> t =
        r.phases().stream()
            .collect(java.util.stream.Collectors.toMap(SteeringReport.PhaseTime::phase, p -> p));
    assertThat(t.get(DossierStatus.REGISTERED))
        .isEqualTo(new SteeringReport.PhaseTime(DossierStatus.REGISTERED, 2L, 3L));
    assertThat(t.get(DossierStatus.DOSSIER_BUILDING))
        .isEqualTo(new SteeringReport.PhaseTime(DossierStatus.DOSSIER_BUILDING, 10L, 30L));
    assertThat(t.get(DossierStatus.FOLLOW_UP))
        .isEqualTo(new SteeringReport.PhaseTime(DossierStatus.FOLLOW_UP, 180L, 180L));
    // a period in which only the reopened dossier left follow-up
    SteeringReport narrow =
        reports().report(SONJA, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31)).orElseThrow();
    assertThat(narrow.phases()).allSatisfy(p -> assertThat(p.shown()).isFalse());
  }

  @Test
  void aCountThatMayEqualASuppressedCountOfAnotherMeasureIsNeverShown() {
    year();
    SteeringReport r = reports().report(SONJA, JAN1, DEC31).orElseThrow();
    for (String state : List.of("CLOSED", "NOT_ADMITTED", "WITHDRAWN")) {
      boolean out = r.figures(Measure.OUTFLOW).cell(state) instanceof SteeringReport.Suppressed;
      boolean end = r.figures(Measure.STATES).cell(state) instanceof SteeringReport.Suppressed;
      assertThat(out).as("%s left in the year and %s at its end", state, state).isEqualTo(end);
    }
    boolean in = r.figures(Measure.INFLOW).total() instanceof SteeringReport.Suppressed;
    boolean all = r.figures(Measure.STATES).total() instanceof SteeringReport.Suppressed;
    assertThat(in).isEqualTo(all);
  }

  @Test
  void aReportCatchesUpWithEventsAppendedSinceTheLastOne() {
    SteeringReports reports = reports();
    assertThat(reports.report(SONJA, JAN1, DEC31).orElseThrow().figures(Measure.INFLOW).total())
        .isEqualTo(new SteeringReport.Shown(0));
    year();
    assertThat(reports.report(SONJA, JAN1, DEC31).orElseThrow().figures(Measure.INFLOW).total())
        .isEqualTo(new SteeringReport.Shown(22));
  }

  @Test
  void anybodyButTheGroupsReadersGetsNothingWhetherTheTablesHaveDossiersOrNot() {
    for (ProfessionalId who : List.of(AN, ProfessionalId.of("stranger"))) {
      assertThat(reports().report(who, JAN1, DEC31)).isEmpty();
      assertThat(reports().signals(who)).isEmpty();
    }
    year();
    for (ProfessionalId who : List.of(AN, ProfessionalId.of("stranger"))) {
      assertThat(reports().report(who, JAN1, DEC31)).isEmpty();
      assertThat(reports().signals(who)).isEmpty();
    }
    assertThat(reports().signals(SONJA)).hasSize(2);
  }

  @Test
  void everyQuestionIsLoggedForStatisticsOncePerRegionAnsweredOrNot() {
    year();
    SteeringGroup both = SteeringGroup.of("stuurgroep", Set.of(SONJA), Set.of(WEST, EAST));
    SteeringReports reports = new SteeringReports(world.store, both, clock);
    reports.report(SONJA, JAN1, DEC31);
    reports.report(AN, JAN1, DEC31);
    reports.signals(SONJA);
    List<DisclosureEntry> log = new DisclosureLog(world.store).entries();
    assertThat(log).hasSize(6);
    assertThat(log).allSatisfy(e -> assertThat(e.purpose()).isEqualTo(Purpose.STATISTICS));
    assertThat(log)
        .extracting(DisclosureEntry::table, DisclosureEntry::action, DisclosureEntry::outcome)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(EAST, "STEERING_REPORT", "PERMIT"),
            org.assertj.core.groups.Tuple.tuple(WEST, "STEERING_REPORT", "PERMIT"),
            org.assertj.core.groups.Tuple.tuple(EAST, "STEERING_REPORT", "DENY"),
            org.assertj.core.groups.Tuple.tuple(WEST, "STEERING_REPORT", "DENY"),
            org.assertj.core.groups.Tuple.tuple(EAST, "SIGNALS", "PERMIT"),
            org.assertj.core.groups.Tuple.tuple(WEST, "SIGNALS", "PERMIT"));
    assertThat(reports.signals(SONJA)).hasSize(3);
  }

  @Test
  void refusesAPeriodThatEndsBeforeItStartsAndAThresholdBelowThree() {
    assertThatThrownBy(() -> reports().report(SONJA, DEC31, JAN1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ends before it starts");
    assertThatThrownBy(
            () -> new SteeringReports(world.store, GROUP, clock, 2, new DisclosureLog(world.store)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("threshold");
  }

  @Test
  void aSteeringGroupNeedsReadersRegionsAndCategoriesWithWords() {
    assertThatThrownBy(() -> SteeringGroup.of("g", Set.of(), Set.of(WEST)))
        .hasMessageContaining("no reader");
    assertThatThrownBy(() -> SteeringGroup.of("g", Set.of(SONJA), Set.of()))
        .hasMessageContaining("no region");
    assertThatThrownBy(
            () -> new SteeringGroup("g", Set.of(SONJA), Set.of(WEST), Map.of("x", List.of())))
        .hasMessageContaining("at least one word");
    assertThatThrownBy(
            () ->
                new SteeringGroup("g", Set.of(SONJA), Set.of(WEST), Map.of("other", List.of("a"))))
        .hasMessageContaining("other than 'other'");
  }
}
