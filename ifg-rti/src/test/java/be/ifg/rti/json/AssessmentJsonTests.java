package be.ifg.rti.json;

import static org.assertj.core.api.Assertions.assertThat;

import be.ifg.rti.AnswerSet;
import be.ifg.rti.Assessment;
import be.ifg.rti.Fixtures;
import be.ifg.rti.Instrument;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class AssessmentJsonTests {

  @Test
  void writesTheTinyExampleResultExactly() {
    Instrument tiny = Fixtures.tiny();
    AnswerSet answers =
        AnswersJson.read(getClass().getResourceAsStream("/tiny-answers.json"), "a", tiny)
            .orElseThrow();
    Assessment a = Fixtures.score(answers, tiny);

    JsonNode json = Json.MAPPER.readTree(AssessmentJson.write(a));

    String expected =
        "{'instrument':'tiny-example','version':'0.1.0','hash':'"
            + tiny.hash()
            + "','status':'COMPLETE','score':7,'maxScore':7,'scoreBand':'HIGH','band':'HIGH','finalBand':'HIGH',"
            + "'protectiveScore':1,'firedRules':['escalation'],'missing':['in-treatment'],'contributions':["
            + "{'item':'escalating','points':1},{'item':'threat-to-kill','points':0},{'item':'severity','points':2},"
            + "{'item':'call-outs','points':3},{'item':'child-witness','points':1},{'item':'support-network','points':1}]}";
    assertThat(json).isEqualTo(Json.MAPPER.readTree(Fixtures.json(expected)));
    assertThat(json.propertyNames())
        .containsExactly(
            "instrument",
            "version",
            "hash",
            "status",
            "score",
            "maxScore",
            "scoreBand",
            "band",
            "finalBand",
            "protectiveScore",
            "firedRules",
            "missing",
            "contributions");
    assertThat(json.get("score").isIntegralNumber()).isTrue();
    assertThat(AssessmentJson.write(a)).contains("\"score\" : 7,");
  }

  @Test
  void writesRescaledScoresAsDecimalsAndNoBandsWhenNotComplete() {
    Instrument i =
        Fixtures.instrument(
            "{'policy':'EXCLUDE_AND_RESCALE','maxMissing':1}",
            "UPWARD_ONLY",
            "[{'id':'risk','kind':'RISK','items':[{'id':'a','type':'YES_NO'},{'id':'b','type':'YES_NO'},{'id':'c','type':'YES_NO'}]}]",
            "[]");
    Assessment rescaled =
        Fixtures.score(
            i, Fixtures.answers("a", be.ifg.rti.Answer.yes(), "b", be.ifg.rti.Answer.no()));
    Assessment insufficient = Fixtures.score(i, Fixtures.answers("a", be.ifg.rti.Answer.yes()));

    assertThat(AssessmentJson.write(rescaled)).contains("\"score\" : 1.5,");
    JsonNode json = AssessmentJson.toJson(insufficient);
    assertThat(json.get("status").stringValue()).isEqualTo("INSUFFICIENT_INFORMATION");
    assertThat(json.get("scoreBand").isNull()).isTrue();
    assertThat(json.get("band").isNull()).isTrue();
    assertThat(json.get("finalBand").isNull()).isTrue();
  }
}
