package be.ifg.workflow;

import static be.ifg.domain.DossierStatus.CASE_DIRECTION;
import static be.ifg.domain.DossierStatus.CLOSED;
import static be.ifg.domain.DossierStatus.DOSSIER_BUILDING;
import static be.ifg.domain.DossierStatus.FOLLOW_UP;
import static be.ifg.domain.DossierStatus.NOT_ADMITTED;
import static be.ifg.domain.DossierStatus.REGISTERED;
import static be.ifg.domain.DossierStatus.WEIGHING;
import static be.ifg.domain.DossierStatus.WITHDRAWN;
import static be.ifg.workflow.ReasonCode.ANSWER_HIDDEN_FROM_ASKER;
import static be.ifg.workflow.ReasonCode.DIRECTOR_NOT_AT_TABLE;
import static be.ifg.workflow.ReasonCode.FOLLOW_UP_NOT_OVER;
import static be.ifg.workflow.ReasonCode.GOALS_OPEN;
import static be.ifg.workflow.ReasonCode.INFORMING_UNRESOLVED;
import static be.ifg.workflow.ReasonCode.INVALID_INPUT;
import static be.ifg.workflow.ReasonCode.NOT_AUTHORIZED;
import static be.ifg.workflow.ReasonCode.NO_ASSESSMENT;
import static be.ifg.workflow.ReasonCode.NO_CASE_DIRECTOR;
import static be.ifg.workflow.ReasonCode.NO_CRITERIA;
import static be.ifg.workflow.ReasonCode.NO_PLAN;
import static be.ifg.workflow.ReasonCode.NO_VICTIM;
import static be.ifg.workflow.ReasonCode.OPEN_INFORMATION_REQUESTS;
import static be.ifg.workflow.ReasonCode.OVERRIDE_NOT_ALLOWED;
import static be.ifg.workflow.ReasonCode.OWNER_NOT_AT_TABLE;
import static be.ifg.workflow.ReasonCode.PLEDGE_MISSING;
import static be.ifg.workflow.ReasonCode.RATIONALE_REQUIRED;
import static be.ifg.workflow.ReasonCode.REASON_REQUIRED;
import static be.ifg.workflow.ReasonCode.SIGNAL_IDENTIFYING;
import static be.ifg.workflow.ReasonCode.VICTIM_NOT_INFORMED;
import static be.ifg.workflow.ReasonCode.VIOLENCE_NOT_STOPPED;
import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import be.ifg.domain.DossierStatus;
import be.ifg.domain.Language;
import be.ifg.domain.Phrase;
import be.ifg.workflow.CommandDeclaration.Guard;
import be.ifg.workflow.CommandDeclaration.Kind;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/*
 * Adding a command: add its record to Command (implementing DossierCommand or TableCommand), its
 * declaration below, its words (label, guards, who may give it) in words_{nl,fr,en}.properties,
 * its decision in internal.Decider's dispatch and its event in ifg-domain.
 * CommandsTests fails until every record of the sealed hierarchy has a declaration here, and the
 * decider refuses to start until every declared command has a decision.
 */

