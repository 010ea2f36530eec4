package be.ifg.domain;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * An event in a dossier's history: something the table decided or recorded. A dossier's state is
 * the fold of its events ({@link Dossier#evolve(Dossier, DossierEvent)}).
 *
 * <p>One record per event; every event names its dossier, the actor who caused it and when. Events
 * are values: equal when their fields are equal. Every event is immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1")
public sealed interface DossierEvent extends ChainEvent
    permits DossierEvent.Registered,
        DossierEvent.Accepted,
        DossierEvent.Declined,
        DossierEvent.PartyInformed,
        DossierEvent.InformingDeferred,
        DossierEvent.InformationShared,
        DossierEvent.InformationRequested,
        DossierEvent.RequestAnswered,
        DossierEvent.RequestWaived,
        DossierEvent.DossierCompleted,
        DossierEvent.Assessed,
        DossierEvent.DirectorAppointed,
        DossierEvent.PlanAdopted,
        DossierEvent.PlanAdjusted,
        DossierEvent.DangerAssessmentUpdated,
        DossierEvent.AdjustmentProposed,
        DossierEvent.AdjustmentDecided,
        DossierEvent.CaseDirectionStarted,
        DossierEvent.ClientsInformedOfPlan,
        DossierEvent.ProgressReported,
        DossierEvent.ActionUpdated,
        DossierEvent.GoalClosed,
        DossierEvent.IncidentReported,
        DossierEvent.Concluded,
        DossierEvent.Closed,
        DossierEvent.Evaluated,
        DossierEvent.Withdrawn,
        DossierEvent.AccessGranted,
        DossierEvent.AccessRevoked,
        DossierEvent.ConsentRecorded,
        DossierEvent.ConsentWithdrawn,
        DossierEvent.CorrectionRecorded {

  /** The dossier this event belongs to. */
  DossierId dossier();

  /** A stable name for the event's type, e.g. {@code InformationShared}. */
  default String type() {
    return getClass().getSimpleName();
  }

  /**
   * A professional registered a client system (aanmelding).
   *
   * @param dossier the dossier
   * @param actor who caused it
   * @param at when
   * @param registration the registration
   * @param table the region of the case table the dossier belongs to, from now on and for good
   */
  record Registered(
      DossierId dossier, ProfessionalId actor, Instant at, Registration registration, String table)
      implements DossierEvent {
    /**
     * The table of a dossier written before dossiers recorded their table: no case table may have
     * this region ({@link CaseTable} refuses it), so no table reads such a dossier (fail closed).
     */
    public static final String NO_TABLE = "unassigned.before-tables";

    /** Validates the event. */
    public Registered {
      Checks.present(dossier, "dossier");
      Checks.present(actor, "actor");
      Checks.present(at, "at");
      Checks.present(registration, "registration");
      Checks.id(table, "table");
    }
  }

  /**
   * The table accepted the registration; dossier building starts.
   *
   * @param dossier the dossier
   * @param actor who caused it
   * @param at when
   * @param session the session of the table it was taken in, if it names one
   */
  record Accepted(DossierId dossier, ProfessionalId actor, Instant at, @Nullable SessionId session)
      implements DossierEvent, SessionDecision {
    /** Validates the event. */
    public Accepted {
      Checks.present(dossier, "dossier");
      Checks.present(actor, "actor");
      Checks.present(at, "at");
    }

    /** An acceptance that names no session. */
    public Accepted(DossierId dossier, ProfessionalId actor, Instant at) {
      this(dossier, actor, at, null);
    }
  }

  /**
   * The table declined the registration, with a reason and advice to the registrant.
   *
   * @param dossier the dossier
   * @param actor who caused it
   * @param at when
   * @param reason why
   * @param advice the advice to the registrant
   * @param session the session of the table it was taken in, if it names one
   */
  record Declined(
      DossierId dossier,
      ProfessionalId actor,
      Instant at,
      String reason,
      String advice,
      @Nullable SessionId session)
      implements DossierEvent, SessionDecision {
    /** Validates the event. */
    public Declined {
      Checks.present(dossier, "dossier");
      Checks.present(actor, "actor");
      Checks.present(at, "at");
      Checks.text(reason, "reason");
      Checks.text(advice, "advice");
    }

    /** A decline that names no session. */
    public Declined(
        DossierId dossier, ProfessionalId actor, Instant at, String reason, String advice) {
      this(dossier, actor, at, reason, advice, null);
    }
  }

  /**
   * A party was informed of the registration (or a deferred perpetrator after all).
   *
   * @param dossier the dossier
   * @param actor who caused it
   * @param at when
   * @param party who was informed
   * @param how how
   */
  record PartyInformed(
      DossierId dossier, ProfessionalId actor, Instant at, PartyId party, String how)
      implements DossierEvent {
    /** Validates the event. */
    public PartyInformed {
      Checks.present(dossier, "dossier");
      Checks.present(actor, "actor");
      Checks.present(at, "at");
      Checks.present(party, "party");
      Checks.text(how, "how");
    }
  }

  /**
   * Informing a party was deferred (again) for safety, with a new review date.
   *
   * @param dossier the dossier
   * @param actor who caused it
   * @param at when
   * @param party whose informing is deferred
   * @param reason the safety reason
   * @param reviewBy when to review the deferral
   */
  record InformingDeferred(
      DossierId dossier,
      ProfessionalId actor,
      Instant at,
      PartyId party,
      String reason,
      LocalDate reviewBy)
      implements DossierEvent {
    /** Validates the event. */
    public InformingDeferred {
      Checks.present(dossier, "dossier");
      Checks.present(actor, "actor");
      Checks.present(at, "at");
      Checks.present(party, "party");
      Checks.text(reason, "reason");
      Checks.present(reviewBy, "reviewBy");
    }
  }

  /**
   * A table member shared an information item with the table.
   *
   * @param dossier the dossier
   * @param actor who caused it
   * @param at when
   * @param item the item
   */
  record InformationShared(
      DossierId dossier, ProfessionalId actor, Instant at, InformationItem item)
      implements DossierEvent {
    /** Validates the event. */
    public InformationShared {
      Checks.present(dossier, "dossier");
      Checks.present(actor, "actor");
      Checks.present(at, "at");
      Checks.present(item, "item");
    }
  }

  /**
   * The table asked a partner for information.
   *
   * @param dossier the dossier
   * @param actor who caused it
   * @param at when
   * @param request the request's id
   * @param from the partner asked
   * @param question the question
   * @param dueBy when the answer is due
   */
  record InformationRequested(
      DossierId dossier,
      ProfessionalId actor,
      Instant at,
      RequestId request,
      PartnerId from,
      String question,
      LocalDate dueBy)
      implements DossierEvent {
    /** Validates the event. */
    public InformationRequested {
      Checks.present(dossier, "dossier");
      Checks.present(actor, "actor");
      Checks.present(at, "at");
      Checks.present(request, "request");
      Checks.present(from, "from");
      Checks.text(question, "question");
      Checks.present(dueBy, "dueBy");
    }
  }

  /**
   * The asked partner answered a request with an information item.
   *
   * @param dossier the dossier
   * @param actor who caused it
   * @param at when
   * @param request the request
   * @param item the answer
   */
  record RequestAnswered(
      DossierId dossier, ProfessionalId actor, Instant at, RequestId request, InformationItem item)
      implements DossierEvent {
    /** Validates the event. */
    public RequestAnswered {
      Checks.present(dossier, "dossier");
      Checks.present(actor, "actor");
      Checks.present(at, "at");
      Checks.present(request, "request");
      Checks.present(item, "item");
    }
  }

  /**
   * The table waived an open request.
   *
   * @param dossier the dossier
   * @param actor who caused it
   * @param at when
   * @param request the request
   * @param reason why
   */
  record RequestWaived(
      DossierId dossier, ProfessionalId actor, Instant at, RequestId request, String reason)
      implements DossierEvent {
    /** Validates the event. */
    public RequestWaived {
      Checks.present(dossier, "dossier");
      Checks.present(actor, "actor");
      Checks.present(at, "at");
      Checks.present(request, "request");
      Checks.text(reason, "reason");
    }
  }

  /**
   * The table found the information complete; weighing starts.
   *
   * @param dossier the dossier
   * @param actor who caused it
   * @param at when
   */
  record DossierCompleted(DossierId dossier, ProfessionalId actor, Instant at)
      implements DossierEvent {
    /** Validates the event. */
    public DossierCompleted {
      Checks.present(dossier, "dossier");
      Checks.present(actor, "actor");
      Checks.present(at, "at");
    }
  }

  /**
   * The table completed a risk assessment with an instrument.
   *
   * @param dossier the dossier
   * @param actor who caused it
   * @param at when
   * @param assessment the assessment
   */
  record Assessed(
      DossierId dossier, ProfessionalId actor, Instant at, AssessmentReference assessment)
      implements DossierEvent {
    /** Validates the event. */
    public Assessed {
      Checks.present(dossier, "dossier");
      Checks.present(actor, "actor");
      Checks.present(at, "at");
      Checks.present(assessment, "assessment");
    }
  }

  /**
   * The table appointed a case director from among its members.
   *
   * @param dossier the dossier
   * @param actor who caused it
   * @param at when
   * @param member the member appointed
   * @param partner the partner they represent
   * @param reason why the director in office was replaced; {@code null} for a first appointment or
   *     one after the director left the table
   * @param session the session of the table it was taken in, if it names one
   */
  record DirectorAppointed(
      DossierId dossier,
      ProfessionalId actor,
      Instant at,
      ProfessionalId member,
      PartnerId partner,
      @Nullable String reason,
      @Nullable SessionId session)
      implements DossierEvent, SessionDecision {
    /** Validates the event. */
    public DirectorAppointed {
      Checks.present(dossier, "dossier");
      Checks.present(actor, "actor");
      Checks.present(at, "at");
      Checks.present(member, "member");
      Checks.present(partner, "partner");
      if (reason != null) {
        Checks.text(reason, "reason");
      }
    }

    /** An appointment that names no session. */
    public DirectorAppointed(
        DossierId dossier,
        ProfessionalId actor,
        Instant at,
        ProfessionalId member,
        PartnerId partner,
        @Nullable String reason) {
      this(dossier, actor, at, member, partner, reason, null);
    }
  }

  /**
   * The table adopted the plan of approach (version 1).
   *
   * @param dossier the dossier
   * @param actor who caused it
   * @param at when
   * @param goals the goals with their actions
   * @param session the session of the table it was taken in, if it names one
   */
  record PlanAdopted(
      DossierId dossier,
      ProfessionalId actor,
      Instant at,
      List<Goal> goals,
      @Nullable SessionId session)
      implements DossierEvent, SessionDecision {
    /** Validates the event. */
    public PlanAdopted {
      Checks.present(dossier, "dossier");
      Checks.present(actor, "actor");
      Checks.present(at, "at");
      goals = ImmutableList.copyOf(Checks.present(goals, "goals"));
    }

    /** An adoption that names no session. */
    public PlanAdopted(DossierId dossier, ProfessionalId actor, Instant at, List<Goal> goals) {
      this(dossier, actor, at, goals, null);
    }
  }

  /**
   * The operational team adopted an adjusted plan as a new version.
   *
   * @param dossier the dossier
   * @param actor who caused it
   * @param at when
   * @param reason why the plan changed
   * @param goals the whole new plan
   * @param session the session of the table it was taken in, if it names one
   */
  record PlanAdjusted(
      DossierId dossier,
      ProfessionalId actor,
      Instant at,
      String reason,
      List<Goal> goals,
      @Nullable SessionId session)
      implements DossierEvent, SessionDecision {
    /** Validates the event. */
    public PlanAdjusted {
      Checks.present(dossier, "dossier");
      Checks.present(actor, "actor");
      Checks.present(at, "at");
      Checks.text(reason, "reason");
      goals = ImmutableList.copyOf(Checks.present(goals, "goals"));
    }

    /** An adjustment that names no session. */
    public PlanAdjusted(
        DossierId dossier, ProfessionalId actor, Instant at, String reason, List<Goal> goals) {
      this(dossier, actor, at, reason, goals, null);
    }
  }

  /**
   * The registrant (until a case director is appointed) or the case director in office updated the
   * danger assessment and the safety measures.
   *
   * @param dossier the dossier
   * @param actor who caused it
   * @param at when
   * @param danger the danger assessment and measures from now on
   * @param summary what changed and why
   * @param capacity {@link Role#REGISTRANT} or {@link Role#CASE_DIRECTOR}
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  record DangerAssessmentUpdated(
      DossierId dossier,
      ProfessionalId actor,
      Instant at,
      DangerAssessment danger,
      String summary,
      Role capacity)
      implements DossierEvent {
    /** Validates the event. */
    public DangerAssessmentUpdated {
      Checks.present(dossier, "dossier");
      Checks.present(actor, "actor");
      Checks.present(at, "at");
      Checks.present(danger, "danger");
      Checks.text(summary, "summary");
      DangerUpdate.checkCapacity(capacity);
    }
  }

  /**
   * The case director proposed a plan adjustment to the operational team; the plan does not change
   * until the team adopts it.
   *
   * @param dossier the dossier
   * @param actor who caused it
   * @param at when
   * @param proposal the proposal's id
   * @param reason why the plan should change
   * @param goals the whole plan as proposed
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  record AdjustmentProposed(
      DossierId dossier,
      ProfessionalId actor,
      Instant at,
      ProposalId proposal,
      String reason,
      List<Goal> goals)
      implements DossierEvent {
    /** Validates the event. */
    public AdjustmentProposed {
      Checks.present(dossier, "dossier");
      Checks.present(actor, "actor");
      Checks.present(at, "at");
      Checks.present(proposal, "proposal");
      Checks.text(reason, "reason");
      goals = ImmutableList.copyOf(Checks.present(goals, "goals"));
    }
  }

  /**
   * The coordinator recorded the operational team's decision on a proposed plan adjustment. An
   * adopted proposal becomes a new version of the plan: {@code goals} is that version, with the
   * statuses its goals and actions carry at the decision; a rejected one changes nothing and has no
   * goals.
   *
   * @param dossier the dossier
   * @param actor who caused it (the coordinator)
   * @param at when
   * @param proposal the proposal decided
   * @param adopted whether the team adopted it
   * @param note the team's decision, as recorded
   * @param goals the new plan version if adopted; empty if rejected
   * @param session the session of the table it was taken in, if it names one
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  record AdjustmentDecided(
      DossierId dossier,
      ProfessionalId actor,
      Instant at,
      ProposalId proposal,
      boolean adopted,
      String note,
      List<Goal> goals,
      @Nullable SessionId session)
      implements DossierEvent, SessionDecision {
    /** Validates the event. */
    public AdjustmentDecided {
      Checks.present(dossier, "dossier");
      Checks.present(actor, "actor");
      Checks.present(at, "at");
      Checks.present(proposal, "proposal");
      Checks.text(note, "note");
      goals = ImmutableList.copyOf(Checks.present(goals, "goals"));
      com.google.common.base.Preconditions.checkArgument(
          adopted != goals.isEmpty(),
          "proposal %s: goals exactly when adopted (the new plan version)",
          proposal);
    }

    /** A decision that names no session. */
    public AdjustmentDecided(
        DossierId dossier,
        ProfessionalId actor,
        Instant at,
        ProposalId proposal,
        boolean adopted,
        String note,
        List<Goal> goals) {
      this(dossier, actor, at, proposal, adopted, note, goals, null);
    }
  }

  /**
   * Case direction started under the appointed case director.
   *
   * @param dossier the dossier
   * @param actor who caused it
   * @param at when
   */
  record CaseDirectionStarted(DossierId dossier, ProfessionalId actor, Instant at)
      implements DossierEvent {
    /** Validates the event. */
    public CaseDirectionStarted {
      Checks.present(dossier, "dossier");
      Checks.present(actor, "actor");
      Checks.present(at, "at");
    }
  }

  /**
   * The case director informed the clients of the plan in a personal conversation.
   *
   * @param dossier the dossier
   * @param actor who caused it
   * @param at when
   * @param parties who was informed
   */
  record ClientsInformedOfPlan(
      DossierId dossier, ProfessionalId actor, Instant at, List<PartyId> parties)
      implements DossierEvent {
    /** Validates the event. */
    public ClientsInformedOfPlan {
      Checks.present(dossier, "dossier");
      Checks.present(actor, "actor");
      Checks.present(at, "at");
      parties = ImmutableList.copyOf(Checks.present(parties, "parties"));
    }
  }

  /**
   * The case director reported progress to the operational team.
   *
   * @param dossier the dossier
   * @param actor who caused it
   * @param at when
   * @param summary the report
   */
  record ProgressReported(DossierId dossier, ProfessionalId actor, Instant at, String summary)
      implements DossierEvent {
    /** Validates the event. */
    public ProgressReported {
      Checks.present(dossier, "dossier");
      Checks.present(actor, "actor");
      Checks.present(at, "at");
      Checks.text(summary, "summary");
    }
  }

  /**
   * An action of the plan changed status.
   *
   * @param dossier the dossier
   * @param actor who caused it
   * @param at when
   * @param action the action
   * @param status its new status
   */
  record ActionUpdated(
      DossierId dossier, ProfessionalId actor, Instant at, ActionId action, ActionStatus status)
      implements DossierEvent {
    /** Validates the event. */
    public ActionUpdated {
      Checks.present(dossier, "dossier");
      Checks.present(actor, "actor");
      Checks.present(at, "at");
      Checks.present(action, "action");
      Checks.present(status, "status");
    }
  }

  /**
   * A goal was closed by a recorded team decision.
   *
   * @param dossier the dossier
   * @param actor who caused it
   * @param at when
   * @param goal the goal
   * @param outcome the outcome
   * @param decision the team decision
   */
  record GoalClosed(
      DossierId dossier,
      ProfessionalId actor,
      Instant at,
      GoalId goal,
      GoalOutcome outcome,
      String decision)
      implements DossierEvent {
    /** Validates the event. */
    public GoalClosed {
      Checks.present(dossier, "dossier");
      Checks.present(actor, "actor");
      Checks.present(at, "at");
      Checks.present(goal, "goal");
      Checks.present(outcome, "outcome");
      Checks.text(decision, "decision");
    }
  }

  /**
   * A new incident was reported; it asks for a reassessment, and reopens a dossier in follow-up.
   *
   * @param dossier the dossier
   * @param actor who caused it
   * @param at when
   * @param summary what happened
   * @param occurredAt when it happened
   */
  record IncidentReported(
      DossierId dossier, ProfessionalId actor, Instant at, String summary, Instant occurredAt)
      implements DossierEvent {
    /** Validates the event. */
    public IncidentReported {
      Checks.present(dossier, "dossier");
      Checks.present(actor, "actor");
      Checks.present(at, "at");
      Checks.text(summary, "summary");
      Checks.present(occurredAt, "occurredAt");
    }
  }

  /**
   * The case director concluded that the violence stopped and the goals are closed; follow-up
   * starts.
   *
   * @param dossier the dossier
   * @param actor who caused it
   * @param at when
   * @param summary the reasoning
   * @param followUpUntil when follow-up at a distance ends
   */
  record Concluded(
      DossierId dossier, ProfessionalId actor, Instant at, String summary, Instant followUpUntil)
      implements DossierEvent {
    /** Validates the event. */
    public Concluded {
      Checks.present(dossier, "dossier");
      Checks.present(actor, "actor");
      Checks.present(at, "at");
      Checks.text(summary, "summary");
      Checks.present(followUpUntil, "followUpUntil");
    }
  }

  /**
   * The dossier was closed after a quiet follow-up period.
   *
   * @param dossier the dossier
   * @param actor who caused it
   * @param at when
   * @param session the session of the table it was taken in, if it names one
   */
  record Closed(DossierId dossier, ProfessionalId actor, Instant at, @Nullable SessionId session)
      implements DossierEvent, SessionDecision {
    /** Validates the event. */
    public Closed {
      Checks.present(dossier, "dossier");
      Checks.present(actor, "actor");
      Checks.present(at, "at");
    }

    /** A closure that names no session. */
    public Closed(DossierId dossier, ProfessionalId actor, Instant at) {
      this(dossier, actor, at, null);
    }
  }

  /**
   * The table evaluated the closed dossier.
   *
   * @param dossier the dossier
   * @param actor who caused it
   * @param at when
   * @param notes the evaluation
   * @param session the session of the table it was taken in, if it names one
   */
  record Evaluated(
      DossierId dossier,
      ProfessionalId actor,
      Instant at,
      String notes,
      @Nullable SessionId session)
      implements DossierEvent, SessionDecision {
    /** Validates the event. */
    public Evaluated {
      Checks.present(dossier, "dossier");
      Checks.present(actor, "actor");
      Checks.present(at, "at");
      Checks.text(notes, "notes");
    }

    /** An evaluation that names no session. */
    public Evaluated(DossierId dossier, ProfessionalId actor, Instant at, String notes) {
      this(dossier, actor, at, notes, null);
    }
  }

  /**
   * The operational team withdrew the dossier from the chain approach (moved, cooperation ended).
   *
   * @param dossier the dossier
   * @param actor who caused it
   * @param at when
   * @param reason why
   */
  record Withdrawn(DossierId dossier, ProfessionalId actor, Instant at, String reason)
      implements DossierEvent {
    /** Validates the event. */
    public Withdrawn {
      Checks.present(dossier, "dossier");
      Checks.present(actor, "actor");
      Checks.present(at, "at");
      Checks.text(reason, "reason");
    }
  }

  /**
   * An item's contributor or the case director let one member see one item for one purpose.
   *
   * @param dossier the dossier
   * @param actor who caused it
   * @param at when
   * @param item the item
   * @param member the member
   * @param purpose the only purpose it holds for
   */
  record AccessGranted(
      DossierId dossier,
      ProfessionalId actor,
      Instant at,
      ItemId item,
      ProfessionalId member,
      Purpose purpose)
      implements DossierEvent {
    /** Validates the event. */
    public AccessGranted {
      Checks.present(dossier, "dossier");
      Checks.present(actor, "actor");
      Checks.present(at, "at");
      Checks.present(item, "item");
      Checks.present(member, "member");
      Checks.present(purpose, "purpose");
    }
  }

  /**
   * An item's contributor or the case director in office revoked a grant: from now on the member no
   * longer sees the item for that purpose.
   *
   * @param dossier the dossier
   * @param actor who caused it
   * @param at when
   * @param item the item
   * @param member the member whose grant ends
   * @param purpose the purpose the grant held for
   */
  record AccessRevoked(
      DossierId dossier,
      ProfessionalId actor,
      Instant at,
      ItemId item,
      ProfessionalId member,
      Purpose purpose)
      implements DossierEvent {
    /** Validates the event. */
    public AccessRevoked {
      Checks.present(dossier, "dossier");
      Checks.present(actor, "actor");
      Checks.present(at, "at");
      Checks.present(item, "item");
      Checks.present(member, "member");
      Checks.present(purpose, "purpose");
    }
  }

  /**
   * A party's consent was recorded.
   *
   * @param dossier the dossier
   * @param actor who caused it
   * @param at when
   * @param party whose consent
   * @param partner the partner it is given to
   * @param purpose the purpose
   * @param category the category
   */
  record ConsentRecorded(
      DossierId dossier,
      ProfessionalId actor,
      Instant at,
      PartyId party,
      PartnerId partner,
      Purpose purpose,
      InformationCategory category)
      implements DossierEvent {
    /** Validates the event. */
    public ConsentRecorded {
      Checks.present(dossier, "dossier");
      Checks.present(actor, "actor");
      Checks.present(at, "at");
      Checks.present(party, "party");
      Checks.present(partner, "partner");
      Checks.present(purpose, "purpose");
      Checks.present(category, "category");
    }
  }

  /**
   * A party withdrew consent; it takes effect at once.
   *
   * @param dossier the dossier
   * @param actor who caused it
   * @param at when
   * @param party whose consent
   * @param partner the partner it was given to
   * @param purpose the purpose
   * @param category the category
   */
  record ConsentWithdrawn(
      DossierId dossier,
      ProfessionalId actor,
      Instant at,
      PartyId party,
      PartnerId partner,
      Purpose purpose,
      InformationCategory category)
      implements DossierEvent {
    /** Validates the event. */
    public ConsentWithdrawn {
      Checks.present(dossier, "dossier");
      Checks.present(actor, "actor");
      Checks.present(at, "at");
      Checks.present(party, "party");
      Checks.present(partner, "partner");
      Checks.present(purpose, "purpose");
      Checks.present(category, "category");
    }
  }

  /**
   * A fact of the dossier was rectified (GDPR art. 16): a party's birth year or an item's content.
   * The event keeps only the corrected value; the original stays in the history (the registration
   * or the sharing) and the fold keeps it beside the correction ({@link Correction}).
   *
   * @param kind what is corrected
   * @param subject the party (for a birth year) or the item (for content) whose fact it is
   * @param corrected the corrected value
   * @param reason why
   */
  @API(status = EXPERIMENTAL, since = "0.2")
  record CorrectionRecorded(
      DossierId dossier,
      ProfessionalId actor,
      Instant at,
      CorrectionKind kind,
      String subject,
      String corrected,
      String reason)
      implements DossierEvent {
    /** Validates the event. */
    public CorrectionRecorded {
      Checks.present(dossier, "dossier");
      Checks.present(actor, "actor");
      Checks.present(at, "at");
      Checks.present(kind, "kind");
      Checks.id(subject, "subject");
      Checks.text(corrected, "corrected");
      Checks.text(reason, "reason");
    }
  }
}
