package be.ifg.workflow.internal;

import be.ifg.domain.ChainEvent;
import be.ifg.domain.Dossier;
import be.ifg.domain.DossierEvent;
import be.ifg.domain.DossierId;
import be.ifg.workflow.Command;
import be.ifg.workflow.ReasonCode;
import java.time.LocalDate;
import java.util.List;

/** Decides the dossier closed, evaluated or withdrawn. */
final class Closure extends Step {
  Closure(Step step) {
    super(step);
  }

  /** Adds this phase's decisions to the dispatch. */
  static void declare(Dispatch dispatch) {
    dispatch.on(Command.Close.class, (s, c) -> new Closure(s).close(c));
    dispatch.on(Command.Evaluate.class, (s, c) -> new Closure(s).evaluate(c));
    dispatch.on(Command.Withdraw.class, (s, c) -> new Closure(s).withdraw(c));
  }

  List<ChainEvent> close(Command.Close c) {
    Dossier d = d();
    DossierId id = d.id();
    if (!isDirector() && !isCoordinator()) {
      reject(ReasonCode.NOT_AUTHORIZED, "closure.not-allowed", id);
    }
    d.followUp()
        .filter(f -> d.status() == be.ifg.domain.DossierStatus.FOLLOW_UP)
        .filter(f -> !f.isOverAt(now))
        .ifPresent(
            f ->
                reject(
                    ReasonCode.FOLLOW_UP_NOT_OVER,
                    "follow-up.not-over",
                    LocalDate.ofInstant(f.until(), zone)));
    requireSession(c.session());
    return emit(() -> new DossierEvent.Closed(id, actor, now, c.session()));
  }

  List<ChainEvent> evaluate(Command.Evaluate c) {
    DossierId id = d().id();
    requireMember("act.evaluate");
    requireText(c.notes(), "field.notes");
    requireSession(c.session());
    return emit(() -> new DossierEvent.Evaluated(id, actor, now, c.notes(), c.session()));
  }

  List<ChainEvent> withdraw(Command.Withdraw c) {
    DossierId id = d().id();
    if (!actor.equals(table.coordinator())) {
      reject(ReasonCode.NOT_AUTHORIZED, "withdrawal.not-coordinator");
    }
    requireText(c.reason(), "field.reason");
    return emit(() -> new DossierEvent.Withdrawn(id, actor, now, c.reason()));
  }
}
