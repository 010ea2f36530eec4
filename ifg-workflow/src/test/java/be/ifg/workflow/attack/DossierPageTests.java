package be.ifg.workflow.attack;

import static be.ifg.workflow.attack.Family.AN;
import static be.ifg.workflow.attack.Family.BART;
import static be.ifg.workflow.attack.Family.D1;
import static be.ifg.workflow.attack.Family.EMRE;
import static be.ifg.workflow.attack.Family.FIEN;
import static be.ifg.workflow.attack.Family.KEES;
import static be.ifg.workflow.attack.Family.LIEN;
import static be.ifg.workflow.attack.Family.NIELS;
import static be.ifg.workflow.attack.Family.SHELTER;
import static be.ifg.workflow.attack.Family.STRANGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import be.ifg.domain.ActionId;
import be.ifg.domain.ActionStatus;
import be.ifg.domain.CaseDirector;
import be.ifg.domain.CaseTable;
import be.ifg.domain.DangerUpdate;
import be.ifg.domain.DisclosureEntry;
import be.ifg.domain.DossierId;
import be.ifg.domain.GoalId;
import be.ifg.domain.GoalOutcome;
import be.ifg.domain.InformationCategory;
import be.ifg.domain.ItemId;
import be.ifg.domain.Language;
import be.ifg.domain.PartnerId;
import be.ifg.domain.PartnerKind;
import be.ifg.domain.PartyId;
import be.ifg.domain.ProfessionalId;
import be.ifg.domain.ProposalId;
import be.ifg.domain.ProposalStatus;
import be.ifg.domain.Purpose;
import be.ifg.domain.Role;
import be.ifg.domain.SafetyMeasure;
import be.ifg.persistence.memory.InMemoryStore;
import be.ifg.workflow.Command;
import be.ifg.workflow.DossierPage;
import be.ifg.workflow.DossierPart;
import be.ifg.workflow.LogVerification;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Reading a dossier by its parts ({@code ChainApproach.read}), both ways: who may know a fact reads
 * it back, and nobody else does — through the public API only.
 */
class DossierPageTests {
  private static final DossierId NOWHERE = DossierId.of("d9");

