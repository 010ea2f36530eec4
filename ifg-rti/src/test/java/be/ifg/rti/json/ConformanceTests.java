package be.ifg.rti.json;

import static org.assertj.core.api.Assertions.assertThat;

import be.ifg.rti.AnswerSet;
import be.ifg.rti.AssessmentOutcome;
import be.ifg.rti.Assessments;
import be.ifg.rti.Instrument;
import be.ifg.rti.Parsed;
import be.ifg.rti.Problem;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Runs the conformance cases under {@code conformance/<case>/}: instrument and answers pairs
 * written from the instrument-format contract alone, each with the result the contract implies
 * (worked out by hand) in {@code expected.json}.
 *
 * <p>{@code expected.json} holds {@code exit} (0, 1 or 2, as {@code ifg rti} would end), an
 * optional {@code command} ({@code validate}; {@code score} otherwise), an optional {@code
 * errorPath} (a problem's JSON path must start with it), the result fields to compare, {@code
 * absent} (fields that must be absent or null) and {@code integerScore} (the score must be written
 * without decimals). Only the fields given are compared; numbers compare by value, but an integer
 * expected for {@code score}, {@code maxScore} or {@code protectiveScore} must be written as one.
 */
class ConformanceTests {

  private static final Set<String> NOT_RESULT_FIELDS =
      Set.of("exit", "command", "errorPath", "absent", "integerScore");
  private static final Set<String> NUMBERS = Set.of("score", "maxScore", "protectiveScore");

  static Stream<String> cases() throws IOException, URISyntaxException {
    Path root = root();
    try (Stream<Path> dirs = Files.list(root)) {
      return dirs
          .filter(Files::isDirectory)
          .map(d -> d.getFileName().toString())
          .sorted()
          .toList()
          .stream();
    }
  }

  private static Path root() throws URISyntaxException {
    return Path.of(ConformanceTests.class.getResource("/conformance").toURI());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void meetsTheContract(String name) throws URISyntaxException {
    Path dir = root().resolve(name);
    JsonNode expected = Json.read(dir.resolve("expected.json"));
    int exit = expected.get("exit").intValue();
    String errorPath = expected.has("errorPath") ? expected.get("errorPath").stringValue() : null;
    Parsed<Instrument> instrument = InstrumentJson.read(dir.resolve("instrument.json"));

    if (expected.has("command") && expected.get("command").stringValue().equals("validate")) {
      assertThat(instrument.isValid())
          .as("instrument valid: %s", instrument.problems())
          .isEqualTo(exit == 0);
      if (errorPath != null) {
        assertThat(paths(instrument.problems())).anyMatch(p -> p.startsWith(errorPath));
      }
      return;
    }
    assertThat(instrument.problems()).as("instrument problems").isEmpty();
    Parsed<AnswerSet> answers =
        AnswersJson.read(dir.resolve("answers.json"), instrument.orElseThrow());
    if (!answers.isValid()) {
      assertThat(exit).as("answers refused: %s", answers.problems()).isEqualTo(2);
      assertThat(paths(answers.problems())).anyMatch(p -> p.startsWith(errorPath));
      return;
    }
    AssessmentOutcome outcome = Assessments.score(instrument.orElseThrow(), answers.orElseThrow());
    if (outcome instanceof AssessmentOutcome.Refused refused) {
      assertThat(exit).as("override refused: %s", refused.refusals()).isEqualTo(2);
      assertThat(errorPath).isEqualTo("$.override");
      return;
    }
    assertThat(exit).as("scored, expected exit %s", exit).isZero();
    JsonNode result = AssessmentJson.toJson(((AssessmentOutcome.Scored) outcome).assessment());
    for (Map.Entry<String, JsonNode> field : expected.properties()) {
      String key = field.getKey();
      if (NOT_RESULT_FIELDS.contains(key)) {
        continue;
      }
      JsonNode want = field.getValue();
      JsonNode got = result.get(key);
      assertThat(got).as(key).isNotNull();
      if (NUMBERS.contains(key)) {
        assertThat(new BigDecimal(got.toString()))
            .as(key)
            .isEqualByComparingTo(new BigDecimal(want.toString()));
        if (want.isIntegralNumber()) {
          assertThat(got.isIntegralNumber()).as("%s written as an integer: %s", key, got).isTrue();
        }
      } else {
        assertThat(got.toString()).as(key).isEqualTo(want.toString());
      }
    }
    if (expected.has("absent")) {
      for (JsonNode key : expected.get("absent").values()) {
        JsonNode got = result.get(key.stringValue());
        assertThat(got == null || got.isNull()).as("%s absent or null", key).isTrue();
      }
    }
    if (expected.has("integerScore")) {
      assertThat(result.get("score").isIntegralNumber()).as("score is an integer").isTrue();
    }
  }

  private static List<String> paths(List<Problem> problems) {
    return problems.stream().map(Problem::path).toList();
  }
}
