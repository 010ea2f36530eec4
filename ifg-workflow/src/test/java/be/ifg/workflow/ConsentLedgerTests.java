package be.ifg.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ifg.domain.Dossier;
import be.ifg.domain.InformationCategory;
import be.ifg.domain.PartnerId;
import be.ifg.domain.PartyId;
import be.ifg.domain.Purpose;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ConsentLedgerTests {
  private static final PartyId SARA = PartyId.of("sara");
  private static final PartyId TOM = PartyId.of("tom");
  private static final PartyId KIM = PartyId.of("kim");

  @Test
  void recordsConsentPerPartyPartnerPurposeAndCategory() {
    BasicChain.History h =
        BasicChain.withTwoItems().consent("tom", "ggz", Purpose.PLAN, InformationCategory.HEALTH);
    ConsentLedger ledger = ConsentLedger.of(h.dossier());
    assertThat(ledger.of(TOM)).hasSize(1);
    assertThat(ledger.of(SARA)).isEmpty();
    assertThat(
            ledger.consents(
                TOM, PartnerId.of("ggz"), Purpose.PLAN, InformationCategory.HEALTH, h.now()))
        .isTrue();
    assertThat(
            ledger.consents(
                TOM, PartnerId.of("ggz"), Purpose.SAFETY, InformationCategory.HEALTH, h.now()))
        .isFalse();
    assertThat(ledger.entries().get(0).givenBy()).containsExactly(TOM);
  }

  @Test
  void withdrawsConsentAtOnce() {
    BasicChain.History h =
        BasicChain.withTwoItems().consent("tom", "ggz", Purpose.PLAN, InformationCategory.HEALTH);
    var given = h.now();
    h.withdrawConsent("tom", "ggz", Purpose.PLAN, InformationCategory.HEALTH);
    ConsentLedger ledger = ConsentLedger.of(h.dossier());
    assertThat(ledger.of(TOM).get(0).consent().withdrawal()).contains(h.now());
    assertThat(ledger.activeAt(given)).hasSize(1);
    assertThat(ledger.activeAt(h.now())).isEmpty();
  }

  @Test
  void letsAParentWhoIsNotAPerpetratorConsentForAYoungChild() {
    BasicChain.History h =
        BasicChain.withTwoItems().consent("kim", "vk", Purpose.PLAN, InformationCategory.HEALTH);
    ConsentLedger ledger = ConsentLedger.of(h.dossier());
    assertThat(ledger.of(KIM).get(0).givenBy()).containsExactly(SARA);
    assertThat(ledger.whoConsentsFor(KIM, LocalDate.parse("2026-02-02"))).containsExactly(SARA);
    assertThat(ledger.whoConsentsFor(KIM, LocalDate.parse("2029-06-01"))).containsExactly(KIM);
  }

  @Test
  void refusesAPartyOutsideTheClientSystem() {
    Dossier d = BasicChain.withTwoItems().dossier();
    assertThatThrownBy(
            () ->
                ConsentLedger.of(d).whoConsentsFor(PartyId.of("x"), LocalDate.parse("2026-02-02")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> InformingStatus.of(d, PartyId.of("x"), LocalDate.parse("2026-02-02")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("x");
  }

  @Test
  void reportsWhoWasInformedAndWhoIsDeferred() {
    Dossier d = BasicChain.withTwoItems().dossier();
    InformingStatus sara = InformingStatus.of(d, SARA, LocalDate.parse("2026-02-05"));
    assertThat(sara.informed())
        .singleElement()
        .satisfies(r -> assertThat(r.how()).isEqualTo("conversation at school"));
    InformingStatus tom = InformingStatus.of(d, TOM, LocalDate.parse("2026-02-05"));
    assertThat(tom.isInformed()).isFalse();
    assertThat(tom.pendingDeferral().orElseThrow().reviewBy())
        .isEqualTo(LocalDate.parse("2026-03-02"));
    assertThat(tom.reviewOverdueOn(LocalDate.parse("2026-03-03"))).isTrue();
    assertThat(tom.reviewOverdueOn(LocalDate.parse("2026-03-02"))).isFalse();
  }
}
