package be.ifg.workflow.attack;

import static be.ifg.workflow.attack.Family.AN;
import static be.ifg.workflow.attack.Family.BART;
import static be.ifg.workflow.attack.Family.D1;
import static be.ifg.workflow.attack.Family.EMRE;
import static be.ifg.workflow.attack.Family.INCIDENT;
import static be.ifg.workflow.attack.Family.SHELTER;
import static be.ifg.workflow.attack.Family.STRANGER;
import static org.assertj.core.api.Assertions.assertThat;

import be.ifg.domain.CorrectionKind;
import be.ifg.domain.Language;
import be.ifg.domain.PartyId;
import be.ifg.domain.Purpose;
import be.ifg.workflow.AccessReport;
import be.ifg.workflow.Command;
import be.ifg.workflow.Decision;
import be.ifg.workflow.DossierPage;
import be.ifg.workflow.DossierView;
import be.ifg.workflow.ReasonCode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rectification (GDPR art. 16): a correction is a recorded event that keeps the original; only the
 * contributor corrects an item's content; a correction of an item nobody may know of shows nowhere.
 */
class RectificationAttackTests {
  private final Family f = new Family();

  private static Command.RecordCorrection birthYear(String party, String year) {
    return new Command.RecordCorrection(
        CorrectionKind.BIRTH_YEAR, party, year, "the civil register gives " + year);
  }

  private static Command.RecordCorrection content(String item, String text) {
    return new Command.RecordCorrection(
        CorrectionKind.ITEM_CONTENT, item, text, "the first summary named the wrong day");
  }

  private static List<DossierPage.Step> timeline(Family f, be.ifg.domain.ProfessionalId reader) {
    DossierPage.Shown page = (DossierPage.Shown) f.chain.read(reader, D1, Purpose.PLAN);
    return page.timeline().facts().orElseThrow();
  }

  @Test
  void correctsABirthYearKeepingTheOriginal() {
    f.shared();
    f.ok(BART, birthYear("sara", "1990"));
    DossierView.Itemized view = (DossierView.Itemized) f.chain.view(EMRE, D1, Purpose.PLAN);
    assertThat(view.informing()).isNotEmpty();
    AccessReport.Section s =
        ((AccessReport.Produced) f.chain.accessReport(AN, PartyId.of("sara"))).dossiers().get(0);
    assertThat(s.record().birthYear()).isEqualTo(1990);
    assertThat(s.corrections())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.original()).isEqualTo("1991");
              assertThat(c.corrected()).isEqualTo("1990");
              assertThat(c.by()).isEqualTo(BART);
            });
    assertThat(timeline(f, EMRE))
        .anySatisfy(
            step -> {
              assertThat(step.kind()).isEqualTo("CorrectionRecorded");
              assertThat(step.text().text(Language.EN))
                  .contains("corrected the birth year of sara")
                  .doesNotContain("1991");
            });
  }

  @Test
  void theContributorCorrectsAnItemAndEveryReaderSeesTheCorrectedContent() {
    f.shared();
    f.ok(BART, content(INCIDENT.value(), "the incident of 30 January"));
    DossierView.Itemized view = (DossierView.Itemized) f.chain.view(EMRE, D1, Purpose.PLAN);
    assertThat(view.shown())
        .filteredOn(i -> i.item().id().equals(INCIDENT))
        .singleElement()
        .satisfies(i -> assertThat(i.item().summary()).isEqualTo("the incident of 30 January"));
    assertThat(view.toString()).doesNotContain("content of i1");
    assertThat(timeline(f, EMRE))
        .anySatisfy(step -> assertThat(step.kind()).isEqualTo("CorrectionRecorded"));
    AccessReport.Item item =
        ((AccessReport.Produced) f.chain.accessReport(AN, PartyId.of("sara")))
            .dossiers().get(0).items().stream()
                .filter(i -> i.id().equals(INCIDENT))
                .findFirst()
                .orElseThrow();
    assertThat(item.corrected()).isTrue();
    assertThat(item.content()).isEqualTo("the incident of 30 January");
  }

  @Test
  void nobodyButTheContributorCorrectsAnItemAndTheRefusalSaysNothingOfTheItem() {
    f.shared();
    Decision.Rejected incident = f.no(EMRE, content(INCIDENT.value(), "changed"));
    Decision.Rejected shelter = f.no(EMRE, content(SHELTER.value(), "changed"));
    Decision.Rejected none = f.no(EMRE, content("i9", "changed"));
    for (Decision.Rejected r : List.of(incident, shelter, none)) {
      assertThat(r.codes()).containsExactly(ReasonCode.NOT_AUTHORIZED);
    }
    for (Language language : Language.values()) {
      String text = none.reasons().get(0).message(language);
      assertThat(shelter.reasons().get(0).message(language))
          .isEqualTo(text.replace("i9", SHELTER.value()));
      assertThat(incident.reasons().get(0).message(language))
          .isEqualTo(text.replace("i9", INCIDENT.value()));
    }
    assertThat(f.no(STRANGER, birthYear("sara", "1990")).codes())
        .containsExactly(ReasonCode.NOT_AUTHORIZED);
  }

  @Test
  void refusesABadYearAnUnknownPartyAnUnchangedValueAndABlankReason() {
    f.shared();
    assertThat(f.no(BART, birthYear("sara", "19x0")).codes())
        .containsExactly(ReasonCode.INVALID_INPUT);
    assertThat(f.no(BART, birthYear("nobody", "1990")).codes())
        .containsExactly(ReasonCode.INVALID_INPUT);
    assertThat(f.no(BART, birthYear("sara", "1991")).codes())
        .containsExactly(ReasonCode.INVALID_INPUT);
    assertThat(
            f.no(BART, new Command.RecordCorrection(CorrectionKind.BIRTH_YEAR, "sara", "1990", " "))
                .codes())
        .containsExactly(ReasonCode.INVALID_INPUT);
    assertThat(f.no(BART, content(INCIDENT.value(), "content of i1 (INCIDENT)")).codes())
        .containsExactly(ReasonCode.INVALID_INPUT);
  }

  @Test
  void aCorrectedLocationLeavesNoTraceForThoseItIsHiddenFrom() {
    f.shared();
    List<DossierPage.Step> before = timeline(f, BART);
    f.ok(AN, content(SHELTER.value(), "the shelter in another town"));
    List<DossierPage.Step> after = timeline(f, BART);
    assertThat(after).isEqualTo(before);
    DossierPage.Shown page = (DossierPage.Shown) f.chain.read(BART, D1, Purpose.PLAN);
    assertThat(page.toString()).doesNotContain("another town").doesNotContain(SHELTER.value());
    // the contributor, who may see it, reads that it was corrected
    assertThat(timeline(f, AN))
        .anySatisfy(step -> assertThat(step.kind()).isEqualTo("CorrectionRecorded"));
  }
}
