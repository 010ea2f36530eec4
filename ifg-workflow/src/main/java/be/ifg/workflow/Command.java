package be.ifg.workflow;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.MAINTAINED;

import be.ifg.domain.ActionId;
import be.ifg.domain.ActionStatus;
import be.ifg.domain.CorrectionKind;
import be.ifg.domain.DangerAssessment;
import be.ifg.domain.DossierId;
import be.ifg.domain.GoalId;
import be.ifg.domain.GoalOutcome;
import be.ifg.domain.InclusionCriterion;
import be.ifg.domain.InformationCategory;
import be.ifg.domain.ItemId;
import be.ifg.domain.PartnerId;
import be.ifg.domain.Party;
import be.ifg.domain.PartyId;
import be.ifg.domain.ProfessionalId;
import be.ifg.domain.ProposalId;
import be.ifg.domain.Purpose;
import be.ifg.domain.RequestId;
import be.ifg.domain.SafetyMeasure;
import be.ifg.domain.SessionId;
import be.ifg.domain.SignalCategory;
import be.ifg.domain.SignalId;
import be.ifg.rti.Answer;
import be.ifg.rti.OverrideRequest;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * What an actor asks the chain approach to do: one record per command of the scenario format.
 *
 * <p>A command carries the actor's input as given. Structural parts (ids, enums, dates) must be
 * present ({@link NullPointerException} otherwise); whether the content is acceptable — a blank
 * reason, an unknown party, a missing review date — is a business question that {@link
 * Decisions#decide} answers with a {@link Decision.Rejected rejection}. Commands are immutable
 * values and thread-safe.
 */
@API(status = MAINTAINED, since = "0.1")
public sealed interface Command permits Command.Register, DossierCommand, TableCommand {

  /**
   * The command's name as the scenario format spells it, e.g. {@code shareInformation}; the name
   * the {@link Lifecycle} uses.
   */
  default String name() {
    String simple = getClass().getSimpleName();
    return Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
  }

  /**
   * Whether the command belongs to the case table rather than to one dossier ({@link SignPledge},
   * {@link RaiseSignal}): it works whatever a dossier's state.
   */
  default boolean isTableCommand() {
    return this instanceof TableCommand;
  }

  /**
   * A party informed at registration.
   *
   * @param party who
   * @param how how they were informed
   */
  record Informing(PartyId party, String how) {
    /** Checks that the parts are present. */
    public Informing {
      checkNotNull(party, "party");
      checkNotNull(how, "how");
    }
  }

  /**
   * A party whose informing is deferred for safety.
   *
   * @param party who
   * @param reason the safety reason (blank is rejected with {@link
   *     ReasonCode#INFORMING_UNRESOLVED})
   * @param reviewBy when to review the deferral ({@code null} is rejected the same way)
   */
  record Deferral(PartyId party, String reason, @Nullable LocalDate reviewBy) {
    /** Checks that the parts are present. */
    public Deferral {
      checkNotNull(party, "party");
      checkNotNull(reason, "reason");
    }
  }

  /**
   * A goal of a proposed plan.
   *
   * @param id the goal's id
   * @param text the goal
   * @param actions its actions
   */
  record PlannedGoal(GoalId id, String text, List<PlannedAction> actions) {
    /** Checks that the parts are present. */
    public PlannedGoal {
      checkNotNull(id, "goal id");
      checkNotNull(text, "text");
      actions = ImmutableList.copyOf(actions);
    }
  }

  /**
   * An action of a proposed plan.
   *
   * @param id the action's id
   * @param text what is to be done
   * @param owner the partner responsible
   * @param due when it is due
   */
  record PlannedAction(ActionId id, String text, PartnerId owner, LocalDate due) {
    /** Checks that the parts are present. */
    public PlannedAction {
      checkNotNull(id, "action id");
      checkNotNull(text, "text");
      checkNotNull(owner, "owner");
      checkNotNull(due, "due");
    }
  }

  /**
   * Register a client system (aanmelding); any professional of a known organisation may.
   *
   * @param dossier the new dossier's id
   * @param parties the client system
   * @param criteria the inclusion criteria that apply
   * @param informed who was informed of the registration
   * @param deferred whose informing is deferred for safety
   * @param danger the registrant's own danger assessment and safety measures started
   */
  record Register(
      DossierId dossier,
      List<Party> parties,
      Set<InclusionCriterion> criteria,
      List<Informing> informed,
      List<Deferral> deferred,
      DangerAssessment danger)
      implements Command {
    /** Checks that the parts are present. */
    public Register {
      checkNotNull(dossier, "dossier");
      parties = ImmutableList.copyOf(parties);
      criteria = ImmutableSet.copyOf(criteria);
      informed = ImmutableList.copyOf(informed);
      deferred = ImmutableList.copyOf(deferred);
      checkNotNull(danger, "danger");
    }
  }

  /**
   * The table accepts the registration; dossier building starts.
   *
   * @param session the session of the table the decision is taken in; {@code null} for none
   */
  record Accept(@Nullable SessionId session) implements DossierCommand {
    /** An acceptance that names no session. */
    public Accept() {
      this(null);
    }
  }

  /**
   * The table declines the registration.
   *
   * @param reason why
   * @param advice advice to the registrant
   * @param session the session of the table the decision is taken in; {@code null} for none
   */
  record Decline(String reason, String advice, @Nullable SessionId session)
      implements DossierCommand {
    /** Checks that the parts are present. */
    public Decline {
      checkNotNull(reason, "reason");
      checkNotNull(advice, "advice");
    }

    /** A decline that names no session. */
    public Decline(String reason, String advice) {
      this(reason, advice, null);
    }
  }

  /** A table member signs the secrecy pledge (art. 458ter Sw.). A table command. */
  record SignPledge() implements TableCommand {}

  /**
   * The coordinator schedules a session of the table (a zitting, a séance). A table command.
   *
   * @param session the session's id, new at the table
   * @param startsAt when it takes place (not in the past)
   */
  record ScheduleSession(SessionId session, Instant startsAt) implements TableCommand {
    /** Checks that the parts are present. */
    public ScheduleSession {
      checkNotNull(session, "session");
      checkNotNull(startsAt, "startsAt");
    }
  }

  /**
   * A member or the registrant informed a party of the registration.
   *
   * @param party who
   * @param how how
   */
  record InformParty(PartyId party, String how) implements DossierCommand {
    /** Checks that the parts are present. */
    public InformParty {
      checkNotNull(party, "party");
      checkNotNull(how, "how");
    }
  }

  /**
   * A member or the registrant defers informing a party (again) for safety.
   *
   * @param party who
   * @param reason the safety reason
   * @param reviewBy when to review the deferral
   */
  record DeferInforming(PartyId party, String reason, @Nullable LocalDate reviewBy)
      implements DossierCommand {
    /** Checks that the parts are present. */
    public DeferInforming {
      checkNotNull(party, "party");
      checkNotNull(reason, "reason");
    }
  }

  /**
   * A table member shares an information item with the table.
   *
   * @param item the new item's id
   * @param category its category
   * @param about the parties it is about
   * @param reason the need-to-know reason
   * @param summary the information
   * @param audience the partners it is restricted to (empty: the table)
   */
  record ShareInformation(
      ItemId item,
      InformationCategory category,
      Set<PartyId> about,
      String reason,
      String summary,
      Set<PartnerId> audience)
      implements DossierCommand {
    /** Checks that the parts are present. */
    public ShareInformation {
      checkNotNull(item, "item");
      checkNotNull(category, "category");
      about = ImmutableSet.copyOf(about);
      checkNotNull(reason, "reason");
      checkNotNull(summary, "summary");
      audience = ImmutableSet.copyOf(audience);
    }
  }

  /**
   * A table member asks a partner for information.
   *
   * @param request the new request's id
   * @param from the partner asked
   * @param question the question
   * @param dueBy when the answer is due
   */
  record RequestInformation(RequestId request, PartnerId from, String question, LocalDate dueBy)
      implements DossierCommand {
    /** Checks that the parts are present. */
    public RequestInformation {
      checkNotNull(request, "request");
      checkNotNull(from, "from");
      checkNotNull(question, "question");
      checkNotNull(dueBy, "dueBy");
    }
  }

  /**
   * A member of the asked partner answers a request with an information item.
   *
   * @param request the request
   * @param item the answer's item id
   * @param category its category
   * @param about the parties it is about
   * @param reason the need-to-know reason
   * @param summary the information
   */
  record AnswerRequest(
      RequestId request,
      ItemId item,
      InformationCategory category,
      Set<PartyId> about,
      String reason,
      String summary)
      implements DossierCommand {
    /** Checks that the parts are present. */
    public AnswerRequest {
      checkNotNull(request, "request");
      checkNotNull(item, "item");
      checkNotNull(category, "category");
      about = ImmutableSet.copyOf(about);
      checkNotNull(reason, "reason");
      checkNotNull(summary, "summary");
    }
  }

  /**
   * The table waives an open request.
   *
   * @param request the request
   * @param reason why
   */
  record WaiveRequest(RequestId request, String reason) implements DossierCommand {
    /** Checks that the parts are present. */
    public WaiveRequest {
      checkNotNull(request, "request");
      checkNotNull(reason, "reason");
    }
  }

  /** The table finds the information complete; weighing starts. */
  record CompleteDossier() implements DossierCommand {}

  /**
   * The table assesses the risk with an instrument of the catalogue; the assessment speaks for the
   * clock's date and the actor is the assessor.
   *
   * @param instrument the instrument's id
   * @param version its version
   * @param answers the answers, item id to answer
   * @param override a professional-judgement override, or {@code null}
   */
  record Assess(
      String instrument,
      String version,
      Map<String, Answer> answers,
      @Nullable OverrideRequest override)
      implements DossierCommand {
    /** Checks that the parts are present. */
    public Assess {
      checkNotNull(instrument, "instrument");
      checkNotNull(version, "version");
      answers = ImmutableMap.copyOf(answers);
    }
  }

  /**
   * The table adopts the plan of approach.
   *
   * @param goals the goals with their actions
   * @param session the session of the table the decision is taken in; {@code null} for none
   */
  record AdoptPlan(List<PlannedGoal> goals, @Nullable SessionId session) implements DossierCommand {
    /** Checks that the parts are present. */
    public AdoptPlan {
      goals = ImmutableList.copyOf(goals);
    }

    /** An adoption that names no session. */
    public AdoptPlan(List<PlannedGoal> goals) {
      this(goals, null);
    }
  }

  /**
   * The table appoints a case director from among its members; the coordinator records the
   * decision. Appointing someone while a director is in office is a handover: it needs a reason,
   * and the former director's rights end at once.
   *
   * @param member the member
   * @param reason why the director in office is replaced; {@code null} for a first appointment
   * @param session the session of the table the decision is taken in; {@code null} for none
   */
  record AppointDirector(
      ProfessionalId member, @Nullable String reason, @Nullable SessionId session)
      implements DossierCommand {
    /** Checks that the parts are present. */
    public AppointDirector {
      checkNotNull(member, "member");
    }

    /** An appointment that names no session. */
    public AppointDirector(ProfessionalId member, @Nullable String reason) {
      this(member, reason, null);
    }

    /** A first appointment, without a director in office to replace. */
    public AppointDirector(ProfessionalId member) {
      this(member, null);
    }
  }

  /** Case direction starts. */
  record StartCaseDirection() implements DossierCommand {}

  /**
   * The case director informed clients of the plan in a personal conversation.
   *
   * @param parties who
   */
  record InformClientsOfPlan(List<PartyId> parties) implements DossierCommand {
    /** Checks that the parts are present. */
    public InformClientsOfPlan {
      parties = ImmutableList.copyOf(parties);
    }
  }

  /**
   * The case director reports progress to the operational team.
   *
   * @param summary the report
   */
  record ReportProgress(String summary) implements DossierCommand {
    /** Checks that the parts are present. */
    public ReportProgress {
      checkNotNull(summary, "summary");
    }
  }

  /**
   * A member of the action's owner, or the case director, updates an action's status.
   *
   * @param action the action
   * @param status its new status
   */
  record UpdateAction(ActionId action, ActionStatus status) implements DossierCommand {
    /** Checks that the parts are present. */
    public UpdateAction {
      checkNotNull(action, "action");
      checkNotNull(status, "status");
    }
  }

  /**
   * The operational team adopts an adjusted plan as a new version.
   *
   * @param reason why the plan changes
   * @param goals the whole new plan
   * @param session the session of the table the decision is taken in; {@code null} for none
   */
  record AdjustPlan(String reason, List<PlannedGoal> goals, @Nullable SessionId session)
      implements DossierCommand {
    /** Checks that the parts are present. */
    public AdjustPlan {
      checkNotNull(reason, "reason");
      goals = ImmutableList.copyOf(goals);
    }

    /** An adjustment that names no session. */
    public AdjustPlan(String reason, List<PlannedGoal> goals) {
      this(reason, goals, null);
    }
  }

  /**
   * The registrant (until a case director is appointed) or the case director in office (from then
   * on) updates the danger assessment and the safety measures.
   *
   * @param dangerPresent whether there is acute danger now
   * @param measures the safety measures in place now (crisis intervention, safety plan)
   * @param summary what changed and why
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  record UpdateDangerAssessment(boolean dangerPresent, Set<SafetyMeasure> measures, String summary)
      implements DossierCommand {
    /** Checks that the parts are present. */
    public UpdateDangerAssessment {
      measures = Sets.immutableEnumSet(measures);
      checkNotNull(summary, "summary");
    }
  }

  /**
   * The case director proposes a plan adjustment to the operational team (bijsturing): the plan
   * changes only when the team adopts it ({@link DecideAdjustment}).
   *
   * @param proposal the proposal's id, new in the dossier
   * @param reason why the plan should change
   * @param goals the whole plan as proposed
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  record ProposeAdjustment(ProposalId proposal, String reason, List<PlannedGoal> goals)
      implements DossierCommand {
    /** Checks that the parts are present. */
    public ProposeAdjustment {
      checkNotNull(proposal, "proposal");
      checkNotNull(reason, "reason");
      goals = ImmutableList.copyOf(goals);
    }
  }

  /**
   * The coordinator records the operational team's decision on a proposed plan adjustment: adopted,
   * it becomes a new version of the plan; rejected, the plan stays as it is.
   *
   * @param proposal the open proposal
   * @param adopted whether the team adopted it
   * @param note the team's decision (when, and why)
   * @param session the session of the table the decision is taken in; {@code null} for none
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  record DecideAdjustment(
      ProposalId proposal, boolean adopted, String note, @Nullable SessionId session)
      implements DossierCommand {
    /** Checks that the parts are present. */
    public DecideAdjustment {
      checkNotNull(proposal, "proposal");
      checkNotNull(note, "note");
    }

    /** A decision that names no session. */
    public DecideAdjustment(ProposalId proposal, boolean adopted, String note) {
      this(proposal, adopted, note, null);
    }
  }

  /**
   * The case director closes a goal by a recorded team decision.
   *
   * @param goal the goal
   * @param outcome its outcome
   * @param decision the team decision
   */
  record CloseGoal(GoalId goal, GoalOutcome outcome, String decision) implements DossierCommand {
    /** Checks that the parts are present. */
    public CloseGoal {
      checkNotNull(goal, "goal");
      checkNotNull(outcome, "outcome");
      checkNotNull(decision, "decision");
    }
  }

  /**
   * A member reports a new incident.
   *
   * @param summary what happened
   * @param occurredAt when
   */
  record ReportIncident(String summary, Instant occurredAt) implements DossierCommand {
    /** Checks that the parts are present. */
    public ReportIncident {
      checkNotNull(summary, "summary");
      checkNotNull(occurredAt, "occurredAt");
    }
  }

  /**
   * The case director concludes case direction; follow-up at a distance starts.
   *
   * @param violenceStopped the judgement that the violence has stopped
   * @param summary the reasoning
   */
  record Conclude(boolean violenceStopped, String summary) implements DossierCommand {
    /** Checks that the parts are present. */
    public Conclude {
      checkNotNull(summary, "summary");
    }
  }

  /**
   * The case director or the coordinator closes the dossier after a quiet follow-up.
   *
   * @param session the session of the table the decision is taken in; {@code null} for none
   */
  record Close(@Nullable SessionId session) implements DossierCommand {
    /** A closure that names no session. */
    public Close() {
      this(null);
    }
  }

  /**
   * The table evaluates the closed dossier.
   *
   * @param notes the evaluation
   * @param session the session of the table the decision is taken in; {@code null} for none
   */
  record Evaluate(String notes, @Nullable SessionId session) implements DossierCommand {
    /** Checks that the parts are present. */
    public Evaluate {
      checkNotNull(notes, "notes");
    }

    /** An evaluation that names no session. */
    public Evaluate(String notes) {
      this(notes, null);
    }
  }

  /**
   * The coordinator withdraws the dossier on the operational team's decision.
   *
   * @param reason why (moved, cooperation ended, ...)
   */
  record Withdraw(String reason) implements DossierCommand {
    /** Checks that the parts are present. */
    public Withdraw {
      checkNotNull(reason, "reason");
    }
  }

  /**
   * A member raises a policy signal for the steering group. A table command.
   *
   * @param signal the new signal's id
   * @param category its category
   * @param text the bottleneck
   */
  record RaiseSignal(SignalId signal, SignalCategory category, String text)
      implements TableCommand {
    /** Checks that the parts are present. */
    public RaiseSignal {
      checkNotNull(signal, "signal");
      checkNotNull(category, "category");
      checkNotNull(text, "text");
    }
  }

  /**
   * An item's contributor or the case director grants one member access to one item for one
   * purpose.
   *
   * @param item the item
   * @param member the member
   * @param purpose the only purpose the grant holds for
   */
  record GrantAccess(ItemId item, ProfessionalId member, Purpose purpose)
      implements DossierCommand {
    /** Checks that the parts are present. */
    public GrantAccess {
      checkNotNull(item, "item");
      checkNotNull(member, "member");
      checkNotNull(purpose, "purpose");
    }
  }

  /**
   * An item's contributor or the case director in office revokes a grant: the member no longer sees
   * the item for that purpose.
   *
   * @param item the item
   * @param member the member whose grant ends
   * @param purpose the purpose the grant held for
   */
  record RevokeAccess(ItemId item, ProfessionalId member, Purpose purpose)
      implements DossierCommand {
    /** Checks that the parts are present. */
    public RevokeAccess {
      checkNotNull(item, "item");
      checkNotNull(member, "member");
      checkNotNull(purpose, "purpose");
    }
  }

  /**
   * The coordinator seats a professional at the table as the member representing a partner. A table
   * command. The new member sees nothing before the pledge.
   *
   * @param member who joins
   * @param partner the partner they represent, which sits at the table
   * @param pledged whether they signed the secrecy pledge already
   */
  record JoinTable(ProfessionalId member, PartnerId partner, boolean pledged)
      implements TableCommand {
    /** Checks that the parts are present. */
    public JoinTable {
      checkNotNull(member, "member");
      checkNotNull(partner, "partner");
    }
  }

  /**
   * The coordinator records that a member leaves the table: every right of theirs ends at once. A
   * table command.
   *
   * @param member who leaves
   */
  record LeaveTable(ProfessionalId member) implements TableCommand {
    /** Checks that the parts are present. */
    public LeaveTable {
      checkNotNull(member, "member");
    }
  }

  /**
   * A table member records a party's consent.
   *
   * @param party whose consent
   * @param partner the partner it is given to
   * @param purpose the purpose
   * @param category the category of information
   */
  record RecordConsent(
      PartyId party, PartnerId partner, Purpose purpose, InformationCategory category)
      implements DossierCommand {
    /** Checks that the parts are present. */
    public RecordConsent {
      checkNotNull(party, "party");
      checkNotNull(partner, "partner");
      checkNotNull(purpose, "purpose");
      checkNotNull(category, "category");
    }
  }

  /**
   * A table member records that a party withdrew consent.
   *
   * @param party whose consent
   * @param partner the partner it was given to
   * @param purpose the purpose
   * @param category the category of information
   */
  record WithdrawConsent(
      PartyId party, PartnerId partner, Purpose purpose, InformationCategory category)
      implements DossierCommand {
    /** Checks that the parts are present. */
    public WithdrawConsent {
      checkNotNull(party, "party");
      checkNotNull(partner, "partner");
      checkNotNull(purpose, "purpose");
      checkNotNull(category, "category");
    }
  }

  /**
   * Records a rectification (GDPR art. 16) of one fact of the dossier: a party's birth year (by a
   * pledged member) or an item's content (by a pledged member of the item's contributing partner
   * only). The original is kept and marked corrected.
   *
   * @param kind what is corrected
   * @param subject the party (for {@link CorrectionKind#BIRTH_YEAR}) or the item (for {@link
   *     CorrectionKind#ITEM_CONTENT}) whose fact it is
   * @param value the corrected value: a year, or the item's corrected content
   * @param reason why it is corrected (mandatory)
   */
  @API(status = EXPERIMENTAL, since = "0.2")
  record RecordCorrection(CorrectionKind kind, String subject, String value, String reason)
      implements DossierCommand {
    /** Checks that the parts are present. */
    public RecordCorrection {
      checkNotNull(kind, "kind");
      checkNotNull(subject, "subject");
      checkNotNull(value, "value");
      checkNotNull(reason, "reason");
    }
  }
}
