package be.ifg.domain;

/** Where an information request stands. */
public enum RequestStatus {
  /** Waiting for an answer. */
  OPEN,
  /** Answered with an information item. */
  ANSWERED,
  /** Waived by the table. */
  WAIVED
}
