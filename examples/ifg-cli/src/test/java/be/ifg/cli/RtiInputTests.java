package be.ifg.cli;

import static be.ifg.cli.IfgRun.ifg;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ifg rti validate} and {@code ifg rti score} on input files that once escaped as "failed
 * unexpectedly" or a stack trace (issue 15): each now ends in one line and exit 1 or 2.
 */
class RtiInputTests {
  private static final Path EXAMPLES = Path.of("..").toAbsolutePath().normalize();
  private static final String TINY =
      EXAMPLES.resolve("instruments/tiny-instrument.json").toString();
  private static final String TINY_ANSWERS =
      EXAMPLES.resolve("answers/tiny-answers.json").toString();

  @TempDir Path dir;

  private static void declared(IfgRun run) {
    assertThat(run.err()).doesNotContain("failed unexpectedly", "Exception", "\tat ");
  }

  @Test
  void namesAFileNameWithANulCharacter() {
    IfgRun validate = ifg("rti", "validate", "bad\u0000name.json");
    IfgRun score = ifg("rti", "score", "--instrument", TINY, "--answers", "a\u0000.json");
    IfgRun instrument = ifg("rti", "score", "--instrument", "i\u0000", "--answers", TINY_ANSWERS);
    IfgRun dutch =
        ifg("--language", "nl", "rti", "score", "--instrument", TINY, "--answers", "a\u0000.json");

    assertThat(validate.code()).isEqualTo(2);
    assertThat(validate.err())
        .isEqualTo(
            "bad\\u0000name.json: is not a usable file name; it holds a character no file name"
                + " can have (such as NUL)\n");
    assertThat(score.code()).isEqualTo(2);
    assertThat(score.err()).startsWith("a\\u0000.json: is not a usable file name;");
    assertThat(instrument.code()).isEqualTo(2);
    assertThat(instrument.err()).startsWith("i\\u0000: is not a usable file name;");
    assertThat(dutch.err()).startsWith("a\\u0000.json: is geen bruikbare bestandsnaam;");
  }

  @Test
  void saysADirectoryIsADirectory() {
    IfgRun validate = ifg("rti", "validate", dir.toString());
    IfgRun score = ifg("rti", "score", "--instrument", dir.toString(), "--answers", TINY_ANSWERS);
    IfgRun answers = ifg("rti", "score", "--instrument", TINY, "--answers", dir.toString());

    assertThat(validate.code()).isEqualTo(2);
    assertThat(validate.err()).isEqualTo(dir + ": is a directory; expected a JSON file\n");
    assertThat(score.err()).isEqualTo(dir + ": is a directory; expected a JSON file\n");
    assertThat(answers.err()).isEqualTo(dir + ": is a directory; expected a JSON file\n");
  }

  @Test
  void saysAFileIsNotJson() throws Exception {
    Path text = dir.resolve("notes.txt");
    Files.writeString(text, "Dear team,\nplease find attached");

    IfgRun run = ifg("rti", "validate", text.toString());

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            text
                + ": is not valid JSON at line 1, column 1: an unquoted word; expected a string in"
                + " double quotes, a number, true, false or null\n");
  }

  @Test
  void refusesAHugeExponentAtOnce() throws Exception {
    Path file = dir.resolve("i.json");
    Files.writeString(
        file,
        Files.readString(Path.of(TINY))
            .replace("\"windowDays\": 365", "\"windowDays\": 1e999999999"));

    IfgRun run = ifg("rti", "validate", file.toString());

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err())
        .isEqualTo(
            file
                + ": $.rules[1].windowDays at line 28, column 103: the number 1e999999999 is out of"
                + " range; expected at most 15 digits before the decimal point and 30 after it\n");
  }

  @Test
  void refusesADateOutsideTheRangeBeforeScoring() throws Exception {
    Path file = dir.resolve("a.json");
    Files.writeString(
        file,
        Files.readString(Path.of(TINY_ANSWERS)).replace("\"2026-02-19\"", "\"-999999999-01-01\""));

    IfgRun run = ifg("rti", "score", "--instrument", TINY, "--answers", file.toString());

    declared(run);
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            file
                + ": $.assessedAt at line 3, column 17: '-999999999-01-01' is outside the supported"
                + " range; expected a date from 0001-01-01 to 9999-12-31\n");
  }

  @Test
  void refusesALongVersionAndALanguageTagWithManySubtags() throws Exception {
    Path file = dir.resolve("v.json");
    String version = "1.0.0-" + "a.".repeat(1499) + "a";
    Files.writeString(
        file,
        Files.readString(Path.of(TINY))
            .replace("\"0.1.0\"", "\"" + version + "\"")
            .replace("{\"en\": \"Tiny", "{\"nl" + "-ab".repeat(300) + "\": \"x\", \"en\": \"Tiny"));

    IfgRun run = ifg("rti", "validate", file.toString());

    declared(run);
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err().lines())
        .hasSize(2)
        .anyMatch(l -> l.contains("$.version at line 3, column 14: '1.0.0-a.a.a"))
        .anyMatch(l -> l.endsWith("…' is not a language tag; expected e.g. nl, en or nl-BE"));
  }
}
