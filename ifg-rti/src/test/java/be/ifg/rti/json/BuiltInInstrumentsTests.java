package be.ifg.rti.json;

import static be.ifg.rti.Fixtures.score;
import static org.assertj.core.api.Assertions.assertThat;

import be.ifg.domain.AssessmentStatus;
import be.ifg.rti.Answer;
import be.ifg.rti.Assessment;
import be.ifg.rti.Instrument;
import be.ifg.rti.Instruments;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BuiltInInstrumentsTests {
  private static final Instruments CATALOGUE = BuiltInInstruments.catalogue();

  private static Map<String, Answer> all(Instrument i, Answer answer) {
    Map<String, Answer> answers = new LinkedHashMap<>();
    i.items().forEach(item -> answers.put(item.id(), answer));
    return answers;
  }

  @Test
  void countsYesAnswersOnTheChecklistWithBandsAtTenAndFourteen() {
    Instrument checklist = CATALOGUE.find("yes-count-checklist").orElseThrow();
    Map<String, Answer> answers = all(checklist, Answer.no());
    for (int n = 1; n <= 10; n++) {
      answers.put("item-" + n, Answer.yes());
    }

    assertThat(score(checklist, answers).band()).isEqualTo("MEDIUM");
    for (int n = 11; n <= 14; n++) {
      answers.put("item-" + n, Answer.yes());
    }
    assertThat(score(checklist, answers).band()).isEqualTo("HIGH");
    assertThat(score(checklist, all(checklist, Answer.no())).band()).isEqualTo("STANDARD");
  }

  @Test
  void liftsTheColourSignalsBandAtTwoRedsInOnePart() {
    Instrument colours = CATALOGUE.find("colour-signals").orElseThrow();
    Map<String, Answer> answers = all(colours, Answer.choice("green"));
    answers.put("part-3-item-1", Answer.choice("red"));
    answers.put("part-3-item-4", Answer.choice("red"));

    Assessment a = score(colours, answers);

    assertThat(a.score()).isEqualTo(new java.math.BigDecimal("4"));
    assertThat(a.scoreBand()).isEqualTo("GREEN");
    assertThat(a.firedRules()).containsExactly("two-reds-part-3");
    assertThat(a.band()).isEqualTo("RED");
  }

  @Test
  void triggersScreeningOnCriticalItemsAndKOfN() {
    Instrument screening = CATALOGUE.find("screening-triggers").orElseThrow();
    Map<String, Answer> answers = all(screening, Answer.no());
    answers.put("item-4", Answer.yes());
    answers.put("item-5", Answer.yes());
    answers.put("item-6", Answer.yes());

    assertThat(score(screening, answers).firedRules()).containsExactly("three-of-seven");
    answers.put("item-1", Answer.yes());
    assertThat(score(screening, answers).firedRules())
        .containsExactly("critical", "three-of-seven");
    answers.remove("item-2");
    assertThat(score(screening, answers).status()).isEqualTo(AssessmentStatus.INCOMPLETE);
  }

  @Test
  void marksTheDemonstrationAsNotValidated() {
    Instrument demo = CATALOGUE.find("ifg-demo@1.0.0").orElseThrow();

    assertThat(demo.validated()).isFalse();
    assertThat(demo.title("nl")).contains("niet gevalideerd");
    assertThat(demo.title("en")).contains("not validated");
  }
}
