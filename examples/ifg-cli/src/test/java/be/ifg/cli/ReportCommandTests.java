package be.ifg.cli;

import static be.ifg.cli.IfgRun.ifg;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ifg report}: a steering group's report from a store a scenario filled. */
class ReportCommandTests {
  private static final Path SCENARIOS = Path.of("..", "scenarios");

  @TempDir static Path shared;
  private static String url;

  @TempDir Path directory;
  private Path group;

  /** One store for the class, filled once: a report only reads it (and logs the question). */
  @BeforeAll
  static void fill() {
    url = "jdbc:h2:file:" + shared.resolve("store").toAbsolutePath();
    IfgRun run =
        ifg(
            "scenario",
            "run",
            SCENARIOS.resolve("whole-chain-with-evaluation.json").toString(),
            "--store",
            url);
    assertThat(run.code()).as(run.out() + run.err()).isZero();
  }

  @BeforeEach
  void group() throws IOException {
    group =
        write(
            "group.json",
            """
            {"name": "stuurgroep-west", "readers": ["sonja"], "regions": ["west-vlaanderen"],
             "declineCategories": {"no-unsafety": ["unsafety"]}}
            """);
  }

  private Path write(String name, String content) throws IOException {
    Path file = directory.resolve(name);
    Files.writeString(file, content);
    return file;
  }

  private IfgRun report(String... more) {
    String[] base = {
      "report",
      "--store",
      url,
      "--group",
      group.toString(),
      "--as",
      "sonja",
      "--from",
      "2026-01-01",
      "--to",
      "2026-12-31"
    };
    String[] all = new String[base.length + more.length];
    System.arraycopy(base, 0, all, 0, base.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    return ifg(all);
  }

  @Test
  void printsTheReportAsTextInEachLanguage() {
    IfgRun en = report();
    assertThat(en.code()).as(en.err()).isZero();
    assertThat(en.out())
        .contains("Steering report of stuurgroep-west (west-vlaanderen), 2026-01-01 to 2026-12-31")
        .contains("Inflow: dossiers registered")
        .contains("< 5")
        .contains("Days per phase (median / 90th percentile)")
        .doesNotContain("sara", "tom", "d1");
    IfgRun nl = report("--language", "nl");
    assertThat(nl.out()).contains("Stuurgroeprapport van stuurgroep-west").contains("Instroom");
    IfgRun fr = report("--language", "fr");
    assertThat(fr.out()).contains("Rapport de pilotage de stuurgroep-west").contains("Entrées");
  }

  @Test
  void printsTheReportAsJsonWithSuppressedCountsWithoutValue() {
    IfgRun json = report("--format", "json");
    assertThat(json.code()).as(json.err()).isZero();
    assertThat(json.out())
        .contains("\"measure\" : \"INFLOW\"")
        .contains("\"suppressed\" : \"SMALL\"")
        .contains("\"count\" : null")
        .contains("\"text\" : \"< 5\"");
    // the dossier's counts are suppressed; the policy signals, which the readers read one by one,
    // are not
    String signals = "\"measure\" : \"SIGNALS\"";
    assertThat(json.out().substring(0, json.out().indexOf(signals)))
        .doesNotContain("\"count\" : 1,");
    assertThat(json.out().substring(json.out().indexOf(signals))).contains("\"count\" : 1,");
  }

  @Test
  void printsTheReportAsCsv() {
    IfgRun csv = report("--format", "csv", "--threshold", "3");
    assertThat(csv.code()).as(csv.err()).isZero();
    assertThat(csv.out())
        .startsWith("measure,key,count\n")
        .contains("INFLOW,REGISTERED,< 3\n")
        .contains("STATES,WEIGHING,0\n")
        .contains("PHASE_MEDIAN_DAYS,REGISTERED,-\n");
  }

  @Test
  void refusesAnybodyWhoIsNotAReaderOfTheGroupTheSameWithOrWithoutDossiers() throws IOException {
    IfgRun member =
        ifg(
            "report",
            "--store",
            url,
            "--group",
            group.toString(),
            "--as",
            "an",
            "--from",
            "2026-01-01",
            "--to",
            "2026-12-31");
    assertThat(member.code()).isEqualTo(Ifg.INVALID);
    assertThat(member.out()).isEmpty();
    assertThat(member.err())
        .isEqualTo("an is not a reader of steering group stuurgroep-west: no report\n");
    String empty = "jdbc:h2:file:" + directory.resolve("empty").toAbsolutePath();
    IfgRun none =
        ifg(
            "report",
            "--store",
            empty,
            "--group",
            group.toString(),
            "--as",
            "an",
            "--from",
            "2026-01-01",
            "--to",
            "2026-12-31");
    assertThat(none.code()).isEqualTo(member.code());
    assertThat(none.err()).isEqualTo(member.err());
  }

  @Test
  void namesTheFileAndThePathOfAGroupItCannotUse() throws IOException {
    group = write("bad.json", "{\"name\": \"g\", \"readers\": [], \"regions\": [\"west\"]}");
    IfgRun run = report();
    assertThat(run.code()).isEqualTo(Ifg.UNUSABLE);
    assertThat(run.err())
        .contains("bad.json: at $.readers: expected a non-empty array of ids, each a text")
        .doesNotContain("Exception");
    group = write("typo.json", "{\"name\": \"g\", \"reader\": [\"sonja\"], \"regions\": [\"w\"]}");
    assertThat(report().err()).contains("typo.json: at $.reader: unknown field");
    group = write("broken.json", "{\"name\": ");
    assertThat(report().err()).contains("broken.json is not JSON");
    group = directory.resolve("missing.json");
    assertThat(report().err()).contains("cannot read the steering group file");
  }

  @Test
  void refusesABadFormatDateOrThreshold() {
    assertThat(report("--format", "xml").err()).contains("unknown --format xml");
    assertThat(report("--threshold", "2").err()).contains("--threshold must be at least 3");
    IfgRun backwards =
        ifg(
            "report",
            "--store",
            url,
            "--group",
            group.toString(),
            "--as",
            "sonja",
            "--from",
            "2026-12-31",
            "--to",
            "2026-01-01");
    assertThat(backwards.code()).isEqualTo(Ifg.UNUSABLE);
    assertThat(backwards.err()).contains("the period ends before it starts");
    IfgRun notADate =
        ifg(
            "report",
            "--store",
            url,
            "--group",
            group.toString(),
            "--as",
            "sonja",
            "--from",
            "1 january",
            "--to",
            "2026-01-01");
    assertThat(notADate.err()).contains("not a date (expected YYYY-MM-DD): 1 january");
  }
}
