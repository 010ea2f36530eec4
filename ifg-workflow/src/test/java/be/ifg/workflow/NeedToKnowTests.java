package be.ifg.workflow;

import static be.ifg.workflow.BasicChain.who;
import static be.ifg.workflow.BasicChain.withTwoItems;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ifg.domain.InformationCategory;
import be.ifg.domain.LegalBasis;
import be.ifg.domain.Phrase;
import be.ifg.domain.Purpose;
import be.ifg.domain.TableEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

class NeedToKnowTests {
  private final NeedToKnow policy = NeedToKnow.baseline();

  private AccessDecision decide(AccessRequest request) {
    return policy.decide(request);
  }

  @Test
  void permitsAPledgedMemberToViewAnOrdinaryItemForThePlan() {
    AccessDecision d = decide(withTwoItems().view("emre", "i1", Purpose.PLAN));
    assertThat(d).isInstanceOf(AccessDecision.Permit.class);
    assertThat(d.ruleIds())
        .containsExactly("table-member", "pledge-signed", "table-purpose", "dossier-state");
    assertThat(d.outcome()).isEqualTo("PERMIT");
  }

  @Test
  void deniesAVictimLocationToAMemberOfAnotherPartner() {
    AccessDecision d = decide(withTwoItems().view("fien", "i2", Purpose.PLAN));
    assertThat(d.isPermit()).isFalse();
    assertThat(d.ruleIds()).containsExactly("victim-location");
    assertThat(d.rules().get(0).text("en")).contains("only the case director and caw");
    assertThat(d.rules().get(0).text("nl")).contains("verblijfplaats");
  }

  @Test
  void deniesAProfessionalWhoIsNotAtTheTable() {
    AccessDecision d = decide(withTwoItems().view("lien", "i1", Purpose.PLAN));
    assertThat(d.isPermit()).isFalse();
    assertThat(d.ruleIds()).contains("table-member", "pledge-signed");
    assertThat(d.rules().get(0).basis()).isEqualTo(LegalBasis.ART_458TER);
  }

  @Test
  void deniesSomebodyTheTableDoesNotKnow() {
    AccessDecision d = decide(withTwoItems().view("stranger", "i1", Purpose.SAFETY));
    assertThat(d.ruleIds()).contains("table-member");
  }

  @Test
  void neverPermitsForwarding() {
    AccessDecision d =
        decide(withTwoItems().request("bart", AccessAction.FORWARD, "i1", Purpose.SAFETY));
    assertThat(d.isPermit()).isFalse();
    assertThat(d.ruleIds()).containsExactly("no-forward");
  }

  @Test
  void deniesAMemberWhoHasNotSignedThePledge() {
    AccessDecision d = decide(withTwoItems().view("ilse", "i1", Purpose.PLAN));
    assertThat(d.ruleIds()).containsExactly("pledge-signed");
  }

  @Test
  void permitsAMemberOnceThePledgeIsSigned() {
    BasicChain.History h = withTwoItems();
    TableState table =
        TableState.fold(
            BasicChain.table(),
            List.of(new TableEvent.PledgeSigned("west-vlaanderen", who("ilse"), h.now())));
    AccessRequest r = h.view("ilse", "i1", Purpose.PLAN);
    AccessRequest signed =
        new AccessRequest(table, r.dossier(), r.actor(), r.action(), r.item(), r.purpose(), r.at());
    assertThat(decide(signed).isPermit()).isTrue();
    assertThat(table.pledges().hasSigned(who("lien"))).isFalse();
  }

  @Test
  void deniesStatisticsWhichIsNotATablePurpose() {
    AccessDecision d = decide(withTwoItems().view("emre", "i1", Purpose.STATISTICS));
    assertThat(d.ruleIds()).containsExactly("table-purpose", "aggregates-only");
  }

  @Test
  void showsNoItemContentForEvaluation() {
    AccessDecision d = decide(withTwoItems().view("emre", "i1", Purpose.EVALUATION));
    assertThat(d.ruleIds()).containsExactly("aggregates-only");
  }

  @Test
  void permitsEverySharingState() {
    BasicChain.History h = withTwoItems().complete();
    assertThat(decide(h.view("emre", "i1", Purpose.SAFETY)).isPermit()).isTrue();
    h.conclude();
    assertThat(h.dossier().status().name()).isEqualTo("FOLLOW_UP");
    assertThat(decide(h.view("emre", "i1", Purpose.SAFETY)).isPermit()).isTrue();
  }

  @Test
  void deniesEveryoneButTheContributorOnceClosed() {
    BasicChain.History h = withTwoItems().conclude().close();
    AccessDecision emre = decide(h.view("emre", "i1", Purpose.PLAN));
    assertThat(emre.ruleIds()).containsExactly("dossier-state");
    assertThat(emre.rules().get(0).text("en")).contains("contributing partner pol alone");
    AccessDecision bart = decide(h.view("bart", "i1", Purpose.PLAN));
    assertThat(bart.isPermit()).isTrue();
    assertThat(bart.ruleIds()).contains("contributor");
  }

