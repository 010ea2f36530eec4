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
import static org.assertj.core.api.Assertions.assertThat;

import be.ifg.domain.CaseTable;
import be.ifg.domain.DisclosureEntry;
import be.ifg.domain.InformationCategory;
import be.ifg.domain.ItemId;
import be.ifg.domain.Language;
import be.ifg.domain.PartnerId;
import be.ifg.domain.PartnerKind;
import be.ifg.domain.PartyId;
import be.ifg.domain.PartyRole;
import be.ifg.domain.ProfessionalId;
import be.ifg.domain.Purpose;
import be.ifg.domain.TableMember;
import be.ifg.persistence.memory.InMemoryStore;
import be.ifg.workflow.AccessAction;
import be.ifg.workflow.AccessReport;
import be.ifg.workflow.Command;
import be.ifg.workflow.Disclosure;
import be.ifg.workflow.Redaction;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The data subject's access report (GDPR art. 15): who may produce it, what a victim's report
 * shows, what a perpetrator's never shows, and attacks that try to learn a victim's location or who
 * reported through a perpetrator's report — by its content, its counts, or the presence of entries.
 */
class AccessReportAttackTests {
  private static final PartyId SARA = PartyId.of("sara");
  private static final PartyId TOM = PartyId.of("tom");
  private static final ItemId ABOUT_TOM = ItemId.of("i4"); // pol's incident about tom and sara
  private static final ItemId RESTRICTED = ItemId.of("i3"); // caw's, restricted to caw
  private static final ItemId ROUTE = ItemId.of("i5"); // caw's victim location, about both

  private final Family f = new Family();

  private static Command.ShareInformation share(
      ItemId item, InformationCategory category, Set<PartyId> about, String... audience) {
    Set<PartnerId> partners = new LinkedHashSet<>();
    Arrays.stream(audience).map(PartnerId::of).forEach(partners::add);
    return new Command.ShareInformation(
        item,
        category,
        about,
        "reason of " + item + ": the victim told the police",
        "content of " + item,
        partners);
  }

  /** Shared, tom informed, an item about tom, a restricted one about tom, maybe a location. */
  private static Family perpetratorWorld(Family f, boolean withLocation) {
    f.ticking = false;
    f.shared();
    f.ok(BART, new Command.InformParty(TOM, "by letter"));
    f.ok(BART, share(ABOUT_TOM, InformationCategory.INCIDENT, Set.of(TOM, SARA)));
    f.ok(AN, share(RESTRICTED, InformationCategory.JUDICIAL, Set.of(TOM), "caw"));
    if (withLocation) {
      f.ok(AN, share(ROUTE, InformationCategory.VICTIM_LOCATION, Set.of(TOM, SARA)));
      // the coordinator, its contributor, looks at it: a logged permit on the location
      f.chain.decide(AN, AccessAction.VIEW, D1, ROUTE, Purpose.SAFETY);
    } else {
      f.chain.decide(AN, AccessAction.VIEW, D1, ItemId.of("i9"), Purpose.SAFETY);
    }
    f.chain.view(BART, D1, Purpose.PLAN);
    f.chain.view(AN, D1, Purpose.SAFETY);
    return f;
  }

  private static AccessReport.Section only(AccessReport report) {
    assertThat(report).isInstanceOf(AccessReport.Produced.class);
    List<AccessReport.Section> sections = ((AccessReport.Produced) report).dossiers();
    assertThat(sections).hasSize(1);
    return sections.get(0);
  }

  @Test
  void onlyTheCoordinatorGetsAReportAndEverybodyElseTheSameRefusal() {
    f.shared();
    for (ProfessionalId other : List.of(BART, EMRE, FIEN, NIELS, KEES, LIEN, STRANGER)) {
      AccessReport existing = f.chain.accessReport(other, SARA);
      AccessReport none = f.chain.accessReport(other, PartyId.of("nobody"));
      assertThat(existing).isInstanceOf(AccessReport.Refused.class);
      assertThat(existing)
          .isEqualTo(new AccessReport.Refused(SARA, other, f.clock.instant()))
          .isNotEqualTo(none);
      assertThat(none).isEqualTo(new AccessReport.Refused(PartyId.of("nobody"), other, none.at()));
    }
    assertThat(f.chain.accessReport(AN, SARA).isProduced()).isTrue();
    // a coordinator who has not pledged has no standing, so no report either
    Family unpledged =
        new Family(
            new InMemoryStore(),
            CaseTable.builder("oost")
                .partner("caw", PartnerKind.CAW)
                .member(new TableMember(AN, PartnerId.of("caw"), false))
                .coordinator("an")
                .build());
    assertThat(unpledged.chain.accessReport(AN, SARA).isProduced()).isFalse();
  }

