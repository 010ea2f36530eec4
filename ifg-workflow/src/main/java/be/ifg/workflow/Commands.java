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
import static be.ifg.workflow.ReasonCode.VICTIM_NOT_INFORMED;
import static be.ifg.workflow.ReasonCode.VIOLENCE_NOT_STOPPED;
import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import be.ifg.domain.DossierStatus;
import be.ifg.workflow.CommandDeclaration.Guard;
import be.ifg.workflow.CommandDeclaration.Kind;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/*
 * Adding a command: add its record to Command (implementing DossierCommand or TableCommand), its
 * declaration below, its decision in internal.Decider's dispatch and its event in ifg-domain.
 * CommandsTests fails until every record of the sealed hierarchy has a declaration here, and the
 * decider refuses to start until every declared command has a decision.
 */

/**
 * The declaration of every command ({@link CommandDeclaration}), in the order of the scenario
 * format's reference. Immutable and thread-safe.
 */
public final class Commands {

  private static final String PLEDGED_MEMBER = "pledged member";
  private static final String DIRECTOR = "case director in office";
  private static final String COORDINATOR = "coordinator";

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
              .map(g -> g.text() + " (`" + g.code() + "`)")
              .collect(Collectors.joining("; "));
      out.append("| `")
          .append(d.name())
          .append("` | ")
          .append(allowed)
          .append(" | ")
          .append(moves)
          .append(" | ")
          .append(d.by())
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
            .by("professional known to the table")
            .guard(NO_VICTIM, "a victim")
            .guard(NO_CRITERIA, "an inclusion criterion")
            .guard(VICTIM_NOT_INFORMED, "victims informed")
            .guard(INFORMING_UNRESOLVED, "perpetrators informed or deferred")
            .labels("aanmelden", "register", "inscrire")
            .build());
    all.add(
        command(Command.Accept.class)
            .in(REGISTERED)
            .to(DOSSIER_BUILDING)
            .by(PLEDGED_MEMBER)
            .labels("aanvaarden", "accept", "accepter")
            .build());
    all.add(
        command(Command.Decline.class)
            .in(REGISTERED)
            .to(NOT_ADMITTED)
            .by(PLEDGED_MEMBER)
            .guard(INVALID_INPUT, "reason and advice")
            .labels("niet weerhouden", "decline", "ne pas retenir")
            .build());
    all.add(
        command(Command.SignPledge.class)
            .by("member")
            .labels(
                "geheimhoudingsverklaring tekenen",
                "sign the pledge",
                "signer l'engagement au secret")
            .build());
    all.add(
        command(Command.InformParty.class)
            .in(active)
            .by("pledged member or registrant")
            .orRegistrant()
            .guard(INVALID_INPUT, "a party of the client system")
            .labels("informeren", "inform", "informer")
            .build());
    all.add(
        command(Command.DeferInforming.class)
            .in(active)
            .by("pledged member or registrant")
            .orRegistrant()
            .guard(INVALID_INPUT, "a party not informed yet")
            .guard(INFORMING_UNRESOLVED, "reason and review date")
            .labels("uitstellen", "defer", "différer l'information")
            .build());
    all.add(
        command(Command.ShareInformation.class)
            .in(sharing)
            .by(PLEDGED_MEMBER)
            .guard(INVALID_INPUT, "a new item about parties of the client system")
            .labels("informatie delen", "share information", "partager une information")
            .build());
    all.add(
        command(Command.RequestInformation.class)
            .in(sharing)
            .by(PLEDGED_MEMBER)
            .guard(INVALID_INPUT, "a new request to a partner at the table")
            .labels("informatie vragen", "request information", "demander une information")
            .build());
    all.add(
        command(Command.AnswerRequest.class)
            .in(sharing)
            .by("pledged member of the asked partner")
            .guard(INVALID_INPUT, "an open request")
            .guard(ANSWER_HIDDEN_FROM_ASKER, "an answer the asker may see")
            .labels("vraag beantwoorden", "answer", "répondre à la demande")
            .build());
    all.add(
        command(Command.WaiveRequest.class)
            .in(sharing)
            .by(PLEDGED_MEMBER)
            .guard(INVALID_INPUT, "an open request, a reason")
            .labels("vraag laten vallen", "waive request", "renoncer à la demande")
            .build());
    all.add(
        command(Command.CompleteDossier.class)
            .in(DOSSIER_BUILDING)
            .to(WEIGHING)
            .by(PLEDGED_MEMBER)
            .guard(OPEN_INFORMATION_REQUESTS, "no open information requests")
            .labels("dossier volledig", "information complete", "dossier complet")
            .build());
    all.add(
        command(Command.Assess.class)
            .in(WEIGHING, CASE_DIRECTION)
            .by(PLEDGED_MEMBER)
            .guard(INVALID_INPUT, "an instrument of the catalogue")
            .guard(RATIONALE_REQUIRED, "an override with its rationale")
            .guard(OVERRIDE_NOT_ALLOWED, "an override the instrument allows")
            .labels("risicotaxatie", "assess", "évaluer le risque")
            .build());
    all.add(
        command(Command.AdoptPlan.class)
            .in(WEIGHING)
            .by(PLEDGED_MEMBER)
            .guard(INVALID_INPUT, "no plan yet")
            .guard(NO_PLAN, "goals with actions")
            .guard(OWNER_NOT_AT_TABLE, "owners at the table")
            .labels("plan van aanpak", "adopt plan", "adopter le plan d'action")
            .build());
    all.add(
        command(Command.AppointDirector.class)
            .in(WEIGHING, CASE_DIRECTION, FOLLOW_UP)
            .by("coordinator, recording the table's decision")
            .guard(DIRECTOR_NOT_AT_TABLE, "director a member")
            .guard(PLEDGE_MISSING, "who has pledged")
            .guard(REASON_REQUIRED, "a handover needs a reason")
            .labels("casusregisseur", "appoint director", "désigner le référent de cas")
            .build());
    all.add(
        command(Command.StartCaseDirection.class)
            .in(WEIGHING)
            .to(CASE_DIRECTION)
            .by(PLEDGED_MEMBER)
            .guard(NO_ASSESSMENT, "a completed assessment, no reassessment due")
            .guard(NO_PLAN, "plan adopted")
            .guard(NO_CASE_DIRECTOR, "case director appointed")
            .labels("casusregie starten", "start case direction", "commencer la gestion de cas")
            .build());
    all.add(
        command(Command.InformClientsOfPlan.class)
            .in(CASE_DIRECTION)
            .by(DIRECTOR)
            .guard(INVALID_INPUT, "parties of the client system")
            .labels("cliënten informeren", "inform clients of plan", "informer les clients du plan")
            .build());
    all.add(
        command(Command.ReportProgress.class)
            .in(CASE_DIRECTION)
            .by(DIRECTOR)
            .guard(INVALID_INPUT, "a summary")
            .labels("voortgang", "report progress", "faire le point")
            .build());
    all.add(
        command(Command.UpdateAction.class)
            .in(CASE_DIRECTION)
            .by("owner's member or case director in office")
            .guard(INVALID_INPUT, "an action of the plan")
            .labels("actie bijwerken", "update action", "mettre à jour une action")
            .build());
    all.add(
        command(Command.AdjustPlan.class)
            .in(CASE_DIRECTION)
            .by(PLEDGED_MEMBER)
            .guard(NO_PLAN, "a plan to adjust, goals with actions")
            .guard(INVALID_INPUT, "a reason")
            .guard(OWNER_NOT_AT_TABLE, "owners at the table")
            .labels("plan bijsturen", "adjust plan", "ajuster le plan")
            .build());
    all.add(
        command(Command.CloseGoal.class)
            .in(CASE_DIRECTION)
            .by(DIRECTOR)
            .guard(INVALID_INPUT, "an open goal, a team decision")
            .labels("doel afsluiten", "close goal", "clôturer un objectif")
            .build());
    all.add(
        command(Command.ReportIncident.class)
            .in(DOSSIER_BUILDING, WEIGHING, CASE_DIRECTION, FOLLOW_UP)
            .to(CASE_DIRECTION)
            .movingFrom(FOLLOW_UP)
            .by(PLEDGED_MEMBER)
            .guard(INVALID_INPUT, "a summary")
            .labels("nieuw incident", "new incident", "nouvel incident")
            .build());
    all.add(
        command(Command.Conclude.class)
            .in(CASE_DIRECTION)
            .to(FOLLOW_UP)
            .by(DIRECTOR)
            .guard(VIOLENCE_NOT_STOPPED, "violence stopped")
            .guard(GOALS_OPEN, "every goal closed")
            .guard(NO_ASSESSMENT, "no reassessment due")
            .labels("afronden", "conclude", "conclure")
            .build());
    all.add(
        command(Command.Close.class)
            .in(FOLLOW_UP)
            .to(CLOSED)
            .by("case director in office or coordinator")
            .guard(FOLLOW_UP_NOT_OVER, "follow-up period over")
            .labels("afsluiten", "close", "clôturer")
            .build());
    all.add(
        command(Command.Evaluate.class)
            .in(CLOSED)
            .by(PLEDGED_MEMBER)
            .guard(INVALID_INPUT, "notes")
            .labels("evalueren", "evaluate", "évaluer")
            .build());
    all.add(
        command(Command.Withdraw.class)
            .in(active)
            .to(WITHDRAWN)
            .by("coordinator, on the operational team's decision")
            .guard(INVALID_INPUT, "a reason")
            .labels("stopzetten", "withdraw", "arrêter")
            .build());
    all.add(
        command(Command.RaiseSignal.class)
            .by("member")
            .guard(INVALID_INPUT, "a new signal with a text")
            .labels("beleidssignaal", "raise signal", "signaler un problème structurel")
            .build());
    all.add(
        command(Command.GrantAccess.class)
            .in(sharing)
            .by("contributor or case director in office")
            .guard(NOT_AUTHORIZED, "never to oneself")
            .guard(PLEDGE_MISSING, "to a pledged member")
            .guard(INVALID_INPUT, "for a table purpose")
            .labels("toegang geven", "grant access", "donner accès")
            .build());
    all.add(
        command(Command.RevokeAccess.class)
            .in(sharing)
            .by("contributor or case director in office")
            .guard(INVALID_INPUT, "a grant that holds")
            .labels("toegang intrekken", "revoke access", "retirer l'accès")
            .build());
    all.add(
        command(Command.JoinTable.class)
            .by(COORDINATOR)
            .guard(INVALID_INPUT, "a new member for a partner at the table")
            .labels("lid toevoegen", "seat a member", "accueillir un membre")
            .build());
    all.add(
        command(Command.LeaveTable.class)
            .by(COORDINATOR)
            .guard(INVALID_INPUT, "a member other than the coordinator")
            .labels("lid vertrekt", "member leaves", "départ d'un membre")
            .build());
    all.add(
        command(Command.RecordConsent.class)
            .in(active)
            .by(PLEDGED_MEMBER)
            .guard(INVALID_INPUT, "a party of the client system, a known partner")
            .labels("toestemming", "record consent", "consentement")
            .build());
    all.add(
        command(Command.WithdrawConsent.class)
            .in(active)
            .by(PLEDGED_MEMBER)
            .guard(INVALID_INPUT, "a consent given")
            .labels("toestemming intrekken", "withdraw consent", "retrait du consentement")
            .build());
    return ImmutableList.copyOf(all);
  }

  private static Declaring command(Class<? extends Command> type) {
    return new Declaring(type);
  }

  /** Collects one declaration. */
  private static final class Declaring {
    private final Class<? extends Command> type;
    private final Set<DossierStatus> in = EnumSet.noneOf(DossierStatus.class);
    private @Nullable DossierStatus to;
    private @Nullable Set<DossierStatus> movesFrom;
    private String by = "";
    private boolean byRegistrant;
    private final List<Guard> guards = new ArrayList<>();
    private final Map<String, String> labels = new LinkedHashMap<>();

    Declaring(Class<? extends Command> type) {
      this.type = type;
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

    Declaring by(String who) {
      this.by = who;
      return this;
    }

    Declaring orRegistrant() {
      this.byRegistrant = true;
      return this;
    }

    Declaring guard(ReasonCode code, String text) {
      guards.add(new Guard(code, text));
      return this;
    }

    Declaring labels(String nl, String en, String fr) {
      labels.put("nl", nl);
      labels.put("en", en);
      labels.put("fr", fr);
      return this;
    }

    CommandDeclaration build() {
      Set<DossierStatus> moving =
          to == null || CommandDeclaration.kindOf(type) == Kind.REGISTRATION
              ? Set.of()
              : movesFrom == null ? in : movesFrom;
      return new CommandDeclaration(
          type, CommandDeclaration.kindOf(type), in, to, moving, by, byRegistrant, guards, labels);
    }
  }
}
