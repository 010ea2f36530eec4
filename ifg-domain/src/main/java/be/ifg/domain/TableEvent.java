package be.ifg.domain;

import java.time.Instant;

/**
 * An event of the case table itself rather than of one dossier: a member signs the secrecy pledge,
 * a policy signal is raised. Events are values and immutable.
 */
public sealed interface TableEvent extends ChainEvent
    permits TableEvent.PledgeSigned, TableEvent.SignalRaised {

  /** The table's region. */
  String region();

  /** A stable name for the event's type, e.g. {@code PledgeSigned}. */
  default String type() {
    return getClass().getSimpleName();
  }

  /**
   * A table member signed the secrecy pledge (art. 458ter): from now on they may receive pooled
   * information.
   *
   * @param region the table's region
   * @param actor the member who signed
   * @param at when
   */
  record PledgeSigned(String region, ProfessionalId actor, Instant at) implements TableEvent {
    /** Validates the event. */
    public PledgeSigned {
      Checks.id(region, "region");
      Checks.present(actor, "actor");
      Checks.present(at, "at");
    }
  }

  /**
   * A member raised a policy signal for the steering group.
   *
   * @param region the table's region
   * @param signal the signal (its raiser and time are the event's actor and time)
   */
  record SignalRaised(String region, PolicySignal signal) implements TableEvent {
    /** Validates the event. */
    public SignalRaised {
      Checks.id(region, "region");
      Checks.present(signal, "signal");
    }

    @Override
    public ProfessionalId actor() {
      return signal.raisedBy();
    }

    @Override
    public Instant at() {
      return signal.raisedAt();
    }
  }
}
