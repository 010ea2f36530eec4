package be.ifg.cli;

import static be.ifg.cli.IfgRun.ifg;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IfgTests {
  private static final Path EXAMPLES = Path.of("..").toAbsolutePath().normalize();
  private static final String TINY =
      EXAMPLES.resolve("instruments/tiny-instrument.json").toString();
  private static final String TINY_ANSWERS =
      EXAMPLES.resolve("answers/tiny-answers.json").toString();

  @TempDir Path dir;

  private String file(String name, String singleQuoted) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, singleQuoted.replace('\'', '"'));
    return file.toString();
  }

  @Test
  void validatesTheExampleInstruments() {
    IfgRun run = ifg("rti", "validate", TINY);

    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("valid: tiny-example@0.1.0 sha256:");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void printsEveryProblemOfAnInvalidInstrumentAndExitsWithOne() throws Exception {
    String bad =
        file(
            "bad.json",
            "{'id':'bad','version':'1.0.0','title':{'en':'B'},'approach':'CHECKLIST','sections':[{'id':'s','kind':'RISK',"
                + "'items':[{'id':'a','type':'ORDINAL','options':[],'weight':-1}]}],'bands':[{'id':'LOW','minScore':2}]}");

    IfgRun run = ifg("rti", "validate", TINY, bad);

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err())
        .contains(
            bad
                + ": $.sections[0].items[0].weight at line 1, column 167: expected a number >= 0, found"
                + " number -1")
        .contains(
            bad
                + ": $.sections[0].items[0].options at line 1, column 155: expected a non-empty array")
        .contains(
            bad
                + ": $.bands[0].minScore at line 1, column 206: the first (lowest) band must have"
                + " minScore 0");
  }

  @Test
  void exitsWithTwoForAFileThatIsNotJsonOrMissing() throws Exception {
    String notJson = file("not.json", "{not json");

    assertThat(ifg("rti", "validate", notJson).code()).isEqualTo(2);
    assertThat(ifg("rti", "validate", notJson).err()).startsWith(notJson + ": is not valid JSON");
    assertThat(ifg("rti", "validate", dir.resolve("missing.json").toString()).code()).isEqualTo(2);
  }

  @Test
  void scoresTheTinyExampleAsJson() {
    IfgRun run = ifg("rti", "score", "--instrument", TINY, "--answers", TINY_ANSWERS, "--json");

    assertThat(run.code()).isZero();
    assertThat(run.out().replaceAll("\\s", ""))
        .contains("\"instrument\":\"tiny-example\",\"version\":\"0.1.0\",\"hash\":\"sha256:")
        .contains(
            "\"status\":\"COMPLETE\",\"score\":7,\"maxScore\":7,\"scoreBand\":\"HIGH\",\"band\":\"HIGH\","
                + "\"finalBand\":\"HIGH\",\"protectiveScore\":1,\"firedRules\":[\"escalation\"],"
                + "\"missing\":[\"in-treatment\"],\"contributions\":[{\"item\":\"escalating\",\"points\":1}");
  }

  @Test
  void explainsTheScoreInWords() {
    IfgRun run = ifg("rti", "score", "--instrument", TINY, "--answers", TINY_ANSWERS);

    assertThat(run.code()).isZero();
    assertThat(run.out())
        .contains("not been validated")
        .contains("Risk: 7 points, of at most 7")
        .contains("escalating: The violence has become more frequent or more severe - answered YES")
        .contains("Protective factors: 1 point")
        .contains("in-treatment: The perpetrator is in treatment")
        .contains("escalation: at least 3 dates of 'Dates of police call-outs'")
        .contains("Result: band HIGH");
  }

  @Test
  void scoresABuiltInInstrumentById() {
    String answers = EXAMPLES.resolve("answers/ifg-demo-answers.json").toString();

    IfgRun run =
        ifg("rti", "score", "--instrument", "ifg-demo@1.0.0", "--answers", answers, "--json");

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out().replaceAll("\\s", ""))
        .contains("\"status\":\"COMPLETE\",\"score\":13,\"maxScore\":23")
        .contains(
            "\"scoreBand\":\"HIGH\",\"band\":\"HIGH\",\"finalBand\":\"HIGH\",\"protectiveScore\":4")
        .contains(
            "\"firedRules\":[\"escalation\",\"control-pattern\"],\"missing\":[\"threat-to-life\"]");
    assertThat(ifg("rti", "score", "--instrument", "ifg-demo", "--answers", answers).out())
        .contains("There was physical violence in the last three months")
        .contains("Professional judgement by an sets the final band to HIGH");
    assertThat(
            ifg(
                    "rti",
                    "score",
                    "--instrument",
                    "ifg-demo",
                    "--answers",
                    answers,
                    "--language",
                    "nl")
                .out())
        .contains("Er was lichamelijk geweld in de voorbije drie maanden");
  }

  @Test
  void mergesALocalWording() throws Exception {
    String wording = EXAMPLES.resolve("wording/yes-count-checklist.nl.json").toString();
    String answers =
        file(
            "checklist.json",
            "{'instrument':'yes-count-checklist','version':'1.0.0','assessedAt':'2026-03-01',"
                + "'assessor':'an','answers':{'item-1':'YES','item-2':'NO'}}");

    IfgRun run =
        ifg(
            "rti",
            "score",
            "--instrument",
            "yes-count-checklist",
            "--answers",
            answers,
            "--wording",
            wording,
            "--language",
            "nl");

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("Hier staat de eigen, gelicentieerde formulering van vraag 1")
        .contains("Resultaat: INSUFFICIENT_INFORMATION");
  }

  @Test
  void exitsWithTwoForBadAnswersNamingFileAndPath() throws Exception {
    String answers =
        file(
            "bad-answers.json",
            "{'instrument':'tiny-example','version':'0.1.0','assessedAt':'2026-02-19','assessor':'an',"
                + "'answers':{'severity':7,'call-outs':['yesterday']}}");

    IfgRun run = ifg("rti", "score", "--instrument", TINY, "--answers", answers);

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err())
        .contains(
            answers
                + ": $.answers.severity at line 1, column 112: 7 is not an option of item severity")
        .contains(
            answers + ": $.answers.call-outs[0] at line 1, column 127: 'yesterday' is not a date");
  }

  @Test
  void exitsWithTwoForARefusedOverride() throws Exception {
    String answers =
        file(
            "override.json",
            "{'instrument':'tiny-example','version':'0.1.0','assessedAt':'2026-02-19','assessor':'an',"
                + "'answers':{'escalating':'YES','threat-to-kill':'YES','severity':2,'call-outs':[],'child-witness':'NO',"
                + "'support-network':'NO','in-treatment':'NO'},'override':{'band':'LOW','rationale':' '}}");

    IfgRun run = ifg("rti", "score", "--instrument", TINY, "--answers", answers, "--json");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .contains(answers + ": $.override: an override of the band needs a rationale")
        .contains("(RATIONALE_REQUIRED)")
        .contains("(OVERRIDE_NOT_ALLOWED)");
  }

  @Test
  void exitsWithOneForAnInvalidInstrumentFileWhenScoring() throws Exception {
    String bad = file("bad.json", "{'id':'bad'}");

    assertThat(ifg("rti", "score", "--instrument", bad, "--answers", TINY_ANSWERS).code())
        .isEqualTo(1);
  }

  @Test
  void exitsWithTwoForUnusableCommandLines() {
    assertThat(ifg().code()).isEqualTo(2);
    assertThat(ifg("rti").code()).isEqualTo(2);
    assertThat(ifg("rti", "frobnicate").code()).isEqualTo(2);
    assertThat(ifg("rti", "score", "--answers", TINY_ANSWERS).code()).isEqualTo(2);
    assertThat(ifg("rti", "validate").code()).isEqualTo(2);
    IfgRun unknown =
        ifg("rti", "score", "--instrument", "no-such-instrument", "--answers", TINY_ANSWERS);
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err()).contains("no built-in instrument").contains("ifg-demo@1.0.0");
  }

  @Test
  void printsHelpAndVersion() {
    assertThat(ifg("--help").out()).contains("Usage: ifg").contains("rti");
    assertThat(ifg("--version").out()).startsWith("ifg ");
    assertThat(ifg("rti", "score", "--help").out()).contains("--instrument").contains("--json");
  }
}
