package be.ifg.domain;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** How a goal of the plan was closed, always by a recorded team decision. */
@API(status = STABLE, since = "0.1")
public enum GoalOutcome implements Labelled {
  /** The goal was reached. */
  ACHIEVED,
  /** The goal was not reached, and the team closed it. */
  NOT_ACHIEVED,
  /** The team dropped the goal. */
  DROPPED;

  @Override
  public String label(Language language) {
    return Words.BOOK.label(this, language);
  }
}
