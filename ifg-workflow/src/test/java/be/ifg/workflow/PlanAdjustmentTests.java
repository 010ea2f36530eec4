package be.ifg.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import be.ifg.domain.Dossier;
import be.ifg.domain.Language;
import be.ifg.domain.ProposalId;
import be.ifg.domain.ProposalStatus;
import be.ifg.domain.Role;
import be.ifg.domain.SafetyMeasure;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The guards of the danger assessment's updates and of plan adjustment through the team. */
class PlanAdjustmentTests {
  private static final ProposalId P1 = ProposalId.of("p1");
  private final Chains c = new Chains();

  private static Command.ProposeAdjustment propose(String reason, Command.PlannedGoal... goals) {
    return new Command.ProposeAdjustment(P1, reason, List.of(goals));
  }

  @Test
  void refusesAProposalWithoutAReasonGoalsOrOwnersAtTheTable() {
    c.directing();
    assertThat(c.rejected(Tables.AN, propose(" ", Tables.goal("g1", "a1", "pol"))).codes())
        .containsExactly(ReasonCode.INVALID_INPUT);
    assertThat(c.rejected(Tables.AN, propose("why")).codes()).containsExactly(ReasonCode.NO_PLAN);
    assertThat(c.rejected(Tables.AN, propose("why", Tables.goal("g1", "a1", "nowhere"))).codes())
        .containsExactly(ReasonCode.OWNER_NOT_AT_TABLE);
    assertThat(c.dossier(Tables.D1).proposals()).isEmpty();
  }

  @Test
  void proposesAndDecidesInCaseDirectionOnly() {
    c.ready();
    assertThat(c.rejected(Tables.AN, propose("why", Tables.goal("g1", "a1", "pol"))).codes())
        .containsExactly(ReasonCode.NOT_ALLOWED_IN_STATE);
    assertThat(c.rejected(Tables.AN, new Command.DecideAdjustment(P1, true, "team")).codes())
        .contains(ReasonCode.NOT_ALLOWED_IN_STATE);
  }

  @Test
  void aDecisionNeedsTheTeamsNoteAndAProposalOfTheDossier() {
    c.directing();
    assertThat(c.rejected(Tables.AN, new Command.DecideAdjustment(P1, true, "team")).codes())
        .containsExactly(ReasonCode.INVALID_INPUT);
    c.accepted(
        Tables.AN, propose("why", Tables.goal("g1", "a1", "pol"), Tables.goal("g2", "a2", "caw")));
    Decision.Rejected blank = c.rejected(Tables.AN, new Command.DecideAdjustment(P1, true, " "));
    assertThat(blank.codes()).containsExactly(ReasonCode.INVALID_INPUT);
    assertThat(c.dossier(Tables.D1).proposal(P1).orElseThrow().status())
        .isEqualTo(ProposalStatus.OPEN);
    c.accepted(Tables.AN, new Command.DecideAdjustment(P1, true, "team, 1 March"));
    Dossier d = c.dossier(Tables.D1);
    assertThat(d.planHistory()).hasSize(2);
    assertThat(d.plan().orElseThrow().goals()).hasSize(2);
    assertThat(c.summary(Tables.D1).planVersion()).isEqualTo(2);
  }

  @Test
  void theRegistrantsRefusalAfterTheAppointmentSaysWhyInEveryLanguage() {
    c.ready();
    Decision.Rejected r =
        c.rejected(
            Tables.LIEN, new Command.UpdateDangerAssessment(false, Set.of(), "quiet at school"));
    assertThat(r.codes()).containsExactly(ReasonCode.NOT_AUTHORIZED);
    assertThat(r.reasons().get(0).message()).contains("only the case director in office");
    assertThat(r.reasons().get(0).message(Language.NL)).contains("casusregisseur in functie");
    assertThat(r.reasons().get(0).message(Language.FR)).contains("gestionnaire de cas en fonction");
  }

  @Test
  void aDangerUpdateNeedsASummaryAndAnActiveDossier() {
    c.registered();
    assertThat(
            c.rejected(
                    Tables.LIEN,
                    new Command.UpdateDangerAssessment(
                        true, Set.of(SafetyMeasure.CRISIS_INTERVENTION), " "))
                .codes())
        .containsExactly(ReasonCode.INVALID_INPUT);
    c.accepted(
        Tables.LIEN,
        new Command.UpdateDangerAssessment(
            true, Set.of(SafetyMeasure.CRISIS_INTERVENTION), "crisis intervention started"));
    assertThat(c.dossier(Tables.D1).dangerUpdates().get(0).capacity()).isEqualTo(Role.REGISTRANT);
    c.accepted(Tables.AN, new Command.Decline("not for this table", "the CAW's own help"));
    assertThat(
            c.rejected(Tables.LIEN, new Command.UpdateDangerAssessment(true, Set.of(), "again"))
                .codes())
        .containsExactly(ReasonCode.NOT_ALLOWED_IN_STATE);
  }
}
