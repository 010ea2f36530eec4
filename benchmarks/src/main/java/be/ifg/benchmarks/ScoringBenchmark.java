package be.ifg.benchmarks;

import be.ifg.rti.AnswerSet;
import be.ifg.rti.AssessmentOutcome;
import be.ifg.rti.Assessments;
import be.ifg.rti.Instrument;
import be.ifg.rti.Parsed;
import be.ifg.rti.json.AnswersJson;
import be.ifg.rti.json.BuiltInInstruments;
import be.ifg.rti.json.InstrumentJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Scoring an assessment and validating an instrument: {@code ifg-demo} (20 items, the example
 * answers with an upward override) and a generated 100-item checklist; reading and validating each
 * instrument's JSON text.
 *
 * <p>Target: scoring {@code ifg-demo} at most 5 µs.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar ScoringBenchmark -f 1 -wi 3 -i 5 -w 1s
 * -r 1s}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ScoringBenchmark {
  private static final int GENERATED_ITEMS = 100;

  Instrument demo;
  AnswerSet demoAnswers;
  String demoJson = "";
  Instrument generated;
  AnswerSet generatedAnswers;
  String generatedJson = "";

  /**
   * Loads {@code ifg-demo} and its answers, generates the 100-item instrument, and checks that both
   * score.
   *
   * @throws IllegalStateException if an instrument is invalid or an assessment refused
   */
  @Setup
  public void prepare() {
    demo = BuiltInInstruments.catalogue().find("ifg-demo").orElseThrow();
    demoJson = resource("/be/ifg/rti/builtin/ifg-demo.json");
    try (InputStream in = ScoringBenchmark.class.getResourceAsStream("ifg-demo-answers.json")) {
      demoAnswers = AnswersJson.read(in, "ifg-demo-answers.json", demo).orElseThrow();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    generatedJson = Instruments100.json(GENERATED_ITEMS);
    generated = InstrumentJson.parse(generatedJson, "generated").orElseThrow();
    generatedAnswers = Instruments100.answers(generated, GENERATED_ITEMS);
    if (!(scoreDemo() instanceof AssessmentOutcome.Scored)
        || !(scoreGenerated() instanceof AssessmentOutcome.Scored)) {
      throw new IllegalStateException("an assessment was refused");
    }
  }

  private static String resource(String name) {
    try (InputStream in = ScoringBenchmark.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Scores the example answers to {@code ifg-demo}. */
  @Benchmark
  public AssessmentOutcome scoreDemo() {
    return Assessments.score(demo, demoAnswers);
  }

  /** Scores answers to the generated 100-item instrument. */
  @Benchmark
  public AssessmentOutcome scoreGenerated() {
    return Assessments.score(generated, generatedAnswers);
  }

  /** Reads and validates {@code ifg-demo}'s JSON, with its canonical hash. */
  @Benchmark
  public Parsed<Instrument> validateDemo() {
    return InstrumentJson.parse(demoJson, "ifg-demo.json");
  }

  /** Reads and validates the generated instrument's JSON. */
  @Benchmark
  public Parsed<Instrument> validateGenerated() {
    return InstrumentJson.parse(generatedJson, "generated.json");
  }
}