/**
 * The declaration of every command ({@link CommandDeclaration}), in the order of the scenario
 * format's reference. Their words are in the workflow's phrasebook: {@code command.<name>.label},
 * {@code command.<name>.guard.<CODE>} and {@code command.by.<who>}. Immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Commands {

  private static final ImmutableList<CommandDeclaration> ALL = declare();

  private static final ImmutableMap<Class<? extends Command>, CommandDeclaration> BY_TYPE =
      ALL.stream().collect(ImmutableMap.toImmutableMap(CommandDeclaration::type, d -> d));

  private Commands() {}

  /** Every declaration, in the order of the scenario format's reference. */
  public static List<CommandDeclaration> all() {
    return ALL;
  }

  /** The declaration of a command class. */
  public static Optional<CommandDeclaration> of(Class<? extends Command> type) {
    return Optional.ofNullable(BY_TYPE.get(checkNotNull(type, "type")));
  }

  /** The declaration of a command. */
  public static CommandDeclaration of(Command command) {
    CommandDeclaration d = BY_TYPE.get(checkNotNull(command, "command").getClass());
    checkArgument(d != null, "no declaration for %s", command.getClass());
    return d;
  }

  /** The declaration of the command the scenario format names so, e.g. {@code accept}. */
  public static Optional<CommandDeclaration> named(String name) {
    checkNotNull(name, "name");
    return ALL.stream().filter(d -> d.name().equals(name)).findFirst();
  }

  /**
   * The guard table of {@code docs/workflow.md} as Markdown: per command where it is allowed, where
   * it moves the dossier, who may give it and its guards with their reason codes.
   */
  public static String toMarkdown() {
    StringBuilder out = new StringBuilder();
    out.append("| command | allowed in | moves to | by | guards |\n");
    out.append("|---|---|---|---|---|\n");
    for (CommandDeclaration d : ALL) {
      String allowed =
          switch (d.kind()) {
            case REGISTRATION -> "(new dossier)";
            case TABLE -> "(table command)";
            case DOSSIER ->
                d.allowedIn().size() == DossierStatus.values().length
                    ? "every state"
                    : states(d.allowedIn());
          };
      String moves =
          d.target() == null
              ? ""
              : d.kind() == Kind.REGISTRATION || d.movesFrom().equals(d.allowedIn())
                  ? "`" + d.target() + "`"
                  : "`" + d.target() + "` from " + states(d.movesFrom());
      String guards =
          d.guards().stream()
              .map(g -> g.text(Language.EN) + " (`" + g.code() + "`)")
              .collect(Collectors.joining("; "));
      out.append("| `")
          .append(d.name())
          .append("` | ")
          .append(allowed)
          .append(" | ")
          .append(moves)
          .append(" | ")
          .append(d.by(Language.EN))
          .append(" | ")
          .append(guards)
          .append(" |\n");
    }
    return out.toString();
  }

  private static String states(Set<DossierStatus> states) {
    return states.stream().map(s -> "`" + s + "`").collect(Collectors.joining(", "));
  }

  private static ImmutableList<CommandDeclaration> declare() {
    Set<DossierStatus> active = EnumSet.noneOf(DossierStatus.class);
    Set<DossierStatus> sharing = EnumSet.noneOf(DossierStatus.class);
    for (DossierStatus s : DossierStatus.values()) {
      if (s.isActive()) {
        active.add(s);
      }
      if (s.isSharing()) {
        sharing.add(s);
      }
    }
    List<CommandDeclaration> all = new ArrayList<>();
    all.add(
        command(Command.Register.class)
            .to(REGISTERED)
            .by("known-professional")
            .guard(NO_VICTIM)
            .guard(NO_CRITERIA)
            .guard(VICTIM_NOT_INFORMED)
            .guard(INFORMING_UNRESOLVED)
            .build());
    all.add(
        command(Command.Accept.class)
            .in(REGISTERED)
            .to(DOSSIER_BUILDING)
            .by("pledged-member")
            .guard(INVALID_INPUT)
            .build());
    all.add(
        command(Command.Decline.class)
            .in(REGISTERED)
            .to(NOT_ADMITTED)
            .by("pledged-member")
            .guard(INVALID_INPUT)
            .build());
    all.add(command(Command.SignPledge.class).by("member").build());
    all.add(
        command(Command.InformParty.class)
            .in(active)
            .by("pledged-member-or-registrant")
            .orRegistrant()
            .guard(INVALID_INPUT)
            .build());
    all.add(
        command(Command.DeferInforming.class)
            .in(active)
            .by("pledged-member-or-registrant")
            .orRegistrant()
            .guard(INVALID_INPUT)
            .guard(INFORMING_UNRESOLVED)
            .build());
    all.add(
        command(Command.ShareInformation.class)
            .in(sharing)
            .by("pledged-member")
            .guard(INVALID_INPUT)
            .build());
    all.add(
        command(Command.RequestInformation.class)
            .in(sharing)
            .by("pledged-member")
            .guard(INVALID_INPUT)
            .build());
    all.add(
        command(Command.AnswerRequest.class)
            .in(sharing)
            .by("asked-partner")
            .guard(INVALID_INPUT)
            .guard(ANSWER_HIDDEN_FROM_ASKER)
            .build());
    all.add(
        command(Command.WaiveRequest.class)
            .in(sharing)
            .by("pledged-member")
            .guard(INVALID_INPUT)
            .build());
    all.add(
        command(Command.UpdateDangerAssessment.class)
            .in(active)
            .by("registrant-then-director")
            .orRegistrant()
            .guard(NOT_AUTHORIZED)
            .guard(INVALID_INPUT)
            .build());
    all.add(
        command(Command.CompleteDossier.class)
            .in(DOSSIER_BUILDING)
            .to(WEIGHING)
            .by("pledged-member")
            .guard(OPEN_INFORMATION_REQUESTS)
            .build());
    all.add(
        command(Command.Assess.class)
            .in(WEIGHING, CASE_DIRECTION)
            .by("pledged-member")
            .guard(INVALID_INPUT)
            .guard(RATIONALE_REQUIRED)
            .guard(OVERRIDE_NOT_ALLOWED)
            .build());
    all.add(
        command(Command.AdoptPlan.class)
            .in(WEIGHING)
            .by("pledged-member")
            .guard(INVALID_INPUT)
            .guard(NO_PLAN)
            .guard(OWNER_NOT_AT_TABLE)
            .build());
    all.add(
        command(Command.AppointDirector.class)
            .in(WEIGHING, CASE_DIRECTION, FOLLOW_UP)
            .by("coordinator-for-table")
            .guard(DIRECTOR_NOT_AT_TABLE)
            .guard(PLEDGE_MISSING)
            .guard(REASON_REQUIRED)
            .guard(INVALID_INPUT)
            .build());
    all.add(
        command(Command.StartCaseDirection.class)
            .in(WEIGHING)
            .to(CASE_DIRECTION)
            .by("pledged-member")
            .guard(NO_ASSESSMENT)
            .guard(NO_PLAN)
            .guard(NO_CASE_DIRECTOR)
            .build());
    all.add(
        command(Command.InformClientsOfPlan.class)
            .in(CASE_DIRECTION)
            .by("director")
            .guard(INVALID_INPUT)
            .build());
    all.add(
        command(Command.ReportProgress.class)
            .in(CASE_DIRECTION)
            .by("director")
            .guard(INVALID_INPUT)
            .build());
    all.add(
        command(Command.UpdateAction.class)
            .in(CASE_DIRECTION)
            .by("owner-or-director")
            .guard(INVALID_INPUT)
            .build());
    all.add(
        command(Command.AdjustPlan.class)
            .in(CASE_DIRECTION)
            .by("coordinator-for-team")
            .guard(NO_PLAN)
            .guard(INVALID_INPUT)
            .guard(OWNER_NOT_AT_TABLE)
            .build());
    all.add(
        command(Command.ProposeAdjustment.class)
            .in(CASE_DIRECTION)
            .by("director")
            .guard(NO_PLAN)
            .guard(INVALID_INPUT)
            .guard(OWNER_NOT_AT_TABLE)
            .build());
    all.add(
        command(Command.DecideAdjustment.class)
            .in(CASE_DIRECTION)
            .by("coordinator-for-team")
            .guard(INVALID_INPUT)
            .build());
    all.add(
        command(Command.CloseGoal.class)
            .in(CASE_DIRECTION)
            .by("director")
            .guard(INVALID_INPUT)
            .build());
    all.add(
        command(Command.ReportIncident.class)
            .in(DOSSIER_BUILDING, WEIGHING, CASE_DIRECTION, FOLLOW_UP)
            .to(CASE_DIRECTION)
            .movingFrom(FOLLOW_UP)
            .by("pledged-member")
            .guard(INVALID_INPUT)
            .build());
    all.add(
        command(Command.Conclude.class)
            .in(CASE_DIRECTION)
            .to(FOLLOW_UP)
            .by("director")
            .guard(VIOLENCE_NOT_STOPPED)
            .guard(GOALS_OPEN)
            .guard(NO_ASSESSMENT)
            .build());
    all.add(
        command(Command.Close.class)
            .in(FOLLOW_UP)
            .to(CLOSED)
            .by("director-or-coordinator")
            .guard(FOLLOW_UP_NOT_OVER)
            .guard(INVALID_INPUT)
            .build());
    all.add(
        command(Command.Evaluate.class)
            .in(CLOSED)
            .by("pledged-member")
            .guard(INVALID_INPUT)
            .build());
    all.add(
        command(Command.Withdraw.class)
            .in(active)
            .to(WITHDRAWN)
            .by("coordinator-for-team")
            .guard(INVALID_INPUT)
            .build());
    all.add(
        command(Command.RaiseSignal.class)
            .by("member")
            .guard(INVALID_INPUT)
            .guard(SIGNAL_IDENTIFYING)
            .build());
    all.add(
        command(Command.GrantAccess.class)
            .in(sharing)
            .by("contributor-or-director")
            .guard(NOT_AUTHORIZED)
            .guard(PLEDGE_MISSING)
            .guard(INVALID_INPUT)
            .build());
    all.add(
        command(Command.RevokeAccess.class)
            .in(sharing)
            .by("contributor-or-director")
            .guard(INVALID_INPUT)
            .build());
    all.add(command(Command.JoinTable.class).by("coordinator").guard(INVALID_INPUT).build());
    all.add(command(Command.LeaveTable.class).by("coordinator").guard(INVALID_INPUT).build());
    all.add(command(Command.ScheduleSession.class).by("coordinator").guard(INVALID_INPUT).build());
    all.add(
        command(Command.RecordConsent.class)
            .in(active)
            .by("pledged-member")
            .guard(INVALID_INPUT)
            .build());
    all.add(
        command(Command.WithdrawConsent.class)
            .in(active)
            .by("pledged-member")
            .guard(INVALID_INPUT)
            .build());
    // rectification (GDPR art. 16): in every state, for as long as the dossier is kept
    all.add(
        command(Command.RecordCorrection.class)
            .in(EnumSet.allOf(DossierStatus.class))
            .by("pledged-member-or-contributor")
            .guard(NOT_AUTHORIZED)
            .guard(INVALID_INPUT)
            .build());
    return ImmutableList.copyOf(all);
  }

  private static Declaring command(Class<? extends Command> type) {
    return new Declaring(type);
  }

  /** Collects one declaration; its words are the phrasebook's entries for its name. */
  private static final class Declaring {
    private final Class<? extends Command> type;
    private final String name;
    private final Set<DossierStatus> in = EnumSet.noneOf(DossierStatus.class);
    private @Nullable DossierStatus to;
    private @Nullable Set<DossierStatus> movesFrom;
    private @Nullable Phrase by;
    private boolean byRegistrant;
    private final List<Guard> guards = new ArrayList<>();

    Declaring(Class<? extends Command> type) {
      this.type = type;
      this.name = CommandDeclaration.nameOf(type);
    }

    Declaring in(DossierStatus... states) {
      in.addAll(List.of(states));
      return this;
    }

    Declaring in(Set<DossierStatus> states) {
      in.addAll(states);
      return this;
    }

    Declaring to(DossierStatus target) {
      this.to = target;
      return this;
    }

    Declaring movingFrom(DossierStatus... states) {
      this.movesFrom = EnumSet.copyOf(List.of(states));
      return this;
    }

    /** Who may give the command: the phrase {@code command.by.<who>}. */
    Declaring by(String who) {
      this.by = Words.phrase("command.by." + who);
      return this;
    }

    Declaring orRegistrant() {
      this.byRegistrant = true;
      return this;
    }

    /** A guard: the phrase {@code command.<name>.guard.<CODE>}, one per reason code. */
    Declaring guard(ReasonCode code) {
      checkArgument(
          guards.stream().noneMatch(g -> g.code() == code), "%s guards %s twice", name, code);
      guards.add(new Guard(code, Words.phrase("command." + name + ".guard." + code.name())));
      return this;
    }

    CommandDeclaration build() {
      checkArgument(by != null, "%s: who may give it?", name);
      Set<DossierStatus> moving =
          to == null || CommandDeclaration.kindOf(type) == Kind.REGISTRATION
              ? Set.of()
              : movesFrom == null ? in : movesFrom;
      return new CommandDeclaration(
          type,
          CommandDeclaration.kindOf(type),
          in,
          to,
          moving,
          by,
          byRegistrant,
          guards,
          Words.phrase("command." + name + ".label"));
    }
  }
}
