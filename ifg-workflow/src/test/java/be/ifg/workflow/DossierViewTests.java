package be.ifg.workflow;

import static be.ifg.workflow.BasicChain.item;
import static be.ifg.workflow.BasicChain.who;
import static be.ifg.workflow.BasicChain.withTwoItems;
import static org.assertj.core.api.Assertions.assertThat;

import be.ifg.domain.DisclosureEntry;
import be.ifg.domain.InformationCategory;
import be.ifg.domain.InformationItem;
import be.ifg.domain.PartyRole;
import be.ifg.domain.Purpose;
import be.ifg.persistence.memory.InMemoryStore;
import java.util.List;
import org.junit.jupiter.api.Test;

class DossierViewTests {
  private final DisclosureLog log = new DisclosureLog(new InMemoryStore());
  private final Disclosures disclosures = new Disclosures(NeedToKnow.baseline(), log);

  private DossierView view(BasicChain.History h, String actor, Purpose purpose) {
    be.ifg.domain.Dossier d = h.dossier();
    return disclosures.view(BasicChain.tableState(), d, d.id(), who(actor), purpose, h.now());
  }

  @Test
  void hidesAVictimLocationWithoutATrace() {
    DossierView v = view(withTwoItems(), "fien", Purpose.PLAN);
    DossierView.Itemized items = (DossierView.Itemized) v;
    assertThat(items.shownItemIds()).containsExactly(item("i1"));
    assertThat(items.withheld()).isEmpty();
    assertThat(v.toString()).doesNotContain("i2").doesNotContain("shelter");
  }

  @Test
  void showsTheVictimLocationToItsContributor() {
    DossierView v = view(withTwoItems(), "an", Purpose.SAFETY);
    assertThat(v.shownItemIds()).containsExactly(item("i1"), item("i2"));
    DossierView.ShownItem i2 = ((DossierView.Itemized) v).shown().get(1);
    assertThat(i2.item().summary()).isEqualTo("content of i2");
    assertThat(i2.rules()).extracting(RuleFinding::rule).contains("victim-location");
  }

  @Test
  void showsAWithheldOrdinaryItemWithoutItsContent() {
    BasicChain.History h =
        withTwoItems().shareRestricted("i5", "bart", "pol", InformationCategory.JUDICIAL, "parket");
    DossierView.Itemized v = (DossierView.Itemized) view(h, "emre", Purpose.PLAN);
    assertThat(v.shownItemIds()).containsExactly(item("i1"));
    assertThat(v.withheld()).hasSize(1);
    DossierView.WithheldItem w = v.withheld().get(0);
    assertThat(w.id()).isEqualTo(item("i5"));
    assertThat(w.category()).isEqualTo(InformationCategory.JUDICIAL);
    assertThat(w.contributor().value()).isEqualTo("pol");
    assertThat(w.rules()).extracting(RuleFinding::rule).containsExactly("audience-restriction");
    assertThat(w.toString()).doesNotContain("content of i5").doesNotContain("the table needs");
  }

  @Test
  void refusesAProfessionalOutsideTheTableEverything() {
    DossierView v = view(withTwoItems(), "lien", Purpose.PLAN);
    assertThat(v).isInstanceOf(DossierView.Refused.class);
    assertThat(v.shownItemIds()).isEmpty();
    assertThat(v.ruleIds()).containsExactly("table-member", "pledge-signed");
    assertThat(v.outcome()).isEqualTo("DENY");
    assertThat(v.header().dossier()).isEqualTo(BasicChain.D1);
  }

  @Test
  void refusesAMemberWithoutThePledge() {
    assertThat(view(withTwoItems(), "ilse", Purpose.SAFETY).ruleIds())
        .containsExactly("pledge-signed");
  }

  @Test
  void givesEvaluationCountsWithoutIdentities() {
    BasicChain.History h =
        withTwoItems()
            .shareAbout("i3", "emre", "ggz", InformationCategory.HEALTH, "tom")
            .conclude()
            .close();
    DossierView v = view(h, "dina", Purpose.EVALUATION);
    DossierView.Aggregated a = (DossierView.Aggregated) v;
    assertThat(a.itemsPerCategory())
        .containsOnlyKeys(InformationCategory.INCIDENT, InformationCategory.HEALTH);
    assertThat(a.items()).isEqualTo(2);
    assertThat(a.partiesPerRole())
        .containsEntry(PartyRole.VICTIM, 1)
        .containsEntry(PartyRole.PERPETRATOR, 1)
        .containsEntry(PartyRole.INDIRECT_VICTIM, 1);
    assertThat(a.shownItemIds()).isEmpty();
    assertThat(a.ruleIds()).contains("aggregates-only");
    assertThat(a.toString()).doesNotContain("sara").doesNotContain("content of");
  }

