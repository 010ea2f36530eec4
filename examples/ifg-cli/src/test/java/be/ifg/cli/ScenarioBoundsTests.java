package be.ifg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import be.ifg.rti.Parsed;
import be.ifg.rti.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the scenario reader accepts is bounded (issue 15): each input below ends in problems of one
 * line with file, JSON path, line and column, never a thrown exception or a silent change.
 */
class ScenarioBoundsTests {
  @TempDir Path dir;

  private static final String TABLE =
      """
      "table": {"region": "r", "partners": [{"id": "caw", "kind": "CAW"}],
                "members": [{"id": "an", "partner": "caw"}], "coordinator": "an"%s}""";

  private static String scenario(String extraTable, String top, String steps) {
    return "{\"name\": \"s\", \"start\": \"2026-01-01T09:00:00+01:00\",\n"
        + TABLE.formatted(extraTable)
        + top
        + ",\n \"steps\": ["
        + steps
        + "]}";
  }

  private static final String REGISTER =
      """
      {"by": "an", "do": "register", "with": {"dossier": "d1",
        "parties": [{"id": "sara", "role": "VICTIM"}], "criteria": ["UNSAFETY"],
        "informed": [{"party": "sara", "how": "talk"}]}}""";

  private List<Problem> problems(String text) throws IOException {
    Path file = dir.resolve("s.json");
    Files.writeString(file, text);
    Parsed<Scenario> read = ScenarioReader.read(file);
    assertThat(read).isInstanceOf(Parsed.Invalid.class);
    for (Problem p : read.problems()) {
      assertThat(p.toString()).doesNotContain("\n", "Source:", "REDACTED").hasSizeLessThan(2000);
    }
    return read.problems();
  }

  private static String lines(List<Problem> problems) {
    return String.join("\n", problems.stream().map(Problem::toString).toList());
  }

  @Test
  void aKeyGivenTwiceIsRefusedWithItsLineAndColumn() throws IOException {
    List<Problem> p =
        problems(
            scenario(
                "",
                "",
                REGISTER + ",\n{\"by\": \"an\", \"do\": \"accept\", \"do\": \"withdraw\"}"));
    assertThat(p).hasSize(1);
    assertThat(p.get(0).toString())
        .contains("s.json: $ at line 7, column 30: not valid JSON: ")
        .contains("the key \"do\" is given twice in $.steps[1]");
  }

  @Test
  void integersBeyondIntAndLongAndWeeksThatOverflowAreRefused() throws IOException {
    assertThat(lines(problems(scenario(", \"reportEveryWeeks\": 4294967297", "", REGISTER))))
        .contains("$.table.reportEveryWeeks at line 3, column")
        .contains("must be a whole number from 1 to 2147483647");
    assertThat(lines(problems(scenario(", \"reportEveryWeeks\": 2147483647", "", REGISTER))))
        .contains("$.table.reportEveryWeeks at line 3")
        .contains("must be at most 520");
    assertThat(
            lines(
                problems(scenario(", \"followUpMonths\": 99999999999999999999999", "", REGISTER))))
        .contains("$.table.followUpMonths at line 3")
        .contains("a number out of range");
    assertThat(lines(problems(scenario(", \"followUpMonths\": 1e999999999", "", REGISTER))))
        .contains("$.table.followUpMonths at line 3")
        .contains("a number out of range");
  }

  @Test
  void anExpectedScoreIsComparedExactly() throws IOException {
    Path example = Path.of("../scenarios/children-indirect-victims.json");
    String text = Files.readString(example);
    assertThat(text).contains("\"score\": 7,");
    Files.copy(Path.of("../scenarios/tiny-instrument.json"), dir.resolve("tiny-instrument.json"));
    Path file = dir.resolve("exact-score.json");
    Files.writeString(file, text);
    assertThat(IfgRun.ifg("scenario", "run", file.toString()).code()).isZero();
    Files.writeString(file, text.replace("\"score\": 7,", "\"score\": 7.0000000000000001,"));
    IfgRun run = IfgRun.ifg("scenario", "run", file.toString());
    assertThat(run.code()).as(run.err()).isEqualTo(1);
    assertThat(run.out() + run.err()).contains("7.0000000000000001");
  }

