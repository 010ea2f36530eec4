package be.ifg.workflow.attack;

import static be.ifg.workflow.attack.Family.AN;
import static be.ifg.workflow.attack.Family.BART;
import static be.ifg.workflow.attack.Family.D1;
import static be.ifg.workflow.attack.Family.EMRE;
import static be.ifg.workflow.attack.Family.FIEN;
import static be.ifg.workflow.attack.Family.KEES;
import static be.ifg.workflow.attack.Family.LIEN;
import static be.ifg.workflow.attack.Family.NIELS;
import static be.ifg.workflow.attack.Family.STRANGER;
import static org.assertj.core.api.Assertions.assertThat;

import be.ifg.domain.ActionId;
import be.ifg.domain.ActionStatus;
import be.ifg.domain.CaseTable;
import be.ifg.domain.Dossier;
import be.ifg.domain.DossierEvent;
import be.ifg.domain.DossierId;
import be.ifg.domain.GoalId;
import be.ifg.domain.PartnerId;
import be.ifg.domain.PartnerKind;
import be.ifg.domain.Plan;
import be.ifg.domain.ProfessionalId;
import be.ifg.domain.ProposalId;
import be.ifg.domain.ProposalStatus;
import be.ifg.domain.Role;
import be.ifg.domain.SafetyMeasure;
import be.ifg.persistence.RecordedEvent;
import be.ifg.persistence.StreamId;
import be.ifg.persistence.memory.InMemoryStore;
import be.ifg.workflow.Command;
import be.ifg.workflow.Decision;
import be.ifg.workflow.ReasonCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Attacks on the registrant's responsibility and on plan adjustment: "a member who is neither the
 * registrant nor the director rewrites the danger assessment", "the registrant keeps the pen after
 * the appointment", "a replaced director still steers the plan", "a director adopts their own
 * proposal", "a rejected proposal slips in as a plan version", "a proposal is decided through
 * another dossier or another table".
 */
class PlanAdjustmentAttackTests {
  private static final ProposalId P1 = ProposalId.of("p1");
  private final Family f = new Family();

  private static Command.UpdateDangerAssessment danger(String summary) {
    return new Command.UpdateDangerAssessment(true, Set.of(SafetyMeasure.SAFETY_PLAN), summary);
  }

  private static List<Command.PlannedGoal> adjusted() {
    return List.of(
        new Command.PlannedGoal(
            GoalId.of("g1"),
            "sara is safe at home",
            List.of(
                new Command.PlannedAction(
                    ActionId.of("a1"),
                    "barring order",
                    PartnerId.of("pol"),
                    LocalDate.of(2026, 3, 1)),
                new Command.PlannedAction(
                    ActionId.of("a2"),
                    "safety plan with sara",
                    PartnerId.of("caw"),
                    LocalDate.of(2026, 3, 15)))));
  }

  private static Command.ProposeAdjustment proposal(ProposalId id) {
    return new Command.ProposeAdjustment(
        id, "the barring order alone does not keep sara safe", adjusted());
  }

  private Dossier dossier(Family family, DossierId id) {
    return Dossier.fold(
        family.store.read(StreamId.dossier(Family.REGION, id)).stream()
            .map(RecordedEvent::event)
            .map(DossierEvent.class::cast)
            .toList());
  }

  private Dossier dossier() {
    return dossier(f, D1);
  }

  @Test
  void nobodyButTheRegistrantUpdatesTheDangerAssessmentBeforeTheAppointment() {
    f.building();
    for (ProfessionalId who : List.of(AN, BART, EMRE, KEES, STRANGER)) {
      assertThat(f.no(who, danger("I know better")).codes())
          .as("%s", who)
          .containsExactly(ReasonCode.NOT_AUTHORIZED);
    }
    assertThat(f.no(NIELS, danger("unpledged")).codes()).containsExactly(ReasonCode.PLEDGE_MISSING);
    f.ok(LIEN, danger("threats by phone since the registration"));
    assertThat(dossier().dangerUpdates())
        .singleElement()
        .satisfies(
            u -> {
              assertThat(u.by()).isEqualTo(LIEN);
              assertThat(u.capacity()).isEqualTo(Role.REGISTRANT);
            });
    assertThat(dossier().dangerAssessment().measures()).containsExactly(SafetyMeasure.SAFETY_PLAN);
    assertThat(dossier().dangerResponsibility()).isEqualTo(Role.REGISTRANT);
  }

