package be.ifg.workflow;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.MAINTAINED;

import be.ifg.domain.DossierStatus;
import be.ifg.domain.Language;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The dossier lifecycle as data: its states and every transition, each with the command that takes
 * it, the guard in words and Dutch and English labels, all derived from the {@linkplain
 * Commands#all() command declarations}. The decisions run on this definition — a command is
 * {@linkplain #allows allowed} in a state exactly when a transition leaves that state with it — and
 * the diagrams ({@link #toMermaid()}, {@link #toDot()}) draw it.
 *
 * <p>A transition whose source and target are the same records something without moving the dossier
 * (sharing information, reporting progress, ...). {@link Command#isTableCommand() Table commands}
 * are not part of a dossier's lifecycle. Immutable and thread-safe.
 */
@API(status = MAINTAINED, since = "0.1")
public final class Lifecycle {

  /**
   * One transition of the lifecycle.
   *
   * @param from the source state, or {@code null} for registration, which creates the dossier
   * @param to the target state (the source itself when the command moves nothing)
   * @param command the command's name as the scenario format spells it
   * @param guard what the transition needs, in words
   * @param nl the Dutch label
   * @param en the English label
   */
  public record Transition(
      @Nullable DossierStatus from,
      DossierStatus to,
      String command,
      String guard,
      String nl,
      String en) {
    /** Checks that the parts are present. */
    public Transition {
      checkNotNull(to, "to");
      checkNotNull(command, "command");
      checkNotNull(guard, "guard");
      checkNotNull(nl, "nl");
      checkNotNull(en, "en");
    }

    /** Whether the transition moves the dossier to another state. */
    public boolean changesState() {
      return from != to;
    }
  }

  private static final Lifecycle STANDARD = build();

  private final ImmutableList<Transition> transitions;

  private Lifecycle(List<Transition> transitions) {
    this.transitions = ImmutableList.copyOf(transitions);
  }

  /** The lifecycle of DESIGN §5, the one the decisions run on. */
  public static Lifecycle standard() {
    return STANDARD;
  }

  /** Every state, in lifecycle order. */
  public List<DossierStatus> states() {
    return List.of(DossierStatus.values());
  }

  /** Every transition: the state-changing ones first, then what each state records. */
  public List<Transition> transitions() {
    return transitions;
  }

  /** The transition the command takes from the state (registration: from {@code null}). */
  public Optional<Transition> transition(@Nullable DossierStatus from, String command) {
    checkNotNull(command, "command");
    return transitions.stream()
        .filter(t -> t.from() == from && t.command().equals(command))
        .findFirst();
  }

  /** Whether the command is allowed in the state. */
  public boolean allows(@Nullable DossierStatus state, String command) {
    return transition(state, command).isPresent();
  }

  /** The states in which the command is allowed. */
  public Set<DossierStatus> statesAllowing(String command) {
    EnumSet<DossierStatus> states = EnumSet.noneOf(DossierStatus.class);
    transitions.stream()
        .filter(t -> t.command().equals(command) && t.from() != null)
        .forEach(t -> states.add(t.from()));
    return ImmutableSet.copyOf(states);
  }

  /** The states one transition away from the state. */
  public Set<DossierStatus> successors(DossierStatus state) {
    return transitions.stream()
        .filter(t -> t.from() == state)
        .map(Transition::to)
        .collect(ImmutableSet.toImmutableSet());
  }

  /** The commands the lifecycle knows, in order of first appearance. */
  public List<String> commands() {
    return transitions.stream()
        .map(Transition::command)
        .distinct()
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The lifecycle as a Mermaid state diagram: state-changing transitions labelled with their
   * command and guard, and per state one loop listing what it records.
   */
  public String toMermaid() {
    StringBuilder out = new StringBuilder("stateDiagram-v2\n");
    for (DossierStatus s : states()) {
      out.append("    ")
          .append(s.name())
          .append(" : ")
          .append(s.name())
          .append(" (")
          .append(s.label(Language.NL))
          .append(")\n");
    }
    for (Transition t : transitions) {
      if (t.changesState()) {
        out.append("    ")
            .append(t.from() == null ? "[*]" : t.from().name())
            .append(" --> ")
            .append(t.to().name())
            .append(" : ")
            .append(t.command())
            .append(" [")
            .append(t.guard())
            .append("]\n");
      }
    }
    recording()
        .forEach(
            (state, commands) ->
                out.append("    ")
                    .append(state.name())
                    .append(" --> ")
                    .append(state.name())
                    .append(" : ")
                    .append(String.join(", ", commands))
                    .append('\n'));
    for (DossierStatus s : states()) {
      if (s.isTerminal()) {
        out.append("    ").append(s.name()).append(" --> [*]\n");
      }
    }
    return out.toString();
  }

  /** The lifecycle as a Graphviz DOT digraph, drawing the same machine as {@link #toMermaid()}. */
  public String toDot() {
    StringBuilder out = new StringBuilder("digraph lifecycle {\n");
    out.append("    rankdir=TB;\n    node [shape=box, style=rounded];\n");
    out.append("    start [shape=point];\n");
    for (DossierStatus s : states()) {
      out.append("    ")
          .append(s.name())
          .append(" [label=\"")
          .append(s.name())
          .append("\\n(")
          .append(s.label(Language.NL))
          .append(")\"")
          .append(s.isTerminal() ? ", peripheries=2" : "")
          .append("];\n");
    }
    for (Transition t : transitions) {
      if (t.changesState()) {
        out.append("    ")
            .append(t.from() == null ? "start" : t.from().name())
            .append(" -> ")
            .append(t.to().name())
            .append(" [label=\"")
            .append(t.command())
            .append("\\n[")
            .append(t.guard())
            .append("]\"];\n");
      }
    }
    recording()
        .forEach(
            (state, commands) ->
                out.append("    ")
                    .append(state.name())
                    .append(" -> ")
                    .append(state.name())
                    .append(" [label=\"")
                    .append(String.join("\\n", commands))
                    .append("\", style=dashed];\n"));
    out.append("}\n");
    return out.toString();
  }

  private Map<DossierStatus, List<String>> recording() {
    Map<DossierStatus, List<String>> byState = new LinkedHashMap<>();
    for (DossierStatus s : states()) {
      List<String> commands =
          transitions.stream()
              .filter(t -> t.from() == s && !t.changesState())
              .map(Transition::command)
              .collect(Collectors.toList());
      if (!commands.isEmpty()) {
        byState.put(s, commands);
      }
    }
    return byState;
  }

  private static Lifecycle build() {
    List<Transition> t = new ArrayList<>();
    for (CommandDeclaration d : Commands.all()) {
      DossierStatus target = d.target();
      if (d.kind() == CommandDeclaration.Kind.REGISTRATION && target != null) {
        t.add(transition(null, target, d));
      }
      for (DossierStatus s : DossierStatus.values()) {
        if (target != null && d.movesFrom().contains(s)) {
          t.add(transition(s, target, d));
        }
      }
    }
    for (DossierStatus s : DossierStatus.values()) {
      for (CommandDeclaration d : Commands.all()) {
        if (d.allowedIn().contains(s) && d.targetFrom(s) == s) {
          t.add(transition(s, s, d));
        }
      }
    }
    return new Lifecycle(t);
  }

  private static Transition transition(
      @Nullable DossierStatus from, DossierStatus to, CommandDeclaration d) {
    return new Transition(
        from, to, d.name(), d.guardText(), d.label(Language.NL), d.label(Language.EN));
  }

  @Override
  public String toString() {
    return "Lifecycle[" + transitions.size() + " transitions]";
  }
}