  @Test
  void anAdvanceBeyondTheYear9999IsAProblem() throws IOException {
    for (String amount : List.of("P999999999Y", "PT9999999999999H", "P8000Y")) {
      assertThat(
              lines(problems(scenario("", "", REGISTER + ",\n{\"advance\": \"" + amount + "\"}"))))
          .contains("$.steps[1].advance at line 7, column 13")
          .contains("that ends by the year 9999: '" + amount + "'");
    }
  }

  @Test
  void aNullActorIsRefused() throws IOException {
    assertThat(
            lines(
                problems(
                    scenario(
                        "",
                        "",
                        REGISTER
                            + ",\n{\"ask\": \"view\", \"who\": null, \"purpose\": \"SAFETY\"}"))))
        .contains("$.steps[1].who at line 7, column 24")
        .contains("must be an actor id, not null");
    assertThat(
            lines(
                problems(
                    scenario(
                        "",
                        "",
                        REGISTER
                            + ",\n{\"by\": null, \"do\": \"withdraw\", \"with\": {\"reason\": \"x\"}}"))))
        .contains("$.steps[1].by at line 7")
        .contains("must be an actor id, not null");
  }

  @Test
  void aFileNamedOutsideTheScenariosDirectoryIsNeverOpened() throws IOException {
    Path secret = dir.resolve("secret.json");
    Files.writeString(secret, "topsecret");
    Path sub = Files.createDirectories(dir.resolve("sub"));
    Path file = sub.resolve("s.json");
    for (String name :
        List.of("../secret.json", secret.toString(), "../../../../../../etc/passwd")) {
      Files.writeString(file, scenario("", ",\n \"instruments\": [\"" + name + "\"]", REGISTER));
      String text = lines(ScenarioReader.read(file).problems());
      assertThat(text)
          .contains("$.instruments[0] at line 4")
          .contains("is outside the scenario's directory")
          .doesNotContain("topsecret", "root:");
    }
    Files.writeString(
        file, scenario("", ",\n \"instruments\": [\".\", \"a\\u0000b\", \"none.json\"]", REGISTER));
    assertThat(lines(ScenarioReader.read(file).problems()))
        .contains("'.' is a directory")
        .contains("not a usable file name")
        .contains("no such instrument file: 'none.json'");
  }

  @Test
  void aDirectoryIsReportedAsADirectory() {
    assertThat(lines(ScenarioReader.read(dir).problems()))
        .endsWith(": $: is a directory; expected a scenario file (JSON)");
    assertThat(lines(ScenarioReader.read(dir.resolve("none.json")).problems()))
        .endsWith(": $: no such file");
  }

  @Test
  void jsonErrorsAreOurOwnWithLineAndColumn() throws IOException {
    assertThat(lines(problems("{\"name\": \"s\",\n  \"start\": NaN}")))
        .endsWith(
            "s.json: $ at line 2, column 15: not valid JSON: NaN and Infinity are not JSON numbers; expected a number such as 1 or 2.5");
    assertThat(lines(problems("[".repeat(5000)))).contains("nested too deeply");
    assertThat(lines(problems(""))).endsWith("is empty; expected a JSON object");
    assertThat(lines(problems("{} {}"))).contains("more text after the end of the JSON value");
  }

  @Test
  void longStringsAreBoundedBeforeAnyPattern() throws IOException {
    String longId = "a".repeat(50_000);
    assertThat(
            lines(problems(scenario("", "", "{\"by\": \"" + longId + "\", \"do\": \"withdraw\"}"))))
        .contains("$.steps[0].by at line")
        .contains("a text of 50000 characters; expected at most 20000");
    String id = "a".repeat(5000);
    String text =
        lines(problems(scenario("", "", "{\"by\": \"" + id + "\", \"do\": \"withdraw\"}")));
    assertThat(text).contains("not a valid id").hasSizeLessThan(2000);
  }
}
