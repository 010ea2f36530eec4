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
import java.util.stream.Collectors;

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
    requireMember("start case direction");
    assessmentReady("case direction");
    Optional<Plan> plan = d.plan();
    if (plan.isEmpty()) {
      reject(ReasonCode.NO_PLAN, "no plan of approach was adopted");
    } else if (plan.get().goals().isEmpty()
        || plan.get().goals().stream().anyMatch(g -> g.actions().isEmpty())) {
      reject(
          ReasonCode.NO_PLAN,
          "the plan needs at least one goal and every goal at least one action");
    }
    if (d.caseDirector().isEmpty()) {
      reject(ReasonCode.NO_CASE_DIRECTOR, "no case director was appointed");
    }
    return emit(() -> new DossierEvent.CaseDirectionStarted(id, actor, now));
  }

  List<ChainEvent> informClientsOfPlan(Command.InformClientsOfPlan c) {
    DossierId id = d().id();
    requireDirector("inform the clients of the plan");
    requireParties(c.parties(), "parties");
    return emit(() -> new DossierEvent.ClientsInformedOfPlan(id, actor, now, c.parties()));
  }

  List<ChainEvent> reportProgress(Command.ReportProgress c) {
    DossierId id = d().id();
    requireDirector("report progress");
    requireText(c.summary(), "the summary");
    return emit(() -> new DossierEvent.ProgressReported(id, actor, now, c.summary()));
  }

  List<ChainEvent> updateAction(Command.UpdateAction c) {
    Dossier d = d();
    DossierId id = d.id();
    Optional<Action> action = d.plan().flatMap(p -> p.action(c.action()));
    if (action.isEmpty()) {
      reject(ReasonCode.INVALID_INPUT, "the plan has no action %s", c.action());
      if (!isDirector() && !isMember(actor)) {
        reject(ReasonCode.NOT_AUTHORIZED, "%s is not a member of the table", actor);
      }
    } else {
      PartnerId owner = action.get().owner();
      boolean ownerMember = table.member(actor).map(m -> m.partner().equals(owner)).orElse(false);
      if (!ownerMember && !isDirector()) {
        reject(
            ReasonCode.NOT_AUTHORIZED,
            "action %s is owned by %s; only its members or the case director may update it",
            c.action(),
            owner);
      }
    }
    return emit(() -> new DossierEvent.ActionUpdated(id, actor, now, c.action(), c.status()));
  }

  List<ChainEvent> closeGoal(Command.CloseGoal c) {
    Dossier d = d();
    DossierId id = d.id();
    requireDirector("close a goal");
    Optional<Goal> goal = d.plan().flatMap(p -> p.goal(c.goal()));
    if (goal.isEmpty()) {
      reject(ReasonCode.INVALID_INPUT, "the plan has no goal %s", c.goal());
    } else if (goal.get().isClosed()) {
      reject(ReasonCode.INVALID_INPUT, "goal %s is closed already", c.goal());
    }
    requireText(c.decision(), "the team decision");
    return emit(
        () -> new DossierEvent.GoalClosed(id, actor, now, c.goal(), c.outcome(), c.decision()));
  }

  List<ChainEvent> reportIncident(Command.ReportIncident c) {
    DossierId id = d().id();
    requireMember("report an incident");
    requireText(c.summary(), "the summary");
    return emit(
        () -> new DossierEvent.IncidentReported(id, actor, now, c.summary(), c.occurredAt()));
  }

  List<ChainEvent> conclude(Command.Conclude c) {
    Dossier d = d();
    DossierId id = d.id();
    requireDirector("conclude case direction");
    if (!c.violenceStopped()) {
      reject(
          ReasonCode.VIOLENCE_NOT_STOPPED,
          "case direction concludes only when the violence has stopped");
    }
    List<Goal> open = d.plan().map(Plan::openGoals).orElse(List.of());
    if (!open.isEmpty()) {
      reject(
          ReasonCode.GOALS_OPEN,
          "goals still open (close them by a team decision first): %s",
          open.stream().map(g -> g.id().toString()).collect(Collectors.joining(", ")));
    }
    if (d.reassessmentDue()) {
      reject(
          ReasonCode.NO_ASSESSMENT,
          "a reassessment is due after the last incident; assess before concluding");
    }
    requireText(c.summary(), "the summary");
    Instant until = now.atZone(zone).plus(table.followUpPeriod()).toInstant();
    return emit(() -> new DossierEvent.Concluded(id, actor, now, c.summary(), until));
  }
}
