package be.ifg.domain;

/** A safety measure the registrant started before the table took over (veiligheidsplan, crisis). */
public enum SafetyMeasure implements Labelled {
  /** A crisis intervention (crisisinterventie). */
  CRISIS_INTERVENTION,
  /** A safety plan with the victim (veiligheidsplan). */
  SAFETY_PLAN;

  @Override
  public String label(Language language) {
    return Words.label(this, language);
  }
}
