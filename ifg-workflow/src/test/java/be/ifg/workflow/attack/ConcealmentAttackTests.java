package be.ifg.workflow.attack;

import static be.ifg.workflow.attack.Family.AN;
import static be.ifg.workflow.attack.Family.BART;
import static be.ifg.workflow.attack.Family.D1;
import static be.ifg.workflow.attack.Family.EMRE;
import static be.ifg.workflow.attack.Family.FIEN;
import static be.ifg.workflow.attack.Family.INCIDENT;
import static be.ifg.workflow.attack.Family.KEES;
import static be.ifg.workflow.attack.Family.LIEN;
import static be.ifg.workflow.attack.Family.NIELS;
import static be.ifg.workflow.attack.Family.SHELTER;
import static be.ifg.workflow.attack.Family.STRANGER;
import static be.ifg.workflow.attack.Family.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;

import be.ifg.domain.DossierId;
import be.ifg.domain.InformationCategory;
import be.ifg.domain.ItemId;
import be.ifg.domain.PartyId;
import be.ifg.domain.ProfessionalId;
import be.ifg.domain.Purpose;
import be.ifg.domain.RequestId;
import be.ifg.workflow.AccessAction;
import be.ifg.workflow.AccessDecision;
import be.ifg.workflow.ChainApproach;
import be.ifg.workflow.Command;
import be.ifg.workflow.Decision;
import be.ifg.workflow.DossierCommand;
import be.ifg.workflow.DossierView;
import be.ifg.workflow.NeedToKnow;
import be.ifg.workflow.ReasonCode;
import be.ifg.workflow.RegionRule;
import be.ifg.workflow.RuleFinding;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Attacks on concealment: learning which item ids exist, being told a restricted item's audience,
 * passing for the contributor, requests answered with what the asker may not see, withheld items
 * that name people, grants to oneself.
 */
class ConcealmentAttackTests {
  private static final ItemId RESTRICTED = ItemId.of("i3");
  private final Family f = new Family();

  private void assertSameAnswer(ProfessionalId actor, ItemId existing) {
    for (AccessAction action : AccessAction.values()) {
      for (Purpose purpose : Purpose.values()) {
        AccessDecision there = f.chain.decide(actor, action, D1, existing, purpose);
        AccessDecision none = f.chain.decide(actor, action, D1, UNKNOWN, purpose);
        assertThat(there.isPermit()).isFalse();
        assertThat(there.ruleIds())
            .as("%s %s %s", actor, action, purpose)
            .isEqualTo(none.ruleIds());
        for (int r = 0; r < there.rules().size(); r++) {
          for (String language : List.of("en", "nl")) {
            assertThat(there.rules().get(r).text(language))
                .isEqualTo(
                    none.rules().get(r).text(language).replace(UNKNOWN.value(), existing.value()));
          }
        }
      }
    }
  }

  @Test
  void nobodyWithoutStandingLearnsWhichItemIdsExist() {
    f.directedBy(EMRE);
    f.ok(AN, new Command.LeaveTable(FIEN));
    for (ProfessionalId outsider : List.of(STRANGER, LIEN, KEES, NIELS, FIEN)) {
      assertSameAnswer(outsider, INCIDENT);
      assertSameAnswer(outsider, SHELTER);
      AccessDecision otherDossier =
          f.chain.decide(
              outsider, AccessAction.VIEW, DossierId.of("d-none"), INCIDENT, Purpose.PLAN);
      AccessDecision here = f.chain.decide(outsider, AccessAction.VIEW, D1, INCIDENT, Purpose.PLAN);
      assertThat(otherDossier.ruleIds()).isEqualTo(here.ruleIds());
      DossierView real = f.chain.view(outsider, D1, Purpose.PLAN);
      DossierView none = f.chain.view(outsider, DossierId.of("d-none"), Purpose.PLAN);
      assertThat(real.ruleIds()).isEqualTo(none.ruleIds());
      assertThat(real.header().state()).isEqualTo(none.header().state()).isEmpty();
    }
  }

