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
    assertThat(chains.chain.handle(member, Tables.D1, accept))
        .isInstanceOf(Decision.Rejected.class);
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
  }
}
