package be.ifg.domain;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** Where an information request stands. */
@API(status = STABLE, since = "0.1")
public enum RequestStatus implements Labelled {
  /** Waiting for an answer. */
  OPEN,
  /** Answered with an information item. */
  ANSWERED,
  /** Waived by the table. */
  WAIVED;

  @Override
  public String label(Language language) {
    return Words.BOOK.label(this, language);
  }
}
