package be.ifg.domain;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** The roles people play in the chain approach. */
@API(status = STABLE, since = "0.1")
public enum Role implements Labelled {
  /** The professional who registered the family (aanmelder). */
  REGISTRANT,
  /** A member of the case table (vaste vertegenwoordiger). */
  TABLE_MEMBER,
  /** The case director of a dossier (casusregisseur). */
  CASE_DIRECTOR,
  /** The table's coordinator (coördinator). */
  COORDINATOR,
  /** The operational team (operationeel team). */
  OPERATIONAL_TEAM,
  /** The steering group (stuurgroep): sees aggregates and policy signals only. */
  STEERING_GROUP;

  @Override
  public String label(Language language) {
    return Words.BOOK.label(this, language);
  }
}
