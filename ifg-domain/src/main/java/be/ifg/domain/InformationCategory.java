package be.ifg.domain;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** The category of a pooled information item; the need-to-know policy reads it. */
@API(status = STABLE, since = "0.1")
public enum InformationCategory implements Labelled {
  /** An incident of violence, a police call-out. */
  INCIDENT,
  /** Judicial data (GDPR art. 10). */
  JUDICIAL,
  /** Health data (GDPR art. 9). */
  HEALTH,
  /** Child welfare. */
  CHILD_WELFARE,
  /** Social situation, income, network. */
  SOCIAL,
  /** Housing. */
  HOUSING,
  /** School and education. */
  EDUCATION,
  /** Where a victim stays or how to reach them safely: shown only to those who must know. */
  VICTIM_LOCATION,
  /** Anything else. */
  OTHER;

  /** Whether the item is special-category data under GDPR art. 9 or art. 10. */
  public boolean isSpecialCategory() {
    return this == HEALTH || this == JUDICIAL;
  }

  @Override
  public String label(Language language) {
    return Words.BOOK.label(this, language);
  }
}
