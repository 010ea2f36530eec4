package be.ifg.rti;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import be.ifg.domain.ProfessionalId;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A professional-judgement override asked for with an answer set: the final band the assessor
 * judges right, and why. Whether it is allowed is decided by scoring ({@link
 * AssessmentOutcome.Refused}).
 *
 * @param band the final band asked for
 * @param rationale why; must not be blank for the override to be accepted
 * @param by who makes the override; must be given for the override to be accepted
 */
@API(status = STABLE, since = "0.1")
public record OverrideRequest(String band, String rationale, @Nullable ProfessionalId by) {
  /** Checks the band and rationale are present (the rationale may still be blank). */
  public OverrideRequest {
    checkNotNull(band, "band must not be null");
    checkNotNull(rationale, "rationale must not be null");
  }
}
