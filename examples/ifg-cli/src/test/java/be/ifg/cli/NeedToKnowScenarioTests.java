package be.ifg.cli;

import static be.ifg.cli.IfgRun.ifg;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class NeedToKnowScenarioTests {
  private static final Path SCENARIOS = Path.of("..", "scenarios");

  private static JsonNode json(String scenario) {
    IfgRun r = ifg("scenario", "run", SCENARIOS.resolve(scenario).toString(), "--json");
    assertThat(r.err()).isEmpty();
    return JsonMapper.builder().build().readTree(r.out());
  }

  @Test
  void answersEveryNeedToKnowStepOfThePublicExample() {
    JsonNode report = json("basic-chain.json");
    int policySteps = 0;
    for (JsonNode step : report.get("steps")) {
      String message = step.get("message").asString();
      if (message.contains(" VIEW ")
          || message.contains(" FORWARD ")
          || message.contains(" view: ")
          || message.contains("disclosure log")) {
        policySteps++;
        assertThat(step.get("expectation").asString()).as(message).isEqualTo("MET");
      }
    }
    assertThat(policySteps).isEqualTo(7);
  }

  @Test
  void passesTheNeedToKnowScenario() {
    JsonNode report = json("need-to-know.json");
    assertThat(report.get("failed").asInt()).isZero();
    assertThat(report.get("passed").asInt()).isEqualTo(25);
  }

  @Test
  void showsEveryDecisionWithItsRulesInTheWalkThrough() {
    IfgRun r = ifg("scenario", "run", SCENARIOS.resolve("need-to-know.json").toString());
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains("fien VIEW i2 for PLAN: DENY — audience-restriction (contributor's restriction)")
        .contains("bart VIEW i3 for SAFETY: PERMIT")
        .contains("victim-location-grant")
        .contains("lien PLAN view: refused — table-member")
        .contains("hash chain intact")
        .contains("25 passed, 0 failed");
    assertThat(r.out()).doesNotContain("stay with her sister").doesNotContain("earlier conviction");
  }

  @Test
  void failsAWrongPolicyExpectation() {
    IfgRun r =
        ifg(
            "scenario",
            "run",
            Path.of("src", "test", "resources", "scenarios", "need-to-know-wrong.json").toString());
    assertThat(r.code()).isEqualTo(Ifg.INVALID);
    assertThat(r.out()).contains("expected PERMIT, decided DENY").contains("3 failed");
  }
}
