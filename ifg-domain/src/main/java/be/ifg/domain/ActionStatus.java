package be.ifg.domain;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** The status of an action of the plan. */
@API(status = STABLE, since = "0.1")
public enum ActionStatus implements Labelled {
  /** Not started. */
  OPEN,
  /** Started. */
  IN_PROGRESS,
  /** Done. */
  DONE,
  /** Cancelled. */
  CANCELLED;

  /** Whether the action no longer needs work (done or cancelled). */
  public boolean isFinished() {
    return this == DONE || this == CANCELLED;
  }

  @Override
  public String label(Language language) {
    return Words.BOOK.label(this, language);
  }
}
