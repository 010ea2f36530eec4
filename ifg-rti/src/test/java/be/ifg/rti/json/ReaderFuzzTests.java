package be.ifg.rti.json;

import static org.assertj.core.api.Assertions.assertThat;

import be.ifg.rti.AnswerSet;
import be.ifg.rti.Assessment;
import be.ifg.rti.AssessmentOutcome;
import be.ifg.rti.Assessments;
import be.ifg.rti.Fixtures;
import be.ifg.rti.Instrument;
import be.ifg.rti.Parsed;
import be.ifg.rti.Problem;
import be.ifg.rti.UnreadableInputException;
import be.ifg.rti.Wording;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;

/**
 * The fuzz targets of the readers (docs/fuzzing.md). In every build they run in regression mode
 * over the seed corpus in {@code
 * src/test/resources/be/ifg/rti/json/ReaderFuzzTestsInputs/<method>/} (the example files and every
 * input that once failed); with {@code JAZZER_FUZZ=1} Jazzer mutates them.
 *
 * <p>Each input must end in a declared outcome: a {@link Parsed} value or an {@link
 * UnreadableInputException}, whose problems are each one short line. Anything else thrown (a {@code
 * NumberFormatException}, a {@code StackOverflowError}, an {@code OutOfMemoryError}, a {@code
 * DateTimeException} while scoring) fails, and so does a small input that takes more than a second.
 */
class ReaderFuzzTests {
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

  /** The longest line a problem may be. */
  static final int LONGEST_LINE = 2000;

  private static Instrument tiny;

  @BeforeAll
  static void warmUp() {
    if (fuzzing()) {
      // in fuzzing mode the classes must be loaded after Jazzer's agent is in place: OpenJDK 17
      // cannot retransform a record with type annotations (JDK-8376185, NoSuchFieldError)
      return;
    }
    tiny = Fixtures.tiny();
    // the first run loads the classes; it must not count against the time bound
    byte[] empty = new byte[0];
    byte[] instrument = bytes("/tiny-instrument.json");
    byte[] answers = bytes("/tiny-answers.json");
    for (Supplier<List<Problem>> run :
        List.<Supplier<List<Problem>>>of(
            () -> instrument(empty),
            () -> answers(empty),
            () -> wording(empty),
            () -> instrument(instrument),
            () -> answers(answers))) {
      try {
        run.get();
      } catch (UnreadableInputException expected) {
        // an empty input is unreadable; the classes are loaded all the same
      }
    }
  }

  /** Whether Jazzer fuzzes ({@code JAZZER_FUZZ} set) rather than running the seeds. */
  static boolean fuzzing() {
    String fuzz = System.getenv("JAZZER_FUZZ");
    return fuzz != null && !fuzz.isEmpty();
  }

  private static byte[] bytes(String resource) {
    try (java.io.InputStream in = ReaderFuzzTests.class.getResourceAsStream(resource)) {
      return in.readAllBytes();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @FuzzTest(maxDuration = "2m")
  void instrumentReader(byte[] data) {
    declared(data, () -> instrument(data));
  }

  @FuzzTest(maxDuration = "2m")
  void answersReader(byte[] data) {
    declared(data, () -> answers(data));
  }

  @FuzzTest(maxDuration = "2m")
  void wordingReader(byte[] data) {
    declared(data, () -> wording(data));
  }

  /** Reads an instrument; a valid one is hashed and scored with no answers. */
  private static List<Problem> instrument(byte[] data) {
    Parsed<Instrument> parsed = InstrumentJson.read(new ByteArrayInputStream(data), "fuzz.json");
    if (parsed instanceof Parsed.Valid) {
      Instrument i = parsed.orElseThrow();
      assertThat(i.hash()).startsWith("sha256:");
      AssessmentOutcome outcome =
          Assessments.score(i, AnswerSet.of(i, Fixtures.DAY, Fixtures.AN, java.util.Map.of()));
      written(outcome);
    }
    return parsed.problems();
  }

  /** Reads answers for the tiny instrument; valid answers are scored and written. */
  private static List<Problem> answers(byte[] data) {
    if (tiny == null) {
      tiny = Fixtures.tiny();
    }
    Instrument instrument = tiny;
    Parsed<AnswerSet> parsed =
        AnswersJson.read(new ByteArrayInputStream(data), "fuzz.json", instrument);
    if (parsed instanceof Parsed.Valid) {
      written(Assessments.score(instrument, parsed.orElseThrow()));
    }
    return parsed.problems();
  }

  /** Reads a wording; a valid one is merged into the tiny instrument. */
  private static List<Problem> wording(byte[] data) {
    if (tiny == null) {
      tiny = Fixtures.tiny();
    }
    Instrument instrument = tiny;
    Parsed<Wording> parsed = WordingJson.read(new ByteArrayInputStream(data), "fuzz.json");
    if (parsed instanceof Parsed.Valid) {
      Parsed<Instrument> merged = instrument.withWording(parsed.orElseThrow(), "fuzz.json");
      return merged.problems();
    }
    return parsed.problems();
  }

  private static void written(AssessmentOutcome outcome) {
    if (outcome instanceof AssessmentOutcome.Scored scored) {
      Assessment a = scored.assessment();
      assertThat(AssessmentJson.write(a)).startsWith("{");
    }
  }

  /**
   * Runs one input: only a declared outcome passes, each problem on one short line, within the time
   * bound for a small input.
   */
  static void declared(byte[] data, Supplier<List<Problem>> run) {
    long millis = timed(data, run);
    if (millis >= BOUND_MILLIS && data.length <= SMALL) {
      // once more, so that a pause of the machine (a collection, a compilation) does not count
      millis = timed(data, run);
    }
    if (data.length <= SMALL) {
      assertThat(millis).as("milliseconds for %d bytes", data.length).isLessThan(BOUND_MILLIS);
    }
  }

  private static long timed(byte[] data, Supplier<List<Problem>> run) {
    long start = cpuNanos();
    List<Problem> problems;
    try {
      problems = run.get();
    } catch (UnreadableInputException e) {
      oneLine(e.getMessage());
      problems = List.of();
    }
    long millis = (cpuNanos() - start) / 1_000_000;
    assertThat(problems.size()).as("problems listed").isLessThanOrEqualTo(Checker.MAX_PROBLEMS + 1);
    problems.forEach(p -> oneLine(p.toString()));
    return millis;
  }

  static void oneLine(String message) {
    assertThat(message).doesNotContain("\n", "\r", "\u2028", "\u2029");
    assertThat(message.length()).as("length of: %.200s", message).isLessThan(LONGEST_LINE);
    assertThat(message).doesNotContain("Source:", "REDACTED", "tools.jackson");
  }
}
