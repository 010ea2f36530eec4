package be.ifg.cli;

import static be.ifg.cli.IfgRun.ifg;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store in use (issue 15): refusals that create nothing, list, show, export and import. */
class StoreInspectTests {
  private static final Path SCENARIOS = Path.of("..", "scenarios");
  private static final String BASIC = SCENARIOS.resolve("basic-chain.json").toString();

  @TempDir Path directory;

  private String url(String name) {
    return "jdbc:h2:file:" + directory.resolve(name).toAbsolutePath();
  }

  private String played(String name) {
    String url = url(name);
    IfgRun run = ifg("scenario", "run", BASIC, "--store", url);
    assertThat(run.code()).as(run.out() + run.err()).isZero();
    return url;
  }

  private static void oneLine(IfgRun run) {
    assertThat(run.code()).as(run.out() + run.err()).isEqualTo(Ifg.UNUSABLE);
    assertThat(run.err().strip().lines()).as(run.err()).hasSize(1);
    assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void aStoreCommandOnAMissingDatabaseCreatesNothing() throws IOException {
    String missing = "jdbc:h2:file:" + directory.resolve("typo/store").toAbsolutePath();
    for (List<String> command :
        List.of(
            List.of("store", "verify", "--store", missing),
            List.of("store", "list", "--store", missing),
            List.of("store", "show", "d1", "--store", missing),
            List.of("store", "export", "--store", missing),
            List.of("store", "purge", "--store", missing, "--older-than", "P1D"),
            List.of(
                "store",
                "events",
                "--store",
                missing,
                "--table",
                "t",
                "--as",
                "an",
                "--subscription",
                "cli"))) {
      IfgRun run = ifg(command.toArray(String[]::new));
      oneLine(run);
      assertThat(run.err()).as(command.toString()).contains("there is no database at");
    }
    try (var files = Files.list(directory)) {
      assertThat(files).as("nothing was created").isEmpty();
    }
  }

  @Test
  void aScenarioRunRefusesADirectoryThatDoesNotExist() throws IOException {
    String url = "jdbc:h2:file:" + directory.resolve("no/such/dir/x").toAbsolutePath();

    IfgRun run = ifg("scenario", "run", BASIC, "--store", url);

    oneLine(run);
    assertThat(run.err()).contains("does not exist");
    try (var files = Files.list(directory)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void aSecondScenarioRunOnTheSameStoreIsRefusedBeforeAnythingRuns() {
    String url = played("twice");
    String before = ifg("store", "export", "--store", url).out();

    IfgRun again = ifg("scenario", "run", BASIC, "--store", url);

    oneLine(again);
    assertThat(again.err()).contains("holds dossier d1").contains(url);
    assertThat(again.out()).isEmpty();
    assertThat(ifg("store", "export", "--store", url).out()).isEqualTo(before);
  }

  @Test
  void aDriverErrorShowsItsCauseInOneLine() {
    String url = played("cause") + ";NO_SUCH_SETTING=1";

    IfgRun run = ifg("store", "verify", "--store", url);

    oneLine(run);
    assertThat(run.err()).contains("NO_SUCH_SETTING").contains("90113");
  }

  @Test
  void listsTablesAndDossiersWithoutContent() {
    String url = played("list");

    IfgRun list = ifg("store", "list", "--store", url);

    assertThat(list.code()).as(list.err()).isZero();
    assertThat(list.out())
        .contains("table west-vlaanderen:")
        .contains("dossier d1: ")
        .contains("disclosure log: ")
        .doesNotContain("shelter")
        .doesNotContain("call-outs");
    assertThat(ifg("--language", "nl", "store", "list", "--store", url).out())
        .contains("tafel west-vlaanderen");
  }

  @Test
  void showsADossiersEventsAndLogEntriesContentOnlyWhenAsked() {
    String url = played("show");

    IfgRun show = ifg("store", "show", "d1", "--store", url);
    IfgRun content = ifg("store", "show", "d1", "--store", url, "--content");

    assertThat(show.code()).as(show.err()).isZero();
    assertThat(show.out())
        .contains("dossier d1 at table west-vlaanderen")
        .contains("version 1, ")
        .contains("Registered by ")
        .contains("disclosure-log entries about the dossier")
        .doesNotContain("shelter")
        .doesNotContain("{");
    assertThat(content.out()).contains("shelter").contains("\"type\":\"Registered\"");
    oneLine(ifg("store", "show", "nobody", "--store", url));
  }

  @Test
  void exportImportVerifyAndExportAgainByteForByte() throws IOException {
    String url = played("source");
    Path first = directory.resolve("first.jsonl");
    Path second = directory.resolve("second.jsonl");

    IfgRun export = ifg("store", "export", "--store", url, "--to", first.toString());
    IfgRun imported = ifg("store", "import", first.toString(), "--store", url("copy"), "--create");
    IfgRun verify = ifg("store", "verify", "--store", url("copy"));
    ifg("store", "export", "--store", url("copy"), "--to", second.toString());

    assertThat(export.code()).as(export.err()).isZero();
    assertThat(export.out()).contains("disclosure entries to " + first);
    assertThat(imported.code()).as(imported.out() + imported.err()).isZero();
    assertThat(imported.out()).contains("imported ").contains("store verified:");
    assertThat(verify.code()).isZero();
    assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
    assertThat(Files.readAllLines(first, StandardCharsets.UTF_8).get(0))
        .isEqualTo(StoreInspect.HEADER);
    assertThat(ifg("store", "export", "--store", url).out())
        .isEqualTo(Files.readString(first, StandardCharsets.UTF_8));
  }

  @Test
  void aPurgedStoreWithTombstonesGoesThroughExportAndImport() throws IOException {
    String url = played("purged");
    assertThat(ifg("store", "purge", "--store", url, "--older-than", "P1D").code()).isZero();
    Path first = directory.resolve("purged.jsonl");
    ifg("store", "export", "--store", url, "--to", first.toString());

    IfgRun imported =
        ifg("store", "import", first.toString(), "--store", url("purged-copy"), "--create");

    assertThat(imported.code()).as(imported.out() + imported.err()).isZero();
    assertThat(ifg("store", "export", "--store", url("purged-copy")).out())
        .isEqualTo(Files.readString(first, StandardCharsets.UTF_8));
    assertThat(ifg("store", "list", "--store", url("purged-copy")).out())
        .contains("54 of them tombstones");
  }

  @Test
  void importRefusesAStoreThatIsNotEmptyAndABadLineWritingNothing() throws IOException {
    String url = played("full");
    Path file = directory.resolve("export.jsonl");
    ifg("store", "export", "--store", url, "--to", file.toString());

    IfgRun full = ifg("store", "import", file.toString(), "--store", url);
    oneLine(full);
    assertThat(full.err()).contains("is not empty");

    IfgRun missing = ifg("store", "import", file.toString(), "--store", url("not-there"));
    oneLine(missing);

    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    Path bad = directory.resolve("bad.jsonl");
    Files.write(bad, List.of(lines.get(0), lines.get(1), lines.get(1)), StandardCharsets.UTF_8);
    IfgRun badLine = ifg("store", "import", bad.toString(), "--store", url("empty"), "--create");
    oneLine(badLine);
    assertThat(badLine.err()).contains("line 3").contains("version 2, not 1");
    assertThat(ifg("store", "list", "--store", url("empty")).out()).doesNotContain("dossier");

    IfgRun exists = ifg("store", "export", "--store", url, "--to", file.toString());
    oneLine(exists);
  }
}
