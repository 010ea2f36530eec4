package be.ifg.cli;

import static be.ifg.cli.IfgRun.ifg;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scenarios written from the scenario format and the design alone, as an independent tester would:
 * one per guard and reason code, every command and question, files the reader must accept although
 * they are unusual, and files it must refuse with their JSON paths.
 */
class ScenarioConformanceTests {
  private static final Path CONFORMANCE =
      Path.of("src", "test", "resources", "scenarios", "conformance");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static List<Path> scenarios(Path dir) throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> list = Files.list(dir)) {
      for (Path f : list.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        if (JSON.readTree(Files.readString(f)).has("steps")) {
          files.add(f);
        }
      }
    }
    return files;
  }

  @Test
  void playsEveryConformanceScenarioWithoutAFailure() throws IOException {
    List<Path> files = scenarios(CONFORMANCE);
    assertThat(files).hasSizeGreaterThanOrEqualTo(12);
    for (Path file : files) {
      IfgRun run = ifg("scenario", "run", file.toString(), "--json");
      assertThat(run.code()).as("%s:%n%s%s", file, run.out(), run.err()).isEqualTo(Ifg.OK);
      JsonNode report = JSON.readTree(run.out());
      assertThat(report.get("failed").intValue()).as("%s", file).isZero();
      assertThat(report.get("passed").intValue()).as("%s", file).isPositive();
    }
  }

  @Test
  void acceptsUnusualButValidFiles() throws IOException {
    List<Path> files = scenarios(CONFORMANCE.resolve("accepted"));
    assertThat(files).hasSizeGreaterThanOrEqualTo(20);
    for (Path file : files) {
      IfgRun run = ifg("scenario", "run", file.toString());
      assertThat(run.code()).as("%s:%n%s%s", file, run.out(), run.err()).isEqualTo(Ifg.OK);
      assertThat(run.out()).as("%s", file).containsPattern("\\d+ passed, 0 failed");
    }
  }

  @Test
  void refusesEveryInvalidFileWithItsFileAndJsonPath() throws IOException {
    Path dir = CONFORMANCE.resolve("invalid");
    JsonNode expected = JSON.readTree(Files.readString(dir.resolve("expected-paths.json")));
    assertThat(expected.size()).isGreaterThanOrEqualTo(30);
    for (Map.Entry<String, JsonNode> e : expected.properties()) {
      Path file = dir.resolve(e.getKey() + ".json");
      IfgRun run = ifg("scenario", "run", file.toString());
      assertThat(run.code()).as("%s:%n%s", file, run.out()).isEqualTo(Ifg.UNUSABLE);
      assertThat(run.err()).as("%s", file).contains(file + ": " + e.getValue().stringValue());
      assertThat(run.out()).as("%s", file).isEmpty();
    }
  }

  @Test
  void reportsEveryStepInTheJsonShapeOfTheFormat() throws IOException {
    IfgRun run = ifg("scenario", "run", CONFORMANCE.resolve("decline.json").toString(), "--json");
    JsonNode report = JSON.readTree(run.out());
    assertThat(report.get("passed").intValue()).isEqualTo(6);
    assertThat(report.get("failed").intValue()).isZero();
    int index = 0;
    for (JsonNode step : report.get("steps")) {
      assertThat(step.get("index").intValue()).isEqualTo(index++);
      assertThat(step.get("outcome").stringValue())
          .isIn("ACCEPTED", "REJECTED", "ANSWERED", "CHECKED");
      assertThat(step.get("reasons").isArray()).isTrue();
      assertThat(step.get("state").isString()).isTrue();
      assertThat(step.get("expectation").isNull() || step.get("expectation").isString()).isTrue();
      assertThat(step.get("message").isString()).isTrue();
    }
    JsonNode refused = report.get("steps").get(1);
    assertThat(refused.get("outcome").stringValue()).isEqualTo("REJECTED");
    assertThat(refused.get("reasons").get(0).stringValue()).isEqualTo("NOT_AUTHORIZED");
    assertThat(refused.get("expectation").stringValue()).isEqualTo("MET");
  }

  @Test
  void countsAStateExpectedOnACommandOrAnAdvanceOnce(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("s.json");
    Files.writeString(
        file,
        """
        {"start": "2026-02-02T09:00:00+01:00",
         "table": {"region": "r", "partners": [{"id": "caw", "kind": "CAW"}],
                   "members": [{"id": "an", "partner": "caw"}], "coordinator": "an"},
         "steps": [
           {"by": "an", "do": "register", "with": {"dossier": "d1",
              "parties": [{"id": "sara", "role": "VICTIM"}], "criteria": ["UNSAFETY"],
              "informed": [{"party": "sara", "how": "phone"}]}},
           {"by": "an", "do": "accept", "expect": {"state": "WEIGHING"}},
           {"by": "an", "do": "accept", "expect": {"rejected": ["NOT_ALLOWED_IN_STATE"],
                                                   "state": "DOSSIER_BUILDING"}},
           {"advance": "P1D", "expect": {"state": "DOSSIER_BUILDING"}},
           {"by": "an", "do": "completeDossier", "expect": {"rejected": false}}
         ]}
        """);
    IfgRun run = ifg("scenario", "run", file.toString());
    assertThat(run.code()).isEqualTo(Ifg.INVALID);
    assertThat(run.out())
        .contains("expected state WEIGHING, found DOSSIER_BUILDING")
        .endsWith("3 passed, 1 failed" + System.lineSeparator());
  }

  @Test
  void ignoresEntriesNotYetDueWhenAnAgendaExcludesThem(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("s.json");
    Files.writeString(
        file,
        """
        {"start": "2026-02-02T09:00:00+01:00",
         "table": {"region": "r", "partners": [{"id": "caw", "kind": "CAW"}],
                   "members": [{"id": "an", "partner": "caw"}], "coordinator": "an"},
         "steps": [
           {"by": "an", "do": "register", "with": {"dossier": "d1",
              "parties": [{"id": "sara", "role": "VICTIM"}, {"id": "tom", "role": "PERPETRATOR"}],
              "criteria": ["UNSAFETY"], "informed": [{"party": "sara", "how": "phone"}],
              "deferred": [{"party": "tom", "reason": "danger", "reviewBy": "2026-03-02"}]}},
           {"ask": "agenda", "on": "2026-02-10",
            "expect": {"includes": [{"kind": "INFORMING_REVIEW", "ref": "tom", "overdue": false}],
                       "excludes": [{"kind": "INFORMING_REVIEW"}]}},
           {"ask": "agenda", "on": "2026-03-02", "expect": {"excludes": [{"kind": "INFORMING_REVIEW"}]}}
         ]}
        """);
    IfgRun run = ifg("scenario", "run", file.toString());
    assertThat(run.code()).isEqualTo(Ifg.INVALID);
    assertThat(run.out())
        .contains("unexpected INFORMING_REVIEW")
        .endsWith("1 passed, 1 failed" + System.lineSeparator());
  }
}
