package be.ifg.workflow.attack;

import static be.ifg.workflow.attack.Family.AN;
import static be.ifg.workflow.attack.Family.BART;
import static be.ifg.workflow.attack.Family.D1;
import static be.ifg.workflow.attack.Family.EMRE;
import static be.ifg.workflow.attack.Family.INCIDENT;
import static be.ifg.workflow.attack.Family.SHELTER;
import static be.ifg.workflow.attack.Family.STRANGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import be.ifg.domain.DisclosureEntry;
import be.ifg.domain.DossierId;
import be.ifg.domain.Purpose;
import be.ifg.workflow.AccessAction;
import be.ifg.workflow.AccessDecision;
import be.ifg.workflow.Disclosure;
import be.ifg.workflow.DossierSummary;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Side channels: a version that jumps when a hidden item is shared, a log whose size depends on
 * what a view hides, a question that throws instead of being logged, an agenda for nobody in
 * particular.
 */
class SideChannelAttackTests {
  private final Family f = new Family();

  @Test
  void aSummaryCarriesNoVersionNoEventCountAndNoTimeOfTheLastChange() {
    assertThat(
            Arrays.stream(DossierSummary.class.getRecordComponents()).map(RecordComponent::getName))
        .doesNotContain("version", "events", "lastChangedAt");
  }

  @Test
  void aViewIsOneLogEntryWhateverItShowsOrHides() {
    f.directedBy(EMRE);
    int before = f.chain.audit().size();
    f.chain.view(BART, D1, Purpose.SAFETY); // the shelter is hidden from bart
    f.chain.view(EMRE, D1, Purpose.SAFETY); // the director sees it
    assertThat(f.chain.audit()).hasSize(before + 2);
    DisclosureEntry bart = f.chain.audit().get(before);
    DisclosureEntry emre = f.chain.audit().get(before + 1);
    assertThat(bart.items()).hasSameSizeAs(emre.items()).hasSize(2);
    assertThat(bart.rules()).as("an itemized view names its rules").contains("table-member");
    assertThat(bart.items().get(1).rules())
        .as("the auditor still sees which rule hid which item")
        .contains("victim-location");
  }

  @Test
  void aQuestionAboutAnUnknownDossierIsALoggedDenial() {
    f.building();
    int before = f.chain.audit().size();
    AccessDecision d =
        f.chain.decide(AN, AccessAction.VIEW, DossierId.of("nope"), INCIDENT, Purpose.PLAN);
    assertThat(d.isPermit()).isFalse();
    assertThat(f.chain.audit()).hasSize(before + 1);
    assertThat(f.chain.audit().get(before).outcome()).isEqualTo("DENY");
  }

  @Test
  void theAgendaAndTheSummaryNeedAnActorAndAreLogged() {
    f.directedBy(EMRE);
    assertThatNullPointerException().isThrownBy(() -> f.chain.agenda(null, LocalDate.now()));
    assertThatNullPointerException().isThrownBy(() -> f.chain.status(null, D1));
    int before = f.chain.audit().size();
    assertThat(f.chain.agenda(STRANGER, LocalDate.of(2026, 3, 3))).isEmpty();
    assertThat(f.chain.status(STRANGER, D1)).isEmpty();
    assertThat(f.chain.agenda(AN, LocalDate.of(2026, 3, 3))).isNotEmpty();
    assertThat(f.chain.audit().subList(before, before + 3))
        .extracting(DisclosureEntry::action, DisclosureEntry::outcome)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Disclosure.AGENDA, "DENY"),
            org.assertj.core.groups.Tuple.tuple(Disclosure.DOSSIER_SUMMARY, "DENY"),
            org.assertj.core.groups.Tuple.tuple(Disclosure.AGENDA, "PERMIT"));
  }

  @Test
  void sharingAHiddenVictimLocationChangesNothingAMemberCanRead() {
    f.directedBy(EMRE);
    String before = f.chain.status(BART, D1).orElseThrow().toString();
    f.ok(
        EMRE,
        Family.share(
            be.ifg.domain.ItemId.of("i7"), be.ifg.domain.InformationCategory.VICTIM_LOCATION));
    assertThat(f.chain.status(BART, D1).orElseThrow().toString()).isEqualTo(before);
    assertThat(f.chain.decide(BART, AccessAction.VIEW, D1, SHELTER, Purpose.SAFETY).isPermit())
        .isFalse();
  }
}
