package be.ifg.domain;

import static be.ifg.domain.Samples.AN;
import static be.ifg.domain.Samples.BART;
import static be.ifg.domain.Samples.D1;
import static be.ifg.domain.Samples.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Rectification in the fold: the state shows the corrected value, the correction the original. */
class CorrectionTests {
  private static Dossier shared(DossierEvent... more) {
    List<DossierEvent> events =
        new java.util.ArrayList<>(
            List.of(
                Samples.registered(D1, T0),
                new DossierEvent.Accepted(D1, AN, T0.plusSeconds(1), null),
                new DossierEvent.InformationShared(
                    D1,
                    BART,
                    T0.plusSeconds(2),
                    Samples.item("i1", InformationCategory.INCIDENT, T0.plusSeconds(2)))));
    events.addAll(List.of(more));
    return Dossier.fold(events);
  }

  @Test
  void correctsABirthYearAndKeepsTheOriginal() {
    Dossier d =
        shared(
            new DossierEvent.CorrectionRecorded(
                D1, AN, T0.plusSeconds(3), CorrectionKind.BIRTH_YEAR, "tom", "1987", "register"));
    assertThat(d.clientSystem().party(PartyId.of("tom")).orElseThrow().birthYear()).isEqualTo(1987);
    assertThat(d.corrections())
        .containsExactly(
            new Correction(
                CorrectionKind.BIRTH_YEAR,
                "tom",
                "1988",
                "1987",
                "register",
                AN,
                T0.plusSeconds(3)));
    // the rest of the registration is untouched
    assertThat(d.registration().deferred()).hasSize(1);
    assertThat(d.informingRecords()).hasSize(1);
  }

  @Test
  void correctsAnItemsContentAndKeepsTheOriginal() {
    Dossier d =
        shared(
            new DossierEvent.CorrectionRecorded(
                D1, BART, T0.plusSeconds(3), CorrectionKind.ITEM_CONTENT, "i1", "two", "typo"));
    assertThat(d.item(ItemId.of("i1")).orElseThrow().summary()).isEqualTo("two");
    assertThat(d.corrections().get(0).original()).isEqualTo("three call-outs");
    assertThat(d.item(ItemId.of("i1")).orElseThrow().contributor()).isEqualTo(PartnerId.of("pol"));
  }

  @Test
  void refusesAHistoryThatCorrectsWhatIsNotThere() {
    assertThatThrownBy(
            () ->
                shared(
                    new DossierEvent.CorrectionRecorded(
                        D1, AN, T0, CorrectionKind.ITEM_CONTENT, "i9", "x", "typo")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("i9");
    assertThatThrownBy(
            () ->
                shared(
                    new DossierEvent.CorrectionRecorded(
                        D1, AN, T0, CorrectionKind.BIRTH_YEAR, "nobody", "1990", "typo")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nobody");
    assertThatThrownBy(
            () ->
                shared(
                    new DossierEvent.CorrectionRecorded(
                        D1, AN, T0, CorrectionKind.BIRTH_YEAR, "tom", "88", "typo")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
