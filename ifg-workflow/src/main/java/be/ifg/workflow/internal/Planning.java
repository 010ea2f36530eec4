package be.ifg.workflow.internal;

import be.ifg.domain.Action;
import be.ifg.domain.ActionId;
import be.ifg.domain.AssessmentReference;
import be.ifg.domain.ChainEvent;
import be.ifg.domain.DangerAssessment;
import be.ifg.domain.Dossier;
import be.ifg.domain.DossierEvent;
import be.ifg.domain.DossierId;
import be.ifg.domain.Goal;
import be.ifg.domain.GoalId;
import be.ifg.domain.Plan;
import be.ifg.domain.PlanProposal;
import be.ifg.domain.Role;
import be.ifg.domain.TableMember;
import be.ifg.workflow.Command;
import be.ifg.workflow.ReasonCode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/*
 * Who keeps the danger assessment: the registrant, from the registration until the table appoints a
 * case director (the first DirectorAppointed), and the case director in office from then on; while
 * the office is vacant nobody, until the table appoints someone. The capacity is recorded with every
 * update (Role.REGISTRANT or Role.CASE_DIRECTOR), so the hand-over shows in the dossier.
 *
 * Plan adjustment through the operational team: the case director in office proposes (an
 * AdjustmentProposed, which changes no plan); the coordinator records the team's decision; only an
 * adoption adds a plan version, built from the proposal with the statuses its goals and actions
 * carry in the plan at the moment of the decision. adjustPlan is the team's direct decision, recorded
 * by the coordinator without a proposal.
 */

/**
 * Decides the risk assessed, the danger assessment updated, the plan adopted, proposed for
 * adjustment and adjusted, the case director appointed.
 */
final class Planning extends Step {
  Planning(Step step) {
    super(step);
  }

  /** Adds this phase's decisions to the dispatch. */
  static void declare(Dispatch dispatch) {
    dispatch.on(Command.Assess.class, (s, c) -> new Planning(s).assess(c));
    dispatch.on(Command.AdoptPlan.class, (s, c) -> new Planning(s).adoptPlan(c));
    dispatch.on(Command.AdjustPlan.class, (s, c) -> new Planning(s).adjustPlan(c));
    dispatch.on(
        Command.UpdateDangerAssessment.class, (s, c) -> new Planning(s).updateDangerAssessment(c));
    dispatch.on(Command.ProposeAdjustment.class, (s, c) -> new Planning(s).proposeAdjustment(c));
    dispatch.on(Command.DecideAdjustment.class, (s, c) -> new Planning(s).decideAdjustment(c));
    dispatch.on(Command.AppointDirector.class, (s, c) -> new Planning(s).appointDirector(c));
  }

  List<ChainEvent> assess(Command.Assess c) {
    DossierId id = d().id();
    requireMember("act.assess");
    if (!reasons.isEmpty()) {
      return List.of();
    }
    Scorer.Scored scored = scorer.score(c, actor, today);
    reasons.addAll(scored.reasons());
    AssessmentReference a = scored.assessment();
    if (!reasons.isEmpty() || a == null) {
      if (reasons.isEmpty()) {
        reject(ReasonCode.INVALID_INPUT, "assessment.not-scored");
      }
      return List.of();
    }
    return List.of(new DossierEvent.Assessed(id, actor, now, a));
  }

  List<ChainEvent> adoptPlan(Command.AdoptPlan c) {
    Dossier d = d();
    DossierId id = d.id();
    requireMember("act.adopt-plan");
    if (d.plan().isPresent()) {
      reject(ReasonCode.INVALID_INPUT, "plan.exists", id);
    }
    List<Goal> goals = goals(c.goals(), null);
    requireSession(c.session());
    return emit(() -> new DossierEvent.PlanAdopted(id, actor, now, goals, c.session()));
  }

  List<ChainEvent> adjustPlan(Command.AdjustPlan c) {
    Dossier d = d();
    DossierId id = d.id();
    requireCoordinator("act.adjust-plan");
    requireText(c.reason(), "field.adjustment-reason");
    Plan previous = d.plan().orElse(null);
    if (previous == null) {
      reject(ReasonCode.NO_PLAN, "plan.nothing-to-adjust", id);
    }
    List<Goal> goals = goals(c.goals(), previous);
    requireSession(c.session());
    return emit(
        () -> new DossierEvent.PlanAdjusted(id, actor, now, c.reason(), goals, c.session()));
  }

  List<ChainEvent> updateDangerAssessment(Command.UpdateDangerAssessment c) {
    Dossier d = d();
    DossierId id = d.id();
    Role capacity = d.dangerResponsibility();
    if (capacity == Role.REGISTRANT) {
      if (!d.registration().registrant().equals(actor)) {
        reject(ReasonCode.NOT_AUTHORIZED, "danger.registrant-only", actor, id);
      }
    } else if (!isDirector()) {
      reject(ReasonCode.NOT_AUTHORIZED, "danger.director-only", actor, id);
    }
    requireText(c.summary(), "field.danger-summary");
    DangerAssessment danger = new DangerAssessment(c.dangerPresent(), c.measures());
    return emit(
        () ->
            new DossierEvent.DangerAssessmentUpdated(
                id, actor, now, danger, c.summary(), capacity));
  }

  List<ChainEvent> proposeAdjustment(Command.ProposeAdjustment c) {
    Dossier d = d();
    DossierId id = d.id();
    requireDirector("act.propose-adjustment");
    requireText(c.reason(), "field.adjustment-reason");
    if (d.proposal(c.proposal()).isPresent()) {
      reject(ReasonCode.INVALID_INPUT, "proposal.exists", c.proposal(), id);
    }
    Plan previous = d.plan().orElse(null);
    if (previous == null) {
      reject(ReasonCode.NO_PLAN, "plan.nothing-to-adjust", id);
    }
    List<Goal> goals = goals(c.goals(), previous);
    return emit(
        () -> new DossierEvent.AdjustmentProposed(id, actor, now, c.proposal(), c.reason(), goals));
  }

