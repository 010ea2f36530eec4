package be.ifg.cli;

import static be.ifg.cli.IfgRun.ifg;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The data subject's rights from the command line: the access report question and a correction. */
class DataSubjectRightsScenarioTests {
  private static final String FILE =
      Path.of("..", "scenarios", "data-subject-rights.json").toString();

  private static List<String> reportsOf(String out, String party) {
    return Arrays.stream(out.split("\\R"))
        .filter(l -> l.contains(": access report of " + party + " for"))
        .toList();
  }

  @Test
  void playsTheExampleMeetingEveryExpectation() {
    IfgRun run = ifg("scenario", "run", FILE);
    assertThat(run.code()).isEqualTo(Ifg.OK);
    assertThat(run.out()).endsWith("8 passed, 0 failed" + System.lineSeparator());
  }

  @Test
  void thePerpetratorsReportNeverShowsTheLocationWhileTheVictimsDoes() {
    String out = ifg("scenario", "run", FILE).out();
    List<String> kris = reportsOf(out, "kris");
    assertThat(kris).hasSize(3);
    assertThat(out).contains("no access report of ines for bart");
    for (String line : kris) {
      assertThat(line)
          .doesNotContain("shelter")
          .doesNotContain("counsellor")
          .doesNotContain("loc (")
          .doesNotContain("route (")
          .doesNotContain("barring order");
    }
    assertThat(kris.get(0)).contains("no dossier");
    assertThat(kris.get(1)).contains("pj (JUDICIAL) without content (RESTRICTED_CONTENT)");
    assertThat(reportsOf(out, "ines"))
        .singleElement()
        .asString()
        .contains("ines stays at the shelter");
    assertThat(out).contains("no access report of ines for bart");
  }

  @Test
  void showsTheCorrectedContentAndThatItWasCorrected() {
    String out = ifg("scenario", "run", FILE).out();
    assertThat(out)
        .contains("bart corrected the birth year of kris: the national register gives 1989")
        .contains("\"two call-outs in April; a knife was mentioned but not found\"");
  }
}
