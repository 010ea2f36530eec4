package be.ifg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import be.ifg.rti.Parsed;
import be.ifg.rti.Problem;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The fuzz targets of the scenario reader and of {@code ifg scenario run}, in-process
 * (docs/fuzzing.md). In every build they run in regression mode over the seed corpus in {@code
 * src/test/resources/be/ifg/cli/ScenarioFuzzTestsInputs/<method>/}; with {@code JAZZER_FUZZ=1}
 * Jazzer mutates it.
 *
 * <p>The same rules as {@link RtiFuzzTests}: a declared outcome (a scenario, or problems of one
 * line each with file, path, line and column; exit 0, 1 or 2), no "failed unexpectedly" and no
 * stack trace, bounded output, and less than a second of processor time for a small input.
 */
class ScenarioFuzzTests {
  private static Path dir;
  private static Path input;

  @BeforeAll
  static void prepare() throws IOException {
    dir = Files.createTempDirectory("scenario-fuzz");
    input = dir.resolve("scenario.json");
    String fuzz = System.getenv("JAZZER_FUZZ");
    if (fuzz != null && !fuzz.isEmpty()) {
      // classes load after Jazzer's agent in fuzzing mode (see RtiFuzzTests)
      return;
    }
    // the first run loads the classes; it must not count against the time bound
    Files.copy(Path.of("../scenarios/withdrawal.json"), input);
    IfgRun.ifg("scenario", "run", input.toString());
  }

  @AfterAll
  static void clean() throws IOException {
    Files.deleteIfExists(input);
    Files.deleteIfExists(dir);
  }

  @FuzzTest(maxDuration = "2m")
  void scenarioReader(byte[] data) {
    String file = write(data);
    String text = new String(data, java.nio.charset.StandardCharsets.UTF_8);
    // Jackson's excerpt must not show; a scenario may hold these words itself and be quoted
    boolean quoted = text.contains("Source") || text.contains("REDACTED");
    long millis = timedRead(file, quoted);
    if (millis >= RtiFuzzTests.BOUND_MILLIS && data.length <= RtiFuzzTests.SMALL) {
      millis = timedRead(file, quoted);
    }
    if (data.length <= RtiFuzzTests.SMALL) {
      assertThat(millis)
          .as("milliseconds for %d bytes", data.length)
          .isLessThan(RtiFuzzTests.BOUND_MILLIS);
    }
  }

  @FuzzTest(maxDuration = "2m")
  void scenarioRun(byte[] data) {
    RtiFuzzTests.declared(data, "scenario", "run", write(data));
  }

  private static long timedRead(String file, boolean quoted) {
    long start = RtiFuzzTests.cpuNanos();
    Parsed<Scenario> parsed = ScenarioReader.read(Path.of(file));
    long millis = (RtiFuzzTests.cpuNanos() - start) / 1_000_000;
    for (Problem p : parsed.problems()) {
      String line = p.toString();
      assertThat(line).doesNotContain("\n", "\r");
      if (!quoted) {
        assertThat(line).doesNotContain("Source:", "REDACTED");
      }
      assertThat(line.length()).as("length of %.200s", line).isLessThan(2000);
      assertThat(p.path()).startsWith("$");
    }
    return millis;
  }

  private static String write(byte[] data) {
    try {
      Files.write(input, data);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return input.toString();
  }
}
