package be.ifg.rti;

/** How the final band moved from one assessment to the next. */
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
