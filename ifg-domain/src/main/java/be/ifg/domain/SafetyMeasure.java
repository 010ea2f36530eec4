package be.ifg.domain;

/** A safety measure the registrant started before the table took over (veiligheidsplan, crisis). */
public enum SafetyMeasure {
  /** A crisis intervention (crisisinterventie). */
  CRISIS_INTERVENTION,
  /** A safety plan with the victim (veiligheidsplan). */
  SAFETY_PLAN
}
