package be.ifg.domain;

import static com.google.common.base.Preconditions.checkArgument;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Instant;
import org.apiguardian.api.API;

/**
 * One update of the danger assessment and the safety measures after the registration: who made it
 * and in which capacity. The registrant is responsible until a case director is appointed, the case
 * director in office from then on.
 *
 * @param danger the danger assessment and measures from this update on
 * @param summary what changed and why
 * @param by who updated it
 * @param capacity {@link Role#REGISTRANT} or {@link Role#CASE_DIRECTOR}
 * @param at when
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record DangerUpdate(
    DangerAssessment danger, String summary, ProfessionalId by, Role capacity, Instant at) {
  /** Validates the update. */
  public DangerUpdate {
    Checks.present(danger, "danger");
    Checks.text(summary, "summary");
    Checks.present(by, "by");
    checkCapacity(capacity);
    Checks.present(at, "at");
  }

  /**
   * Checks that the capacity is one the danger assessment can be updated in.
   *
   * @throws IllegalArgumentException if it is neither registrant nor case director
   */
  static void checkCapacity(Role capacity) {
    Checks.present(capacity, "capacity");
    checkArgument(
        capacity == Role.REGISTRANT || capacity == Role.CASE_DIRECTOR,
        "the danger assessment is updated by the registrant or the case director, not as %s",
        capacity);
  }
}
