package be.ifg.rti;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** How the final band moved from one assessment to the next. */
@API(status = STABLE, since = "0.1")
public enum BandMovement {
  /** The band is higher than before. */
  UP,
  /** The band is lower than before. */
  DOWN,
  /** The band is the same. */
  SAME,
  /** One of the assessments has no band, or the bands cannot be ordered. */
  NOT_COMPARABLE
}
