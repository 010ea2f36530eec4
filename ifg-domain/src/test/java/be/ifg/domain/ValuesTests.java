package be.ifg.domain;

import static be.ifg.domain.Samples.AN;
import static be.ifg.domain.Samples.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ValuesTests {

  @Test
  void refusesBlankIdentifierNamingTheField() {
    assertThatThrownBy(() -> DossierId.of(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("dossier id")
        .hasMessageContaining("' '")
        .hasMessageContaining("letters, digits");
  }

  @Test
  void refusesNullIdentifierNamingTheField() {
    assertThatThrownBy(() -> new PartyId(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("party id must not be null");
  }

  @Test
  void refusesIdentifierWithSpaces() {
    assertThatThrownBy(() -> ItemId.of("item one")).hasMessageContaining("item id");
  }

  @Test
  void acceptsAPersonsNameAsProfessionalId() {
    assertThat(ProfessionalId.of("An Peeters").value()).isEqualTo("An Peeters");
    assertThatThrownBy(() -> ProfessionalId.of(" an"))
        .hasMessageContaining("professional id must be 1 to 100 characters");
    assertThatThrownBy(() -> ProfessionalId.of("an\nbart")).hasMessageContaining("professional id");
  }

  @Test
  void acceptsIdentifiersOfTheScenarioFiles() {
    assertThat(PartnerId.of("west-vlaanderen").value()).isEqualTo("west-vlaanderen");
    assertThat(ProfessionalId.of("an").toString()).isEqualTo("an");
  }

  @Test
  void givesPartnersTheirKindsDefaultSector() {
    assertThat(Partner.of("pol", PartnerKind.LOCAL_POLICE).sector())
        .isEqualTo(Sector.POLICE_AND_PROSECUTION);
    assertThat(Partner.of("sh", PartnerKind.SOCIAL_HOUSE).sector())
        .isEqualTo(Sector.ADMINISTRATION);
    assertThat(Partner.of("clb", PartnerKind.PUPIL_GUIDANCE).sector()).isEqualTo(Sector.ASSISTANCE);
  }

  @Test
  void refusesOtherPartnerWithoutSector() {
    assertThatThrownBy(() -> Partner.of("x", PartnerKind.OTHER))
        .hasMessageContaining("partner x of kind OTHER needs its sector");
  }

  @Test
  void refusesTableWhoseCoordinatorIsNoMember() {
    assertThatThrownBy(
            () ->
                CaseTable.builder("r")
                    .partner("caw", PartnerKind.CAW)
                    .member("an", "caw")
                    .coordinator("zoe")
                    .build())
        .hasMessageContaining("coordinator zoe must be a member");
  }

  @Test
  void refusesMemberOfPartnerNotAtTheTable() {
    assertThatThrownBy(
            () ->
                CaseTable.builder("r")
                    .partner("caw", PartnerKind.CAW)
                    .member("an", "caw")
                    .member("bart", "pol")
                    .coordinator("an")
                    .build())
        .hasMessageContaining(
            "member bart represents partner pol, which does not sit at the table");
  }

  @Test
  void refusesPartnerListedTwice() {
    assertThatThrownBy(
            () ->
                CaseTable.builder("r")
                    .partner("caw", PartnerKind.CAW)
                    .partner("caw", PartnerKind.VK))
        .hasMessage("partner caw is listed twice");
  }

  @Test
  void refusesZeroFollowUpPeriod() {
    assertThatThrownBy(
            () ->
                CaseTable.builder("r")
                    .partner("caw", PartnerKind.CAW)
                    .member("an", "caw")
                    .coordinator("an")
                    .followUpPeriod(Period.ZERO)
                    .build())
        .hasMessageContaining("followUpPeriod must be a positive period: P0D");
  }

  @Test
  void answersTableQuestions() {
    CaseTable table = Samples.table();
    assertThat(table.isMember(AN)).isTrue();
    assertThat(table.isMember(Samples.LIEN)).isFalse();
    assertThat(table.professional(Samples.LIEN))
        .map(Professional::partner)
        .contains(PartnerId.of("clb"));
    assertThat(table.sitsAtTable(PartnerId.of("clb"))).isFalse();
    assertThat(table.membersOf(PartnerId.of("pol")))
        .extracting(TableMember::id)
        .containsExactly(Samples.BART);
    assertThat(table.reportInterval()).isEqualTo(Period.ofWeeks(6));
    assertThat(table.followUpPeriod()).isEqualTo(Period.ofMonths(6));
  }

  @Test
  void refusesPartyWithImpossibleBirthYear() {
    assertThatThrownBy(() -> Party.of("kim", PartyRole.INDIRECT_VICTIM, 1850))
        .hasMessageContaining("birthYear of kim must be a year between 1900 and 2200: 1850");
  }

  @Test
  void tellsMinorsAndOwnRights() {
    LocalDate day = LocalDate.parse("2026-06-01");
    Party child = Party.of("kim", PartyRole.INDIRECT_VICTIM, 2017);
    Party teen = Party.of("lou", PartyRole.INDIRECT_VICTIM, 2014);
    Party adult = Party.of("sara", PartyRole.VICTIM, 1991);
    assertThat(child.isMinorOn(day)).isTrue();
    assertThat(child.exercisesOwnRightsOn(day)).isFalse();
    assertThat(teen.exercisesOwnRightsOn(day)).isTrue();
    assertThat(teen.isMinorOn(day)).isTrue();
    assertThat(adult.isMinorOn(day)).isFalse();
    assertThat(adult.ageIn(day)).hasValue(35);
  }

  @Test
  void refusesClientSystemWithPartyTwice() {
    assertThatThrownBy(
            () ->
                ClientSystem.of(
                    Party.of("sara", PartyRole.VICTIM), Party.of("sara", PartyRole.OTHER)))
        .hasMessage("party sara is listed twice in the client system");
  }

  @Test
  void refusesItemWithoutNeedToKnowReason() {
    assertThatThrownBy(
            () ->
                new InformationItem(
                    ItemId.of("i1"),
                    PartnerId.of("pol"),
                    AN,
                    Set.of(PartyId.of("sara")),
                    InformationCategory.INCIDENT,
                    "  ",
                    "call-outs",
                    Set.of(),
                    T0,
                    null))
        .hasMessage("need-to-know reason of item i1 must not be blank");
  }

  @Test
  void refusesItemAboutNobody() {
    assertThatThrownBy(
            () ->
                new InformationItem(
                    ItemId.of("i1"),
                    PartnerId.of("pol"),
                    AN,
                    Set.of(),
                    InformationCategory.INCIDENT,
                    "why",
                    "call-outs",
                    Set.of(),
                    T0,
                    null))
        .hasMessage("item i1 must be about at least one party");
  }

  @Test
  void refusesDeferralWithoutReason() {
    assertThatThrownBy(
            () -> new SafetyDeferral(PartyId.of("tom"), "", LocalDate.parse("2026-03-02"), AN, T0))
        .hasMessage("reason of the deferral of tom must not be blank");
  }

  @Test
  void refusesPlanWithActionTwice() {
    LocalDate due = LocalDate.parse("2026-03-01");
    assertThatThrownBy(
            () ->
                new Plan(
                    1,
                    List.of(
                        Goal.of("g1", "safe", Action.open("a1", "x", "pol", due)),
                        Goal.of("g2", "treated", Action.open("a1", "y", "caw", due))),
                    AN,
                    T0,
                    null))
        .hasMessage("action a1 is listed twice in the plan");
  }

  @Test
  void refusesAdjustedPlanWithoutReason() {
    assertThatThrownBy(() -> new Plan(2, Samples.goals(), AN, T0, null))
        .hasMessage("plan version 2 is an adjustment and needs a reason");
  }

  @Test
  void refusesCompleteAssessmentWithoutBands() {
    assertThatThrownBy(
            () ->
                AssessmentReference.builder()
                    .instrumentId("x")
                    .instrumentVersion("1.0.0")
                    .instrumentHash("sha256:00")
                    .status(AssessmentStatus.COMPLETE)
                    .score(BigDecimal.ONE)
                    .protectiveScore(BigDecimal.ZERO)
                    .assessedAt(LocalDate.parse("2026-02-19"))
                    .assessor(AN)
                    .addAllFiredRules(List.of())
                    .addAllMissing(List.of())
                    .addAllContributions(List.of())
                    .build())
        .hasMessage("a COMPLETE assessment must have scoreBand, band and finalBand");
  }

  @Test
  void refusesNegativeContribution() {
    assertThatThrownBy(() -> new ItemContribution("v1", "YES", BigDecimal.valueOf(-1)))
        .hasMessage("points of item v1 must be >= 0: -1");
  }

  @Test
  void refusesConsentWithdrawnBeforeGiven() {
    assertThatThrownBy(
            () ->
                new ConsentRecord(
                    PartyId.of("tom"),
                    PartnerId.of("ggz"),
                    Purpose.PLAN,
                    InformationCategory.HEALTH,
                    AN,
                    T0,
                    T0.minusSeconds(1)))
        .hasMessageContaining("consent of tom cannot be withdrawn");
  }

  @Test
  void tellsWhetherConsentHolds() {
    ConsentRecord consent =
        new ConsentRecord(
            PartyId.of("tom"),
            PartnerId.of("ggz"),
            Purpose.PLAN,
            InformationCategory.HEALTH,
            AN,
            T0,
            null);
    assertThat(consent.isActiveAt(T0.plusSeconds(1))).isTrue();
    assertThat(consent.isActiveAt(T0.minusSeconds(1))).isFalse();
    ConsentRecord withdrawn = consent.withdrawnAt(T0.plusSeconds(10));
    assertThat(withdrawn.isActiveAt(T0.plusSeconds(10))).isFalse();
    assertThat(
            withdrawn.covers(
                PartyId.of("tom"), PartnerId.of("ggz"), Purpose.PLAN, InformationCategory.HEALTH))
        .isTrue();
  }

  @Test
  void refusesRequestAnsweredWithoutItem() {
    assertThatThrownBy(
            () ->
                new InformationRequest(
                    RequestId.of("r1"),
                    PartnerId.of("ggz"),
                    "in treatment?",
                    LocalDate.parse("2026-02-12"),
                    AN,
                    T0,
                    RequestStatus.ANSWERED,
                    null,
                    null))
        .hasMessage("request r1: an answer goes with status ANSWERED only");
  }

  @Test
  void refusesEventWithoutActor() {
    assertThatThrownBy(() -> new DossierEvent.Accepted(Samples.D1, null, T0))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("actor must not be null");
  }

  @Test
  void labelsStatesInDutchAndEnglish() {
    assertThat(DossierStatus.DOSSIER_BUILDING.label(Language.NL)).isEqualTo("dossiervorming");
    assertThat(DossierStatus.FOLLOW_UP.label("en")).isEqualTo("follow-up at a distance");
    assertThat(DossierStatus.CLOSED.isTerminal()).isTrue();
    assertThat(DossierStatus.FOLLOW_UP.isSharing()).isTrue();
    assertThat(DossierStatus.REGISTERED.isSharing()).isFalse();
  }

  @Test
  void disclosureEntryNamesItsTableAndKeepsAViewsItemDecisions() {
    List<DisclosureEntry.ItemDecision> items = new ArrayList<>();
    items.add(new DisclosureEntry.ItemDecision(ItemId.of("i1"), "PERMIT", List.of("member")));
    items.add(new DisclosureEntry.ItemDecision(ItemId.of("i2"), "DENY", List.of("restricted")));
    DisclosureEntry view = entry(Samples.REGION, null, items);
    items.clear();

    assertThat(view.tableRegion()).contains(Samples.REGION);
    assertThat(view.itemId()).isEmpty();
    assertThat(view.items())
        .extracting(DisclosureEntry.ItemDecision::item, DisclosureEntry.ItemDecision::outcome)
        .containsExactly(tuple(ItemId.of("i1"), "PERMIT"), tuple(ItemId.of("i2"), "DENY"));

    DisclosureEntry old = entry(null, ItemId.of("i1"), List.of());
    assertThat(old.tableRegion()).as("written before tables were recorded").isEmpty();
    assertThat(old.items()).isEmpty();
  }

  @Test
  void refusesDisclosureEntryWithMalformedTableOrItems() {
    assertThatThrownBy(() -> entry("a/b", null, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("table");
    assertThatThrownBy(() -> entry(Samples.REGION, null, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("items must not be null");
    assertThatThrownBy(() -> new DisclosureEntry.ItemDecision(ItemId.of("i1"), " ", List.of()))
        .hasMessage("outcome must not be blank");
    assertThatThrownBy(() -> new DisclosureEntry.ItemDecision(null, "PERMIT", List.of()))
        .hasMessage("item must not be null");
  }

  private static DisclosureEntry entry(
      String table, ItemId item, List<DisclosureEntry.ItemDecision> items) {
    return new DisclosureEntry(
        1,
        T0,
        AN,
        table,
        Samples.D1,
        item,
        item == null ? "DOSSIER_VIEW" : "VIEW",
        Purpose.PLAN,
        item == null ? "VIEW" : "PERMIT",
        List.of("member"),
        items,
        DisclosureEntry.GENESIS,
        "sha256:" + "b".repeat(64));
  }
}
