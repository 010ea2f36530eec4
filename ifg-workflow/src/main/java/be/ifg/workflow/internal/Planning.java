package be.ifg.workflow.internal;

import be.ifg.domain.Action;
import be.ifg.domain.ActionId;
import be.ifg.domain.AssessmentReference;
import be.ifg.domain.ChainEvent;
import be.ifg.domain.Dossier;
import be.ifg.domain.DossierEvent;
import be.ifg.domain.DossierId;
import be.ifg.domain.Goal;
import be.ifg.domain.GoalId;
import be.ifg.domain.Plan;
import be.ifg.domain.TableMember;
import be.ifg.workflow.Command;
import be.ifg.workflow.ReasonCode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Decides the risk assessed, the plan adopted and adjusted, the case director appointed. */
final class Planning extends Step {
  Planning(Step step) {
    super(step);
  }

  /** Adds this phase's decisions to the dispatch. */
  static void declare(Dispatch dispatch) {
    dispatch.on(Command.Assess.class, (s, c) -> new Planning(s).assess(c));
    dispatch.on(Command.AdoptPlan.class, (s, c) -> new Planning(s).adoptPlan(c));
    dispatch.on(Command.AdjustPlan.class, (s, c) -> new Planning(s).adjustPlan(c));
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
    // a decision on a proposed plan adjustment, when it is added, names its session the same way
    return emit(() -> new DossierEvent.PlanAdopted(id, actor, now, goals, c.session()));
  }

  List<ChainEvent> adjustPlan(Command.AdjustPlan c) {
    Dossier d = d();
    DossierId id = d.id();
    requireMember("act.adjust-plan");
    requireText(c.reason(), "field.adjustment-reason");
    Plan previous = d.plan().orElse(null);
    if (previous == null) {
      reject(ReasonCode.NO_PLAN, "plan.nothing-to-adjust", id);
    }
    List<Goal> goals = goals(c.goals(), previous);
    return emit(() -> new DossierEvent.PlanAdjusted(id, actor, now, c.reason(), goals));
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
