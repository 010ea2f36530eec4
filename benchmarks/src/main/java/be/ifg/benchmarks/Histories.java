package be.ifg.benchmarks;

import be.ifg.domain.Action;
import be.ifg.domain.ActionId;
import be.ifg.domain.ActionStatus;
import be.ifg.domain.AssessmentReference;
import be.ifg.domain.AssessmentStatus;
import be.ifg.domain.ClientSystem;
import be.ifg.domain.DangerAssessment;
import be.ifg.domain.DossierEvent;
import be.ifg.domain.DossierId;
import be.ifg.domain.Goal;
import be.ifg.domain.InclusionCriterion;
import be.ifg.domain.InformationCategory;
import be.ifg.domain.InformationItem;
import be.ifg.domain.InformingRecord;
import be.ifg.domain.ItemContribution;
import be.ifg.domain.ItemId;
import be.ifg.domain.PartnerId;
import be.ifg.domain.Party;
import be.ifg.domain.PartyId;
import be.ifg.domain.PartyRole;
import be.ifg.domain.ProfessionalId;
import be.ifg.domain.Registration;
import be.ifg.domain.SafetyMeasure;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Generated, realistic dossier histories for the benchmarks. */
public final class Histories {
  static final ProfessionalId AN = ProfessionalId.of("an");
  static final ProfessionalId BART = ProfessionalId.of("bart");
  private static final InformationCategory[] CATEGORIES = {
    InformationCategory.INCIDENT,
    InformationCategory.SOCIAL,
    InformationCategory.HEALTH,
    InformationCategory.HOUSING,
    InformationCategory.CHILD_WELFARE,
    InformationCategory.VICTIM_LOCATION
  };

  private Histories() {}

  /**
   * A dossier's history of about {@code size} events: registration, acceptance, items shared,
   * weighing, a plan, case direction with progress reports and action updates.
   */
  public static List<DossierEvent> dossier(String id, int size, Instant start) {
    DossierId d = DossierId.of(id);
    List<DossierEvent> out = new ArrayList<>(size);
    Instant t = start;
    out.add(new DossierEvent.Registered(d, AN, t, registration(t), Worlds.REGION));
    out.add(new DossierEvent.Accepted(d, AN, t = t.plusSeconds(3600)));
    int items = Math.max(1, (size - 8) / 2);
    for (int i = 0; i < items; i++) {
      t = t.plusSeconds(60);
      out.add(new DossierEvent.InformationShared(d, BART, t, item("i" + i, i, t)));
    }
    out.add(new DossierEvent.DossierCompleted(d, AN, t = t.plusSeconds(3600)));
    out.add(new DossierEvent.Assessed(d, AN, t = t.plusSeconds(3600), assessment(t)));
    out.add(
        new DossierEvent.DirectorAppointed(
            d, AN, t = t.plusSeconds(60), AN, PartnerId.of("caw"), null));
    out.add(
        new DossierEvent.PlanAdopted(
            d,
            AN,
            t = t.plusSeconds(60),
            List.of(
                Goal.of(
                    "g1",
                    "safe at home",
                    Action.open(
                        "a1", "barring-order follow-up", "pol", LocalDate.of(2026, 3, 15))))));
    out.add(new DossierEvent.CaseDirectionStarted(d, AN, t = t.plusSeconds(60)));
    int i = 0;
    while (out.size() < size) {
      t = t.plusSeconds(86_400);
      out.add(
          i++ % 2 == 0
              ? new DossierEvent.ProgressReported(d, AN, t, "no new incidents")
              : new DossierEvent.ActionUpdated(
                  d, BART, t, ActionId.of("a1"), ActionStatus.IN_PROGRESS));
    }
    return out;
  }

  static Registration registration(Instant t) {
    return new Registration(
        ProfessionalId.of("lien"),
        PartnerId.of("clb"),
        ClientSystem.of(
            Party.of("sara", PartyRole.VICTIM, 1991),
            Party.of("tom", PartyRole.PERPETRATOR, 1988),
            Party.of("kim", PartyRole.INDIRECT_VICTIM, 2017)),
        EnumSet.of(InclusionCriterion.UNSAFETY),
        List.of(
            new InformingRecord(PartyId.of("sara"), AN, t, "conversation"),
            new InformingRecord(PartyId.of("tom"), AN, t, "conversation")),
        List.of(),
        DangerAssessment.of(true, SafetyMeasure.SAFETY_PLAN));
  }

  static InformationItem item(String id, int n, Instant t) {
    return new InformationItem(
        ItemId.of(id),
        PartnerId.of(n % 2 == 0 ? "pol" : "caw"),
        n % 2 == 0 ? BART : AN,
        Set.of(PartyId.of("sara")),
        CATEGORIES[n % CATEGORIES.length],
        "the table needs it for the plan",
        "summary of item " + id,
        Set.of(),
        t,
        null);
  }

  static AssessmentReference assessment(Instant t) {
    return AssessmentReference.builder()
        .instrumentId("ifg-demo")
        .instrumentVersion("1.0.0")
        .instrumentHash("sha256:" + "0".repeat(64))
        .status(AssessmentStatus.COMPLETE)
        .score(BigDecimal.valueOf(12))
        .protectiveScore(BigDecimal.valueOf(3))
        .assessedAt(LocalDate.of(2026, 2, 19))
        .assessor(AN)
        .maxScore(BigDecimal.valueOf(30))
        .scoreBand("MEDIUM")
        .band("HIGH")
        .finalBand("HIGH")
        .addAllFiredRules(List.of("critical"))
        .addAllMissing(List.of())
        .addAllContributions(List.of(new ItemContribution("v1", "YES", BigDecimal.ONE)))
        .build();
  }
}
