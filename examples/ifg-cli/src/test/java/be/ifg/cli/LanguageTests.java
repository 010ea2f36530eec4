package be.ifg.cli;

import static be.ifg.cli.IfgRun.ifg;
import static org.assertj.core.api.Assertions.assertThat;

import be.ifg.domain.Language;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code ifg --language nl|fr|en}: the app's words and the library's in the chosen language. */
class LanguageTests {
  private static final String BASIC = Path.of("..", "scenarios", "basic-chain.json").toString();
  private static final String N = System.lineSeparator();

  /** The texts French writes as English does ("table r", "dossier d1, version 2"). */
  private static final java.util.Set<String> SAME_IN_FRENCH =
      java.util.Set.of(
          "walk.atTable",
          "store.tableVersion",
          "store.dossierVersion",
          "rti.point",
          "rti.points",
          "page.step");

  @Test
  void playsAScenarioInFrench() {
    IfgRun run = ifg("scenario", "run", "--language", "fr", BASIC);

    assertThat(run.code()).as(run.err()).isEqualTo(Ifg.OK);
    assertThat(run.out())
        .contains("Scénario : ")
        .contains("Table de concertation ")
        .contains("état : DOSSIER_BUILDING (constitution du dossier)")
        .contains("-> ACCEPTÉ")
        .doesNotContain("state: ")
        .endsWith("21 réussie(s), 0 échouée(s)" + N);
  }

  @Test
  void playsAScenarioInDutch() {
    IfgRun run = ifg("scenario", "run", "--language", "nl", BASIC);

    assertThat(run.code()).as(run.err()).isEqualTo(Ifg.OK);
    assertThat(run.out())
        .contains("Overlegtafel ")
        .contains("toestand: DOSSIER_BUILDING (dossiervorming)")
        .contains("-> AANVAARD")
        .doesNotContain("state: ")
        .endsWith("21 geslaagd, 0 mislukt" + N);
  }

  @Test
  void takesTheLanguageBeforeTheCommandToo() {
    assertThat(ifg("--language", "fr", "scenario", "run", BASIC).out())
        .isEqualTo(ifg("scenario", "run", "--language", "fr", BASIC).out())
        .contains("état : DOSSIER_BUILDING (constitution du dossier)");
    assertThat(ifg("scenario", "--language", "nl", "run", BASIC).out())
        .contains("toestand: DOSSIER_BUILDING (dossiervorming)");
  }

  @Test
  void namesTheStateInEnglishWhenEnglishIsChosen() {
    IfgRun run = ifg("--language", "en", "scenario", "run", BASIC);

    assertThat(run.out())
        .contains("state: DOSSIER_BUILDING (dossier building)")
        .endsWith("21 passed, 0 failed" + N);
    assertThat(ifg("scenario", "run", BASIC).out())
        .as("without --language, the output is as it always was")
        .contains("state: DOSSIER_BUILDING (dossiervorming)");
  }

  @Test
  void refusesAnUnknownLanguageWithTheListOfLanguages() {
    String refused = "ifg: unknown language 'de'; expected one of nl, fr, en" + N;

    for (IfgRun run :
        new IfgRun[] {
          ifg("--language", "de", "scenario", "run", BASIC),
          ifg("scenario", "run", "--language", "de", BASIC),
          ifg("rti", "score", "--instrument", "ifg-demo", "--answers", "a.json", "--language", "de")
        }) {
      assertThat(run.code()).isEqualTo(Ifg.UNUSABLE);
      assertThat(run.err()).isEqualTo(refused);
      assertThat(run.out()).isEmpty();
    }
  }

  @Test
  void hasEveryWordInEveryLanguage() {
    assertThat(Words.BOOK.keys()).hasSizeGreaterThan(130);
    for (String key : Words.BOOK.keys()) {
      for (Language language : Language.values()) {
        String text = rendered(language, key);
        assertThat(text).as("%s in %s", key, language).isNotBlank().doesNotContain("{");
      }
      if (!SAME_IN_FRENCH.contains(key)) {
        assertThat(rendered(Language.FR, key))
            .as("%s in French is not the English", key)
            .isNotEqualTo(rendered(Language.EN, key));
      }
    }
  }

  /** The text with as many arguments as it takes, each "x". */
  private static String rendered(Language language, String key) {
    for (int n = 0; n <= 10; n++) {
      Object[] arguments = new Object[n];
      java.util.Arrays.fill(arguments, "x");
      try {
        return Words.text(language, key, arguments);
      } catch (IllegalArgumentException wrongCount) {
        // try one more argument
      }
    }
    throw new AssertionError(key + " takes more than 10 arguments");
  }
}