  @Test
  void aCommandOfAnyoneWithoutStandingTellsNothingOfTheDossier() {
    f.directedBy(EMRE);
    f.ok(AN, new Command.LeaveTable(FIEN));
    List<DossierCommand> commands =
        List.of(
            new Command.Accept(),
            new Command.Conclude(true, "stopped"),
            new Command.UpdateAction(
                be.ifg.domain.ActionId.of("a1"), be.ifg.domain.ActionStatus.DONE),
            new Command.GrantAccess(SHELTER, BART, Purpose.SAFETY),
            new Command.ReportIncident("again", f.clock.instant()));
    for (ProfessionalId outsider : List.of(STRANGER, LIEN, KEES, NIELS, FIEN)) {
      for (DossierCommand c : commands) {
        Decision here = f.chain.handle(outsider, D1, c);
        Decision nowhere = f.chain.handle(outsider, DossierId.of("d-none"), c);
        assertThat(here).as("%s %s", outsider, c.name()).isEqualTo(nowhere);
        assertThat(here.toString()).doesNotContain("CASE_DIRECTION").doesNotContain("pol");
      }
    }
  }

  @Test
  void aHiddenVictimLocationIsAnsweredAsAnItemThatDoesNotExist() {
    f.directedBy(EMRE);
    assertSameAnswer(BART, SHELTER);
    assertSameAnswer(FIEN, SHELTER);
  }

  @Test
  void anOutsiderIsNotToldARestrictedItemsAudience() {
    f.shared();
    f.ok(BART, Family.share(RESTRICTED, InformationCategory.JUDICIAL, "pol", "jh"));
    for (ProfessionalId who : List.of(STRANGER, LIEN, EMRE)) {
      for (Purpose purpose : Purpose.values()) {
        AccessDecision d = f.chain.decide(who, AccessAction.VIEW, D1, RESTRICTED, purpose);
        for (RuleFinding r : d.rules()) {
          assertThat(r.text("en") + r.text("nl")).doesNotContain("jh").doesNotContain("[");
        }
      }
    }
  }

  @Test
  void aProfessionalOfTheContributingOrganisationWhoIsNotAtTheTableIsNoContributor() {
    f.directedBy(EMRE);
    f.ok(AN, new Command.Withdraw("the family moved"));
    // withdrawn: only the contributing partner — its seat at this table — still sees its items
    assertThat(f.chain.decide(AN, AccessAction.VIEW, D1, SHELTER, Purpose.SAFETY).isPermit())
        .isTrue();
    assertSameAnswer(KEES, SHELTER);
    assertThat(f.chain.view(KEES, D1, Purpose.SAFETY)).isInstanceOf(DossierView.Refused.class);
    assertThat(f.no(KEES, new Command.GrantAccess(SHELTER, BART, Purpose.SAFETY)).codes())
        .contains(ReasonCode.NOT_AUTHORIZED);
  }

  @Test
  void aRequestCannotBeAnsweredWithAVictimLocation() {
    f.shared();
    RequestId q = RequestId.of("q1");
    f.ok(
        BART,
        new Command.RequestInformation(
            q,
            be.ifg.domain.PartnerId.of("caw"),
            "where can we reach sara?",
            LocalDate.of(2026, 3, 1)));
    Command.AnswerRequest withShelter =
        new Command.AnswerRequest(
            q,
            ItemId.of("i4"),
            InformationCategory.VICTIM_LOCATION,
            Set.of(PartyId.of("sara")),
            "bart asked",
            "the shelter's address");
    assertThat(f.no(AN, withShelter).codes()).containsExactly(ReasonCode.ANSWER_HIDDEN_FROM_ASKER);
    f.ok(
        AN,
        new Command.AnswerRequest(
            q,
            ItemId.of("i4"),
            InformationCategory.SOCIAL,
            Set.of(PartyId.of("sara")),
            "bart asked",
            "reach sara through the caw counsellor"));
    assertThat(
            f.chain.decide(BART, AccessAction.VIEW, D1, ItemId.of("i4"), Purpose.SAFETY).isPermit())
        .as("the asker holds the item that answers the request")
        .isTrue();
  }

  @Test
  void aWithheldHealthItemDoesNotNameThePeopleItIsAbout() {
    // the region rule comes with the policy: build a chain approach that has it
    ChainApproach region =
        ChainApproach.builder()
            .table(Family.table("limburg"))
            .policy(NeedToKnow.baseline().withRegionRule(RegionRule.mentalHealthConsent()))
            .clock(new be.ifg.workflow.TestClock(Family.START))
            .build();
    ProfessionalId an = AN;
    DossierId d = DossierId.of("h1");
    accept(region.register(LIEN, Family.registration(d)));
    accept(region.handle(an, d, new Command.Accept()));
    accept(
        region.handle(
            EMRE,
            d,
            new Command.ShareInformation(
                ItemId.of("h"),
                InformationCategory.HEALTH,
                Set.of(PartyId.of("tom"), PartyId.of("kim")),
                "treatment matters for the plan",
                "tom is in treatment",
                Set.of())));
    DossierView.Itemized view = (DossierView.Itemized) region.view(BART, d, Purpose.PLAN);
    assertThat(view.withheldItemIds()).containsExactly(ItemId.of("h"));
    String reasons = view.withheld().get(0).rules().toString();
    assertThat(reasons)
        .contains("mental-health-consent")
        .doesNotContain("tom")
        .doesNotContain("kim");
  }

