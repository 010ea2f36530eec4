package be.ifg.domain;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.Instant;
import org.apiguardian.api.API;

/**
 * How and by which team decision a goal was closed.
 *
 * @param outcome achieved, not achieved or dropped
 * @param decision the recorded team decision (e.g. "operational team, 30 March")
 * @param by who recorded it
 * @param at when
 */
@API(status = STABLE, since = "0.1")
public record GoalClosure(GoalOutcome outcome, String decision, ProfessionalId by, Instant at) {
  /** Validates the closure: the team decision is mandatory. */
  public GoalClosure {
    Checks.present(outcome, "outcome");
    Checks.text(decision, "decision");
    Checks.present(by, "by");
    Checks.present(at, "at");
  }
}
