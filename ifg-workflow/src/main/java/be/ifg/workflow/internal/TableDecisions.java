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
    screen(c.text());
    return emit(
        () ->
            new TableEvent.SignalRaised(
                table.region(), new PolicySignal(c.signal(), c.category(), c.text(), actor, now)));
  }

  /**
   * Refuses a text that could identify a person: one reason per span, by position and kind only (a
   * refusal never says which dossier or party a name belongs to), up to a bound, then a count. A
   * text too long to screen is refused before any pattern runs.
   */
  private void screen(String text) {
    if (text.length() > SignalScreen.MAX_LENGTH) {
      reject(ReasonCode.INVALID_INPUT, "signal.too-long", text.length(), SignalScreen.MAX_LENGTH);
      return;
    }
    // the parties' names are screened for a member with standing only: a member without the
    // pledge (or a non-member) sees nothing of the table's dossiers, and a refusal would tell them
    // whether a name is known to the table; their text is screened for the patterns alone
    List<SignalScreen.Span> spans =
        SignalScreen.of(tableState.hasStanding(actor) ? tableDossiers : List.of()).spans(text);
    for (int i = 0; i < spans.size() && i < SignalScreen.MAX_REPORTED; i++) {
      SignalScreen.Span s = spans.get(i);
      reject(
          ReasonCode.SIGNAL_IDENTIFYING,
          "signal.identifying",
          s.start() + 1,
          s.end(),
          Reasons.phrase(kind(s.kind())));
    }
    if (spans.size() > SignalScreen.MAX_REPORTED) {
      reject(
          ReasonCode.SIGNAL_IDENTIFYING,
          "signal.identifying-more",
          spans.size() - SignalScreen.MAX_REPORTED);
    }
  }

  private static String kind(SignalScreen.Kind kind) {
    return switch (kind) {
      case PARTY -> "span.party";
      case NATIONAL_NUMBER -> "span.national-number";
      case PHONE -> "span.phone";
      case ADDRESS -> "span.address";
      case DATE -> "span.date";
    };
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
