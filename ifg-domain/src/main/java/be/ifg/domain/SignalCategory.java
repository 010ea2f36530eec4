package be.ifg.domain;

/** The kind of bottleneck a policy signal reports to the steering group. */
public enum SignalCategory implements Labelled {
  /** A waiting list. */
  WAITING_LIST,
  /** Lack of capacity. */
  CAPACITY,
  /** A legal obstacle. */
  LEGAL,
  /** A problem in the cooperation between partners. */
  COOPERATION,
  /** Anything else. */
  OTHER;

  @Override
  public String label(Language language) {
    return Words.label(this, language);
  }
}
