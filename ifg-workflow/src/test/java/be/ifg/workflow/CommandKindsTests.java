package be.ifg.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import be.ifg.domain.ProfessionalId;
import org.junit.jupiter.api.Test;

class CommandKindsTests {

  @Test
  void routesEachKindOfCommandByItsType() {
    Chains chains = new Chains();
    ProfessionalId member = Tables.AN;
    TableCommand pledge = new Command.SignPledge();
    DossierCommand accept = new Command.Accept();
    assertThat(chains.chain.handle(member, pledge)).isInstanceOf(Decision.Accepted.class);
    Decision beforeRegistration = chains.chain.handle(member, Tables.D1, accept);
    assertThat(((Decision.Rejected) beforeRegistration).codes())
        .as("a dossier command goes to the dossier, which does not exist yet")
        .containsExactly(ReasonCode.INVALID_INPUT);
    assertThat(chains.chain.register(Tables.LIEN, Tables.register()))
        .isInstanceOf(Decision.Accepted.class);
    assertThat(chains.chain.handle(member, Tables.D1, accept))
        .isInstanceOf(Decision.Accepted.class);
    assertThat(chains.chain.status(member, Tables.D1).orElseThrow().status())
        .isEqualTo(be.ifg.domain.DossierStatus.DOSSIER_BUILDING);
    assertThat(pledge.isTableCommand()).isTrue();
    assertThat(accept.isTableCommand()).isFalse();
  }

  @Test
  void keepsWhoHasPledgedInTheTableState() {
    TableState state = TableState.of(Tables.table());
    assertThat(Pledges.of(Tables.table())).isEqualTo(state.pledges());
    for (ProfessionalId p : state.pledges().signed()) {
      assertThat(state.hasPledged(p)).isTrue();
    }
    assertThat(state.hasPledged(Tables.NIELS)).as("configured without the pledge").isFalse();
    assertThat(state.pledges().hasSigned(Tables.NIELS)).isFalse();
    TableState signed =
        state.evolve(
            new be.ifg.domain.TableEvent.PledgeSigned(state.region(), Tables.NIELS, Tables.START));
    assertThat(signed.hasPledged(Tables.NIELS)).isTrue();
    assertThat(signed.pledges().hasSigned(Tables.NIELS)).isTrue();
    assertThat(state.hasPledged(Tables.LIEN)).as("not a member: no pledge here").isFalse();
  }
}
