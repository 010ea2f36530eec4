package be.ifg.domain;

import static com.google.common.base.Preconditions.checkArgument;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Instant;
import org.apiguardian.api.API;

/**
 * An event of the case table itself rather than of one dossier: the table is configured, a member
 * joins or leaves, a member signs the secrecy pledge, a policy signal is raised. The table's
 * membership at any moment is the fold of these events, so every right can be judged against the
 * table as it was when it was asked for. Events are values and immutable.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public sealed interface TableEvent extends ChainEvent
    permits TableEvent.TableConfigured,
        TableEvent.MemberJoined,
        TableEvent.MemberLeft,
        TableEvent.PledgeSigned,
        TableEvent.SignalRaised,
        TableEvent.SessionScheduled {

  /** The table's region. */
  String region();

  /** A stable name for the event's type, e.g. {@code PledgeSigned}. */
  default String type() {
    return getClass().getSimpleName();
  }

  /**
   * The table was configured: the first event of its stream, seeded from the {@link CaseTable} an
   * application builds. Later changes of membership are {@link MemberJoined} and {@link
   * MemberLeft}.
   *
   * @param region the table's region
   * @param actor who configured it (the coordinator)
   * @param at when
   * @param table the table as configured
   */
  record TableConfigured(String region, ProfessionalId actor, Instant at, CaseTable table)
      implements TableEvent {
    /** Validates the event. */
    public TableConfigured {
      Checks.id(region, "region");
      Checks.present(actor, "actor");
      Checks.present(at, "at");
      Checks.present(table, "table");
      checkArgument(
          table.region().equals(region),
          "the table of %s cannot configure region %s",
          table.region(),
          region);
    }
  }

  /**
   * A professional joined the table as the member representing a partner (recorded by the
   * coordinator). They must sign the pledge before they see anything, unless they had signed it.
   *
   * @param region the table's region
   * @param actor who recorded it (the coordinator)
   * @param at when
   * @param member who joined
   * @param partner the partner they represent
   * @param pledged whether they signed the secrecy pledge already
   */
  record MemberJoined(
      String region,
      ProfessionalId actor,
      Instant at,
      ProfessionalId member,
      PartnerId partner,
      boolean pledged)
      implements TableEvent {
    /** Validates the event. */
    public MemberJoined {
      Checks.id(region, "region");
      Checks.present(actor, "actor");
      Checks.present(at, "at");
      Checks.present(member, "member");
      Checks.present(partner, "partner");
    }
  }

  /**
   * A member left the table (recorded by the coordinator): from this moment they have no right at
   * the table and on any of its dossiers.
   *
   * @param region the table's region
   * @param actor who recorded it (the coordinator)
   * @param at when
   * @param member who left
   */
  record MemberLeft(String region, ProfessionalId actor, Instant at, ProfessionalId member)
      implements TableEvent {
    /** Validates the event. */
    public MemberLeft {
      Checks.id(region, "region");
      Checks.present(actor, "actor");
      Checks.present(at, "at");
      Checks.present(member, "member");
    }
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

  /**
   * The coordinator scheduled a session of the table (a zitting, a séance): the decisions taken in
   * it carry its id, and its agenda and minutes are read for it.
   *
   * @param region the table's region
   * @param actor who scheduled it (the coordinator)
   * @param at when it was scheduled
   * @param session the session's id, unique at the table
   * @param startsAt when the session takes place
   */
  record SessionScheduled(
      String region, ProfessionalId actor, Instant at, SessionId session, Instant startsAt)
      implements TableEvent {
    /** Validates the event. */
    public SessionScheduled {
      Checks.id(region, "region");
      Checks.present(actor, "actor");
      Checks.present(at, "at");
      Checks.present(session, "session");
      Checks.present(startsAt, "startsAt");
    }
  }
}
