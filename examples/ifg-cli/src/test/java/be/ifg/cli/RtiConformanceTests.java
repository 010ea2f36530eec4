package be.ifg.cli;

import static be.ifg.cli.IfgRun.ifg;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Runs a few of ifg-rti's conformance cases through the command line, for its exit codes and
 * output; ifg-rti's {@code ConformanceTests} runs them all through the library.
 */
class RtiConformanceTests {
  private static final Path CASES =
      Path.of("../../ifg-rti/src/test/resources/conformance").toAbsolutePath().normalize();

  private static String file(String name, String file) {
    return CASES.resolve(name).resolve(file).toString();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "valid-base, 0, valid: valid-base@1.0.0",
    "protective-critical-accepted, 0, valid: protective-critical@1.0.0",
    "choice-item-weight-accepted, 0, valid: choice-item-weight@1.0.0",
    "invalid-band-order, 1, $.bands[2].minScore",
    "invalid-rule-item, 1, $.rules[1].items[1]",
    "invalid-unknown-item-field, 1, $.sections[0].items[0].wieght"
  })
  void validatesInstrumentsWithTheContractsExitCodes(String name, int code, String text) {
    IfgRun run = ifg("rti", "validate", file(name, "instrument.json"));

    assertThat(run.code()).isEqualTo(code);
    assertThat(run.out() + run.err()).contains(text);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "yes-no-defaults | 0 | \"score\" : 4,",
        "rescale-seven-thirds | 0 | \"score\" : 2.33,",
        "rescale-half-up | 0 | \"score\" : 1.13,",
        "block-missing | 0 | \"status\" : \"INCOMPLETE\"",
        "max-missing-exceeded | 0 | \"status\" : \"INSUFFICIENT_INFORMATION\"",
        "protective-critical-fires | 0 | \"firedRules\" : [ \"crit\" ]",
        "override-upward-equal | 0 | \"finalBand\" : \"MEDIUM\"",
        "override-upward-lower | 2 | $.override",
        "override-none | 2 | $.override",
        "override-missing-by | 2 | $.override",
        "answers-unknown-item | 2 | $.answers.zz",
        "answers-not-an-option-choice | 2 | $.answers.c",
        "answers-unparsable-date | 2 | $.answers.e",
        "not-applicable-refused | 2 | $.answers.a"
      })
  void scoresAnswersWithTheContractsExitCodes(String name, int code, String text) {
    IfgRun run =
        ifg(
            "rti",
            "score",
            "--instrument",
            file(name, "instrument.json"),
            "--answers",
            file(name, "answers.json"),
            "--json");

    assertThat(run.code()).as(run.err()).isEqualTo(code);
    assertThat(code == 0 ? run.out() : run.err()).contains(text);
  }
}
