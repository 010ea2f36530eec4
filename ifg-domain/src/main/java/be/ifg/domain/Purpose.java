package be.ifg.domain;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** Why somebody asks for pooled information. */
@API(status = STABLE, since = "0.1")
public enum Purpose implements Labelled {
  /** The safety of the victims: crisis, safety planning. */
  SAFETY,
  /** Drawing up, carrying out and adjusting the plan of approach. */
  PLAN,
  /** Evaluating a dossier at the table. */
  EVALUATION,
  /** Statistics and steering: aggregates only, never identities or item content. */
  STATISTICS;

  /** Whether this is one of the table's own purposes (SAFETY, PLAN, EVALUATION). */
  public boolean isTablePurpose() {
    return this != STATISTICS;
  }

  @Override
  public String label(Language language) {
    return Words.BOOK.label(this, language);
  }
}
