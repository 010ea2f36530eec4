package be.ifg.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Fixtures for the domain's tests: a table, a family, and events in a lifecycle. */
final class Samples {
  static final DossierId D1 = DossierId.of("d1");
  static final ProfessionalId AN = ProfessionalId.of("an");
  static final ProfessionalId BART = ProfessionalId.of("bart");
  static final ProfessionalId LIEN = ProfessionalId.of("lien");
  static final Instant T0 = Instant.parse("2026-02-02T08:00:00Z");
  static final String REGION = "west-vlaanderen";

  private Samples() {}

  static CaseTable table() {
    return CaseTable.builder(REGION)
        .partner("caw", PartnerKind.CAW)
        .partner("pol", PartnerKind.LOCAL_POLICE)
        .member("an", "caw")
        .member("bart", "pol")
        .professional("lien", "clb")
        .coordinator("an")
        .build();
  }

  static Registration registration() {
    return new Registration(
        LIEN,
        PartnerId.of("clb"),
        ClientSystem.of(
            Party.of("sara", PartyRole.VICTIM, 1991),
            Party.of("tom", PartyRole.PERPETRATOR, 1988),
            Party.of("kim", PartyRole.INDIRECT_VICTIM, 2017)),
        EnumSet.of(InclusionCriterion.UNSAFETY, InclusionCriterion.MULTI_PROBLEM),
        List.of(new InformingRecord(PartyId.of("sara"), LIEN, T0, "conversation at school")),
        List.of(
            new SafetyDeferral(
                PartyId.of("tom"),
                "informing him now would endanger sara",
                LocalDate.parse("2026-03-02"),
                LIEN,
                T0)),
        DangerAssessment.of(true, SafetyMeasure.SAFETY_PLAN));
  }

  static DossierEvent.Registered registered(DossierId id, Instant at) {
    return new DossierEvent.Registered(id, LIEN, at, registration(), REGION);
  }

  static InformationItem item(String id, InformationCategory category, Instant at) {
    return new InformationItem(
        ItemId.of(id),
        PartnerId.of("pol"),
        BART,
        Set.of(PartyId.of("sara")),
        category,
        "the table needs it for the plan",
        "three call-outs",
        Set.of(),
        at,
        null);
  }

  static AssessmentReference assessment(Instant at) {
    return AssessmentReference.builder()
        .instrumentId("tiny-example")
        .instrumentVersion("0.1.0")
        .instrumentHash("sha256:" + "a".repeat(64))
        .status(AssessmentStatus.COMPLETE)
        .score(BigDecimal.valueOf(7))
        .protectiveScore(BigDecimal.ONE)
        .assessedAt(LocalDate.parse("2026-02-19"))
        .assessor(AN)
        .maxScore(BigDecimal.valueOf(7))
        .scoreBand("HIGH")
        .band("HIGH")
        .finalBand("HIGH")
        .addAllFiredRules(List.of("escalation"))
        .addAllMissing(List.of("in-treatment"))
        .addAllContributions(List.of(new ItemContribution("escalating", "YES", BigDecimal.ONE)))
        .build();
  }

  static List<Goal> goals() {
    return List.of(
        Goal.of(
            "g1",
            "sara and kim are safe at home",
            Action.open("a1", "barring-order follow-up", "pol", LocalDate.parse("2026-03-15"))));
  }

  /** A whole lifecycle, from registration to evaluation, one event an hour. */
  static List<DossierEvent> wholeChain() {
    Instant t = T0;
    return List.of(
        registered(D1, t),
        new DossierEvent.Accepted(D1, AN, t = t.plusSeconds(3600)),
        new DossierEvent.InformationShared(
            D1, BART, t = t.plusSeconds(3600), item("i1", InformationCategory.INCIDENT, t)),
        new DossierEvent.InformationRequested(
            D1,
            AN,
            t = t.plusSeconds(3600),
            RequestId.of("r1"),
            PartnerId.of("pol"),
            "any barring order?",
            LocalDate.parse("2026-02-12")),
        new DossierEvent.RequestAnswered(
            D1,
            BART,
            t = t.plusSeconds(3600),
            RequestId.of("r1"),
            item("i2", InformationCategory.JUDICIAL, t)),
        new DossierEvent.DossierCompleted(D1, AN, t = t.plusSeconds(3600)),
        new DossierEvent.Assessed(D1, AN, t = t.plusSeconds(3600), assessment(t)),
        new DossierEvent.DirectorAppointed(
            D1, AN, t = t.plusSeconds(3600), AN, PartnerId.of("caw"), null),
        new DossierEvent.PlanAdopted(D1, AN, t = t.plusSeconds(3600), goals()),
        new DossierEvent.CaseDirectionStarted(D1, AN, t = t.plusSeconds(3600)),
        new DossierEvent.ActionUpdated(
            D1, BART, t = t.plusSeconds(3600), ActionId.of("a1"), ActionStatus.DONE),
        new DossierEvent.GoalClosed(
            D1,
            AN,
            t = t.plusSeconds(3600),
            GoalId.of("g1"),
            GoalOutcome.ACHIEVED,
            "team, 30 March"),
        new DossierEvent.Concluded(
            D1, AN, t = t.plusSeconds(3600), "violence stopped", t.plusSeconds(180L * 86400)),
        new DossierEvent.Closed(D1, AN, t = t.plusSeconds(200L * 86400)),
        new DossierEvent.Evaluated(D1, AN, t.plusSeconds(3600), "worked well"));
  }
}