  @Test
  void letsTheWholeContributingPartnerSeeItsItemOnceWithdrawn() {
    BasicChain.History h =
        withTwoItems()
            .shareAbout("i4", "bart", "pol", InformationCategory.JUDICIAL, "tom")
            .withdraw();
    assertThat(decide(h.view("ilse", "i4", Purpose.PLAN)).ruleIds())
        .containsExactly("pledge-signed");
    assertThat(decide(h.view("bart", "i4", Purpose.PLAN)).isPermit()).isTrue();
    assertThat(decide(h.view("an", "i4", Purpose.PLAN)).ruleIds()).containsExactly("dossier-state");
  }

  @Test
  void deniesEveryoneButTheContributorWhenDeclined() {
    BasicChain.History h = BasicChain.registered().decline();
    // a declined dossier has no items: any question is about an unknown item
    assertThat(decide(h.view("bart", "i1", Purpose.PLAN)).ruleIds()).containsExactly("known-item");
  }

  @Test
  void deniesAnItemTheDossierDoesNotHave() {
    AccessDecision d = decide(withTwoItems().view("emre", "i9", Purpose.PLAN));
    assertThat(d.ruleIds()).containsExactly("known-item");
  }

  @Test
  void keepsTheAudienceRestrictionOfTheContributor() {
    BasicChain.History h =
        withTwoItems().shareRestricted("i5", "bart", "pol", InformationCategory.JUDICIAL, "parket");
    assertThat(decide(h.view("chris", "i5", Purpose.PLAN)).ruleIds())
        .contains("audience-restriction");
    assertThat(decide(h.view("bart", "i5", Purpose.PLAN)).ruleIds())
        .contains("audience-restriction");
    AccessDecision emre = decide(h.view("emre", "i5", Purpose.PLAN));
    assertThat(emre.ruleIds()).containsExactly("audience-restriction");
    assertThat(emre.rules().get(0).basis()).isEqualTo(LegalBasis.CONTRIBUTOR_RESTRICTION);
  }

  @Test
  void keepsTheAudienceRestrictionEvenForTheCaseDirector() {
    BasicChain.History h =
        withTwoItems()
            .shareRestricted("i5", "bart", "pol", InformationCategory.JUDICIAL, "parket")
            .director("an", "caw");
    assertThat(decide(h.view("an", "i5", Purpose.SAFETY)).ruleIds())
        .containsExactly("audience-restriction");
  }

  @Test
  void showsAVictimLocationToTheContributingPartnerAndTheCaseDirector() {
    BasicChain.History h =
        withTwoItems().shareAbout("i6", "bart", "pol", InformationCategory.VICTIM_LOCATION, "sara");
    assertThat(decide(h.view("bart", "i6", Purpose.SAFETY)).isPermit()).isTrue();
    assertThat(decide(h.view("ilse", "i6", Purpose.SAFETY)).ruleIds())
        .containsExactly("pledge-signed");
    assertThat(decide(h.view("an", "i6", Purpose.SAFETY)).isPermit()).isFalse();
    h.director("an", "caw");
    AccessDecision director = decide(h.view("an", "i6", Purpose.SAFETY));
    assertThat(director.isPermit()).isTrue();
    assertThat(director.ruleIds()).contains("victim-location");
  }

  @Test
  void holdsAVictimLocationGrantForTheGrantedPurposeOnly() {
    BasicChain.History h = withTwoItems().grant("i2", "fien", Purpose.SAFETY, "an");
    AccessDecision safety = decide(h.view("fien", "i2", Purpose.SAFETY));
    assertThat(safety.isPermit()).isTrue();
    assertThat(safety.ruleIds()).contains("victim-location-grant");
    assertThat(decide(h.view("fien", "i2", Purpose.PLAN)).ruleIds())
        .containsExactly("victim-location");
    assertThat(decide(h.view("emre", "i2", Purpose.SAFETY)).ruleIds())
        .containsExactly("victim-location");
  }

  @Test
  void doesNotLetAGrantOutliveTheDossier() {
    BasicChain.History h =
        withTwoItems().grant("i2", "fien", Purpose.SAFETY, "an").conclude().close();
    assertThat(decide(h.view("fien", "i2", Purpose.SAFETY)).ruleIds()).contains("dossier-state");
  }

  @Test
  void listsEveryRuleThatRefuses() {
    AccessDecision d =
        decide(withTwoItems().request("lien", AccessAction.FORWARD, "i2", Purpose.STATISTICS));
    assertThat(d.ruleIds())
        .containsExactly(
            "no-forward",
            "table-member",
            "pledge-signed",
            "table-purpose",
            "aggregates-only",
            "victim-location");
  }

