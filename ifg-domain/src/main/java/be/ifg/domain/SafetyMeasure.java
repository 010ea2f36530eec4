package be.ifg.domain;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** A safety measure the registrant started before the table took over (veiligheidsplan, crisis). */
@API(status = STABLE, since = "0.1")
public enum SafetyMeasure implements Labelled {
  /** A crisis intervention (crisisinterventie). */
  CRISIS_INTERVENTION,
  /** A safety plan with the victim (veiligheidsplan). */
  SAFETY_PLAN;

  @Override
  public String label(Language language) {
    return Words.BOOK.label(this, language);
  }
}
