package be.ifg.domain;

import static be.ifg.domain.Samples.AN;
import static be.ifg.domain.Samples.BART;
import static be.ifg.domain.Samples.D1;
import static be.ifg.domain.Samples.LIEN;
import static be.ifg.domain.Samples.REGION;
import static be.ifg.domain.Samples.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DossierTests {

  @Test
  void foldsTheWholeChain() {
    Dossier d = Dossier.fold(Samples.wholeChain());
    assertThat(d.status()).isEqualTo(DossierStatus.CLOSED);
    assertThat(d.version()).isEqualTo(Samples.wholeChain().size());
    assertThat(d.items())
        .extracting(InformationItem::id)
        .containsExactly(ItemId.of("i1"), ItemId.of("i2"));
    assertThat(d.openRequests()).isEmpty();
    assertThat(d.request(RequestId.of("r1")).orElseThrow().answer()).isEqualTo(ItemId.of("i2"));
    assertThat(d.latestAssessment()).map(AssessmentReference::finalBand).contains("HIGH");
    assertThat(d.isCaseDirector(AN)).isTrue();
    assertThat(d.plan().orElseThrow().allGoalsClosed()).isTrue();
    assertThat(d.plan().orElseThrow().action(ActionId.of("a1")).orElseThrow().status())
        .isEqualTo(ActionStatus.DONE);
    assertThat(d.followUp()).isPresent();
    assertThat(d.evaluations()).hasSize(1);
    assertThat(d.pendingDeferrals())
        .extracting(SafetyDeferral::party)
        .containsExactly(PartyId.of("tom"));
  }

  @Test
  void evolvesOneEventAtATimeToTheSameState() {
    Dossier state = null;
    for (DossierEvent e : Samples.wholeChain()) {
      state = Dossier.evolve(state, e);
    }
    assertThat(state).isEqualTo(Dossier.fold(Samples.wholeChain()));
  }

  @Test
  void refusesHistoryNotStartingWithRegistration() {
    assertThatThrownBy(() -> Dossier.evolve(null, new DossierEvent.Accepted(D1, AN, T0)))
        .hasMessage("the history of dossier d1 must start with Registered, not Accepted");
  }

  @Test
  void refusesEventOfAnotherDossier() {
    Dossier d = Dossier.evolve(null, Samples.registered(D1, T0));
    assertThatThrownBy(
            () -> Dossier.evolve(d, new DossierEvent.Accepted(DossierId.of("d2"), AN, T0)))
        .hasMessage("event Accepted of dossier d2 does not belong to dossier d1");
  }

  @Test
  void refusesSecondRegistration() {
    Dossier d = Dossier.evolve(null, Samples.registered(D1, T0));
    assertThatThrownBy(() -> Dossier.evolve(d, Samples.registered(D1, T0)))
        .hasMessage("dossier d1 is registered already (event 2)");
  }

  @Test
  void refusesUpdateOfUnknownAction() {
    List<DossierEvent> events = new ArrayList<>(Samples.wholeChain().subList(0, 10));
    events.add(new DossierEvent.ActionUpdated(D1, AN, T0, ActionId.of("a9"), ActionStatus.DONE));
    assertThatThrownBy(() -> Dossier.fold(events)).hasMessage("dossier d1's plan has no action a9");
  }

  @Test
  void refusesEmptyHistory() {
    assertThatThrownBy(() -> Dossier.fold(List.of()))
        .hasMessage("a dossier's history needs at least its registration");
  }

  @Test
  void reopensFollowUpOnIncidentAndAsksForReassessment() {
    List<DossierEvent> events = new ArrayList<>(Samples.wholeChain().subList(0, 13));
    events.add(
        new DossierEvent.IncidentReported(
            D1, AN, T0.plusSeconds(86400 * 30L), "new threats", T0.plusSeconds(86400 * 29L)));
    Dossier d = Dossier.fold(events);
    assertThat(d.status()).isEqualTo(DossierStatus.CASE_DIRECTION);
    assertThat(d.reassessmentDue()).isTrue();
    assertThat(d.incidents()).hasSize(1);
  }

  @Test
  void keepsPlanHistoryOnAdjustment() {
    List<DossierEvent> events = new ArrayList<>(Samples.wholeChain().subList(0, 10));
    events.add(
        new DossierEvent.PlanAdjusted(
            D1,
            AN,
            T0.plusSeconds(86400 * 20L),
            "tom moved out",
            List.of(
                Goal.of(
                    "g2",
                    "tom follows treatment",
                    Action.open("a2", "treatment", "caw", LocalDate.parse("2026-05-01"))))));
    Dossier d = Dossier.fold(events);
    assertThat(d.planHistory()).extracting(Plan::version).containsExactly(1, 2);
    assertThat(d.plan().orElseThrow().adjustmentReason()).isEqualTo("tom moved out");
  }

  @Test
  void keepsTheDangerAssessmentHistoryAndWhenResponsibilityPassed() {
    List<DossierEvent> events = new ArrayList<>(Samples.wholeChain().subList(0, 2));
    Instant before = T0.plusSeconds(7200 + 60);
    events.add(
        new DossierEvent.DangerAssessmentUpdated(
            D1,
            LIEN,
            before,
            DangerAssessment.of(true, SafetyMeasure.CRISIS_INTERVENTION),
            "threats by phone",
            Role.REGISTRANT));
    Dossier registered = Dossier.fold(events);
    assertThat(registered.dangerResponsibility()).isEqualTo(Role.REGISTRANT);
    assertThat(registered.responsibilityPassedAt()).isEmpty();
    assertThat(registered.dangerAssessment().measures())
        .containsExactly(SafetyMeasure.CRISIS_INTERVENTION);

    List<DossierEvent> later = new ArrayList<>(events);
    later.addAll(Samples.wholeChain().subList(2, 10));
    later.add(
        new DossierEvent.DangerAssessmentUpdated(
            D1,
            AN,
            T0.plusSeconds(86400 * 20L),
            DangerAssessment.of(false, SafetyMeasure.SAFETY_PLAN),
            "the safety plan holds",
            Role.CASE_DIRECTOR));
    Dossier d = Dossier.fold(later);
    assertThat(d.dangerUpdates())
        .extracting(DangerUpdate::by, DangerUpdate::capacity)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(LIEN, Role.REGISTRANT),
            org.assertj.core.groups.Tuple.tuple(AN, Role.CASE_DIRECTOR));
    assertThat(d.dangerAssessment().dangerPresent()).isFalse();
    assertThat(d.dangerResponsibility()).isEqualTo(Role.CASE_DIRECTOR);
    assertThat(d.responsibilityPassedAt()).contains(d.directors().get(0).appointedAt());
    assertThat(d.registration().danger().dangerPresent()).as("the registration stays").isTrue();
  }

  @Test
  void onlyAnAdoptedProposalBecomesAPlanVersion() {
    List<DossierEvent> events = new ArrayList<>(Samples.wholeChain().subList(0, 10));
    List<Goal> proposed =
        List.of(
            Goal.of(
                "g2",
                "tom follows treatment",
                Action.open("a2", "treatment", "caw", LocalDate.parse("2026-05-01"))));
    Instant t = T0.plusSeconds(86400 * 20L);
    ProposalId p1 = ProposalId.of("p1");
    ProposalId p2 = ProposalId.of("p2");
    events.add(new DossierEvent.AdjustmentProposed(D1, BART, t, p1, "tom moved out", proposed));
    events.add(
        new DossierEvent.AdjustmentDecided(
            D1, AN, t.plusSeconds(60), p1, false, "not yet", List.of()));
    events.add(
        new DossierEvent.AdjustmentProposed(
            D1, BART, t.plusSeconds(120), p2, "tom moved out for good", proposed));
    Dossier open = Dossier.fold(events);
    assertThat(open.planHistory()).hasSize(1);
    assertThat(open.proposals())
        .extracting(PlanProposal::status)
        .containsExactly(ProposalStatus.REJECTED, ProposalStatus.OPEN);
    events.add(
        new DossierEvent.AdjustmentDecided(
            D1, AN, t.plusSeconds(180), p2, true, "team, 1 March", proposed));
    Dossier d = Dossier.fold(events);
    assertThat(d.planHistory()).extracting(Plan::version).containsExactly(1, 2);
    assertThat(d.plan().orElseThrow().adjustmentReason()).isEqualTo("tom moved out for good");
    assertThat(d.plan().orElseThrow().adoptedBy()).isEqualTo(AN);
    PlanProposal adopted = d.proposal(p2).orElseThrow();
    assertThat(adopted.proposedBy()).isEqualTo(BART);
    assertThat(adopted.planVersion()).isEqualTo(2);
    assertThat(adopted.teamDecision().orElseThrow().text()).isEqualTo("team, 1 March");
    assertThat(d.proposal(p1).orElseThrow().planVersion()).isNull();
  }

  @Test
  void refusesADecisionOnAProposalThatIsUnknownOrDecided() {
    List<DossierEvent> events = new ArrayList<>(Samples.wholeChain().subList(0, 10));
    Instant t = T0.plusSeconds(86400 * 20L);
    ProposalId p1 = ProposalId.of("p1");
    List<DossierEvent> unknown = new ArrayList<>(events);
    unknown.add(new DossierEvent.AdjustmentDecided(D1, AN, t, p1, false, "no", List.of()));
    assertThatThrownBy(() -> Dossier.fold(unknown)).isInstanceOf(IllegalArgumentException.class);
    events.add(new DossierEvent.AdjustmentProposed(D1, BART, t, p1, "why", Samples.goals()));
    events.add(new DossierEvent.AdjustmentDecided(D1, AN, t, p1, false, "no", List.of()));
    events.add(new DossierEvent.AdjustmentDecided(D1, AN, t, p1, false, "no again", List.of()));
    assertThatThrownBy(() -> Dossier.fold(events)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> new DossierEvent.AdjustmentDecided(D1, AN, t, p1, true, "adopted", List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new DossierEvent.DangerAssessmentUpdated(
                    D1, AN, t, DangerAssessment.of(true), "x", Role.TABLE_MEMBER))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void informingAPartyEndsTheirDeferral() {
    Dossier d =
        Dossier.fold(
            List.of(
                Samples.registered(D1, T0),
                new DossierEvent.PartyInformed(
                    D1, AN, T0.plusSeconds(60), PartyId.of("tom"), "call")));
    assertThat(d.pendingDeferrals()).isEmpty();
    assertThat(d.isInformed(PartyId.of("tom"))).isTrue();
  }

  @Test
  void withdrawsConsentAtOnce() {
    ConsentRecordFixture f = new ConsentRecordFixture();
    Dossier d =
        Dossier.fold(
            List.of(
                Samples.registered(D1, T0),
                new DossierEvent.ConsentRecorded(
                    D1,
                    AN,
                    T0.plusSeconds(10),
                    f.party,
                    f.partner,
                    Purpose.PLAN,
                    InformationCategory.HEALTH),
                new DossierEvent.ConsentWithdrawn(
                    D1,
                    AN,
                    T0.plusSeconds(20),
                    f.party,
                    f.partner,
                    Purpose.PLAN,
                    InformationCategory.HEALTH)));
    assertThat(d.consents())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.isActiveAt(T0.plusSeconds(15))).isTrue();
              assertThat(c.isActiveAt(T0.plusSeconds(20))).isFalse();
            });
  }

  @Test
  void belongsToTheTableThatRegisteredIt() {
    Dossier d = Dossier.fold(Samples.wholeChain());
    assertThat(d.table()).isEqualTo(REGION);

    Dossier elsewhere =
        Dossier.evolve(
            null,
            new DossierEvent.Registered(D1, Samples.LIEN, T0, Samples.registration(), "limburg"));
    assertThat(elsewhere.table()).isEqualTo("limburg");
    assertThat(elsewhere)
        .as("the same history at another table is another state")
        .isNotEqualTo(Dossier.evolve(null, Samples.registered(D1, T0)));
    assertThat(Dossier.evolve(elsewhere, new DossierEvent.Accepted(D1, AN, T0)).table())
        .isEqualTo("limburg");
  }

  @Test
  void refusesARegistrationWhoseTableIsNoRegion() {
    assertThatThrownBy(
            () -> new DossierEvent.Registered(D1, Samples.LIEN, T0, Samples.registration(), "a/b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("table");
    assertThatThrownBy(
            () -> new DossierEvent.Registered(D1, Samples.LIEN, T0, Samples.registration(), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("table must not be null");
  }

  @Test
  void keepsEveryDirectorAppointmentOldestFirst() {
    List<DossierEvent> events = new ArrayList<>(Samples.wholeChain().subList(0, 10));
    assertThat(Dossier.fold(events.subList(0, 7)).directors()).isEmpty();
    assertThat(Dossier.fold(events.subList(0, 7)).caseDirector()).isEmpty();
    events.add(
        new DossierEvent.DirectorAppointed(
            D1, AN, T0.plusSeconds(86400 * 30L), BART, PartnerId.of("pol"), "an is on long leave"));
    Dossier d = Dossier.fold(events);

    assertThat(d.directors())
        .extracting(CaseDirector::member, CaseDirector::reason)
        .containsExactly(tuple(AN, null), tuple(BART, "an is on long leave"));
    assertThat(d.directors().get(0).handoverReason()).isEmpty();
    assertThat(d.directors().get(0).appointedBy()).isEqualTo(AN);
    assertThat(d.caseDirector()).contains(d.directors().get(1));
    assertThat(d.caseDirector().orElseThrow().handoverReason()).contains("an is on long leave");
    assertThat(d.caseDirector().orElseThrow().appointedAt()).isEqualTo(T0.plusSeconds(86400 * 30L));
    assertThat(d.isCaseDirector(BART)).isTrue();
    assertThat(d.isCaseDirector(AN)).as("the former director is named no more").isFalse();
    assertThatThrownBy(() -> d.directors().add(d.directors().get(0)))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void refusesABlankHandoverReason() {
    assertThatThrownBy(
            () -> new DossierEvent.DirectorAppointed(D1, AN, T0, BART, PartnerId.of("pol"), " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("reason must not be blank");
    assertThatThrownBy(() -> new CaseDirector(BART, PartnerId.of("pol"), AN, T0, ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("reason must not be blank");
  }

  @Test
  void revokingAGrantRemovesThatGrantOnly() {
    ItemId i1 = ItemId.of("i1");
    List<DossierEvent> events = new ArrayList<>(Samples.wholeChain().subList(0, 3));
    events.add(
        new DossierEvent.AccessGranted(D1, AN, T0.plusSeconds(10_000), i1, BART, Purpose.PLAN));
    events.add(
        new DossierEvent.AccessGranted(D1, AN, T0.plusSeconds(10_001), i1, BART, Purpose.SAFETY));
    events.add(
        new DossierEvent.AccessGranted(
            D1, AN, T0.plusSeconds(10_002), i1, Samples.LIEN, Purpose.PLAN));
    assertThat(Dossier.fold(events).grants()).hasSize(3);

    events.add(
        new DossierEvent.AccessRevoked(D1, AN, T0.plusSeconds(20_000), i1, BART, Purpose.PLAN));
    Dossier d = Dossier.fold(events);

    assertThat(d.grants())
        .extracting(AccessGrant::member, AccessGrant::purpose)
        .containsExactly(tuple(BART, Purpose.SAFETY), tuple(Samples.LIEN, Purpose.PLAN));
    assertThat(d.grants()).noneMatch(g -> g.covers(i1, BART, Purpose.PLAN));
    assertThat(d.version()).isEqualTo(events.size());
    assertThat(d.lastChangedAt()).isEqualTo(T0.plusSeconds(20_000));
  }

  @Test
  void aRevokedGrantCanBeGrantedAgain() {
    ItemId i1 = ItemId.of("i1");
    List<DossierEvent> events = new ArrayList<>(Samples.wholeChain().subList(0, 3));
    events.add(
        new DossierEvent.AccessGranted(D1, AN, T0.plusSeconds(10_000), i1, BART, Purpose.PLAN));
    events.add(
        new DossierEvent.AccessRevoked(D1, AN, T0.plusSeconds(10_001), i1, BART, Purpose.PLAN));
    assertThat(Dossier.fold(events).grants()).isEmpty();
    events.add(
        new DossierEvent.AccessGranted(D1, BART, T0.plusSeconds(10_002), i1, BART, Purpose.PLAN));

    assertThat(Dossier.fold(events).grants())
        .singleElement()
        .satisfies(
            g -> {
              assertThat(g.at()).isEqualTo(T0.plusSeconds(10_002));
              assertThat(g.covers(i1, BART, Purpose.PLAN)).isTrue();
            });
  }

  @Test
  void revokingAGrantThatDoesNotExistChangesNoGrant() {
    List<DossierEvent> events = new ArrayList<>(Samples.wholeChain().subList(0, 3));
    events.add(
        new DossierEvent.AccessRevoked(
            D1, AN, T0.plusSeconds(10_000), ItemId.of("i1"), BART, Purpose.PLAN));
    assertThat(Dossier.fold(events).grants()).isEmpty();
  }

  private static final class ConsentRecordFixture {
    final PartyId party = PartyId.of("tom");
    final PartnerId partner = PartnerId.of("ggz");
  }
}