  @Test
  void givesStatisticsCountsToo() {
    assertThat(view(withTwoItems(), "gert", Purpose.STATISTICS))
        .isInstanceOf(DossierView.Aggregated.class);
  }

  @Test
  void showsTheContributorAloneItsItemsOnceClosed() {
    BasicChain.History h = withTwoItems().conclude().close();
    assertThat(view(h, "emre", Purpose.PLAN).shownItemIds()).isEmpty();
    assertThat(((DossierView.Itemized) view(h, "emre", Purpose.PLAN)).withheldItemIds())
        .containsExactly(item("i1"));
    assertThat(view(h, "bart", Purpose.PLAN).shownItemIds()).containsExactly(item("i1"));
  }

  @Test
  void givesInformingAndConsentOnlyWhileTheTableShares() {
    BasicChain.History sharing =
        withTwoItems().consent("tom", "ggz", Purpose.PLAN, InformationCategory.HEALTH);
    DossierView.Itemized open = (DossierView.Itemized) view(sharing, "emre", Purpose.PLAN);
    assertThat(open.informing()).isNotEmpty();
    assertThat(open.consents().entries()).isNotEmpty();
    for (BasicChain.History ended :
        List.of(
            withTwoItems()
                .consent("tom", "ggz", Purpose.PLAN, InformationCategory.HEALTH)
                .conclude()
                .close(),
            withTwoItems()
                .consent("tom", "ggz", Purpose.PLAN, InformationCategory.HEALTH)
                .withdraw(),
            BasicChain.registered())) {
      DossierView.Itemized v = (DossierView.Itemized) view(ended, "emre", Purpose.PLAN);
      assertThat(v.informing()).as(v.header().status().name()).isEmpty();
      assertThat(v.consents().entries()).as(v.header().status().name()).isEmpty();
      assertThat(v.toString()).doesNotContain("sara").doesNotContain("would endanger");
    }
  }

  @Test
  void handsOutNoReferenceToTheWholeDossier() {
    BasicChain.History h =
        withTwoItems().consent("tom", "ggz", Purpose.PLAN, InformationCategory.HEALTH);
    DossierView.Itemized v = (DossierView.Itemized) view(h, "fien", Purpose.PLAN);
    // a serializer or debugger that reads fields must not reach the hidden victim location
    assertThat(reachesADossier(v.consents())).isFalse();
    assertThat(v.consents().entries()).hasSize(1);
  }

  private static boolean reachesADossier(Object o) {
    for (java.lang.reflect.Field f : o.getClass().getDeclaredFields()) {
      if (be.ifg.domain.Dossier.class.isAssignableFrom(f.getType())
          || InformationItem.class.isAssignableFrom(f.getType())) {
        return true;
      }
    }
    return false;
  }

  @Test
  void logsTheViewAsOneEntryWithEveryItemDecisionHiddenOnesIncluded() {
    BasicChain.History h = withTwoItems();
    view(h, "fien", Purpose.PLAN);
    List<DisclosureEntry> entries = log.entries();
    assertThat(entries).hasSize(1);
    DisclosureEntry e = entries.get(0);
    assertThat(e.action()).isEqualTo(Disclosure.DOSSIER_VIEW);
    assertThat(e.itemId()).isEmpty();
    assertThat(e.outcome()).isEqualTo("VIEW");
    assertThat(e.table()).isEqualTo("west-vlaanderen");
    assertThat(e.rules()).as("an itemized view names its rules").contains("table-member");
    assertThat(e.items())
        .extracting(DisclosureEntry.ItemDecision::item)
        .containsExactly(item("i1"), item("i2"));
    assertThat(e.items().get(0).outcome()).isEqualTo("PERMIT");
    assertThat(e.items().get(1).outcome()).isEqualTo("DENY");
    assertThat(e.items().get(1).rules()).containsExactly("victim-location");
    assertThat(log.verify().isIntact()).isTrue();
  }

  @Test
  void logsARefusedView() {
    view(withTwoItems(), "lien", Purpose.PLAN);
    assertThat(log.entries())
        .singleElement()
        .satisfies(e -> assertThat(e.outcome()).isEqualTo("DENY"));
  }

  @Test
  void appliesRegionRulesToViews() {
    Disclosures region =
        new Disclosures(
            NeedToKnow.baseline().withRegionRule(RegionRule.mentalHealthConsent()), log);
    BasicChain.History h =
        withTwoItems().shareAbout("i3", "emre", "ggz", InformationCategory.HEALTH, "tom");
    DossierView.Itemized v =
        (DossierView.Itemized)
            region.view(
                BasicChain.tableState(),
                h.dossier(),
                h.dossier().id(),
                who("fien"),
                Purpose.PLAN,
                h.now());
    assertThat(v.shownItemIds()).containsExactly(item("i1"));
    assertThat(v.withheldItemIds()).containsExactly(item("i3"));
  }
}