  @Test
  void aRequestCannotBeAnsweredWithAnItemARegionRuleHidesFromTheAsker() {
    ChainApproach region =
        ChainApproach.builder()
            .table(Family.table("limburg"))
            .policy(NeedToKnow.baseline().withRegionRule(RegionRule.mentalHealthConsent()))
            .clock(new be.ifg.workflow.TestClock(Family.START))
            .build();
    DossierId d = DossierId.of("h1");
    RequestId q = RequestId.of("q1");
    accept(region.register(LIEN, Family.registration(d)));
    accept(region.handle(AN, d, new Command.Accept()));
    accept(
        region.handle(
            BART,
            d,
            new Command.RequestInformation(
                q,
                be.ifg.domain.PartnerId.of("ggz"),
                "is tom in treatment?",
                LocalDate.of(2026, 3, 1))));
    Decision health =
        region.handle(
            EMRE,
            d,
            new Command.AnswerRequest(
                q,
                ItemId.of("h"),
                InformationCategory.HEALTH,
                Set.of(PartyId.of("tom")),
                "bart asked",
                "tom is in treatment"));
    assertThat(((Decision.Rejected) health).codes())
        .containsExactly(ReasonCode.ANSWER_HIDDEN_FROM_ASKER);
  }

  @Test
  void aStrangerDoesNotLearnWhichDossierIdsAreTaken() {
    f.building();
    Decision taken = f.chain.register(STRANGER, Family.registration(D1));
    Decision free = f.chain.register(STRANGER, Family.registration(DossierId.of("d-free")));
    assertThat(taken.toString()).isEqualTo(free.toString().replace("d-free", "d1"));
    assertThat(((Decision.Rejected) taken).codes()).containsExactly(ReasonCode.NOT_AUTHORIZED);
  }

  private static void accept(Decision d) {
    assertThat(d).isInstanceOf(Decision.Accepted.class);
  }

  @Test
  void nobodyGrantsToThemselvesAndAGrantEndsWhenRevokedOrWhenTheDossierStopsSharing() {
    f.directedBy(EMRE);
    assertThat(f.no(EMRE, new Command.GrantAccess(SHELTER, EMRE, Purpose.SAFETY)).codes())
        .containsExactly(ReasonCode.NOT_AUTHORIZED);
    assertThat(f.no(AN, new Command.GrantAccess(SHELTER, AN, Purpose.PLAN)).codes())
        .containsExactly(ReasonCode.NOT_AUTHORIZED);
    f.ok(EMRE, new Command.GrantAccess(SHELTER, FIEN, Purpose.SAFETY));
    assertThat(f.chain.decide(FIEN, AccessAction.VIEW, D1, SHELTER, Purpose.SAFETY).isPermit())
        .isTrue();
    assertThat(f.no(BART, new Command.RevokeAccess(SHELTER, FIEN, Purpose.SAFETY)).codes())
        .containsExactly(ReasonCode.NOT_AUTHORIZED);
    f.ok(AN, new Command.RevokeAccess(SHELTER, FIEN, Purpose.SAFETY));
    assertThat(f.chain.decide(FIEN, AccessAction.VIEW, D1, SHELTER, Purpose.SAFETY).isPermit())
        .isFalse();
    f.ok(EMRE, new Command.GrantAccess(SHELTER, FIEN, Purpose.SAFETY));
    f.ok(AN, new Command.Withdraw("the family moved to another region"));
    assertThat(f.chain.decide(FIEN, AccessAction.VIEW, D1, SHELTER, Purpose.SAFETY).isPermit())
        .isFalse();
    assertThat(f.chain.decide(EMRE, AccessAction.VIEW, D1, SHELTER, Purpose.SAFETY).isPermit())
        .as("withdrawn: not even the director sees it any more")
        .isFalse();
  }
}
