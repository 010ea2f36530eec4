package be.ifg.rti.json;

import static be.ifg.rti.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import be.ifg.domain.ProfessionalId;
import be.ifg.rti.Answer;
import be.ifg.rti.AnswerSet;
import be.ifg.rti.Fixtures;
import be.ifg.rti.Instrument;
import be.ifg.rti.Instruments;
import be.ifg.rti.Parsed;
import be.ifg.rti.Problem;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnswersJsonTests {
  private static final Instrument TINY = Fixtures.tiny();

  static Parsed<AnswerSet> read(String singleQuoted) {
    return AnswersJson.read(
        new ByteArrayInputStream(json(singleQuoted).getBytes(StandardCharsets.UTF_8)),
        "answers.json",
        TINY);
  }

  static List<String> problems(String answers) {
    Parsed<AnswerSet> parsed =
        read(
            "{'instrument':'tiny-example','version':'0.1.0','assessedAt':'2026-02-19','assessor':'an',"
                + "'answers':"
                + answers
                + "}");
    assertThat(parsed.isValid()).as("expected problems").isFalse();
    return parsed.problems().stream().map(p -> p.path() + ": " + p.message()).toList();
  }

  @Test
  void readsTheSpecExampleAnswers() {
    AnswerSet answers =
        AnswersJson.read(
                getClass().getResourceAsStream("/tiny-answers.json"), "tiny-answers.json", TINY)
            .orElseThrow();

    assertThat(answers.instrumentId()).isEqualTo("tiny-example");
    assertThat(answers.assessedAt()).isEqualTo(LocalDate.of(2026, 2, 19));
    assertThat(answers.assessor()).isEqualTo(ProfessionalId.of("an"));
    assertThat(answers.answer("severity")).contains(Answer.ordinal(1));
    assertThat(answers.answer("in-treatment")).contains(Answer.unknown());
    assertThat(answers.answer("call-outs").orElseThrow().text())
        .isEqualTo("2025-11-03,2025-12-28,2026-01-30");
    assertThat(answers.override()).isNull();
  }

  @Test
  void namesThePathOfEveryBadAnswer() {
    assertThat(
            problems(
                "{'escalating':2,'severity':5,'threat-to-kill':'yes','call-outs':['2026-01-01','01/02/2026',3],"
                    + "'nope':'YES','support-network':'NOT_APPLICABLE','child-witness':'NOT_APPLICABLE'}"))
        .containsExactly(
            "$.answers.escalating: found number 2; expected YES, NO or UNKNOWN",
            "$.answers.severity: 5 is not an option of item severity; expected one of 0, 1, 2 or UNKNOWN",
            "$.answers.threat-to-kill: found string 'yes'; expected YES, NO or UNKNOWN",
            "$.answers.call-outs[1]: '01/02/2026' is not a date; expected yyyy-mm-dd",
            "$.answers.call-outs[2]: expected a date (yyyy-mm-dd), found number 3",
            "$.answers.nope: unknown item 'nope'; instrument tiny-example@0.1.0 has no such item",
            "$.answers.support-network: NOT_APPLICABLE is not allowed for item support-network; expected YES, NO or UNKNOWN");
  }

  @Test
  void refusesANegativeCountAndAChoiceThatIsNoOption() {
    Instrument i =
        Fixtures.riskItems(
            "[{'id':'n','type':'COUNT'},{'id':'c','type':'CHOICE','options':[{'value':'red','weight':1}]}]");

    Parsed<AnswerSet> parsed =
        AnswersJson.read(
            Json.MAPPER.readTree(
                json("{'assessedAt':'2026-01-01','assessor':'an','answers':{'n':-2,'c':'blue'}}")),
            "a.json",
            i);

    assertThat(parsed.problems())
        .extracting(Problem::toString)
        .containsExactly(
            "a.json: $.answers.n: a count cannot be negative: -2; expected a whole number >= 0 or UNKNOWN",
            "a.json: $.answers.c: 'blue' is not an option of item c; expected one of red or UNKNOWN");
  }

  @Test
  void reportsProblemsOutsideTheAnswers() {
    Parsed<AnswerSet> parsed =
        read(
            "{'instrument':'other','version':'9.9.9','assessedAt':'19-02-2026','assessor':' a','extra':1,"
                + "'answers':{},'override':{'band':'SKY','why':'x'}}");

    assertThat(parsed.problems())
        .extracting(Problem::path)
        .containsExactly(
            "$.extra",
            "$.assessedAt",
            "$.assessor",
            "$.instrument",
            "$.version",
            "$.override.why",
            "$.override.band");
  }

  @Test
  void readsAnOverride() {
    AnswerSet answers =
        read("{'assessedAt':'2026-02-19','assessor':'an','answers':{},"
                + "'override':{'band':'HIGH','rationale':'judgement','by':'bart'}}")
            .orElseThrow();

    assertThat(answers.override().band()).isEqualTo("HIGH");
    assertThat(answers.override().by()).isEqualTo(ProfessionalId.of("bart"));
    assertThat(
            read("{'assessedAt':'2026-02-19','assessor':'an','answers':{},'override':{'band':'HIGH'}}")
                .orElseThrow()
                .override()
                .rationale())
        .as("a missing rationale is for scoring to refuse")
        .isEmpty();
  }

  @Test
  void readsAnswersEmbeddedInAScenarioStep() {
    Instruments catalogue = Instruments.of(List.of(TINY));
    var node =
        Json.MAPPER.readTree(
            json(
                "{'instrument':'tiny-example','version':'0.1.0','answers':{'escalating':'YES','severity':'high'}}"));

    Parsed<AnswerSet> bad =
        AnswersJson.readEmbedded(
            node, "scenario.json", "$.steps[4].with", catalogue, Fixtures.DAY, Fixtures.AN);
    Parsed<AnswerSet> unknown =
        AnswersJson.readEmbedded(
            Json.MAPPER.readTree(json("{'instrument':'nope','version':'1.0.0','answers':{}}")),
            "scenario.json",
            "$.steps[4].with",
            catalogue,
            Fixtures.DAY,
            Fixtures.AN);
    Parsed<AnswerSet> good =
        AnswersJson.readEmbedded(
            Json.MAPPER.readTree(
                json(
                    "{'instrument':'tiny-example','version':'0.1.0','answers':{'escalating':'YES'}}")),
            "scenario.json",
            "$.steps[4].with",
            catalogue,
            Fixtures.DAY,
            Fixtures.AN);

    assertThat(bad.problems())
        .extracting(Problem::toString)
        .containsExactly(
            "scenario.json: $.steps[4].with.answers.severity: found string 'high'; expected one of 0, 1, 2 or UNKNOWN");
    assertThat(unknown.problems())
        .extracting(Problem::path)
        .containsExactly("$.steps[4].with.instrument");
    assertThat(good.orElseThrow().assessedAt()).isEqualTo(Fixtures.DAY);
    assertThat(good.orElseThrow().assessor()).isEqualTo(Fixtures.AN);
  }
}
