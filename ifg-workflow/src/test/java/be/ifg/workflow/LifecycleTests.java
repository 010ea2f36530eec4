package be.ifg.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import be.ifg.domain.DossierStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LifecycleTests {
  private final Lifecycle lifecycle = Lifecycle.standard();

  private Set<DossierStatus> reachableFrom(DossierStatus start) {
    Set<DossierStatus> seen = EnumSet.of(start);
    Deque<DossierStatus> todo = new ArrayDeque<>(seen);
    while (!todo.isEmpty()) {
      for (DossierStatus next : lifecycle.successors(todo.pop())) {
        if (seen.add(next)) {
          todo.push(next);
        }
      }
    }
    return seen;
  }

  @Test
  void reachesEveryStateFromRegistration() {
    DossierStatus first = lifecycle.transition(null, "register").orElseThrow().to();
    assertThat(reachableFrom(first)).containsExactlyInAnyOrder(DossierStatus.values());
  }

  @Test
  void letsEveryNonTerminalStateReachATerminalOne() {
    for (DossierStatus s : DossierStatus.values()) {
      if (!s.isTerminal()) {
        assertThat(reachableFrom(s).stream().anyMatch(DossierStatus::isTerminal))
            .as("a terminal state is reachable from %s", s)
            .isTrue();
      }
    }
  }

  @Test
  void leavesNoTerminalState() {
    for (DossierStatus s : DossierStatus.values()) {
      if (s.isTerminal()) {
        assertThat(lifecycle.successors(s)).isSubsetOf(Set.of(s));
      }
    }
  }

  @Test
  void allowsWithdrawalFromEveryActiveState() {
    for (DossierStatus s : DossierStatus.values()) {
      assertThat(lifecycle.allows(s, "withdraw")).isEqualTo(s.isActive());
    }
  }

  /**
   * The scenario names of the records under a sealed command interface, read from the hierarchy.
   */
  private static List<String> names(Class<?> type) {
    return CommandsTests.leaves(type).stream()
        .map(c -> Commands.of(c.asSubclass(Command.class)).orElseThrow().name())
        .toList();
  }

  @Test
  void knowsEveryDossierCommand() {
    List<String> expected = new ArrayList<>(names(Command.Register.class));
    expected.addAll(names(DossierCommand.class));
    assertThat(lifecycle.commands())
        .containsExactlyInAnyOrderElementsOf(expected)
        .doesNotContainAnyElementsOf(names(TableCommand.class));
  }

  @Test
  void drawsEveryStateAndTransitionInBothFormats() {
    String mermaid = lifecycle.toMermaid();
    String dot = lifecycle.toDot();
    for (DossierStatus s : DossierStatus.values()) {
      assertThat(mermaid).contains(s.name());
      assertThat(dot).contains(s.name());
    }
    assertThat(mermaid).startsWith("stateDiagram-v2").contains("WEIGHING --> CASE_DIRECTION");
    assertThat(dot).startsWith("digraph").contains("FOLLOW_UP -> CLOSED");
  }

  @Test
  void matchesTheDiagramCommittedInTheDocs() throws IOException {
    Path docs = Path.of("..", "docs", "workflow.md");
    String text = Files.readString(docs, StandardCharsets.UTF_8);
    String begin = "```mermaid\n";
    int start = text.indexOf(begin);
    int end = text.indexOf("```\n", start + begin.length());
    assertThat(start).as("docs/workflow.md has a mermaid block").isNotNegative();
    assertThat(text.substring(start + begin.length(), end))
        .as("regenerate with: ifg workflow diagram --format mermaid")
        .isEqualTo(lifecycle.toMermaid());
  }
}