  @Test
  void logsEveryQuestionAllowedOrRefused() {
    f.shared();
    int before = f.chain.audit().size();
    f.chain.accessReport(BART, SARA);
    f.chain.accessReport(AN, SARA);
    List<DisclosureEntry> entries = f.chain.audit().subList(before, f.chain.audit().size());
    assertThat(entries).extracting(DisclosureEntry::action).containsOnly(Disclosure.ACCESS_REPORT);
    assertThat(entries).extracting(DisclosureEntry::outcome).startsWith("DENY", "PERMIT");
    // the coordinator's report is one entry for the question and one for the dossier, with the
    // report's decision on each item
    assertThat(entries).hasSize(3);
    assertThat(entries.get(2).items())
        .extracting(DisclosureEntry.ItemDecision::item)
        .contains(INCIDENT, SHELTER);
  }

  @Test
  void aPartyWhoAppearsNowhereGetsAnEmptyReport() {
    f.shared();
    AccessReport.Produced report =
        (AccessReport.Produced) f.chain.accessReport(AN, PartyId.of("nobody"));
    assertThat(report.dossiers()).isEmpty();
    assertThat(report.redactions()).containsExactly(Redaction.values());
  }

  @Test
  void aVictimsReportShowsHerRecordItemsSourcesAndWhoSawThem() {
    f.shared();
    f.chain.view(BART, D1, Purpose.PLAN);
    AccessReport.Section s = only(f.chain.accessReport(AN, SARA));
    assertThat(s.record().role()).isEqualTo(PartyRole.VICTIM);
    assertThat(s.record().birthYear()).isEqualTo(1991);
    assertThat(s.victimRules()).isTrue();
    assertThat(s.registrantPartner()).isEqualTo(PartnerId.of("clb"));
    assertThat(s.informed()).singleElement().satisfies(i -> assertThat(i.by()).isEqualTo(LIEN));
    AccessReport.Item incident =
        s.items().stream().filter(i -> i.id().equals(INCIDENT)).findFirst().orElseThrow();
    assertThat(incident.content()).isEqualTo("content of i1 (INCIDENT)");
    assertThat(incident.contributor()).isEqualTo(PartnerId.of("pol"));
    assertThat(incident.sharedAt()).isNotNull();
    assertThat(incident.reason()).isNotNull();
    assertThat(incident.withheld()).isNull();
    // the coordinator contributed the shelter, so it may show it to the victim it is about
    assertThat(s.items()).extracting(AccessReport.Item::id).contains(SHELTER);
    assertThat(s.seen())
        .anySatisfy(
            seen -> {
              assertThat(seen.partner()).isEqualTo(PartnerId.of("pol"));
              assertThat(seen.item()).isEqualTo(INCIDENT);
              assertThat(seen.action()).isEqualTo(Disclosure.DOSSIER_VIEW);
              assertThat(seen.rules()).isNotEmpty();
            });
  }

