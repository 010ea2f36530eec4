package be.ifg.domain;

/** The three sectors that sit at a case table. */
public enum Sector {
  /** Police and prosecution (politie en parket). */
  POLICE_AND_PROSECUTION("politie en justitie", "police and prosecution"),
  /** Assistance and care (hulpverlening). */
  ASSISTANCE("hulpverlening", "assistance"),
  /** Local government (bestuur). */
  ADMINISTRATION("bestuur", "administration");

  private final String nl;
  private final String en;

  Sector(String nl, String en) {
    this.nl = nl;
    this.en = en;
  }

  /** The label in the given language: {@code nl} gives Dutch, anything else English. */
  public String label(String language) {
    return "nl".equals(language) ? nl : en;
  }
}
