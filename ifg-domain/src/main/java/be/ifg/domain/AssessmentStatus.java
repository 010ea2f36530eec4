package be.ifg.domain;

/** Whether a risk assessment produced a band. */
public enum AssessmentStatus implements Labelled {
  /** Enough was answered: the assessment has a score band, a band and a final band. */
  COMPLETE,
  /** The instrument's missing-answer policy is {@code BLOCK} and an item is missing: no band. */
  INCOMPLETE,
  /** More items are missing than the instrument's {@code maxMissing} allows: no band. */
  INSUFFICIENT_INFORMATION;

  @Override
  public String label(Language language) {
    return Words.label(this, language);
  }
}
