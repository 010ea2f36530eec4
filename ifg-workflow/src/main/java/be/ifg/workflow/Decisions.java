package be.ifg.workflow;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.MAINTAINED;

import be.ifg.domain.Dossier;
import be.ifg.domain.ProfessionalId;
import be.ifg.rti.Instruments;
import be.ifg.workflow.internal.Decider;
import be.ifg.workflow.internal.RtiScorer;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Decides commands for one case table: the guards of the dossier lifecycle ({@link
 * Lifecycle#standard()}) and who may do what. A pure function of its inputs: deciding changes
 * nothing, and the same inputs give the same decision.
 *
 * <p>An accepted decision's events are exactly what {@link Dossier#evolve} (or {@link
 * TableState#evolve}) accepts. Use {@link ChainApproach} to decide <em>and</em> record; use this
 * class to decide against states you keep yourself. Immutable and thread-safe.
 */
@API(status = MAINTAINED, since = "0.1")
public final class Decisions {
  private final Decider decider;

  private Decisions(Decider decider) {
    this.decider = decider;
  }

  /**
   * Decisions scoring assessments against an instrument catalogue. The table a command is decided
   * at is the {@link TableState} given to {@link #decide}: membership as it is at that moment.
   *
   * @param instruments the instrument catalogue
   */
  public static Decisions of(Instruments instruments) {
    return of(instruments, NeedToKnow.baseline());
  }

  /**
   * Decisions scoring assessments against an instrument catalogue, with the need-to-know policy
   * (and its region rules) that judges whether an information request's answer reaches its asker.
   *
   * @param instruments the instrument catalogue
   * @param policy the need-to-know policy
   */
  public static Decisions of(Instruments instruments, NeedToKnow policy) {
    return new Decisions(
        new Decider(
            Lifecycle.standard(),
            new RtiScorer(checkNotNull(instruments, "instruments")),
            checkNotNull(policy, "policy")));
  }

  /**
   * Decides a command.
   *
   * <p>A rejection carries every reason that applies, each with a {@link ReasonCode} and a message.
   *
   * @param tableState the table as it is now: partners, members, coordinator, pledges, signals
   * @param dossier the dossier's state; {@code null} for {@link Command.Register} and table
   *     commands
   * @param actor who gives the command
   * @param command the command
   * @param clock the clock: the time of the events, the date of deadlines
   * @return the decision
   * @throws NullPointerException if an argument other than {@code dossier} is null
   */
  public Decision decide(
      TableState tableState,
      @Nullable Dossier dossier,
      ProfessionalId actor,
      Command command,
      Clock clock) {
    return decider.decide(tableState, dossier, actor, command, clock);
  }

  /**
   * Decides a command knowing the table's dossiers: a {@link Command.RaiseSignal} whose text names
   * a party of one of them is refused with {@link ReasonCode#SIGNAL_IDENTIFYING}. The other
   * overload screens a signal's text for patterns only (national register numbers, phone numbers,
   * street addresses, dates), as it knows no dossier.
   *
   * @param tableState the table as it is now
   * @param dossier the dossier's state; {@code null} for {@link Command.Register} and table
   *     commands
   * @param tableDossiers the table's dossiers; read for {@link Command.RaiseSignal} only
   * @param actor who gives the command
   * @param command the command
   * @param clock the clock
   * @return the decision
   * @throws NullPointerException if an argument other than {@code dossier} is null
   */
  public Decision decide(
      TableState tableState,
      @Nullable Dossier dossier,
      Collection<Dossier> tableDossiers,
      ProfessionalId actor,
      Command command,
      Clock clock) {
    return decider.decide(tableState, dossier, List.copyOf(tableDossiers), actor, command, clock);
  }
}
