package be.ifg.domain;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** The three sectors that sit at a case table. */
@API(status = STABLE, since = "0.1")
public enum Sector implements Labelled {
  /** Police and prosecution (politie en parket). */
  POLICE_AND_PROSECUTION,
  /** Assistance and care (hulpverlening). */
  ASSISTANCE,
  /** Local government (bestuur). */
  ADMINISTRATION;

  @Override
  public String label(Language language) {
    return Words.BOOK.label(this, language);
  }
}
