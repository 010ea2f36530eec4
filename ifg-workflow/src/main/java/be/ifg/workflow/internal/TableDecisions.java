package be.ifg.workflow.internal;

import be.ifg.domain.ChainEvent;
import be.ifg.domain.PolicySignal;
import be.ifg.domain.TableEvent;
import be.ifg.workflow.Command;
import be.ifg.workflow.ReasonCode;
import java.time.LocalDate;
import java.util.List;

/**
 * Decides the table commands: the pledge, a policy signal, a member joining or leaving, a session
 * scheduled.
 */
final class TableDecisions extends Step {
  TableDecisions(Step step) {
    super(step);
  }

  /** Adds this phase's decisions to the dispatch. */
  static void declare(Dispatch dispatch) {
    dispatch.on(Command.SignPledge.class, (s, c) -> new TableDecisions(s).signPledge(c));
    dispatch.on(Command.RaiseSignal.class, (s, c) -> new TableDecisions(s).raiseSignal(c));
    dispatch.on(Command.JoinTable.class, (s, c) -> new TableDecisions(s).joinTable(c));
    dispatch.on(Command.LeaveTable.class, (s, c) -> new TableDecisions(s).leaveTable(c));
    dispatch.on(Command.ScheduleSession.class, (s, c) -> new TableDecisions(s).scheduleSession(c));
  }

  List<ChainEvent> scheduleSession(Command.ScheduleSession c) {
    requireCoordinator("act.schedule-session");
    if (tableState.session(c.session()).isPresent()) {
      reject(ReasonCode.INVALID_INPUT, "session.exists", c.session(), table.region());
    }
    if (c.startsAt().isBefore(now)) {
      reject(
          ReasonCode.INVALID_INPUT,
          "session.in-past",
          c.session(),
          LocalDate.ofInstant(c.startsAt(), zone));
    }
    return emit(
        () ->
            new TableEvent.SessionScheduled(table.region(), actor, now, c.session(), c.startsAt()));
  }

  List<ChainEvent> signPledge(Command.SignPledge c) {
    requireMember("act.command", c.name());
    return emit(() -> new TableEvent.PledgeSigned(table.region(), actor, now));
  }

  List<ChainEvent> raiseSignal(Command.RaiseSignal c) {
    requireMember("act.command", c.name());
    if (tableState.signal(c.signal()).isPresent()) {
      reject(ReasonCode.INVALID_INPUT, "signal.exists", c.signal());
    }
    requireText(c.text(), "field.signal-text");
    return emit(
        () ->
            new TableEvent.SignalRaised(
                table.region(), new PolicySignal(c.signal(), c.category(), c.text(), actor, now)));
  }

  List<ChainEvent> joinTable(Command.JoinTable c) {
    requireCoordinator("act.seat-member");
    if (isMember(c.member())) {
      reject(ReasonCode.INVALID_INPUT, "member.already", c.member());
    }
    if (!table.sitsAtTable(c.partner())) {
      reject(ReasonCode.INVALID_INPUT, "partner.not-at-case-table", c.partner(), table.region());
    }
    table
        .professional(c.member())
        .filter(p -> !p.partner().equals(c.partner()))
        .ifPresent(
            p ->
                reject(
                    ReasonCode.INVALID_INPUT,
                    "member.other-partner",
                    c.member(),
                    p.partner(),
                    c.partner()));
    return emit(
        () ->
            new TableEvent.MemberJoined(
                table.region(), actor, now, c.member(), c.partner(), c.pledged()));
  }

  List<ChainEvent> leaveTable(Command.LeaveTable c) {
    requireCoordinator("act.record-leave");
    if (!isMember(c.member())) {
      reject(ReasonCode.INVALID_INPUT, "table.not-member", c.member());
    } else if (c.member().equals(table.coordinator())) {
      reject(ReasonCode.INVALID_INPUT, "coordinator.cannot-leave", c.member());
    }
    return emit(() -> new TableEvent.MemberLeft(table.region(), actor, now, c.member()));
  }
}
