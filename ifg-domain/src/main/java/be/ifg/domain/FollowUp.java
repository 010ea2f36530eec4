package be.ifg.domain;

import static com.google.common.base.Preconditions.checkArgument;
import static org.apiguardian.api.API.Status.STABLE;

import java.time.Instant;
import org.apiguardian.api.API;

/**
 * A period of follow-up at a distance (opvolging op afstand), from a conclusion until the period
 * ends quietly.
 *
 * @param from when it started (the conclusion)
 * @param until when it ends; the dossier may be closed from then on
 */
@API(status = STABLE, since = "0.1")
public record FollowUp(Instant from, Instant until) {
  /** Validates the period. */
  public FollowUp {
    Checks.present(from, "from");
    Checks.present(until, "until");
    checkArgument(until.isAfter(from), "follow-up must end (%s) after it starts (%s)", until, from);
  }

  /** Whether the period is over at the given instant. */
  public boolean isOverAt(Instant at) {
    return !at.isBefore(until);
  }
}
