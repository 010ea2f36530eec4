package be.ifg.workflow.internal;

import be.ifg.domain.Action;
import be.ifg.domain.ChainEvent;
import be.ifg.domain.Dossier;
import be.ifg.domain.DossierEvent;
import be.ifg.domain.DossierId;
import be.ifg.domain.Goal;
import be.ifg.domain.PartnerId;
import be.ifg.domain.Plan;
import be.ifg.workflow.Command;
import be.ifg.workflow.ReasonCode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Decides case direction started, carried out and concluded. */
final class CaseDirection extends Step {
  CaseDirection(Step step) {
    super(step);
  }

  /** Adds this phase's decisions to the dispatch. */
  static void declare(Dispatch dispatch) {
    dispatch.on(
        Command.StartCaseDirection.class, (s, c) -> new CaseDirection(s).startCaseDirection(c));
    dispatch.on(
        Command.InformClientsOfPlan.class, (s, c) -> new CaseDirection(s).informClientsOfPlan(c));
    dispatch.on(Command.ReportProgress.class, (s, c) -> new CaseDirection(s).reportProgress(c));
    dispatch.on(Command.UpdateAction.class, (s, c) -> new CaseDirection(s).updateAction(c));
    dispatch.on(Command.CloseGoal.class, (s, c) -> new CaseDirection(s).closeGoal(c));
    dispatch.on(Command.ReportIncident.class, (s, c) -> new CaseDirection(s).reportIncident(c));
    dispatch.on(Command.Conclude.class, (s, c) -> new CaseDirection(s).conclude(c));
  }

  List<ChainEvent> startCaseDirection(Command.StartCaseDirection c) {
    Dossier d = d();
    DossierId id = d.id();
    requireMember("act.start-case-direction");
    assessmentReady("what.case-direction");
    Optional<Plan> plan = d.plan();
    if (plan.isEmpty()) {
      reject(ReasonCode.NO_PLAN, "plan.not-adopted");
    } else if (plan.get().goals().isEmpty()
        || plan.get().goals().stream().anyMatch(g -> g.actions().isEmpty())) {
      reject(ReasonCode.NO_PLAN, "plan.incomplete");
    }
    if (d.caseDirector().isEmpty()) {
      reject(ReasonCode.NO_CASE_DIRECTOR, "director.not-appointed");
    }
    return emit(() -> new DossierEvent.CaseDirectionStarted(id, actor, now));
  }

  List<ChainEvent> informClientsOfPlan(Command.InformClientsOfPlan c) {
    DossierId id = d().id();
    requireDirector("act.inform-clients");
    requireParties(c.parties(), "field.parties");
    return emit(() -> new DossierEvent.ClientsInformedOfPlan(id, actor, now, c.parties()));
  }

  List<ChainEvent> reportProgress(Command.ReportProgress c) {
    DossierId id = d().id();
    requireDirector("act.report-progress");
    requireText(c.summary(), "field.summary");
    return emit(() -> new DossierEvent.ProgressReported(id, actor, now, c.summary()));
  }

  List<ChainEvent> updateAction(Command.UpdateAction c) {
    Dossier d = d();
    DossierId id = d.id();
    Optional<Action> action = d.plan().flatMap(p -> p.action(c.action()));
    if (action.isEmpty()) {
      reject(ReasonCode.INVALID_INPUT, "action.unknown", c.action());
      if (!isDirector() && !isMember(actor)) {
        reject(ReasonCode.NOT_AUTHORIZED, "table.not-member", actor);
      }
    } else {
      PartnerId owner = action.get().owner();
      boolean ownerMember = table.member(actor).map(m -> m.partner().equals(owner)).orElse(false);
      if (!ownerMember && !isDirector()) {
        reject(ReasonCode.NOT_AUTHORIZED, "action.not-owner", c.action(), owner);
      }
    }
    return emit(() -> new DossierEvent.ActionUpdated(id, actor, now, c.action(), c.status()));
  }

  List<ChainEvent> closeGoal(Command.CloseGoal c) {
    Dossier d = d();
    DossierId id = d.id();
    requireDirector("act.close-goal");
    Optional<Goal> goal = d.plan().flatMap(p -> p.goal(c.goal()));
    if (goal.isEmpty()) {
      reject(ReasonCode.INVALID_INPUT, "goal.unknown", c.goal());
    } else if (goal.get().isClosed()) {
      reject(ReasonCode.INVALID_INPUT, "goal.closed-already", c.goal());
    }
    requireText(c.decision(), "field.team-decision");
    return emit(
        () -> new DossierEvent.GoalClosed(id, actor, now, c.goal(), c.outcome(), c.decision()));
  }

  List<ChainEvent> reportIncident(Command.ReportIncident c) {
    DossierId id = d().id();
    requireMember("act.report-incident");
    requireText(c.summary(), "field.summary");
    return emit(
        () -> new DossierEvent.IncidentReported(id, actor, now, c.summary(), c.occurredAt()));
  }

  List<ChainEvent> conclude(Command.Conclude c) {
    Dossier d = d();
    DossierId id = d.id();
    requireDirector("act.conclude");
    if (!c.violenceStopped()) {
      reject(ReasonCode.VIOLENCE_NOT_STOPPED, "conclusion.violence-not-stopped");
    }
    List<Goal> open = d.plan().map(Plan::openGoals).orElse(List.of());
    if (!open.isEmpty()) {
      reject(ReasonCode.GOALS_OPEN, "goals.open", open.stream().map(Goal::id).toList());
    }
    if (d.reassessmentDue()) {
      reject(ReasonCode.NO_ASSESSMENT, "conclusion.reassessment-due");
    }
    requireText(c.summary(), "field.summary");
    Instant until = now.atZone(zone).plus(table.followUpPeriod()).toInstant();
    return emit(() -> new DossierEvent.Concluded(id, actor, now, c.summary(), until));
  }
}
