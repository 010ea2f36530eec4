package be.ifg.domain;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** The kind of bottleneck a policy signal reports to the steering group. */
@API(status = STABLE, since = "0.1")
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
    return Words.BOOK.label(this, language);
  }
}
