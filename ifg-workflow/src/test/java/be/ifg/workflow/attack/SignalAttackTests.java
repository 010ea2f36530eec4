package be.ifg.workflow.attack;

import static org.assertj.core.api.Assertions.assertThat;

import be.ifg.domain.CaseTable;
import be.ifg.domain.Language;
import be.ifg.domain.PartnerKind;
import be.ifg.domain.ProfessionalId;
import be.ifg.domain.SignalCategory;
import be.ifg.domain.SignalId;
import be.ifg.persistence.memory.InMemoryStore;
import be.ifg.workflow.Command;
import be.ifg.workflow.Decision;
import be.ifg.workflow.Reason;
import be.ifg.workflow.ReasonCode;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Attack: "a policy signal carries a victim's name, address or phone number up to the steering
 * group", and its mirror, "a signal's refusal tells somebody who may not know it whether a name is
 * a party of the table's dossiers".
 */
class SignalAttackTests {
  private final InMemoryStore store = new InMemoryStore();
  private final Family west = new Family(store);
  private final Family east = new Family(store, eastTable());
  private int signals;

  private static CaseTable eastTable() {
    return CaseTable.builder("oost-vlaanderen")
        .partner("caw", PartnerKind.CAW)
        .member("cas", "caw")
        .coordinator("cas")
        .build();
  }

  private Command.RaiseSignal signal(String text) {
    return new Command.RaiseSignal(SignalId.of("s" + ++signals), SignalCategory.OTHER, text);
  }

  @Test
  void aSignalNamingAPartyOfTheTableIsRefusedWithoutSayingWhoOrWhere() {
    west.building();
    Decision.Rejected r = west.no(Family.EMRE, signal("tom's probation officer never came"));
    assertThat(r.codes()).containsExactly(ReasonCode.SIGNAL_IDENTIFYING);
    for (Reason reason : r.reasons()) {
      for (Language l : Language.values()) {
        assertThat(reason.message(l).toLowerCase(Locale.ROOT))
            .contains("1")
            .doesNotContain("tom", "d1", "perpetrator", "pleger", "auteur", "sara", "kim");
      }
    }
    assertThat(west.chain.signals(Family.AN)).isEmpty();
  }

  @Test
  void anotherTablesDossiersOnTheSameStoreDoNotScreenThisTablesSignals() {
    // the screen reads this table's dossiers only: east's members do not know west's parties, and a
    // refusal on that ground would tell them a west dossier names sara
    west.building();
    east.ok(ProfessionalId.of("cas"), signal("sara from the shelter waited five weeks"));
    west.no(Family.AN, signal("sara from the shelter waited five weeks"));
  }

  @Test
  void aMemberWithoutThePledgeLearnsNothingOfTheDossiersFromARefusal() {
    // niels sits at the table without the pledge: he sees no dossier, so his signal is screened
    // for the patterns alone, and the answer is the same whether sara is a party or not
    Decision before = west.by(Family.NIELS, signal("sara waits"));
    west.building();
    Decision after = west.by(Family.NIELS, signal("sara waits"));
    assertThat(before).isInstanceOf(Decision.Accepted.class);
    assertThat(after).isInstanceOf(Decision.Accepted.class);
    assertThat(west.no(Family.NIELS, signal("sara, 0470 12 34 56, waits")).codes())
        .containsExactly(ReasonCode.SIGNAL_IDENTIFYING);
  }

  @Test
  void somebodyWhoIsNotAMemberIsRefusedForThatAloneWhateverTheText() {
    west.building();
    assertThat(west.no(Family.KEES, signal("sara waits")).codes())
        .containsExactly(ReasonCode.NOT_AUTHORIZED);
    assertThat(west.no(Family.KEES, signal("nobody waits")).codes())
        .containsExactly(ReasonCode.NOT_AUTHORIZED);
  }
}
