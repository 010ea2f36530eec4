package be.ifg.domain;

/** The three sectors that sit at a case table. */
public enum Sector implements Labelled {
  /** Police and prosecution (politie en parket). */
  POLICE_AND_PROSECUTION,
  /** Assistance and care (hulpverlening). */
  ASSISTANCE,
  /** Local government (bestuur). */
  ADMINISTRATION;

  @Override
  public String label(Language language) {
    return Words.label(this, language);
  }
}
