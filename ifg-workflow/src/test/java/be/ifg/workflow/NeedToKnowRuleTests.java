package be.ifg.workflow;

import static be.ifg.workflow.BasicChain.withTwoItems;
import static org.assertj.core.api.Assertions.assertThat;

import be.ifg.domain.InformationItem;
import be.ifg.domain.LegalBasis;
import be.ifg.domain.Phrase;
import be.ifg.domain.Purpose;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NeedToKnowRuleTests {
  private final NeedToKnow policy = NeedToKnow.baseline();

  @Test
  void listsTheBaselineRulesInTheOrderADecisionNamesThem() {
    assertThat(policy.baselineRules())
        .extracting(NeedToKnowRule::id)
        .containsExactly(
            "no-forward",
            "table-member",
            "pledge-signed",
            "table-purpose",
            "aggregates-only",
            "dossier-state",
            "audience-restriction",
            "victim-location");
  }

  @Test
  void judgesOneRequestWithEachBaselineRule() {
    AccessRequest request = withTwoItems().view("emre", "i1", Purpose.PLAN);
    InformationItem item = request.informationItem().orElseThrow();
    List<Optional<Ruling>> rulings =
        policy.baselineRules().stream().map(r -> r.judge(request, item)).toList();
    // no-forward, aggregates-only, audience-restriction and victim-location do not apply
    assertThat(rulings.stream().filter(Optional::isPresent).map(Optional::get))
        .allMatch(Ruling::allows)
        .extracting(r -> r.finding().rule())
        .containsExactlyElementsOf(policy.decide(request).ruleIds());
  }

  @Test
  void listsEveryRefusalInTheOrderOfTheBaselineRules() {
    AccessRequest request =
        withTwoItems().request("lien", AccessAction.FORWARD, "i2", Purpose.STATISTICS);
    InformationItem item = request.informationItem().orElseThrow();
    List<String> refusing =
        policy.baselineRules().stream()
            .map(r -> r.judge(request, item))
            .flatMap(Optional::stream)
            .filter(r -> !r.allows())
            .map(r -> r.finding().rule())
            .toList();
    assertThat(refusing)
        .containsExactly(
            "no-forward",
            "table-member",
            "pledge-signed",
            "table-purpose",
            "aggregates-only",
            "victim-location");
    assertThat(policy.decide(request).ruleIds()).isEqualTo(refusing);
  }

  @Test
  void refusesWithTheFindingOfARegionRulesRestriction() {
    RuleFinding no = new RuleFinding("no-plans", LegalBasis.CONSENT, Phrase.of("nee", "non", "no"));
    RegionRule rule = regionRule("no-plans", new Ruling.Refuse(no));
    AccessRequest request = withTwoItems().view("emre", "i1", Purpose.PLAN);
    assertThat(rule.judge(request, request.informationItem().orElseThrow()))
        .contains(new Ruling.Refuse(no));
  }

  @Test
  void ignoresARegionRuleThatTriesToAllow() {
    RuleFinding yes = new RuleFinding("always", LegalBasis.CONSENT, Phrase.of("ja", "oui", "yes"));
    NeedToKnow lax = policy.withRegionRule(regionRule("always", new Ruling.Allow(yes)));
    AccessRequest permitted = withTwoItems().view("emre", "i1", Purpose.PLAN);
    AccessRequest denied = withTwoItems().view("fien", "i2", Purpose.PLAN);
    assertThat(lax.decide(permitted)).isEqualTo(policy.decide(permitted));
    assertThat(lax.decide(denied)).isEqualTo(policy.decide(denied));
  }

  private static RegionRule regionRule(String id, Ruling ruling) {
    return new RegionRule() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public Optional<RuleFinding> restrict(AccessRequest request, InformationItem item) {
        return ruling.allows() ? Optional.empty() : Optional.of(ruling.finding());
      }

      @Override
      public Optional<Ruling> judge(AccessRequest request, InformationItem item) {
        return Optional.of(ruling);
      }
    };
  }
}
