package be.ifg.rti;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** What scoring does with missing answers (absent or {@code UNKNOWN}). */
@API(status = STABLE, since = "0.1")
public enum MissingPolicy {
  /** A missing item contributes 0. */
  TREAT_AS_ABSENT,
  /**
   * The score is scaled up to what the answered items' maxima allow, rounded half-up to 2 decimals.
   */
  EXCLUDE_AND_RESCALE,
  /** Any missing item makes the assessment {@code INCOMPLETE}, without a band. */
  BLOCK
}
