package be.ifg.domain;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** Whether a risk assessment produced a band. */
@API(status = STABLE, since = "0.1")
public enum AssessmentStatus implements Labelled {
  /** Enough was answered: the assessment has a score band, a band and a final band. */
  COMPLETE,
  /** The instrument's missing-answer policy is {@code BLOCK} and an item is missing: no band. */
  INCOMPLETE,
  /** More items are missing than the instrument's {@code maxMissing} allows: no band. */
  INSUFFICIENT_INFORMATION;

  @Override
  public String label(Language language) {
    return Words.BOOK.label(this, language);
  }
}
