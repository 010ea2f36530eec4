package be.ifg.workflow;

import static com.google.common.base.Preconditions.checkArgument;
import static org.apiguardian.api.API.Status.MAINTAINED;

import be.ifg.domain.ChainEvent;
import com.google.common.collect.ImmutableList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The outcome of deciding a command: {@link Accepted} with the events to record, or {@link
 * Rejected} with every reason that applies. A rejection changes nothing. Immutable and thread-safe.
 */
@API(status = MAINTAINED, since = "0.1")
public sealed interface Decision permits Decision.Accepted, Decision.Rejected {

  /** Whether the command was accepted. */
  default boolean isAccepted() {
    return this instanceof Accepted;
  }

  /**
   * The command was accepted; these events record it.
   *
   * @param events the events, in order (at least one)
   */
  record Accepted(List<ChainEvent> events) implements Decision {
    /**
     * Validates the outcome.
     *
     * @throws IllegalArgumentException if there is no event
     */
    public Accepted {
      events = ImmutableList.copyOf(events);
      checkArgument(!events.isEmpty(), "an accepted command records at least one event");
    }
  }

  /**
   * The command was rejected for these reasons; nothing changed.
   *
   * @param reasons every reason that applies (at least one)
   */
  record Rejected(List<Reason> reasons) implements Decision {
    /**
     * Validates the outcome.
     *
     * @throws IllegalArgumentException if there is no reason
     */
    public Rejected {
      reasons = ImmutableList.copyOf(reasons);
      checkArgument(!reasons.isEmpty(), "a rejection needs at least one reason");
    }

    /** The distinct codes of the reasons, in order. */
    public List<ReasonCode> codes() {
      return reasons.stream().map(Reason::code).distinct().collect(ImmutableList.toImmutableList());
    }

    /** Whether one of the reasons has this code. */
    public boolean hasCode(ReasonCode code) {
      return reasons.stream().anyMatch(r -> r.code() == code);
    }
  }
}
