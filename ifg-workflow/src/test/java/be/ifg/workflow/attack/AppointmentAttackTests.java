package be.ifg.workflow.attack;

import static be.ifg.workflow.attack.Family.AN;
import static be.ifg.workflow.attack.Family.BART;
import static be.ifg.workflow.attack.Family.D1;
import static be.ifg.workflow.attack.Family.EMRE;
import static be.ifg.workflow.attack.Family.FIEN;
import static be.ifg.workflow.attack.Family.SHELTER;
import static be.ifg.workflow.attack.Family.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;

import be.ifg.domain.DossierEvent;
import be.ifg.domain.Purpose;
import be.ifg.persistence.RecordedEvent;
import be.ifg.persistence.StreamId;
import be.ifg.workflow.AccessAction;
import be.ifg.workflow.AccessDecision;
import be.ifg.workflow.Command;
import be.ifg.workflow.DossierView;
import be.ifg.workflow.ReasonCode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Attack: "any pledged member can appoint themselves case director, read every victim location as
 * director, and appoint the old director back — one command defeats the victim-location rule".
 */
class AppointmentAttackTests {
  private final Family f = new Family();

  private AccessDecision shelterFor(be.ifg.domain.ProfessionalId who) {
    return f.chain.decide(who, AccessAction.VIEW, D1, SHELTER, Purpose.SAFETY);
  }

  @Test
  void aMemberCannotAppointThemselvesCaseDirector() {
    f.directedBy(EMRE);
    assertThat(f.no(BART, new Command.AppointDirector(BART, "I take over")).codes())
        .containsExactly(ReasonCode.NOT_AUTHORIZED);
    assertThat(shelterFor(BART).isPermit()).isFalse();
    assertThat(f.chain.view(BART, D1, Purpose.SAFETY).shownItemIds()).doesNotContain(SHELTER);
  }

  @Test
  void aMemberCannotAppointAnotherMemberEither() {
    f.directedBy(EMRE);
    assertThat(f.no(FIEN, new Command.AppointDirector(BART, "bart knows the family")).codes())
        .containsExactly(ReasonCode.NOT_AUTHORIZED);
  }

  @Test
  void replacingTheDirectorInOfficeIsAHandoverThatNeedsAReason() {
    f.directedBy(EMRE);
    assertThat(f.no(AN, new Command.AppointDirector(BART)).codes())
        .containsExactly(ReasonCode.REASON_REQUIRED);
    assertThat(f.no(AN, new Command.AppointDirector(BART, "  ")).codes())
        .containsExactly(ReasonCode.REASON_REQUIRED);
    f.ok(AN, new Command.AppointDirector(BART, "emre's caseload; the table decided on 3 March"));
    List<DossierEvent.DirectorAppointed> history =
        f.store.read(StreamId.dossier(Family.REGION, D1)).stream()
            .map(RecordedEvent::event)
            .filter(DossierEvent.DirectorAppointed.class::isInstance)
            .map(DossierEvent.DirectorAppointed.class::cast)
            .toList();
    assertThat(history)
        .extracting(DossierEvent.DirectorAppointed::member)
        .containsExactly(EMRE, BART);
    assertThat(history.get(1).reason()).contains("caseload");
    assertThat(history).allSatisfy(a -> assertThat(a.actor()).isEqualTo(AN));
  }

  @Test
  void aHandoverEndsTheFormerDirectorsRightsAtOnce() {
    f.directedBy(EMRE);
    assertThat(shelterFor(EMRE).isPermit()).isTrue();
    f.ok(AN, new Command.AppointDirector(BART, "handover"));
    AccessDecision former = shelterFor(EMRE);
    AccessDecision unknown = f.chain.decide(EMRE, AccessAction.VIEW, D1, UNKNOWN, Purpose.SAFETY);
    assertThat(former.isPermit()).isFalse();
    assertThat(former.ruleIds()).isEqualTo(unknown.ruleIds());
    assertThat(((DossierView.Itemized) f.chain.view(EMRE, D1, Purpose.SAFETY)).shownItemIds())
        .doesNotContain(SHELTER);
    assertThat(f.no(EMRE, new Command.ReportProgress("all calm")).codes())
        .containsExactly(ReasonCode.NOT_AUTHORIZED);
    assertThat(shelterFor(BART).isPermit()).isTrue();
    assertThat(f.chain.status(AN, D1).orElseThrow().caseDirector()).isEqualTo(BART);
  }

  @Test
  void theOldDirectorCannotBeAppointedBackWithoutAReason() {
    f.directedBy(EMRE);
    f.ok(AN, new Command.AppointDirector(BART, "handover"));
    assertThat(f.no(AN, new Command.AppointDirector(EMRE)).codes())
        .containsExactly(ReasonCode.REASON_REQUIRED);
    assertThat(f.no(EMRE, new Command.AppointDirector(EMRE, "back")).codes())
        .containsExactly(ReasonCode.NOT_AUTHORIZED);
  }
}
