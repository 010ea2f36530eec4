package be.ifg.domain;

/** The status of an action of the plan. */
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
    return Words.label(this, language);
  }
}
