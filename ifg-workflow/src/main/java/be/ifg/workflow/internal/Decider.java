package be.ifg.workflow.internal;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.INTERNAL;

import be.ifg.domain.ChainEvent;
import be.ifg.domain.Dossier;
import be.ifg.domain.ProfessionalId;
import be.ifg.workflow.Command;
import be.ifg.workflow.Decision;
import be.ifg.workflow.Lifecycle;
import be.ifg.workflow.NeedToKnow;
import be.ifg.workflow.TableState;
import java.time.Clock;
import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/*
 * Who may do what is judged against the table as it is at the moment of the command (TableState):
 * a member who left is no member, a case director who left is no director, a grant ends when its
 * member leaves. The coordinator records the table's decisions on membership and appointments.
 */

/**
 * Decides commands against a case table: the guards of the dossier lifecycle and who may do what,
 * each command by the decision of its phase (see {@code Step}). Immutable and thread-safe when its
 * scorer is.
 */
@API(status = INTERNAL, since = "0.1")
public final class Decider {
  private final Lifecycle lifecycle;
  private final Scorer scorer;
  private final NeedToKnow policy;
  private final Dispatch dispatch = Dispatch.standard();

  /**
   * Creates a decider.
   *
   * @param lifecycle the lifecycle the decisions run on
   * @param scorer scores assessments
   * @param policy the need-to-know policy, which judges whether an answer reaches its asker
   */
  public Decider(Lifecycle lifecycle, Scorer scorer, NeedToKnow policy) {
    this.lifecycle = checkNotNull(lifecycle, "lifecycle");
    this.scorer = checkNotNull(scorer, "scorer");
    this.policy = checkNotNull(policy, "policy");
  }

  /**
   * Decides a command.
   *
   * @param tableState the table's state
   * @param dossier the dossier's state, {@code null} for a registration or a table command
   * @param actor who gives the command
   * @param command the command
   * @param clock the clock
   * @return the decision
   */
  public Decision decide(
      TableState tableState,
      @Nullable Dossier dossier,
      ProfessionalId actor,
      Command command,
      Clock clock) {
    return decide(tableState, dossier, List.of(), actor, command, clock);
  }

  /**
   * Decides a command, knowing the table's dossiers: a policy signal's text may not name a party of
   * any of them.
   *
   * @param tableState the table's state
   * @param dossier the dossier's state, {@code null} for a registration or a table command
   * @param tableDossiers the table's dossiers (read for {@link Command.RaiseSignal} only)
   * @param actor who gives the command
   * @param command the command
   * @param clock the clock
   * @return the decision
   */
  public Decision decide(
      TableState tableState,
      @Nullable Dossier dossier,
      List<Dossier> tableDossiers,
      ProfessionalId actor,
      Command command,
      Clock clock) {
    checkNotNull(tableState, "tableState");
    checkNotNull(tableDossiers, "tableDossiers");
    checkNotNull(actor, "actor");
    checkNotNull(command, "command");
    checkNotNull(clock, "clock");
    Step run =
        new Step(
            tableState,
            dossier,
            List.copyOf(tableDossiers),
            actor,
            clock,
            lifecycle,
            scorer,
            policy);
    List<ChainEvent> events = run.decide(command, dispatch);
    if (!run.reasons.isEmpty()) {
      return new Decision.Rejected(run.reasons);
    }
    return new Decision.Accepted(events);
  }
}
