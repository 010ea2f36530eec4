package be.ifg.domain;

/** Where an information request stands. */
public enum RequestStatus implements Labelled {
  /** Waiting for an answer. */
  OPEN,
  /** Answered with an information item. */
  ANSWERED,
  /** Waived by the table. */
  WAIVED;

  @Override
  public String label(Language language) {
    return Words.label(this, language);
  }
}
