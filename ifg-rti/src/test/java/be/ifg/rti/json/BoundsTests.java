package be.ifg.rti.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ifg.rti.AnswerSet;
import be.ifg.rti.AssessmentOutcome;
import be.ifg.rti.Assessments;
import be.ifg.rti.Fixtures;
import be.ifg.rti.Instrument;
import be.ifg.rti.Parsed;
import be.ifg.rti.Problem;
import be.ifg.rti.UnreadableInputException;
import be.ifg.rti.Wording;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bounds of the readers (issue 15): every input that once crashed, hung or was accepted wrongly
 * now ends in a declared error, with the exact message.
 */
class BoundsTests {
  private static final String TINY = text("/tiny-instrument.json");
  private static final String TINY_ANSWERS = text("/tiny-answers.json");

  @TempDir Path dir;

  private static String text(String resource) {
    try (InputStream in = BoundsTests.class.getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** One line of JSON text: the tiny instrument with {@code from} replaced by {@code to}. */
  private static String tiny(String from, String to) {
    String one = TINY.replaceAll("\\s*\\n\\s*", " ");
    assertThat(one).contains(from);
    return one.replaceFirst(
        java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
  }

  private static String answers(String from, String to) {
    String one = TINY_ANSWERS.replaceAll("\\s*\\n\\s*", " ");
    assertThat(one).contains(from);
    return one.replaceFirst(
        java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
  }

  /** The column (from 1) where {@code what} starts in one-line text. */
  private static int column(String text, String what) {
    int at = text.indexOf(what);
    assertThat(at).isNotNegative();
    return at + 1;
  }

  private static List<String> problems(Parsed<?> parsed) {
    return parsed.problems().stream().map(Problem::toString).toList();
  }

  private static Parsed<AnswerSet> readAnswers(String json) {
    return AnswersJson.read(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "a.json", Fixtures.tiny());
  }

  private static final String OUT_OF_RANGE =
      " is out of range; expected at most 15 digits before the decimal point and 30 after it";

  @Test
  void refusesHugeAndTinyNumbersBeforeConvertingThem() {
    for (String number :
        List.of("1e999999999", "1e99999999999", "1e-999999999", "-2E+2147483648", "1.5e16")) {
      String json = tiny("\"weight\": 2", "\"weight\": " + number);
      long start = System.nanoTime();
      Parsed<Instrument> parsed = InstrumentJson.parse(json, "i.json");
      assertThat(System.nanoTime() - start).as(number).isLessThan(1_000_000_000L);

      assertThat(problems(parsed))
          .as(number)
          .containsExactly(
              "i.json: $.sections[0].items[2].weight at line 1, column "
                  + column(json, number)
                  + ": the number "
                  + number
                  + OUT_OF_RANGE);
    }
  }

  @Test
  void refusesIntegersBeyondLong() {
    String json = tiny("\"maxMissing\": 2", "\"maxMissing\": 99999999999999999999");

    assertThat(problems(InstrumentJson.parse(json, "i.json")))
        .containsExactly(
            "i.json: $.missing.maxMissing at line 1, column "
                + column(json, "9999")
                + ": the number 99999999999999999999"
                + OUT_OF_RANGE);
  }

  @Test
  void readsZeroWithAnyExponentAsZero() {
    String json = tiny("\"minScore\": 0", "\"minScore\": 0e999999999");

    assertThat(InstrumentJson.parse(json, "i.json").problems()).isEmpty();
    assertThat(InstrumentJson.parse(json, "i.json").orElseThrow().hash())
        .isEqualTo(InstrumentJson.parse(TINY, "i.json").orElseThrow().hash());
  }

  @Test
  void refusesNanAndInfinityInOurWords() {
    for (String number : List.of("NaN", "Infinity", "-Infinity")) {
      String json = tiny("\"weight\": 2", "\"weight\": " + number);
      assertThatThrownBy(() -> InstrumentJson.parse(json, "i.json"))
          .as(number)
          .isInstanceOf(UnreadableInputException.class)
          .hasMessage(
              "i.json: is not valid JSON at line 1, column "
                  + (column(json, number) + number.length())
                  + ": NaN and Infinity are not JSON numbers; expected a number such as 1 or 2.5");
    }
  }

  @Test
  void refusesALongVersionWithoutARegularExpression() {
    String version = "1.0.0-" + String.join(".", java.util.Collections.nCopies(1500, "a"));
    String json = tiny("\"version\": \"0.1.0\"", "\"version\": \"" + version + "\"");

    assertThat(problems(InstrumentJson.parse(json, "i.json")))
        .containsExactly(
            "i.json: $.version at line 1, column "
                + column(json, "\"1.0.0-")
                + ": '"
                + version.substring(0, 60)
                + "…' is too long; expected a semantic version of at most 256 characters");
  }

  @Test
  void refusesALongLanguageTagWithoutARegularExpression() {
    String tag = "nl" + "-ab".repeat(1500);
    String json = tiny("\"title\": {", "\"title\": {\"" + tag + "\": \"x\", ");

    // as a key, the tag is longer than any key may be
    assertThatThrownBy(() -> InstrumentJson.parse(json, "i.json"))
        .isInstanceOf(UnreadableInputException.class)
        .hasMessage(
            "i.json: cannot be read at line 1, column 1085: a key is too long; expected at most 1000"
                + " characters");
    String shorter = "nl" + "-ab".repeat(300);
    String within = tiny("\"title\": {", "\"title\": {\"" + shorter + "\": \"x\", ");
    assertThat(problems(InstrumentJson.parse(within, "i.json")))
        .containsExactly(
            "i.json: $.title."
                + shorter.substring(0, 200 - "$.title.".length())
                + "… at line 1, column "
                + column(within, "\"x\"")
                + ": '"
                + shorter.substring(0, 60)
                + "…' is not a language tag; expected e.g. nl, en or nl-BE");

    String wording =
        "{\"instrument\": \"tiny-example\", \"version\": \"0.1.0\", \"language\": \""
            + tag
            + "\", \"labels\": {}}";
    Parsed<Wording> read =
        WordingJson.read(
            new ByteArrayInputStream(wording.getBytes(StandardCharsets.UTF_8)), "w.json");
    assertThat(problems(read))
        .containsExactly(
            "w.json: $.language at line 1, column "
                + column(wording, "\"nl-ab")
                + ": '"
                + tag.substring(0, 60)
                + "…' is not a language tag; expected e.g. nl, en or nl-BE");
  }

  @Test
  void boundsDatesToTheSupportedRange() {
    for (String date : List.of("-999999999-01-01", "+999999999-12-31", "+10000-01-01")) {
      String json = answers("\"2026-02-19\"", "\"" + date + "\"");
      assertThat(problems(readAnswers(json)))
          .as(date)
          .containsExactly(
              "a.json: $.assessedAt at line 1, column "
                  + column(json, "\"" + date)
                  + ": '"
                  + date
                  + "' is outside the supported range; expected a date from 0001-01-01 to 9999-12-31");
    }
    String events = answers("\"2025-11-03\"", "\"-999999999-01-01\"");
    assertThat(problems(readAnswers(events)))
        .containsExactly(
            "a.json: $.answers.call-outs[0] at line 1, column "
                + column(events, "\"-999999999")
                + ": '-999999999-01-01' is outside the supported range; expected a date from"
                + " 0001-01-01 to 9999-12-31");
  }

  @Test
  void scoresDatesAtTheEdgesOfTheRange() {
    String json =
        answers("\"2026-02-19\"", "\"0001-01-01\"").replace("\"2025-11-03\"", "\"9999-12-31\"");
    Parsed<AnswerSet> read = readAnswers(json);

    assertThat(read.problems()).isEmpty();
    assertThat(Assessments.score(Fixtures.tiny(), read.orElseThrow()))
        .isInstanceOf(AssessmentOutcome.Scored.class);
  }

  @Test
  void refusesNullsWhereAValueIsRequired() {
    String json = answers("\"assessor\": \"an\"", "\"assessor\": null");

    assertThat(problems(readAnswers(json)))
        .containsExactly(
            "a.json: $.assessor at line 1, column "
                + column(json, "null")
                + ": required field is missing; expected a non-blank string");
  }

  @Test
  void refusesDuplicateKeysWithTheirPlace() {
    String json =
        tiny("\"approach\": \"CHECKLIST\"", "\"approach\": \"CHECKLIST\", \"approach\": \"X\"");

    assertThatThrownBy(() -> InstrumentJson.parse(json, "i.json"))
        .isInstanceOf(UnreadableInputException.class)
        .hasMessage(
            "i.json: is not valid JSON at line 1, column "
                + column(json, "\"approach\": \"X\"")
                + ": the key 'approach' is given twice in $; each key may appear once in an"
                + " object");
    String nested = answers("\"severity\": 1", "\"severity\": 1, \"severity\": 2");
    assertThatThrownBy(() -> readAnswers(nested))
        .isInstanceOf(UnreadableInputException.class)
        .hasMessage(
            "a.json: is not valid JSON at line 1, column "
                + column(nested, "\"severity\": 2")
                + ": the key 'severity' is given twice in $.answers; each key may appear once in"
                + " an object");
  }

  @Test
  void replacesJacksonsMessagesWithOurs() {
    assertThatThrownBy(() -> InstrumentJson.parse("{bad", "b.json"))
        .hasMessage(
            "b.json: is not valid JSON at line 1, column 2: expected a key in double quotes");
    assertThatThrownBy(() -> InstrumentJson.parse("{\"a\": ", "b.json"))
        .hasMessage(
            "b.json: is not valid JSON at line 1, column 7: the text ends too early; a value, ] or }"
                + " is missing");
    assertThatThrownBy(() -> InstrumentJson.parse("hello world", "b.json"))
        .hasMessage(
            "b.json: is not valid JSON at line 1, column 1: an unquoted word; expected a string in"
                + " double quotes, a number, true, false or null");
    assertThatThrownBy(() -> InstrumentJson.parse("{} {}", "b.json"))
        .hasMessage(
            "b.json: is not valid JSON at line 1, column 4: more text after the end of the JSON"
                + " value; expected one value only");
    assertThatThrownBy(() -> InstrumentJson.parse("[".repeat(5000), "b.json"))
        .hasMessage(
            "b.json: cannot be read at line 1, column 66: objects and arrays are nested too deeply;"
                + " expected at most 64 levels");
    assertThatThrownBy(
            () ->
                InstrumentJson.read(
                    new ByteArrayInputStream(new byte[] {'"', (byte) 0xff, '"'}), "b.json"))
        .hasMessage(
            "b.json: is not valid JSON at line 1, column 3: the text is not UTF-8; expected JSON in"
                + " UTF-8");
    assertThatThrownBy(() -> InstrumentJson.parse("", "b.json"))
        .hasMessage("b.json: is empty; expected a JSON object");
  }

  @Test
  void refusesBytesThatLookLikeUcs4() {
    // found by fuzzing the answers reader: Jackson threw while choosing the encoding
    byte[] bytes = {0, 0, (byte) 0xf9, 0, 0, 0, 0, 0, 0, 0, '{', '}'};

    assertThatThrownBy(
            () -> AnswersJson.read(new ByteArrayInputStream(bytes), "a.json", Fixtures.tiny()))
        .isInstanceOf(UnreadableInputException.class)
        .hasMessage("a.json: is not valid JSON: the text is not UTF-8; expected JSON in UTF-8");
  }

  @Test
  void keepsEveryProblemOnOneShortLine() {
    String json = tiny("\"approach\"", "\"appro\\nach\\u2028" + "x".repeat(900) + "\"");
    List<Problem> found = InstrumentJson.parse(json, "i.json").problems();

    assertThat(found).isNotEmpty();
    assertThat(found)
        .allSatisfy(
            p -> {
              assertThat(p.toString()).doesNotContain("\n", "\u2028");
              assertThat(p.toString().length()).isLessThan(1500);
            });
    assertThat(found.get(0).path()).startsWith("$.appro\\u000aach\\u2028xxx").endsWith("…");
  }

  @Test
  void listsAtMostAHundredProblems() {
    StringBuilder json = new StringBuilder("{");
    for (int i = 0; i < 3000; i++) {
      json.append(i == 0 ? "" : ",").append("\"k").append(i).append("\":1");
    }
    List<String> found = problems(InstrumentJson.parse(json.append('}').toString(), "i.json"));

    assertThat(found).hasSize(101);
    assertThat(found.get(100))
        .isEqualTo(
            "i.json: $: 2906 more problem(s) not listed; at most 100 are listed, fix these first");
  }

  @Test
  void refusesDirectoriesMissingFilesAndHugeFiles() throws IOException {
    assertThatThrownBy(() -> InstrumentJson.read(dir))
        .isInstanceOf(UnreadableInputException.class)
        .hasMessage(dir + ": is a directory; expected a JSON file");
    assertThatThrownBy(() -> AnswersJson.read(dir.resolve("none.json"), Fixtures.tiny()))
        .hasMessage(dir.resolve("none.json") + ": no such file");
    Path huge = dir.resolve("huge.json");
    Files.write(huge, new byte[Json.MAX_BYTES + 1]);
    assertThatThrownBy(() -> WordingJson.read(huge))
        .hasMessage(huge + ": is too large; expected at most 4194304 bytes (4 MiB)");
    byte[] spaces = new byte[Json.MAX_BYTES + 10];
    java.util.Arrays.fill(spaces, (byte) ' ');
    assertThatThrownBy(() -> InstrumentJson.read(new ByteArrayInputStream(spaces), "s.json"))
        .hasMessage("s.json: is too large; expected at most 4194304 bytes (4 MiB)");
    Path notJson = dir.resolve("picture.png");
    Files.write(notJson, new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
    assertThatThrownBy(() -> InstrumentJson.read(notJson))
        .isInstanceOf(UnreadableInputException.class)
        .hasMessage(
            notJson
                + ": is not valid JSON at line 1, column 2: the text is not UTF-8; expected JSON in"
                + " UTF-8");
  }
}
