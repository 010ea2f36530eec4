package be.ifg.domain;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** Where a proposed plan adjustment stands: before the operational team, adopted or rejected. */
@API(status = EXPERIMENTAL, since = "0.1")
public enum ProposalStatus implements Labelled {
  /** Proposed by the case director; the operational team has not decided yet. */
  OPEN,
  /** The operational team adopted it: it became a new version of the plan. */
  ADOPTED,
  /** The operational team rejected it: the plan stays as it was. */
  REJECTED;

  @Override
  public String label(Language language) {
    return Words.BOOK.label(this, language);
  }
}
