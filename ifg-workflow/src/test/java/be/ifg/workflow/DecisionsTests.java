package be.ifg.workflow;

import static be.ifg.workflow.Tables.AN;
import static be.ifg.workflow.Tables.BART;
import static be.ifg.workflow.Tables.D1;
import static be.ifg.workflow.Tables.EMRE;
import static be.ifg.workflow.Tables.LIEN;
import static be.ifg.workflow.Tables.NIELS;
import static be.ifg.workflow.Tables.STRANGER;
import static org.assertj.core.api.Assertions.assertThat;

import be.ifg.domain.ActionId;
import be.ifg.domain.ActionStatus;
import be.ifg.domain.DangerAssessment;
import be.ifg.domain.DossierStatus;
import be.ifg.domain.GoalId;
import be.ifg.domain.GoalOutcome;
import be.ifg.domain.InclusionCriterion;
import be.ifg.domain.InformationCategory;
import be.ifg.domain.ItemId;
import be.ifg.domain.PartnerId;
import be.ifg.domain.Party;
import be.ifg.domain.PartyId;
import be.ifg.domain.PartyRole;
import be.ifg.domain.Purpose;
import be.ifg.domain.RequestId;
import be.ifg.domain.SignalCategory;
import be.ifg.domain.SignalId;
import be.ifg.rti.Answer;
import be.ifg.rti.AssessmentChange;
import be.ifg.rti.BandMovement;
import be.ifg.rti.OverrideRequest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DecisionsTests {

  private static Command.Register registration(
      List<Party> parties,
      Set<InclusionCriterion> criteria,
      List<Command.Informing> informed,
      List<Command.Deferral> deferred) {
    return new Command.Register(
        D1, parties, criteria, informed, deferred, DangerAssessment.of(false));
  }

  private static Command.Informing informed(String party) {
    return new Command.Informing(PartyId.of(party), "conversation");
  }

  private static Command.ShareInformation share(String item) {
    return new Command.ShareInformation(
        ItemId.of(item),
        InformationCategory.SOCIAL,
        Set.of(PartyId.of("sara")),
        "need to know",
        "summary",
        Set.of());
  }

  @Test
  void registersAFamilyWithVictimCriteriaAndResolvedInforming() {
    Chains c = new Chains().registered();
    assertThat(c.state()).isEqualTo(DossierStatus.REGISTERED);
  }

  @Test
  void refusesRegistrationWithoutVictimOrCriteriaGivingEveryReason() {
    Chains c = new Chains();
    Decision.Rejected r =
        c.rejected(
            LIEN,
            registration(
                List.of(Party.of("tom", PartyRole.PERPETRATOR, 1988)),
                Set.of(),
                List.of(),
                List.of()));
    assertThat(r.codes())
        .containsExactlyInAnyOrder(
            ReasonCode.NO_VICTIM, ReasonCode.NO_CRITERIA, ReasonCode.INFORMING_UNRESOLVED);
    assertThat(c.chain.status(Tables.AN, D1)).isEmpty();
  }

  @Test
  void refusesRegistrationWhenADirectVictimWasNotInformed() {
    Decision.Rejected r =
        new Chains()
            .rejected(
                LIEN,
                registration(
                    List.of(Party.of("sara", PartyRole.VICTIM, 1991)),
                    Set.of(InclusionCriterion.UNSAFETY),
                    List.of(),
                    List.of()));
    assertThat(r.codes()).containsExactly(ReasonCode.VICTIM_NOT_INFORMED);
  }

  @Test
  void informsAYoungChildThroughAParentWhoIsNotAPerpetrator() {
    new Chains()
        .accepted(
            LIEN,
            registration(
                List.of(
                    Party.of("sara", PartyRole.VICTIM, 1991),
                    Party.of("kim", PartyRole.INDIRECT_VICTIM, 2020)),
                Set.of(InclusionCriterion.UNSAFETY),
                List.of(informed("sara")),
                List.of()));
  }

  @Test
  void refusesRegistrationWhenAChildOfTwelveOrMoreWasNotInformedThemselves() {
    Decision.Rejected r =
        new Chains()
            .rejected(
                LIEN,
                registration(
                    List.of(
                        Party.of("sara", PartyRole.VICTIM, 1991),
                        Party.of("jan", PartyRole.INDIRECT_VICTIM, 2012)),
                    Set.of(InclusionCriterion.UNSAFETY),
                    List.of(informed("sara")),
                    List.of()));
    assertThat(r.codes()).containsExactly(ReasonCode.VICTIM_NOT_INFORMED);
    assertThat(r.reasons().get(0).message()).contains("jan");
  }

  @Test
  void refusesADeferralWithoutReasonOrReviewDate() {
    Decision.Rejected r =
        new Chains()
            .rejected(
                LIEN,
                registration(
                    List.of(
                        Party.of("sara", PartyRole.VICTIM, 1991),
                        Party.of("tom", PartyRole.PERPETRATOR, 1988)),
                    Set.of(InclusionCriterion.UNSAFETY),
                    List.of(informed("sara")),
                    List.of(new Command.Deferral(PartyId.of("tom"), " ", null))));
    assertThat(r.reasons()).hasSize(2);
    assertThat(r.codes()).containsExactly(ReasonCode.INFORMING_UNRESOLVED);
  }

  @Test
  void refusesRegistrationBySomeoneWhoIsNotAKnownProfessional() {
    assertThat(new Chains().rejected(STRANGER, Tables.register()).codes())
        .containsExactly(ReasonCode.NOT_AUTHORIZED);
  }

  @Test
  void refusesACommandInTheWrongStateAndChangesNothing() {
    Chains c = new Chains().registered();
    long version = c.dossier(D1).version();
    assertThat(c.rejected(AN, new Command.CompleteDossier()).codes())
        .containsExactly(ReasonCode.NOT_ALLOWED_IN_STATE);
    assertThat(c.dossier(D1).version()).isEqualTo(version);
  }

  @Test
  void refusesAcceptanceByAProfessionalWhoIsNotATableMember() {
    assertThat(new Chains().registered().rejected(LIEN, new Command.Accept()).codes())
        .containsExactly(ReasonCode.NOT_AUTHORIZED);
  }

  @Test
  void declinesWithReasonAndAdvice() {
    Chains c = new Chains().registered();
    assertThat(c.rejected(AN, new Command.Decline("", "")).codes())
        .containsExactly(ReasonCode.INVALID_INPUT);
    c.accepted(AN, new Command.Decline("no criteria", "contact the CAW"));
    assertThat(c.state()).isEqualTo(DossierStatus.NOT_ADMITTED);
  }

  @Test
  void needsThePledgeToShareUntilItIsSigned() {
    Chains c = new Chains().building();
    assertThat(c.rejected(NIELS, share("i9")).codes()).containsExactly(ReasonCode.PLEDGE_MISSING);
    c.accepted(NIELS, new Command.SignPledge());
    c.accepted(NIELS, share("i9"));
  }

  @Test
  void refusesEveryDossierCommandOfAnUnpledgedMemberOnce() {
    Chains c = new Chains().registered();
    assertThat(c.rejected(NIELS, new Command.Accept()).codes())
        .containsExactly(ReasonCode.PLEDGE_MISSING);
    c.accepted(AN, new Command.Accept());
    assertThat(c.rejected(NIELS, new Command.CompleteDossier()).codes())
        .containsExactly(ReasonCode.PLEDGE_MISSING);
    assertThat(c.rejected(NIELS, share("i9")).codes()).containsExactly(ReasonCode.PLEDGE_MISSING);
    c.accepted(NIELS, new Command.SignPledge());
    c.accepted(NIELS, new Command.CompleteDossier());
  }

  @Test
  void refusesToLeaveDossierBuildingWithOpenRequests() {
    Chains c = new Chains().building();
    c.accepted(
        AN,
        new Command.RequestInformation(
            RequestId.of("r1"), PartnerId.of("ggz"), "in treatment?", LocalDate.of(2026, 2, 12)));
    assertThat(c.rejected(AN, new Command.CompleteDossier()).codes())
        .containsExactly(ReasonCode.OPEN_INFORMATION_REQUESTS);
    c.accepted(AN, new Command.WaiveRequest(RequestId.of("r1"), "answered at the table"));
    c.accepted(AN, new Command.CompleteDossier());
    assertThat(c.state()).isEqualTo(DossierStatus.WEIGHING);
  }

  @Test
  void letsOnlyTheAskedPartnerAnswerARequest() {
    Chains c = new Chains().building();
    c.accepted(
        AN,
        new Command.RequestInformation(
            RequestId.of("r1"), PartnerId.of("ggz"), "in treatment?", LocalDate.of(2026, 2, 12)));
    Command.AnswerRequest answer =
        new Command.AnswerRequest(
            RequestId.of("r1"),
            ItemId.of("i3"),
            InformationCategory.HEALTH,
            Set.of(PartyId.of("tom")),
            "plan",
            "in treatment");
    assertThat(c.rejected(BART, answer).codes()).containsExactly(ReasonCode.NOT_AUTHORIZED);
    c.accepted(EMRE, answer);
  }

  @Test
  void refusesCaseDirectionWithoutAssessmentPlanAndDirectorGivingAllThree() {
    Chains c = new Chains().weighing();
    assertThat(c.rejected(AN, new Command.StartCaseDirection()).codes())
        .containsExactlyInAnyOrder(
            ReasonCode.NO_ASSESSMENT, ReasonCode.NO_PLAN, ReasonCode.NO_CASE_DIRECTOR);
  }

  @Test
  void startsCaseDirectionWithAssessmentPlanAndDirector() {
    Chains c = new Chains().directing();
    assertThat(c.state()).isEqualTo(DossierStatus.CASE_DIRECTION);
    assertThat(c.summary(D1).assessed()).isTrue();
    assertThat(c.dossier(D1).latestAssessment().orElseThrow().band()).isEqualTo("HIGH");
  }

  @Test
  void showsWhatChangedSinceThePreviousAssessment() {
    Chains c = new Chains().directing();
    c.accepted(BART, new Command.ReportIncident("new call-out", c.clock.instant()));
    c.accepted(
        AN,
        new Command.Assess(
            "tiny-example",
            "0.1.0",
            Map.of(
                "escalating", Answer.yes(),
                "threat-to-kill", Answer.yes(),
                "severity", Answer.ordinal(2),
                "call-outs", Answer.events(LocalDate.of(2026, 1, 30)),
                "child-witness", Answer.yes(),
                "support-network", Answer.yes(),
                "in-treatment", Answer.unknown()),
            null));
    DossierView.Itemized view = (DossierView.Itemized) c.chain.view(AN, D1, Purpose.PLAN);
    AssessmentChange change = view.latestChange(c.chain.instruments()).orElseThrow();
    assertThat(change.changedItems()).containsExactly("threat-to-kill", "severity", "call-outs");
    assertThat(change.previousBand()).isEqualTo("HIGH");
    assertThat(change.currentBand()).isEqualTo("HIGH");
    assertThat(change.movement()).isEqualTo(BandMovement.SAME);
  }

  @Test
  void showsTheAssessmentOnlyInAViewThePolicyPermits() {
    Chains c = new Chains().directing();
    assertThat(c.chain.view(BART, D1, Purpose.PLAN))
        .isInstanceOfSatisfying(
            DossierView.Itemized.class,
            v -> assertThat(v.latestAssessment().orElseThrow().finalBand()).isEqualTo("HIGH"));
    assertThat(c.chain.view(LIEN, D1, Purpose.PLAN)).isInstanceOf(DossierView.Refused.class);
    assertThat(c.chain.view(NIELS, D1, Purpose.PLAN)).isInstanceOf(DossierView.Refused.class);
  }

  @Test
  void refusesAPlanWhoseActionOwnerIsNotAtTheTable() {
    Chains c = new Chains().weighing();
    assertThat(
            c.rejected(AN, new Command.AdoptPlan(List.of(Tables.goal("g1", "a1", "clb")))).codes())
        .containsExactly(ReasonCode.OWNER_NOT_AT_TABLE);
  }

  @Test
  void refusesAPlanWithAGoalWithoutActions() {
    Chains c = new Chains().weighing();
    Command.AdoptPlan plan =
        new Command.AdoptPlan(List.of(new Command.PlannedGoal(GoalId.of("g1"), "safe", List.of())));
    assertThat(c.rejected(AN, plan).codes()).containsExactly(ReasonCode.NO_PLAN);
  }

  @Test
  void refusesADirectorWhoIsNotATableMember() {
    Chains c = new Chains().weighing();
    assertThat(c.rejected(AN, new Command.AppointDirector(LIEN)).codes())
        .containsExactly(ReasonCode.DIRECTOR_NOT_AT_TABLE);
  }

  @Test
  void refusesAnOverrideWithoutRationale() {
    Chains c = new Chains().weighing();
    Command.Assess override = Tables.assessWithOverride(new OverrideRequest("HIGH", " ", AN));
    assertThat(c.rejected(AN, override).codes()).contains(ReasonCode.RATIONALE_REQUIRED);
  }

  @Test
  void refusesADownwardOverrideTheInstrumentDoesNotAllow() {
    Chains c = new Chains().weighing();
    Command.Assess override =
        Tables.assessWithOverride(new OverrideRequest("LOW", "we know the family", AN));
    assertThat(c.rejected(AN, override).codes()).contains(ReasonCode.OVERRIDE_NOT_ALLOWED);
  }

  @Test
  void refusesToConcludeWhileViolenceGoesOnAndGoalsAreOpen() {
    Chains c = new Chains().directing();
    assertThat(c.rejected(AN, new Command.Conclude(false, "not yet")).codes())
        .containsExactlyInAnyOrder(ReasonCode.VIOLENCE_NOT_STOPPED, ReasonCode.GOALS_OPEN);
  }

  @Test
  void letsOnlyTheDirectorConclude() {
    Chains c = new Chains().directing();
    assertThat(c.rejected(BART, new Command.Conclude(true, "done")).codes())
        .contains(ReasonCode.NOT_AUTHORIZED);
  }

  @Test
  void letsOnlyOwnerMembersOrTheDirectorUpdateAnAction() {
    Chains c = new Chains().directing();
    Command.UpdateAction update = new Command.UpdateAction(ActionId.of("a1"), ActionStatus.DONE);
    assertThat(c.rejected(EMRE, update).codes()).containsExactly(ReasonCode.NOT_AUTHORIZED);
    c.accepted(BART, update);
  }

  @Test
  void refusesClosureBeforeTheFollowUpPeriodIsOver() {
    Chains c = new Chains().followingUp();
    assertThat(c.rejected(AN, new Command.Close()).codes())
        .containsExactly(ReasonCode.FOLLOW_UP_NOT_OVER);
    c.clock.advance(Period.ofMonths(6));
    assertThat(c.rejected(BART, new Command.Close()).codes())
        .containsExactly(ReasonCode.NOT_AUTHORIZED);
    c.accepted(AN, new Command.Close());
    assertThat(c.state()).isEqualTo(DossierStatus.CLOSED);
  }

  @Test
  void reopensAFollowUpOnANewIncidentAndAsksForAReassessment() {
    Chains c = new Chains().followingUp();
    c.clock.advance(Duration.ofDays(30));
    c.accepted(BART, new Command.ReportIncident("new call-out", c.clock.instant()));
    assertThat(c.state()).isEqualTo(DossierStatus.CASE_DIRECTION);
    assertThat(c.summary(D1).reassessmentDue()).isTrue();
    assertThat(c.rejected(AN, new Command.Conclude(true, "quiet again")).codes())
        .containsExactly(ReasonCode.NO_ASSESSMENT);
    c.accepted(AN, Tables.assess());
    c.accepted(AN, new Command.Conclude(true, "quiet again"));
    assertThat(c.state()).isEqualTo(DossierStatus.FOLLOW_UP);
  }

  @Test
  void letsOnlyTheCoordinatorWithdraw() {
    Chains c = new Chains().building();
    assertThat(c.rejected(BART, new Command.Withdraw("moved")).codes())
        .containsExactly(ReasonCode.NOT_AUTHORIZED);
    c.accepted(AN, new Command.Withdraw("the family moved abroad"));
    assertThat(c.state()).isEqualTo(DossierStatus.WITHDRAWN);
    assertThat(c.rejected(AN, new Command.Withdraw("again")).codes())
        .containsExactly(ReasonCode.NOT_ALLOWED_IN_STATE);
  }

  @Test
  void evaluatesOnlyAClosedDossier() {
    Chains c = new Chains().followingUp();
    assertThat(c.rejected(AN, new Command.Evaluate("early")).codes())
        .containsExactly(ReasonCode.NOT_ALLOWED_IN_STATE);
    c.clock.advance(Period.ofMonths(7));
    c.accepted(AN, new Command.Close());
    c.accepted(EMRE, new Command.Evaluate("worked well"));
  }

  @Test
  void raisesSignalsWhateverTheDossierState() {
    Chains c = new Chains().registered();
    c.accepted(
        EMRE,
        new Command.RaiseSignal(SignalId.of("s1"), SignalCategory.WAITING_LIST, "five weeks"));
    assertThat(
            c.rejected(
                    EMRE, new Command.RaiseSignal(SignalId.of("s1"), SignalCategory.OTHER, "again"))
                .codes())
        .containsExactly(ReasonCode.INVALID_INPUT);
    assertThat(c.chain.signals(AN)).hasSize(1);
  }

  @Test
  void keepsThePlanHistoryWhenThePlanIsAdjusted() {
    Chains c = new Chains().directing();
    c.accepted(BART, new Command.UpdateAction(ActionId.of("a1"), ActionStatus.IN_PROGRESS));
    c.accepted(
        AN,
        new Command.AdjustPlan(
            "new housing need",
            List.of(Tables.goal("g1", "a1", "pol"), Tables.goal("g2", "a2", "caw"))));
    DossierSummary s = c.summary(D1);
    assertThat(s.planVersion()).isEqualTo(2);
    assertThat(s.actions())
        .containsEntry(ActionId.of("a1"), ActionStatus.IN_PROGRESS)
        .containsEntry(ActionId.of("a2"), ActionStatus.OPEN);
    assertThat(c.rejected(AN, new Command.AdjustPlan(" ", List.of())).codes())
        .contains(ReasonCode.INVALID_INPUT, ReasonCode.NO_PLAN);
  }

  @Test
  void grantsAccessOnlyByTheContributorOrDirector() {
    Chains c = new Chains().building();
    c.accepted(BART, share("i1"));
    Command.GrantAccess grant = new Command.GrantAccess(ItemId.of("i1"), EMRE, Purpose.PLAN);
    assertThat(c.rejected(EMRE, grant).codes()).containsExactly(ReasonCode.NOT_AUTHORIZED);
    assertThat(
            c.rejected(BART, new Command.GrantAccess(ItemId.of("i1"), NIELS, Purpose.PLAN)).codes())
        .containsExactly(ReasonCode.PLEDGE_MISSING);
    c.accepted(BART, grant);
  }

  @Test
  void recordsAndWithdrawsConsent() {
    Chains c = new Chains().building();
    Command.WithdrawConsent withdraw =
        new Command.WithdrawConsent(
            PartyId.of("tom"), PartnerId.of("ggz"), Purpose.PLAN, InformationCategory.HEALTH);
    assertThat(c.rejected(AN, withdraw).codes()).containsExactly(ReasonCode.INVALID_INPUT);
    c.accepted(
        AN,
        new Command.RecordConsent(
            PartyId.of("tom"), PartnerId.of("ggz"), Purpose.PLAN, InformationCategory.HEALTH));
    c.accepted(AN, withdraw);
  }

  @Test
  void letsTheRegistrantInformADeferredPerpetratorLater() {
    Chains c = new Chains().building();
    c.accepted(LIEN, new Command.InformParty(PartyId.of("tom"), "after the barring order"));
    assertThat(c.rejected(STRANGER, new Command.InformParty(PartyId.of("tom"), "x")).codes())
        .containsExactly(ReasonCode.NOT_AUTHORIZED);
  }

  @Test
  void rejectsACommandForAnUnknownDossier() {
    Decision d =
        new Chains().chain.handle(AN, be.ifg.domain.DossierId.of("nope"), new Command.Accept());
    assertThat(((Decision.Rejected) d).codes()).containsExactly(ReasonCode.INVALID_INPUT);
  }

  @Test
  void informsClientsOfThePlanAndReportsProgressAsDirectorOnly() {
    Chains c = new Chains().directing();
    c.accepted(AN, new Command.InformClientsOfPlan(List.of(PartyId.of("sara"))));
    assertThat(c.rejected(BART, new Command.ReportProgress("fine")).codes())
        .containsExactly(ReasonCode.NOT_AUTHORIZED);
    c.accepted(AN, new Command.ReportProgress("fine"));
    assertThat(
            c.rejected(AN, new Command.CloseGoal(GoalId.of("g9"), GoalOutcome.ACHIEVED, "team"))
                .codes())
        .containsExactly(ReasonCode.INVALID_INPUT);
  }
}