  List<ChainEvent> decideAdjustment(Command.DecideAdjustment c) {
    Dossier d = d();
    DossierId id = d.id();
    requireCoordinator("act.decide-adjustment");
    Optional<PlanProposal> proposal = d.proposal(c.proposal());
    if (proposal.isEmpty()) {
      reject(ReasonCode.INVALID_INPUT, "proposal.unknown", c.proposal(), id);
    } else if (!proposal.get().isOpen()) {
      reject(
          ReasonCode.INVALID_INPUT,
          "proposal.decided",
          c.proposal(),
          Reasons.coded(proposal.get().status()));
    }
    requireText(c.note(), "field.team-decision");
    Plan current = d.plan().orElse(null);
    if (current == null) {
      reject(ReasonCode.INVALID_INPUT, "plan.nothing-to-adjust", id);
    }
    requireSession(c.session());
    if (!reasons.isEmpty()) {
      return List.of();
    }
    List<Goal> goals =
        c.adopted() ? carried(proposal.orElseThrow().goals(), current) : List.<Goal>of();
    return emit(
        () ->
            new DossierEvent.AdjustmentDecided(
                id, actor, now, c.proposal(), c.adopted(), c.note(), goals, c.session()));
  }

  /**
   * The goals of a proposal with the statuses their goals and actions carry in the current plan: a
   * goal or action the plan does not have (any more) is open.
   */
  private static List<Goal> carried(List<Goal> proposed, @Nullable Plan current) {
    List<Goal> goals = new ArrayList<>();
    for (Goal g : proposed) {
      List<Action> actions = new ArrayList<>();
      for (Action a : g.actions()) {
        actions.add(
            a.withStatus(
                current == null
                    ? be.ifg.domain.ActionStatus.OPEN
                    : current
                        .action(a.id())
                        .map(Action::status)
                        .orElse(be.ifg.domain.ActionStatus.OPEN)));
      }
      goals.add(
          new Goal(
              g.id(),
              g.text(),
              actions,
              current == null ? null : current.goal(g.id()).flatMap(Goal::closing).orElse(null)));
    }
    return goals;
  }

  List<ChainEvent> appointDirector(Command.AppointDirector c) {
    Dossier d = d();
    DossierId id = d.id();
    requireCoordinator("act.appoint-director");
    Optional<TableMember> director = table.member(c.member());
    if (director.isEmpty()) {
      reject(ReasonCode.DIRECTOR_NOT_AT_TABLE, "director.not-member", c.member());
    } else {
      requirePledge(c.member(), "act.be-director");
    }
    Optional<be.ifg.domain.CaseDirector> inOffice = tableState.directorInOffice(d);
    String reason = c.reason();
    if (inOffice.isPresent() && inOffice.get().member().equals(c.member())) {
      reject(ReasonCode.INVALID_INPUT, "director.already", c.member(), id);
    } else if (inOffice.isPresent() && (reason == null || reason.isBlank())) {
      reject(
          ReasonCode.REASON_REQUIRED,
          "director.handover-without-reason",
          inOffice.get().member(),
          id);
    }
    String recorded = reason == null || reason.isBlank() ? null : reason;
    requireSession(c.session());
    return emit(
        () ->
            new DossierEvent.DirectorAppointed(
                id,
                actor,
                now,
                c.member(),
                director.orElseThrow().partner(),
                recorded,
                c.session()));
  }

  List<Goal> goals(List<Command.PlannedGoal> planned, @Nullable Plan previous) {
    if (planned.isEmpty()) {
      reject(ReasonCode.NO_PLAN, "plan.no-goal");
    }
    Set<GoalId> goalIds = new HashSet<>();
    Set<ActionId> actionIds = new HashSet<>();
    List<Goal> goals = new ArrayList<>();
    for (Command.PlannedGoal g : planned) {
      if (!goalIds.add(g.id())) {
        reject(ReasonCode.INVALID_INPUT, "goal.listed-twice", g.id());
      }
      requireText(g.text(), "field.goal-text", g.id());
      if (g.actions().isEmpty()) {
        reject(ReasonCode.NO_PLAN, "goal.no-action", g.id());
      }
      List<Action> actions = new ArrayList<>();
      for (Command.PlannedAction a : g.actions()) {
        if (!actionIds.add(a.id())) {
          reject(ReasonCode.INVALID_INPUT, "action.listed-twice", a.id());
        }
        requireText(a.text(), "field.action-text", a.id());
        if (!table.sitsAtTable(a.owner())) {
          reject(ReasonCode.OWNER_NOT_AT_TABLE, "action.owner-not-at-table", a.id(), a.owner());
        }
        be.ifg.domain.ActionStatus status =
            previous == null
                ? be.ifg.domain.ActionStatus.OPEN
                : previous
                    .action(a.id())
                    .map(Action::status)
                    .orElse(be.ifg.domain.ActionStatus.OPEN);
        if (reasons.isEmpty()) {
          actions.add(new Action(a.id(), a.text(), a.owner(), a.due(), status));
        }
      }
      if (reasons.isEmpty()) {
        goals.add(
            new Goal(
                g.id(),
                g.text(),
                actions,
                previous == null
                    ? null
                    : previous.goal(g.id()).flatMap(Goal::closing).orElse(null)));
      }
    }
    return goals;
  }
}
