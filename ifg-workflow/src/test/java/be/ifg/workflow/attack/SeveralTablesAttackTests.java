package be.ifg.workflow.attack;

import static be.ifg.workflow.attack.Family.D1;
import static be.ifg.workflow.attack.Family.INCIDENT;
import static be.ifg.workflow.attack.Family.SHELTER;
import static org.assertj.core.api.Assertions.assertThat;

import be.ifg.domain.CaseTable;
import be.ifg.domain.PartnerKind;
import be.ifg.domain.ProfessionalId;
import be.ifg.domain.Purpose;
import be.ifg.persistence.memory.InMemoryStore;
import be.ifg.workflow.AccessAction;
import be.ifg.workflow.AccessDecision;
import be.ifg.workflow.Command;
import be.ifg.workflow.DossierView;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Attack: "one store serving two tables: a member of the other table whose partner id is also
 * {@code caw} reads this table's dossiers, victim locations included".
 */
class SeveralTablesAttackTests {
  private static final ProfessionalId CAS = ProfessionalId.of("cas"); // caw at the other table
  private final InMemoryStore store = new InMemoryStore();
  private final Family west = new Family(store);
  private final Family east = new Family(store, eastTable());

  private static CaseTable eastTable() {
    return CaseTable.builder("oost-vlaanderen")
        .partner("caw", PartnerKind.CAW)
        .partner("pol", PartnerKind.LOCAL_POLICE)
        .member("cas", "caw")
        .member("piet", "pol")
        .coordinator("cas")
        .build();
  }

  @Test
  void theOtherTablesCawSeesNothingOfThisTablesDossiers() {
    west.directedBy(Family.EMRE);
    AccessDecision shelter = east.chain.decide(CAS, AccessAction.VIEW, D1, SHELTER, Purpose.SAFETY);
    AccessDecision nothing =
        east.chain.decide(CAS, AccessAction.VIEW, D1, Family.UNKNOWN, Purpose.SAFETY);
    assertThat(shelter.isPermit()).isFalse();
    assertThat(shelter.ruleIds()).isEqualTo(nothing.ruleIds()).containsExactly("known-item");
    assertThat(east.chain.view(CAS, D1, Purpose.SAFETY)).isInstanceOf(DossierView.Refused.class);
    assertThat(east.chain.view(CAS, D1, Purpose.SAFETY).ruleIds()).containsExactly("known-dossier");
    assertThat(east.chain.dossiers(CAS)).isEmpty();
    assertThat(east.chain.status(CAS, D1)).isEmpty();
    assertThat(east.chain.agenda(CAS, LocalDate.of(2026, 3, 3))).isEmpty();
    assertThat(west.chain.decide(CAS, AccessAction.VIEW, D1, INCIDENT, Purpose.PLAN).isPermit())
        .as("asking through this table's own chain approach: cas is not a member here")
        .isFalse();
    assertThat(west.chain.view(CAS, D1, Purpose.PLAN)).isInstanceOf(DossierView.Refused.class);
  }

  @Test
  void dossierIdsMayRepeatAcrossTablesWithoutMeeting() {
    west.directedBy(Family.EMRE);
    east.ok(CAS, Family.registration(D1));
    assertThat(east.chain.status(CAS, D1).orElseThrow().status().name()).isEqualTo("REGISTERED");
    assertThat(west.chain.status(Family.AN, D1).orElseThrow().status().name())
        .isEqualTo("CASE_DIRECTION");
    assertThat(east.chain.view(CAS, D1, Purpose.PLAN).shownItemIds()).isEmpty();
    assertThat(east.chain.dossiers(CAS)).containsExactly(D1);
  }

  @Test
  void signalsAndCommandsStayAtTheirTable() {
    west.building();
    assertThat(east.no(CAS, new Command.Accept()).codes().toString()).contains("INVALID_INPUT");
    assertThat(west.no(CAS, new Command.Decline("no", "elsewhere")).codes().toString())
        .contains("NOT_AUTHORIZED");
    west.ok(
        Family.AN,
        new Command.RaiseSignal(
            be.ifg.domain.SignalId.of("s1"), be.ifg.domain.SignalCategory.WAITING_LIST, "waits"));
    assertThat(east.chain.signals(CAS)).isEmpty();
    assertThat(west.chain.signals(CAS)).isEmpty();
  }
}
