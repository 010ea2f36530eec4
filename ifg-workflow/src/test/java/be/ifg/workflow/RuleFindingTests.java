package be.ifg.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import be.ifg.domain.LegalBasis;
import be.ifg.domain.Phrase;
import org.junit.jupiter.api.Test;

class RuleFindingTests {
  private static RuleFinding finding(String rule) {
    return new RuleFinding(rule, LegalBasis.ART_458TER, Phrase.of("gevonden", "trouvé", "found"));
  }

  @Test
  void acceptsLowerCaseIdsWithDigitsAndDashesUpToSixtyFourCharacters() {
    assertThat(finding("victim-location-grant").rule()).isEqualTo("victim-location-grant");
    assertThat(finding("0").rule()).isEqualTo("0");
    assertThat(finding("a" + "-".repeat(63)).rule()).hasSize(64);
  }

  @Test
  void refusesIdsThatAreEmptyTooLongStartWithADashOrHoldOtherCharacters() {
    for (String bad :
        new String[] {"", "a".repeat(65), "-x", "Table-member", "table_member", "tafel lid", "é"}) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> finding(bad))
          .withMessageContaining("lower-case letters, digits or dashes");
    }
  }
}