  @Test
  void theRegistrantHandsTheDangerAssessmentOverAtTheAppointment() {
    f.shared();
    f.ok(LIEN, danger("crisis intervention started"));
    f.direct(EMRE);
    assertThat(f.no(LIEN, danger("still mine?")).codes())
        .containsExactly(ReasonCode.NOT_AUTHORIZED);
    assertThat(f.no(BART, danger("mine?")).codes()).containsExactly(ReasonCode.NOT_AUTHORIZED);
    f.ok(EMRE, danger("the safety plan holds"));
    Dossier d = dossier();
    assertThat(d.dangerUpdates())
        .extracting(u -> u.by(), u -> u.capacity())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(LIEN, Role.REGISTRANT),
            org.assertj.core.groups.Tuple.tuple(EMRE, Role.CASE_DIRECTOR));
    assertThat(d.dangerResponsibility()).isEqualTo(Role.CASE_DIRECTOR);
    assertThat(d.responsibilityPassedAt()).contains(d.directors().get(0).appointedAt());
    assertThat(d.responsibilityPassedAt().orElseThrow()).isAfter(d.dangerUpdates().get(0).at());
  }

  @Test
  void aReplacedDirectorNeitherProposesNorUpdatesTheDangerAssessment() {
    f.directedBy(EMRE);
    f.ok(AN, new Command.AppointDirector(BART, "emre's caseload; the table decided"));
    assertThat(f.no(EMRE, proposal(P1)).codes()).containsExactly(ReasonCode.NOT_AUTHORIZED);
    assertThat(f.no(EMRE, danger("old habits")).codes()).containsExactly(ReasonCode.NOT_AUTHORIZED);
    f.ok(BART, proposal(P1));
    f.ok(BART, danger("the new director's view"));
    assertThat(dossier().dangerUpdates()).extracting(u -> u.by()).containsExactly(BART);
  }

  @Test
  void nobodyButTheDirectorProposesAndNobodyButTheCoordinatorRecordsTheTeamsDecision() {
    f.directedBy(EMRE);
    for (ProfessionalId who : List.of(AN, BART, FIEN, LIEN)) {
      assertThat(f.no(who, proposal(P1)).codes())
          .as("%s", who)
          .containsExactly(ReasonCode.NOT_AUTHORIZED);
    }
    f.ok(EMRE, proposal(P1));
    assertThat(dossier().planHistory()).hasSize(1);
    for (ProfessionalId who : List.of(EMRE, BART, FIEN, LIEN, KEES)) {
      assertThat(f.no(who, new Command.DecideAdjustment(P1, true, "adopted")).codes())
          .as("%s", who)
          .containsExactly(ReasonCode.NOT_AUTHORIZED);
    }
    assertThat(f.no(EMRE, new Command.AdjustPlan("my own way", adjusted())).codes())
        .as("the team's direct decision is the coordinator's to record")
        .containsExactly(ReasonCode.NOT_AUTHORIZED);
    assertThat(dossier().planHistory()).hasSize(1);
    f.ok(AN, new Command.DecideAdjustment(P1, true, "operational team, 3 March: adopted"));
    Dossier d = dossier();
    assertThat(d.planHistory()).hasSize(2);
    Plan v2 = d.plan().orElseThrow();
    assertThat(v2.version()).isEqualTo(2);
    assertThat(v2.adoptedBy()).isEqualTo(AN);
    assertThat(v2.adjustmentReason()).contains("barring order alone");
    assertThat(v2.action(ActionId.of("a2"))).isPresent();
    assertThat(d.proposal(P1).orElseThrow().proposedBy()).isEqualTo(EMRE);
    assertThat(d.proposal(P1).orElseThrow().status()).isEqualTo(ProposalStatus.ADOPTED);
    assertThat(d.proposal(P1).orElseThrow().planVersion()).isEqualTo(2);
  }

  @Test
  void aRejectedProposalNeverBecomesAPlanVersion() {
    f.directedBy(EMRE);
    f.ok(EMRE, proposal(P1));
    f.ok(AN, new Command.DecideAdjustment(P1, false, "operational team: the barring order first"));
    assertThat(f.no(AN, new Command.DecideAdjustment(P1, true, "changed our mind")).codes())
        .containsExactly(ReasonCode.INVALID_INPUT);
    Dossier d = dossier();
    assertThat(d.planHistory()).hasSize(1);
    assertThat(d.plan().orElseThrow().action(ActionId.of("a2"))).isEmpty();
    assertThat(d.proposal(P1).orElseThrow().status()).isEqualTo(ProposalStatus.REJECTED);
    assertThat(d.proposal(P1).orElseThrow().planVersion()).isNull();
    assertThat(f.no(EMRE, proposal(P1)).codes())
        .as("a proposal id is used once")
        .containsExactly(ReasonCode.INVALID_INPUT);
  }

  @Test
  void anAdoptionKeepsTheStatusesTheActionsHaveAtTheDecision() {
    f.directedBy(EMRE);
    f.ok(EMRE, proposal(P1));
    f.ok(BART, new Command.UpdateAction(ActionId.of("a1"), ActionStatus.DONE));
    f.ok(AN, new Command.DecideAdjustment(P1, true, "adopted"));
    assertThat(dossier().plan().orElseThrow().action(ActionId.of("a1")).orElseThrow().status())
        .isEqualTo(ActionStatus.DONE);
  }

  @Test
  void aProposalOfAnotherDossierCannotBeDecided() {
    f.directedBy(EMRE);
    f.ok(EMRE, proposal(P1));
    DossierId d2 = DossierId.of("d2");
    for (Command c :
        List.of(
            Family.registration(d2),
            new Command.Accept(),
            new Command.CompleteDossier(),
            Family.assess(),
            new Command.AppointDirector(FIEN),
            new Command.AdoptPlan(adjusted()),
            new Command.StartCaseDirection())) {
      Decision d =
          c instanceof Command.Register r
              ? f.chain.register(LIEN, r)
              : f.chain.handle(AN, d2, (be.ifg.workflow.DossierCommand) c);
      assertThat(d).as("%s", c.name()).isInstanceOf(Decision.Accepted.class);
    }
    Decision other = f.chain.handle(AN, d2, new Command.DecideAdjustment(P1, true, "adopted"));
    assertThat(other).isInstanceOf(Decision.Rejected.class);
    assertThat(((Decision.Rejected) other).codes()).containsExactly(ReasonCode.INVALID_INPUT);
    assertThat(dossier(f, d2).planHistory()).hasSize(1);
    assertThat(dossier().proposal(P1).orElseThrow().isOpen()).isTrue();
  }

  @Test
  void aProposalOfAnotherTableCannotBeDecided() {
    InMemoryStore store = new InMemoryStore();
    Family west = new Family(store);
    Family east =
        new Family(
            store,
            CaseTable.builder("oost-vlaanderen")
                .partner("caw", PartnerKind.CAW)
                .member("cas", "caw")
                .coordinator("cas")
                .build());
    west.directedBy(EMRE);
    west.ok(EMRE, proposal(P1));
    assertThat(
            east.no(ProfessionalId.of("cas"), new Command.DecideAdjustment(P1, true, "ours"))
                .codes())
        .containsExactly(ReasonCode.INVALID_INPUT);
    assertThat(dossier(west, D1).proposal(P1).orElseThrow().isOpen()).isTrue();
    assertThat(dossier(west, D1).planHistory()).hasSize(1);
  }
}
