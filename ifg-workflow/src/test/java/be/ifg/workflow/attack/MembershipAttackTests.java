package be.ifg.workflow.attack;

import static be.ifg.workflow.attack.Family.AN;
import static be.ifg.workflow.attack.Family.BART;
import static be.ifg.workflow.attack.Family.D1;
import static be.ifg.workflow.attack.Family.EMRE;
import static be.ifg.workflow.attack.Family.FIEN;
import static be.ifg.workflow.attack.Family.INCIDENT;
import static be.ifg.workflow.attack.Family.SHELTER;
import static org.assertj.core.api.Assertions.assertThat;

import be.ifg.domain.PartnerId;
import be.ifg.domain.ProfessionalId;
import be.ifg.domain.Purpose;
import be.ifg.workflow.AccessAction;
import be.ifg.workflow.AgendaEntry;
import be.ifg.workflow.AgendaKind;
import be.ifg.workflow.Command;
import be.ifg.workflow.DossierView;
import be.ifg.workflow.ReasonCode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Attack: "a member taken off the table keeps full access while still named as a dossier's
 * director", and a grant that outlives its member's seat.
 */
class MembershipAttackTests {
  private static final LocalDate DAY = LocalDate.of(2026, 2, 20);
  private final Family f = new Family();

  @Test
  void aMemberWhoLeftHasNoRightFromThatMoment() {
    f.directedBy(FIEN);
    f.ok(AN, new Command.LeaveTable(BART));
    assertThat(f.no(BART, new Command.ReportIncident("again", f.clock.instant())).codes())
        .contains(ReasonCode.NOT_AUTHORIZED);
    assertThat(f.chain.decide(BART, AccessAction.VIEW, D1, INCIDENT, Purpose.PLAN).isPermit())
        .as("not even the item bart's own partner contributed")
        .isFalse();
    assertThat(f.chain.view(BART, D1, Purpose.PLAN)).isInstanceOf(DossierView.Refused.class);
    assertThat(f.chain.view(BART, D1, Purpose.PLAN).header().state()).isEmpty();
    assertThat(f.chain.status(BART, D1)).isEmpty();
    assertThat(f.chain.agenda(BART, DAY)).isEmpty();
    assertThat(f.chain.dossiers(BART)).isEmpty();
    assertThat(f.chain.signals(BART)).isEmpty();
    assertThat(f.no(BART, new Command.SignPledge()).codes()).contains(ReasonCode.NOT_AUTHORIZED);
  }

  @Test
  void aDirectorWhoLeftLosesTheRoleAndTheTableSeesTheVacancy() {
    f.directedBy(EMRE);
    f.ok(AN, new Command.LeaveTable(EMRE));
    assertThat(f.chain.decide(EMRE, AccessAction.VIEW, D1, SHELTER, Purpose.SAFETY).isPermit())
        .isFalse();
    assertThat(f.no(EMRE, new Command.ReportProgress("calm")).codes())
        .contains(ReasonCode.NOT_AUTHORIZED);
    assertThat(f.chain.agenda(AN, DAY))
        .extracting(AgendaEntry::kind)
        .contains(AgendaKind.DIRECTOR_VACANT);
    assertThat(f.chain.status(AN, D1).orElseThrow().caseDirector()).isNull();
    f.ok(AN, new Command.AppointDirector(BART));
    assertThat(f.chain.agenda(AN, DAY))
        .extracting(AgendaEntry::kind)
        .doesNotContain(AgendaKind.DIRECTOR_VACANT);
  }

  @Test
  void aDirectorWhoLeftAndJoinedAgainIsNoDirector() {
    f.directedBy(EMRE);
    f.ok(AN, new Command.LeaveTable(EMRE));
    f.ok(AN, new Command.JoinTable(EMRE, PartnerId.of("ggz"), true));
    assertThat(f.chain.decide(EMRE, AccessAction.VIEW, D1, SHELTER, Purpose.SAFETY).isPermit())
        .isFalse();
    assertThat(f.chain.decide(EMRE, AccessAction.VIEW, D1, INCIDENT, Purpose.PLAN).isPermit())
        .as("a member again, with the pledge")
        .isTrue();
  }

  @Test
  void aGrantEndsWhenItsMemberLeavesForGood() {
    f.directedBy(EMRE);
    f.ok(AN, new Command.GrantAccess(SHELTER, FIEN, Purpose.SAFETY));
    assertThat(f.chain.decide(FIEN, AccessAction.VIEW, D1, SHELTER, Purpose.SAFETY).isPermit())
        .isTrue();
    f.ok(AN, new Command.LeaveTable(FIEN));
    f.ok(AN, new Command.JoinTable(FIEN, PartnerId.of("jh"), true));
    assertThat(f.chain.decide(FIEN, AccessAction.VIEW, D1, SHELTER, Purpose.SAFETY).isPermit())
        .isFalse();
  }

  @Test
  void aNewMemberSeesNothingBeforeThePledge() {
    ProfessionalId jo = ProfessionalId.of("jo");
    f.directedBy(EMRE);
    f.ok(AN, new Command.JoinTable(jo, PartnerId.of("pol"), false));
    assertThat(f.chain.decide(jo, AccessAction.VIEW, D1, INCIDENT, Purpose.PLAN).ruleIds())
        .containsExactly("pledge-signed", "known-item");
    assertThat(f.chain.view(jo, D1, Purpose.PLAN)).isInstanceOf(DossierView.Refused.class);
    f.ok(jo, new Command.SignPledge());
    assertThat(f.chain.decide(jo, AccessAction.VIEW, D1, INCIDENT, Purpose.PLAN).isPermit())
        .isTrue();
  }

  @Test
  void onlyTheCoordinatorChangesMembershipAndTheCoordinatorCannotLeave() {
    f.building();
    assertThat(
            f.no(BART, new Command.JoinTable(ProfessionalId.of("jo"), PartnerId.of("pol"), true))
                .codes())
        .containsExactly(ReasonCode.NOT_AUTHORIZED);
    assertThat(f.no(BART, new Command.LeaveTable(FIEN)).codes())
        .containsExactly(ReasonCode.NOT_AUTHORIZED);
    assertThat(f.no(AN, new Command.LeaveTable(AN)).codes())
        .containsExactly(ReasonCode.INVALID_INPUT);
    assertThat(f.no(AN, new Command.JoinTable(Family.KEES, PartnerId.of("pol"), true)).codes())
        .as("kees works for caw")
        .containsExactly(ReasonCode.INVALID_INPUT);
  }
}