  @Test
  void aVictimsReportLeavesOutALocationTheCoordinatorMayNotSee() {
    f.shared();
    f.ok(BART, share(ItemId.of("i6"), InformationCategory.VICTIM_LOCATION, Set.of(SARA)));
    f.ok(BART, share(ItemId.of("i7"), InformationCategory.HEALTH, Set.of(SARA), "pol"));
    AccessReport.Section s = only(f.chain.accessReport(AN, SARA));
    assertThat(s.items()).extracting(AccessReport.Item::id).doesNotContain(ItemId.of("i6"));
    // an item restricted to pol is listed for the victim, without the content AN may not see
    assertThat(s.items())
        .filteredOn(i -> i.id().equals(ItemId.of("i7")))
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.content()).isNull();
              assertThat(i.withheld()).isEqualTo(Redaction.NEED_TO_KNOW_CONTENT);
            });
  }

  @Test
  void aPerpetratorStillDeferredGetsNoDossierAtAll() {
    f.shared();
    AccessReport.Produced report = (AccessReport.Produced) f.chain.accessReport(AN, TOM);
    assertThat(report.dossiers()).isEmpty();
    assertThat(report.toString()).doesNotContain("would endanger");
    // the same list of redactions as any other report: it does not say a dossier was left out
    assertThat(report.redactions())
        .isEqualTo(
            ((AccessReport.Produced) f.chain.accessReport(AN, PartyId.of("nobody"))).redactions());
  }

  @Test
  void aPerpetratorsReportShowsHisRecordAndWhatIsNotDangerous() {
    perpetratorWorld(f, true);
    AccessReport.Section s = only(f.chain.accessReport(AN, TOM));
    assertThat(s.record().role()).isEqualTo(PartyRole.PERPETRATOR);
    assertThat(s.victimRules()).isFalse();
    assertThat(s.informed())
        .singleElement()
        .satisfies(i -> assertThat(i.how()).isEqualTo("by letter"));
    assertThat(s.items())
        .filteredOn(i -> i.id().equals(ABOUT_TOM))
        .singleElement()
        .satisfies(i -> assertThat(i.content()).isEqualTo("content of i4"));
    assertThat(s.seen()).isNotEmpty();
  }

  @Test
  void aPerpetratorsReportHidesLocationsSourcesRestrictedContentAndDeferrals() {
    perpetratorWorld(f, true);
    AccessReport.Produced report = (AccessReport.Produced) f.chain.accessReport(AN, TOM);
    AccessReport.Section s = only(report);
    assertThat(s.items()).extracting(AccessReport.Item::id).containsExactly(ABOUT_TOM, RESTRICTED);
    assertThat(s.items())
        .filteredOn(i -> i.id().equals(RESTRICTED))
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.content()).isNull();
              assertThat(i.withheld()).isEqualTo(Redaction.RESTRICTED_CONTENT);
            });
    assertThat(s.items())
        .allSatisfy(
            i -> {
              assertThat(i.contributor()).isNull();
              assertThat(i.sharedAt()).isNull();
              assertThat(i.reason()).isNull();
            });
    assertThat(s.registrantPartner()).isNull();
    assertThat(s.registeredAt()).isNull();
    assertThat(s.informed()).allSatisfy(i -> assertThat(i.by()).isNull());
    assertThat(s.seen())
        .allSatisfy(
            seen -> {
              assertThat(seen.item()).isNull();
              assertThat(seen.rules()).isEmpty();
            });
    String all = s.toString();
    for (String secret :
        List.of(
            "i5", "i2", "clb", "lien", "would endanger", "the victim told", "VICTIM_LOCATION")) {
      assertThat(all).as(secret).doesNotContain(secret);
    }
    // and the redactions are listed with their grounds, in every language
    assertThat(report.redactions()).contains(Redaction.VICTIM_LOCATION, Redaction.SOURCE);
    for (Language language : Language.values()) {
      assertThat(Redaction.SOURCE.ground(language)).isNotBlank();
    }
  }

  @Test
  void aPerpetratorsReportIsTheSameWithOrWithoutALocationAboutHim() {
    Family with = perpetratorWorld(new Family(), true);
    Family without = perpetratorWorld(new Family(), false);
    // the clock is frozen in both worlds, so any difference is a difference of content
    assertThat(with.chain.accessReport(AN, TOM)).isEqualTo(without.chain.accessReport(AN, TOM));
  }

  @Test
  void aPerpetratorsReportDoesNotNameWhoReportedWhateverTheRegistrantOrContributor() {
    Family a = perpetratorWorld(new Family(), false);
    Family b = new Family();
    b.ticking = false;
    b.shared();
    b.ok(BART, new Command.InformParty(TOM, "by letter"));
    // the same item contributed by another partner
    b.ok(AN, share(ABOUT_TOM, InformationCategory.INCIDENT, Set.of(TOM, SARA)));
    b.ok(AN, share(RESTRICTED, InformationCategory.JUDICIAL, Set.of(TOM), "caw"));
    b.chain.decide(AN, AccessAction.VIEW, D1, ItemId.of("i9"), Purpose.SAFETY);
    b.chain.view(BART, D1, Purpose.PLAN);
    b.chain.view(AN, D1, Purpose.SAFETY);
    assertThat(a.chain.accessReport(AN, TOM)).isEqualTo(b.chain.accessReport(AN, TOM));
  }
}
