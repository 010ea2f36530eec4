package be.ifg.workflow;

import be.ifg.domain.ActionId;
import be.ifg.domain.CaseTable;
import be.ifg.domain.DangerAssessment;
import be.ifg.domain.DossierId;
import be.ifg.domain.GoalId;
import be.ifg.domain.InclusionCriterion;
import be.ifg.domain.PartnerId;
import be.ifg.domain.PartnerKind;
import be.ifg.domain.Party;
import be.ifg.domain.PartyId;
import be.ifg.domain.PartyRole;
import be.ifg.domain.ProfessionalId;
import be.ifg.domain.TableMember;
import be.ifg.rti.Answer;
import be.ifg.rti.OverrideRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Test fixtures: a small case table and commands that walk a dossier through the chain. */
public final class Tables {
  static final ProfessionalId AN = ProfessionalId.of("an"); // caw, coordinator
  static final ProfessionalId BART = ProfessionalId.of("bart"); // pol
  static final ProfessionalId EMRE = ProfessionalId.of("emre"); // ggz
  static final ProfessionalId NIELS = ProfessionalId.of("niels"); // jh, not pledged
  static final ProfessionalId LIEN = ProfessionalId.of("lien"); // clb, not at the table
  static final ProfessionalId STRANGER = ProfessionalId.of("stranger");
  static final DossierId D1 = DossierId.of("d1");
  static final Instant START = Instant.parse("2026-02-02T08:00:00Z");

  private Tables() {}

  static CaseTable table() {
    return CaseTable.builder("west-vlaanderen")
        .partner("caw", PartnerKind.CAW)
        .partner("pol", PartnerKind.LOCAL_POLICE)
        .partner("ggz", PartnerKind.MENTAL_HEALTH)
        .partner("jh", PartnerKind.JUSTICE_HOUSE)
        .member("an", "caw")
        .member("bart", "pol")
        .member("emre", "ggz")
        .member(new TableMember(NIELS, PartnerId.of("jh"), false))
        .professional("lien", "clb")
        .coordinator("an")
        .build();
  }

  static Clock clockAt(Instant at) {
    return Clock.fixed(at, ZoneOffset.UTC);
  }

  static Command.Register register() {
    return register(D1);
  }

  /**
   * The family of the table's examples registered as {@code id}: sara (victim), tom (perpetrator,
   * informing deferred for safety), kim (a child), sara informed, danger present.
   */
  public static Command.Register register(DossierId id) {
    return new Command.Register(
        id,
        List.of(
            Party.of("sara", PartyRole.VICTIM, 1991),
            Party.of("tom", PartyRole.PERPETRATOR, 1988),
            Party.of("kim", PartyRole.INDIRECT_VICTIM, 2017)),
        Set.of(InclusionCriterion.UNSAFETY),
        List.of(new Command.Informing(PartyId.of("sara"), "conversation")),
        List.of(
            new Command.Deferral(
                PartyId.of("tom"), "would endanger sara", LocalDate.of(2026, 3, 2))),
        DangerAssessment.of(true));
  }

  static Command.PlannedGoal goal(String id, String action, String owner) {
    return new Command.PlannedGoal(
        GoalId.of(id),
        "goal " + id,
        List.of(
            new Command.PlannedAction(
                ActionId.of(action),
                "action " + action,
                PartnerId.of(owner),
                LocalDate.of(2026, 3, 1))));
  }

  public static Command.Assess assess() {
    return new Command.Assess(
        "tiny-example",
        "0.1.0",
        Map.of(
            "escalating", Answer.yes(),
            "threat-to-kill", Answer.no(),
            "severity", Answer.ordinal(1),
            "call-outs",
                Answer.events(
                    LocalDate.of(2025, 11, 3),
                    LocalDate.of(2025, 12, 28),
                    LocalDate.of(2026, 1, 30)),
            "child-witness", Answer.yes(),
            "support-network", Answer.yes(),
            "in-treatment", Answer.unknown()),
        null);
  }

  /** The assessment of {@link #assess()}, with a professional-judgement override. */
  static Command.Assess assessWithOverride(OverrideRequest override) {
    Command.Assess base = assess();
    return new Command.Assess(base.instrument(), base.version(), base.answers(), override);
  }
}
