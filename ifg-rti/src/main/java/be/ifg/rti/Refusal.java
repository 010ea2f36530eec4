package be.ifg.rti;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * Why a professional-judgement override was refused.
 *
 * @param reason the reason code
 * @param message what is wrong, for a person to read
 */
@API(status = STABLE, since = "0.1")
public record Refusal(Reason reason, String message) {
  /** Checks both parts are present. */
  public Refusal {
    checkNotNull(reason, "reason must not be null");
    checkNotNull(message, "message must not be null");
  }

  /** The reason codes a refused override carries; the workflow uses their names as codes. */
  public enum Reason {
    /** The override has no (or a blank) rationale, or does not say who makes it. */
    RATIONALE_REQUIRED,
    /**
     * The instrument allows no override, or not in this direction, or there is no band to override
     * (the assessment is not complete).
     */
    OVERRIDE_NOT_ALLOWED
  }
}
