package be.ifg.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import be.ifg.rti.Parsed;
import be.ifg.rti.Problem;
import be.ifg.workflow.Command;
import be.ifg.workflow.CommandDeclaration;
import be.ifg.workflow.Commands;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scenario reader's command registry against the library's command declarations. */
class ScenarioReaderTests {

  @TempDir Path dir;

  @Test
  void readsExactlyTheDeclaredCommands() {
    assertThat(ScenarioReader.readableCommands())
        .containsExactlyInAnyOrderElementsOf(
            Commands.all().stream().map(CommandDeclaration::type).toList());
  }

  @Test
  void readsEveryRecordOfTheSealedCommandHierarchy() {
    Set<Class<?>> records = new HashSet<>();
    Deque<Class<?>> open = new ArrayDeque<>(List.of(Command.class));
    while (!open.isEmpty()) {
      Class<?> type = open.pop();
      if (type.isSealed()) {
        open.addAll(List.of(type.getPermittedSubclasses()));
      } else {
        records.add(type);
      }
    }
    assertThat(Set.<Class<?>>copyOf(ScenarioReader.readableCommands())).isEqualTo(records);
  }

  @Test
  void namesTheDeclaredCommandsForAnUnknownOne() throws IOException {
    Path file = dir.resolve("s.json");
    Files.writeString(
        file,
        """
        {"name": "fly", "start": "2026-01-01T09:00:00+01:00",
         "table": {"region": "r", "partners": [{"id": "caw", "kind": "CAW"}],
                   "members": [{"id": "an", "partner": "caw"}], "coordinator": "an"},
         "steps": [{"by": "an", "do": "fly"}]}
        """);
    Parsed<?> read = ScenarioReader.read(file);
    List<String> names = Commands.all().stream().map(CommandDeclaration::name).toList();
    assertThat(read.problems())
        .extracting(Problem::path, Problem::message)
        .containsExactly(tuple("$.steps[0].do", "unknown command 'fly'; known: " + names));
  }

  @Test
  void refusesADecisionOnAProposalTheDossierNeverHadAndAnUnknownMeasure() throws IOException {
    Path file = dir.resolve("s.json");
    Files.writeString(
        file,
        """
        {"name": "adjust", "start": "2026-01-01T09:00:00+01:00",
         "table": {"region": "r", "partners": [{"id": "caw", "kind": "CAW"}],
                   "members": [{"id": "an", "partner": "caw"}], "coordinator": "an"},
         "steps": [
          {"by": "an", "do": "register", "with": {"dossier": "d1",
            "parties": [{"id": "sara", "role": "VICTIM"}], "criteria": ["UNSAFETY"],
            "informed": [{"party": "sara", "how": "talk"}]}},
          {"by": "an", "do": "updateDangerAssessment",
           "with": {"dangerPresent": true, "measures": ["CURFEW"], "summary": "x"}},
          {"by": "an", "do": "decideAdjustment",
           "with": {"proposal": "p9", "adopted": true, "note": "team"}}]}
        """);
    Parsed<?> read = ScenarioReader.read(file);
    assertThat(read.problems())
        .extracting(Problem::path)
        .containsExactly("$.steps[1].with.measures[0]", "$.steps[2].with.proposal");
    assertThat(read.problems().get(1).message()).isEqualTo("unknown proposal 'p9' in this dossier");
  }

  @Test
  void readsACorrectionAndAnAccessReportAndNamesWhatIsWrongInThem() throws IOException {
    Path file = dir.resolve("s.json");
    Files.writeString(
        file,
        """
        {"name": "rights", "start": "2026-01-01T09:00:00+01:00",
         "table": {"region": "r", "partners": [{"id": "caw", "kind": "CAW"}],
                   "members": [{"id": "an", "partner": "caw"}], "coordinator": "an"},
         "steps": [
          {"by": "an", "do": "register", "with": {"dossier": "d1",
            "parties": [{"id": "sara", "role": "VICTIM"}], "criteria": ["UNSAFETY"],
            "informed": [{"party": "sara", "how": "talk"}]}},
          {"by": "an", "do": "recordCorrection",
           "with": {"kind": "BIRTH_YEAR", "subject": "sara", "value": 1990, "reason": "register"}},
          {"by": "an", "do": "recordCorrection",
           "with": {"kind": "ITEM_CONTENT", "subject": "i9", "value": "x", "reason": "typo"}},
          {"by": "an", "do": "recordCorrection",
           "with": {"kind": "NAME", "subject": "sara", "value": "x", "reason": "typo"}},
          {"ask": "accessReport", "party": "sara", "expect": {"produced": true, "count": 1}},
          {"ask": "accessReport", "expect": {"dossiers": 1, "withheld": ["i1"]}}]}
        """);
    Parsed<?> read = ScenarioReader.read(file);
    assertThat(read.problems())
        .extracting(Problem::path)
        .containsExactly(
            "$.steps[2].with.subject",
            "$.steps[3].with.kind",
            "$.steps[4].expect.count",
            "$.steps[5].party");
    assertThat(read.problems().get(0).message()).isEqualTo("unknown item 'i9' in this dossier");
  }

  @Test
  void refusesASessionNoStepSchedules() throws IOException {
    Path file = dir.resolve("s.json");
    Files.writeString(
        file,
        """
        {"name": "session", "start": "2026-01-01T09:00:00+01:00",
         "table": {"region": "r", "partners": [{"id": "caw", "kind": "CAW"}],
                   "members": [{"id": "an", "partner": "caw"}], "coordinator": "an"},
         "steps": [
           {"by": "an", "do": "scheduleSession",
            "with": {"session": "z1", "startsAt": "2026-01-02T14:00:00+01:00"}},
           {"ask": "minutes", "session": "z2"},
           {"ask": "sessionAgenda", "session": "z1", "expect": {"includes": [{"kind": "REGISTRATION"}]}},
           {"ask": "minutes", "session": "z1", "expect": {"count": 0}}]}
        """);
    Parsed<?> read = ScenarioReader.read(file);
    assertThat(read.problems())
        .extracting(Problem::path, Problem::message)
        .containsExactly(
            tuple("$.steps[1].session", "unknown session 'z2'; no step before schedules it"));
  }
}
