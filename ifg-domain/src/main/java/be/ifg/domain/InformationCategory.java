package be.ifg.domain;

/** The category of a pooled information item; the need-to-know policy reads it. */
public enum InformationCategory {
  /** An incident of violence, a police call-out. */
  INCIDENT("incident", "incident"),
  /** Judicial data (GDPR art. 10). */
  JUDICIAL("gerechtelijk", "judicial"),
  /** Health data (GDPR art. 9). */
  HEALTH("gezondheid", "health"),
  /** Child welfare. */
  CHILD_WELFARE("jeugdhulp", "child welfare"),
  /** Social situation, income, network. */
  SOCIAL("sociaal", "social"),
  /** Housing. */
  HOUSING("huisvesting", "housing"),
  /** School and education. */
  EDUCATION("onderwijs", "education"),
  /** Where a victim stays or how to reach them safely: shown only to those who must know. */
  VICTIM_LOCATION("verblijfplaats slachtoffer", "victim location"),
  /** Anything else. */
  OTHER("andere", "other");

  private final String nl;
  private final String en;

  InformationCategory(String nl, String en) {
    this.nl = nl;
    this.en = en;
  }

  /** Whether the item is special-category data under GDPR art. 9 or art. 10. */
  public boolean isSpecialCategory() {
    return this == HEALTH || this == JUDICIAL;
  }

  /** The label in the given language: {@code nl} gives Dutch, anything else English. */
  public String label(String language) {
    return "nl".equals(language) ? nl : en;
  }
}