  /** The family followed from registration to evaluation, directed by emre. */
  private static Family wholeLife() {
    Family f = new Family().directedBy(EMRE);
    f.ok(EMRE, new Command.InformClientsOfPlan(List.of(PartyId.of("sara"))));
    f.ok(EMRE, new Command.ReportProgress("barring order in place"));
    f.ok(EMRE, new Command.ReportIncident("tom at the school gate", f.clock.instant()));
    f.ok(AN, Family.assess());
    f.ok(
        AN,
        new Command.AdjustPlan(
            "tom broke the barring order",
            List.of(
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
                            "perpetrator programme",
                            PartnerId.of("jh"),
                            LocalDate.of(2026, 4, 1)))))));
    f.ok(EMRE, new Command.UpdateAction(ActionId.of("a1"), ActionStatus.DONE));
    f.ok(EMRE, new Command.CloseGoal(GoalId.of("g1"), GoalOutcome.ACHIEVED, "team, 1 March"));
    f.ok(EMRE, new Command.Conclude(true, "violence stopped"));
    f.clock.advance(Period.ofMonths(7));
    f.ok(AN, new Command.Close());
    f.ok(FIEN, new Command.Evaluate("the chain worked"));
    return f;
  }

  private static DossierPage.Shown shown(DossierPage page) {
    assertThat(page).isInstanceOf(DossierPage.Shown.class);
    return (DossierPage.Shown) page;
  }

  private static List<String> texts(DossierPage.Shown page, Language language) {
    List<String> out = new ArrayList<>();
    for (DossierPage.Step s : page.timeline().facts().orElseThrow()) {
      out.add(
          s.kind()
              + " "
              + s.whoIfKnown().map(ProfessionalId::toString).orElse("?")
              + ": "
              + s.text().text(language));
    }
    return out;
  }

  @Test
  void showsTheDangerHandOverAndTheProposalsToAMemberAndOnlyCountsForEvaluation() {
    Family f = new Family().shared();
    f.ok(LIEN, new Command.UpdateDangerAssessment(true, Set.of(), "threats by phone"));
    f.direct(EMRE);
    f.ok(
        EMRE,
        new Command.UpdateDangerAssessment(
            true, Set.of(SafetyMeasure.SAFETY_PLAN), "the safety plan holds"));
    f.ok(
        EMRE,
        new Command.ProposeAdjustment(
            ProposalId.of("p1"),
            "tom broke the barring order",
            List.of(
                new Command.PlannedGoal(
                    GoalId.of("g1"),
                    "sara is safe at home",
                    List.of(
                        new Command.PlannedAction(
                            ActionId.of("a1"),
                            "barring order",
                            PartnerId.of("pol"),
                            LocalDate.of(2026, 3, 1)))))));

    DossierPage.Shown page = shown(f.chain.read(BART, D1, Purpose.PLAN));
    assertThat(page.registration().facts().orElseThrow().dangerUpdates())
        .extracting(DangerUpdate::by, DangerUpdate::capacity)
        .containsExactly(tuple(LIEN, Role.REGISTRANT), tuple(EMRE, Role.CASE_DIRECTOR));
    assertThat(page.plan().facts().orElseThrow().proposals())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.id()).isEqualTo(ProposalId.of("p1"));
              assertThat(p.status()).isEqualTo(ProposalStatus.OPEN);
            });
    assertThat(texts(page, Language.EN))
        .contains(
            "DangerAssessmentUpdated lien: lien updated the danger assessment and the safety"
                + " measures as registrant: threats by phone",
            "DangerAssessmentUpdated emre: emre updated the danger assessment and the safety"
                + " measures as case director: the safety plan holds");
    assertThat(texts(page, Language.FR))
        .anySatisfy(t -> assertThat(t).contains("en tant que gestionnaire de cas"));

    DossierPage.Shown counts = shown(f.chain.read(BART, D1, Purpose.EVALUATION));
    assertThat(counts.registration().facts()).isEmpty();
    assertThat(counts.plan().facts()).isEmpty();
    assertThat(counts.timeline().facts()).isEmpty();
    assertThat(counts.timeline().count()).isEqualTo(page.timeline().count());
  }

  @Test
  void aGoalDecidedAndLeftOutOfALaterVersionKeepsItsDecision() {
    Family f = new Family().directedBy(EMRE);
    f.ok(EMRE, new Command.CloseGoal(GoalId.of("g1"), GoalOutcome.ACHIEVED, "team, 1 March"));
    f.ok(
        AN,
        new Command.AdjustPlan(
            "the next step",
            List.of(
                new Command.PlannedGoal(
                    GoalId.of("g2"),
                    "the children go to school safely",
                    List.of(
                        new Command.PlannedAction(
                            ActionId.of("a9"),
                            "school route",
                            PartnerId.of("pol"),
                            LocalDate.of(2026, 5, 1)))))));
    DossierPage.Shown page = shown(f.chain.read(BART, D1, Purpose.PLAN));
    assertThat(page.plan().facts().orElseThrow().current().orElseThrow().goals())
        .extracting(g -> g.id().value())
        .containsExactly("g2");
    assertThat(page.goalDecisions().facts().orElseThrow())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.goal()).isEqualTo(GoalId.of("g1"));
              assertThat(d.closure().outcome()).isEqualTo(GoalOutcome.ACHIEVED);
            });
  }

  @Test
  void aMemberWithStandingReadsEveryPartWithItsFacts() {
    Family f = wholeLife();
    DossierPage.Shown page = shown(f.chain.read(BART, D1, Purpose.PLAN));
    assertThat(page.header().state()).isPresent();
    assertThat(page.ruleIds()).contains("table-member", "pledge-signed", "dossier-part");

    DossierPage.Registration r = page.registration().facts().orElseThrow();
    assertThat(r.registrant()).isEqualTo(LIEN);
    assertThat(r.parties()).hasSize(3);
    assertThat(r.criteria()).isNotEmpty();
    assertThat(r.informed()).anySatisfy(i -> assertThat(i.party()).isEqualTo(PartyId.of("sara")));
    assertThat(r.deferrals())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.party()).isEqualTo(PartyId.of("tom"));
              assertThat(d.reviewBy()).isEqualTo(LocalDate.of(2026, 3, 2));
            });
    assertThat(r.danger().dangerPresent()).isTrue();

    DossierPage.Plans plans = page.plan().facts().orElseThrow();
    assertThat(plans.versions()).hasSize(2);
    assertThat(plans.versions().get(1).adjustmentReason()).isEqualTo("tom broke the barring order");
    assertThat(plans.versions().get(1).adoptedBy()).isEqualTo(AN);
    assertThat(plans.current().orElseThrow().actions())
        .anySatisfy(a -> assertThat(a.status()).isEqualTo(ActionStatus.DONE));
    assertThat(plans.clientsInformed()).hasSize(1);
    assertThat(page.progress().facts().orElseThrow())
        .singleElement()
        .satisfies(n -> assertThat(n.text()).isEqualTo("barring order in place"));
    assertThat(page.incidents().facts().orElseThrow())
        .singleElement()
        .satisfies(i -> assertThat(i.summary()).isEqualTo("tom at the school gate"));
    assertThat(page.goalDecisions().facts().orElseThrow())
        .singleElement()
        .satisfies(g -> assertThat(g.closure().decision()).isEqualTo("team, 1 March"));
    DossierPage.Ending ending = page.ending().facts().orElseThrow();
    assertThat(ending.conclusion()).isNotNull();
    assertThat(ending.followUp()).isNotNull();
    assertThat(ending.closure()).isNotNull();
    assertThat(ending.withdrawal()).isNull();
    assertThat(page.evaluations().facts().orElseThrow()).hasSize(1);
    assertThat(page.directors().facts().orElseThrow())
        .extracting(CaseDirector::member)
        .containsExactly(EMRE);

    assertThat(texts(page, Language.EN))
        .contains(
            "Registered lien: lien registered the family (3 people)",
            "PlanAdjusted an: an recorded an adjusted plan of approach: tom broke the barring order"
                + " (1 goals)",
            "ActionUpdated emre: emre set action a1 to done",
            "Closed an: an closed the dossier");
    assertThat(texts(page, Language.NL))
        .contains("DirectorAppointed an: an stelde emre (ggz) aan als casusregisseur");
    assertThat(texts(page, Language.FR))
        .contains("DirectorAppointed an: an a désigné emre (ggz) gestionnaire de cas");
    for (DossierPage.Part<?> part : page.parts()) {
      assertThat(part).isInstanceOf(DossierPage.Part.Full.class);
      assertThat(part.rules()).extracting(x -> x.rule()).contains("dossier-part");
    }
  }

  @Test
  void whyInformingWasDeferredReachesOnlyTheDirectorAndTheCoordinator() {
    Family f = new Family().directedBy(EMRE);
    for (ProfessionalId who : List.of(EMRE, AN)) {
      DossierPage.Registration r =
          shown(f.chain.read(who, D1, Purpose.SAFETY)).registration().facts().orElseThrow();
      assertThat(r.deferrals().get(0).reasonIfKnown())
          .as("%s", who)
          .hasValue("would endanger sara");
    }
    for (ProfessionalId who : List.of(BART, FIEN)) {
      DossierPage.Shown page = shown(f.chain.read(who, D1, Purpose.SAFETY));
      DossierPage.Registration r = page.registration().facts().orElseThrow();
      assertThat(r.deferrals().get(0).reasonIfKnown()).as("%s", who).isEmpty();
      assertThat(r.deferrals().get(0).reviewBy()).isEqualTo(LocalDate.of(2026, 3, 2));
      assertThat(page.registration().rules().get(1).text(Language.EN))
          .contains("not why")
          .contains("clb");
      assertThat(page.toString()).doesNotContain("would endanger");
    }
  }

  @Test
  void nobodyWithoutStandingReadsAnythingAndLearnsNotWhetherTheDossierExists() {
    Family f = wholeLife();
    f.ok(AN, new Command.LeaveTable(FIEN));
    for (ProfessionalId who : List.of(NIELS, KEES, LIEN, STRANGER, FIEN)) {
      DossierPage page = f.chain.read(who, D1, Purpose.SAFETY);
      DossierPage nowhere = f.chain.read(who, NOWHERE, Purpose.SAFETY);
      assertThat(page).as("%s", who).isInstanceOf(DossierPage.Refused.class);
      assertThat(page.header().state()).isEmpty();
      assertThat(page.outcome()).isEqualTo("DENY");
      assertThat(((DossierPage.Refused) page).rules())
          .isEqualTo(((DossierPage.Refused) nowhere).rules());
      assertThat(page.toString()).doesNotContain("sara", "tom", "barring");
    }
    assertThat(f.chain.read(NIELS, D1, Purpose.PLAN).ruleIds()).containsExactly("pledge-signed");
    assertThat(f.chain.read(FIEN, D1, Purpose.PLAN).ruleIds()).contains("table-member");
  }

  @Test
  void anotherTablesMemberReadsNothingOfThisTablesDossier() {
    InMemoryStore store = new InMemoryStore();
    Family west = new Family(store).directedBy(EMRE);
    CaseTable east =
        CaseTable.builder("oost-vlaanderen")
            .partner("caw", PartnerKind.CAW)
            .member("cas", "caw")
            .coordinator("cas")
            .build();
    Family other = new Family(store, east);
    ProfessionalId cas = ProfessionalId.of("cas");
    DossierPage page = other.chain.read(cas, D1, Purpose.SAFETY);
    assertThat(page).isInstanceOf(DossierPage.Refused.class);
    assertThat(page.ruleIds()).containsExactly("known-dossier");
    assertThat(((DossierPage.Refused) page).rules())
        .isEqualTo(((DossierPage.Refused) other.chain.read(cas, D1, Purpose.SAFETY)).rules());
    assertThat(west.chain.read(cas, D1, Purpose.SAFETY)).isInstanceOf(DossierPage.Refused.class);
  }

  @Test
  void evaluationAndStatisticsSeeOnlyCounts() {
    Family f = wholeLife();
    int bartsSteps = shown(f.chain.read(BART, D1, Purpose.PLAN)).timeline().count();
    int ansSteps = shown(f.chain.read(AN, D1, Purpose.PLAN)).timeline().count();
    assertThat(ansSteps).as("an's partner shared the shelter").isEqualTo(bartsSteps + 1);
    for (Purpose purpose : List.of(Purpose.EVALUATION, Purpose.STATISTICS)) {
      for (ProfessionalId who : List.of(AN, BART, EMRE)) {
        DossierPage.Shown page = shown(f.chain.read(who, D1, purpose));
        for (DossierPage.Part<?> part : page.parts()) {
          assertThat(part).isInstanceOf(DossierPage.Part.Counted.class);
          assertThat(part.facts()).isEmpty();
        }
        assertThat(page.registration().count()).isEqualTo(3);
        assertThat(page.plan().count()).isEqualTo(2);
        assertThat(page.progress().count()).isEqualTo(1);
        assertThat(page.evaluations().count()).isEqualTo(1);
        assertThat(page.timeline().count()).as("no victim location counted").isEqualTo(bartsSteps);
        assertThat(page.ruleIds()).contains("aggregates-only");
        assertThat(page.toString()).doesNotContain("sara", "tom", "barring", "lien");
      }
    }
  }

  @Test
  void aHiddenVictimLocationLeavesNoTraceInAnyPartOrTheTimeline() {
    Family f = new Family().directedBy(EMRE);
    f.ok(AN, new Command.GrantAccess(SHELTER, FIEN, Purpose.SAFETY));
    for (Purpose purpose : Purpose.values()) {
      String bart = f.chain.read(BART, D1, purpose).toString();
      assertThat(bart).as("%s", purpose).doesNotContain(SHELTER.value(), "VICTIM_LOCATION");
      for (Language language : Language.values()) {
        if (purpose == Purpose.SAFETY || purpose == Purpose.PLAN) {
          assertThat(texts(shown(f.chain.read(BART, D1, purpose)), language))
              .noneMatch(t -> t.contains(SHELTER.value()))
              .noneMatch(t -> t.startsWith("AccessGranted"));
        }
      }
    }
    // the grantee, for the granted purpose, and the contributor see it shared and granted
    assertThat(texts(shown(f.chain.read(FIEN, D1, Purpose.SAFETY)), Language.EN))
        .contains("AccessGranted an: an granted i2 to fien for safety")
        .anyMatch(t -> t.startsWith("InformationShared an: an shared item i2"));
    assertThat(texts(shown(f.chain.read(FIEN, D1, Purpose.PLAN)), Language.EN))
        .noneMatch(t -> t.contains("i2"));
  }

  @Test
  void aWithheldItemIsAStepWithoutWhoOrContent() {
    Family f = new Family().directedBy(EMRE);
    f.ok(BART, Family.share(ItemId.of("i3"), InformationCategory.HEALTH, "pol"));
    DossierPage.Shown fien = shown(f.chain.read(FIEN, D1, Purpose.PLAN));
    DossierPage.Step step = fien.timeline().facts().orElseThrow().get(fien.timeline().count() - 1);
    assertThat(step.whoIfKnown()).isEmpty();
    assertThat(step.text().text(Language.EN)).contains("i3").contains("withheld");
    assertThat(fien.toString()).doesNotContain("content of i3");
    assertThat(fien.timeline().rules()).extracting(r -> r.rule()).contains("dossier-part");
    DossierPage.Shown bart = shown(f.chain.read(BART, D1, Purpose.PLAN));
    DossierPage.Step own = bart.timeline().facts().orElseThrow().get(bart.timeline().count() - 1);
    assertThat(own.whoIfKnown()).hasValue(BART);
  }

  @Test
  void eachReadIsOneLogEntryAndTheLogVerifies() {
    Family f = wholeLife();
    for (ProfessionalId who : List.of(AN, BART, NIELS, STRANGER)) {
      for (Purpose purpose : Purpose.values()) {
        int before = f.chain.audit().size();
        DossierPage page = f.chain.read(who, D1, purpose);
        List<DisclosureEntry> log = f.chain.audit();
        assertThat(log).hasSize(before + 1);
        DisclosureEntry entry = log.get(log.size() - 1);
        assertThat(entry.action()).isEqualTo("DOSSIER_READ");
        assertThat(entry.actor()).isEqualTo(who);
        assertThat(entry.outcome()).isEqualTo(page.outcome());
        if (page instanceof DossierPage.Shown) {
          assertThat(entry.items())
              .extracting(d -> d.item().value())
              .contains(SHELTER.value(), "part:registration", "part:timeline");
        } else {
          assertThat(entry.items()).isEmpty();
        }
      }
    }
    f.chain.read(AN, NOWHERE, Purpose.PLAN);
    assertThat(f.chain.verifyLog()).isInstanceOf(LogVerification.Intact.class);
    assertThat(DossierPart.values()).hasSize(9);
  }
}
