package be.ifg.rti;

/** Which professional-judgement overrides of the band an instrument allows. */
public enum OverridePolicy {
  /** The final band may be the band or higher, never lower. */
  UPWARD_ONLY,
  /** The final band may be any band of the instrument. */
  ANY,
  /** No override is allowed. */
  NONE
}
