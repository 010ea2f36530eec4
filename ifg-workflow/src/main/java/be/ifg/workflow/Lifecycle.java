package be.ifg.workflow;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import be.ifg.domain.DossierStatus;
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
import org.jspecify.annotations.Nullable;

/**
 * The dossier lifecycle as data: its states and every transition, each with the command that takes
 * it, the guard in words and Dutch and English labels. The decisions run on this definition — a
 * command is {@linkplain #allows allowed} in a state exactly when a transition leaves that state
 * with it — and the diagrams ({@link #toMermaid()}, {@link #toDot()}) draw it.
 *
 * <p>A transition whose source and target are the same records something without moving the dossier
 * (sharing information, reporting progress, ...). {@link Command#isTableCommand() Table commands}
 * are not part of a dossier's lifecycle. Immutable and thread-safe.
 */
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
          .append(s.label("nl"))
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
          .append(s.label("nl"))
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
    t.add(
        new Transition(
            null,
            DossierStatus.REGISTERED,
            "register",
            "a victim, an inclusion criterion, informing resolved",
            "aanmelden",
            "register"));
    t.add(
        move(
            DossierStatus.REGISTERED,
            DossierStatus.DOSSIER_BUILDING,
            "accept",
            "table member",
            "aanvaarden",
            "accept"));
    t.add(
        move(
            DossierStatus.REGISTERED,
            DossierStatus.NOT_ADMITTED,
            "decline",
            "table member, reason and advice",
            "niet weerhouden",
            "decline"));
    t.add(
        move(
            DossierStatus.DOSSIER_BUILDING,
            DossierStatus.WEIGHING,
            "completeDossier",
            "no open information requests",
            "dossier volledig",
            "information complete"));
    t.add(
        move(
            DossierStatus.WEIGHING,
            DossierStatus.CASE_DIRECTION,
            "startCaseDirection",
            "assessment, plan adopted, case director appointed",
            "casusregie starten",
            "start case direction"));
    t.add(
        move(
            DossierStatus.CASE_DIRECTION,
            DossierStatus.FOLLOW_UP,
            "conclude",
            "case director; violence stopped, every goal closed, no reassessment due",
            "afronden",
            "conclude"));
    t.add(
        move(
            DossierStatus.FOLLOW_UP,
            DossierStatus.CASE_DIRECTION,
            "reportIncident",
            "member; asks for a reassessment",
            "nieuw incident",
            "new incident"));
    t.add(
        move(
            DossierStatus.FOLLOW_UP,
            DossierStatus.CLOSED,
            "close",
            "case director or coordinator; follow-up period over",
            "afsluiten",
            "close"));
    for (DossierStatus s : DossierStatus.values()) {
      if (s.isActive()) {
        t.add(
            move(
                s,
                DossierStatus.WITHDRAWN,
                "withdraw",
                "coordinator, on the operational team's decision",
                "stopzetten",
                "withdraw"));
      }
    }
    Map<String, String[]> recorded = new LinkedHashMap<>();
    recorded.put("informParty", new String[] {"member or registrant", "informeren", "inform"});
    recorded.put(
        "deferInforming",
        new String[] {"member or registrant; reason and review date", "uitstellen", "defer"});
    recorded.put(
        "shareInformation",
        new String[] {"pledged member", "informatie delen", "share information"});
    recorded.put(
        "requestInformation",
        new String[] {"pledged member", "informatie vragen", "request information"});
    recorded.put(
        "answerRequest",
        new String[] {"pledged member of the asked partner", "vraag beantwoorden", "answer"});
    recorded.put("waiveRequest", new String[] {"member", "vraag laten vallen", "waive request"});
    recorded.put("assess", new String[] {"member; instrument", "risicotaxatie", "assess"});
    recorded.put(
        "adoptPlan", new String[] {"member; owners at the table", "plan van aanpak", "adopt plan"});
    recorded.put(
        "appointDirector",
        new String[] {
          "coordinator records the table's decision; director a pledged member; a handover needs"
              + " a reason",
          "casusregisseur",
          "appoint director"
        });
    recorded.put(
        "informClientsOfPlan",
        new String[] {"case director", "cliënten informeren", "inform clients of plan"});
    recorded.put("reportProgress", new String[] {"case director", "voortgang", "report progress"});
    recorded.put(
        "updateAction",
        new String[] {"owner's member or case director", "actie bijwerken", "update action"});
    recorded.put(
        "adjustPlan",
        new String[] {"member; reason, owners at the table", "plan bijsturen", "adjust plan"});
    recorded.put(
        "closeGoal", new String[] {"case director; team decision", "doel afsluiten", "close goal"});
    recorded.put(
        "reportIncident", new String[] {"member; asks for a reassessment", "incident", "incident"});
    recorded.put(
        "grantAccess",
        new String[] {
          "contributor or case director in office; never to oneself",
          "toegang geven",
          "grant access"
        });
    recorded.put(
        "revokeAccess",
        new String[] {
          "contributor or case director in office", "toegang intrekken", "revoke access"
        });
    recorded.put("recordConsent", new String[] {"member", "toestemming", "record consent"});
    recorded.put(
        "withdrawConsent", new String[] {"member", "toestemming intrekken", "withdraw consent"});
    recorded.put("evaluate", new String[] {"member", "evalueren", "evaluate"});
    Map<String, Set<DossierStatus>> where = new LinkedHashMap<>();
    EnumSet<DossierStatus> active = EnumSet.noneOf(DossierStatus.class);
    EnumSet<DossierStatus> sharing = EnumSet.noneOf(DossierStatus.class);
    for (DossierStatus s : DossierStatus.values()) {
      if (s.isActive()) {
        active.add(s);
      }
      if (s.isSharing()) {
        sharing.add(s);
      }
    }
    where.put("informParty", active);
    where.put("deferInforming", active);
    where.put("shareInformation", sharing);
    where.put("requestInformation", sharing);
    where.put("answerRequest", sharing);
    where.put("waiveRequest", sharing);
    where.put("assess", EnumSet.of(DossierStatus.WEIGHING, DossierStatus.CASE_DIRECTION));
    where.put("adoptPlan", EnumSet.of(DossierStatus.WEIGHING));
    where.put(
        "appointDirector",
        EnumSet.of(DossierStatus.WEIGHING, DossierStatus.CASE_DIRECTION, DossierStatus.FOLLOW_UP));
    where.put("informClientsOfPlan", EnumSet.of(DossierStatus.CASE_DIRECTION));
    where.put("reportProgress", EnumSet.of(DossierStatus.CASE_DIRECTION));
    where.put("updateAction", EnumSet.of(DossierStatus.CASE_DIRECTION));
    where.put("adjustPlan", EnumSet.of(DossierStatus.CASE_DIRECTION));
    where.put("closeGoal", EnumSet.of(DossierStatus.CASE_DIRECTION));
    where.put(
        "reportIncident",
        EnumSet.of(
            DossierStatus.DOSSIER_BUILDING, DossierStatus.WEIGHING, DossierStatus.CASE_DIRECTION));
    where.put("grantAccess", sharing);
    where.put("revokeAccess", sharing);
    where.put("recordConsent", active);
    where.put("withdrawConsent", active);
    where.put("evaluate", EnumSet.of(DossierStatus.CLOSED));
    for (DossierStatus s : DossierStatus.values()) {
      for (Map.Entry<String, String[]> c : recorded.entrySet()) {
        Set<DossierStatus> states = where.get(c.getKey());
        checkArgument(states != null, "no states for %s", c.getKey());
        if (states.contains(s)) {
          String[] v = c.getValue();
          t.add(move(s, s, c.getKey(), v[0], v[1], v[2]));
        }
      }
    }
    return new Lifecycle(t);
  }

  private static Transition move(
      DossierStatus from, DossierStatus to, String command, String guard, String nl, String en) {
    return new Transition(from, to, command, guard, nl, en);
  }

  @Override
  public String toString() {
    return "Lifecycle[" + transitions.size() + " transitions]";
  }
}
