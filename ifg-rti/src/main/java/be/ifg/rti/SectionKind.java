package be.ifg.rti;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** What a section of an instrument measures; decides whether its items add to the risk score. */
@API(status = STABLE, since = "0.1")
public enum SectionKind {
  /** Risk factors: add to the score. */
  RISK,
  /** Vulnerability of the victim: adds to the score. */
  VULNERABILITY,
  /** Risk for the children: adds to the score. */
  CHILD,
  /** Protective factors: scored apart, never subtracted from the risk. */
  PROTECTIVE;

  /** Whether items of this kind add to the risk score (every kind but {@link #PROTECTIVE}). */
  public boolean isRisk() {
    return this != PROTECTIVE;
  }
}
