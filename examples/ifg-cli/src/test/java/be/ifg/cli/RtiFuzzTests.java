package be.ifg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The fuzz targets of {@code ifg rti validate} and {@code ifg rti score}, run in-process
 * (docs/fuzzing.md). In every build they run in regression mode over the seed corpus in {@code
 * src/test/resources/be/ifg/cli/RtiFuzzTestsInputs/<method>/}; with {@code JAZZER_FUZZ=1} Jazzer
 * mutates it.
 *
 * <p>Each input is written to a file and given to the command. It passes when the command exits
 * with 0, 1 or 2, prints no "failed unexpectedly" and no stack trace, prints each error on one
 * line, prints at most {@link #OUTPUT_BOUND} characters plus 50 per input byte, and, for a small
 * input, takes less than a second.
 */
class RtiFuzzTests {
  private static final Path EXAMPLES = Path.of("..").toAbsolutePath().normalize();
  private static final String TINY =
      EXAMPLES.resolve("instruments/tiny-instrument.json").toString();
  private static final String TINY_ANSWERS =
      EXAMPLES.resolve("answers/tiny-answers.json").toString();

  /** What counts as a small input, in bytes, for the time bound. */
  static final int SMALL = 64 * 1024;

  /**
   * The processor time of this process, in nanoseconds: what the input costs, whatever else the
   * machine is doing (wall-clock time when the system does not tell).
   */
  static long cpuNanos() {
    return ProcessHandle.current()
        .info()
        .totalCpuDuration()
        .map(java.time.Duration::toNanos)
        .orElseGet(System::nanoTime);
  }

  /** The time bound for a small input, in milliseconds of processor time. */
  static final long BOUND_MILLIS = 1000;

  /** The output allowed whatever the input, in characters; 50 more per byte of input. */
  static final int OUTPUT_BOUND = 20_000;

  private static Path dir;
  private static Path input;

  @BeforeAll
  static void prepare() throws IOException {
    dir = Files.createTempDirectory("rti-fuzz");
    input = dir.resolve("input.json");
    String fuzz = System.getenv("JAZZER_FUZZ");
    if (fuzz != null && !fuzz.isEmpty()) {
      // in fuzzing mode the classes must be loaded after Jazzer's agent is in place: OpenJDK 17
      // cannot retransform a record with type annotations (JDK-8376185, NoSuchFieldError)
      return;
    }
    // the first runs load the classes; they must not count against the time bound
    IfgRun.ifg("rti", "validate", TINY);
    IfgRun.ifg("rti", "score", "--instrument", TINY, "--answers", TINY_ANSWERS);
  }

  @AfterAll
  static void clean() throws IOException {
    Files.deleteIfExists(input);
    Files.deleteIfExists(dir);
  }

  @FuzzTest(maxDuration = "2m")
  void validate(byte[] data) {
    declared(data, "rti", "validate", write(data));
  }

  @FuzzTest(maxDuration = "2m")
  void scoreAnswers(byte[] data) {
    declared(data, "rti", "score", "--instrument", TINY, "--answers", write(data));
  }

  @FuzzTest(maxDuration = "2m")
  void scoreInstrument(byte[] data) {
    declared(
        data, "rti", "score", "--json", "--instrument", write(data), "--answers", TINY_ANSWERS);
  }

  private static String write(byte[] data) {
    try {
      Files.write(input, data);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return input.toString();
  }

  /** Runs the command on one input and checks its outcome is declared, bounded and in time. */
  static void declared(byte[] data, String... args) {
    long millis = timed(data, args);
    if (millis >= BOUND_MILLIS && data.length <= SMALL) {
      // once more, so that a pause of the machine (a collection, a compilation) does not count
      millis = timed(data, args);
    }
    if (data.length <= SMALL) {
      assertThat(millis).as("milliseconds for %d bytes", data.length).isLessThan(BOUND_MILLIS);
    }
  }

  private static long timed(byte[] data, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    long start = cpuNanos();
    int code = Ifg.run(new PrintWriter(out), new PrintWriter(err), args);
    long millis = (cpuNanos() - start) / 1_000_000;
    String errors = err.toString();
    assertThat(code).as(errors).isBetween(0, 2);
    assertThat(errors)
        .doesNotContain("failed unexpectedly", "Exception", "\tat ", "Source:", "REDACTED");
    for (String line : errors.split("\n", -1)) {
      assertThat(line.length()).as("length of error line %.200s", line).isLessThan(2000);
    }
    long bound = OUTPUT_BOUND + 50L * data.length;
    assertThat((long) out.toString().length() + errors.length()).as("output").isLessThan(bound);
    return millis;
  }
}
