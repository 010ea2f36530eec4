package be.ifg.workflow.internal;

import be.ifg.domain.ChainEvent;
import be.ifg.domain.PolicySignal;
import be.ifg.domain.TableEvent;
import be.ifg.workflow.Command;
import be.ifg.workflow.ReasonCode;
import java.util.List;

/** Decides the table commands: the pledge, a policy signal, a member joining or leaving. */
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
  }

  List<ChainEvent> signPledge(Command.SignPledge c) {
    requireMember(c.name());
    return emit(() -> new TableEvent.PledgeSigned(table.region(), actor, now));
  }

  List<ChainEvent> raiseSignal(Command.RaiseSignal c) {
    requireMember(c.name());
    if (tableState.signal(c.signal()).isPresent()) {
      reject(ReasonCode.INVALID_INPUT, "signal %s was raised already", c.signal());
    }
    requireText(c.text(), "the signal's text");
    return emit(
        () ->
            new TableEvent.SignalRaised(
                table.region(), new PolicySignal(c.signal(), c.category(), c.text(), actor, now)));
  }

  List<ChainEvent> joinTable(Command.JoinTable c) {
    requireCoordinator("seat a member");
    if (isMember(c.member())) {
      reject(ReasonCode.INVALID_INPUT, "%s is a member of the table already", c.member());
    }
    if (!table.sitsAtTable(c.partner())) {
      reject(
          ReasonCode.INVALID_INPUT,
          "partner %s does not sit at the case table of %s",
          c.partner(),
          table.region());
    }
    table
        .professional(c.member())
        .filter(p -> !p.partner().equals(c.partner()))
        .ifPresent(
            p ->
                reject(
                    ReasonCode.INVALID_INPUT,
                    "%s works for %s and cannot represent %s",
                    c.member(),
                    p.partner(),
                    c.partner()));
    return emit(
        () ->
            new TableEvent.MemberJoined(
                table.region(), actor, now, c.member(), c.partner(), c.pledged()));
  }

  List<ChainEvent> leaveTable(Command.LeaveTable c) {
    requireCoordinator("record that a member leaves");
    if (!isMember(c.member())) {
      reject(ReasonCode.INVALID_INPUT, "%s is not a member of the table", c.member());
    } else if (c.member().equals(table.coordinator())) {
      reject(
          ReasonCode.INVALID_INPUT,
          "the coordinator %s cannot leave the table; the table needs a coordinator",
          c.member());
    }
    return emit(() -> new TableEvent.MemberLeft(table.region(), actor, now, c.member()));
  }
}
