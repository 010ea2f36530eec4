package be.ifg.rti;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** Which professional-judgement overrides of the band an instrument allows. */
@API(status = STABLE, since = "0.1")
public enum OverridePolicy {
  /** The final band may be the band or higher, never lower. */
  UPWARD_ONLY,
  /** The final band may be any band of the instrument. */
  ANY,
  /** No override is allowed. */
  NONE
}