  @Test
  void letsARegionRuleTurnAPermitIntoADeny() {
    NeedToKnow strict =
        policy.withRegionRule(
            new RegionRule() {
              @Override
              public String id() {
                return "no-incidents";
              }

              @Override
              public java.util.Optional<RuleFinding> restrict(
                  AccessRequest request, be.ifg.domain.InformationItem item) {
                return java.util.Optional.of(
                    new RuleFinding(
                        "no-incidents", LegalBasis.ART_458TER, Phrase.of("nee", "non", "no")));
              }
            });
    assertThat(strict.decide(withTwoItems().view("emre", "i1", Purpose.PLAN)).ruleIds())
        .containsExactly("no-incidents");
    assertThat(strict.regionRules()).hasSize(1);
    assertThatThrownBy(() -> strict.withRegionRule(strict.regionRules().get(0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no-incidents");
  }

  @Test
  void requiresConsentForMentalHealthDetails() {
    NeedToKnow region = policy.withRegionRule(RegionRule.mentalHealthConsent());
    BasicChain.History h =
        withTwoItems().shareAbout("i3", "emre", "ggz", InformationCategory.HEALTH, "tom");
    AccessDecision before = region.decide(h.view("fien", "i3", Purpose.PLAN));
    assertThat(before.ruleIds()).containsExactly("mental-health-consent");
    assertThat(before.rules().get(0).basis()).isEqualTo(LegalBasis.CONSENT);
    assertThat(region.decide(h.view("emre", "i3", Purpose.PLAN)).isPermit()).isTrue();
    assertThat(policy.decide(h.view("fien", "i3", Purpose.PLAN)).isPermit()).isTrue();

    h.consent("tom", "ggz", Purpose.PLAN, InformationCategory.HEALTH);
    assertThat(region.decide(h.view("fien", "i3", Purpose.PLAN)).isPermit()).isTrue();
    assertThat(region.decide(h.view("fien", "i3", Purpose.SAFETY)).isPermit()).isFalse();

    h.withdrawConsent("tom", "ggz", Purpose.PLAN, InformationCategory.HEALTH);
    assertThat(region.decide(h.view("fien", "i3", Purpose.PLAN)).ruleIds())
        .containsExactly("mental-health-consent");
  }

  @Test
  void acceptsConsentGivenToTheAskingPartner() {
    NeedToKnow region = policy.withRegionRule(RegionRule.mentalHealthConsent());
    BasicChain.History h =
        withTwoItems()
            .shareAbout("i3", "emre", "ggz", InformationCategory.HEALTH, "tom")
            .consent("tom", "jh", Purpose.PLAN, InformationCategory.HEALTH);
    assertThat(region.decide(h.view("fien", "i3", Purpose.PLAN)).isPermit()).isTrue();
    assertThat(region.decide(h.view("bart", "i3", Purpose.PLAN)).isPermit()).isFalse();
  }

  @Test
  void leavesHealthDetailsFromOtherPartnersToTheBaseline() {
    NeedToKnow region = policy.withRegionRule(RegionRule.mentalHealthConsent());
    BasicChain.History h =
        withTwoItems().shareAbout("i7", "dina", "vk", InformationCategory.HEALTH, "kim");
    assertThat(region.decide(h.view("fien", "i7", Purpose.PLAN)).isPermit()).isTrue();
  }

  @Test
  void namesTheGdprGroundWhenItPermitsSpecialCategoryData() {
    BasicChain.History h =
        withTwoItems()
            .shareAbout("h1", "emre", "ggz", InformationCategory.HEALTH, "tom")
            .shareAbout("j1", "chris", "parket", InformationCategory.JUDICIAL, "tom");
    AccessDecision health = policy.decide(h.view("fien", "h1", Purpose.PLAN));
    AccessDecision judicial = policy.decide(h.view("fien", "j1", Purpose.PLAN));
    assertThat(health.isPermit()).isTrue();
    assertThat(health.rules())
        .filteredOn(r -> r.rule().equals("health-data"))
        .singleElement()
        .extracting(RuleFinding::basis)
        .isEqualTo(LegalBasis.GDPR_ART_9);
    assertThat(judicial.rules())
        .filteredOn(r -> r.rule().equals("judicial-data"))
        .singleElement()
        .extracting(RuleFinding::basis)
        .isEqualTo(LegalBasis.GDPR_ART_10);
    assertThat(policy.decide(h.view("fien", "i1", Purpose.PLAN)).ruleIds())
        .doesNotContain("health-data", "judicial-data");
  }

  @Test
  void describesEveryBaselineRuleInEveryLanguage() {
    for (BaselineRule rule : BaselineRule.values()) {
      assertThat(rule.id()).matches("[a-z-]+");
      assertThat(rule.description("en")).isNotBlank();
      assertThat(rule.description("nl")).isNotBlank().isNotEqualTo(rule.description("en"));
      assertThat(rule.description("fr")).isNotBlank().isNotEqualTo(rule.description("en"));
      assertThat(rule.basis()).isNotNull();
    }
  }

  @Test
  void refusesAFindingWithABadRuleId() {
    assertThatThrownBy(
            () -> new RuleFinding("Table Member", LegalBasis.ART_458TER, Phrase.of("a", "b", "c")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Table Member");
  }
}
