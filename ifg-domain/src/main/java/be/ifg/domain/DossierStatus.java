package be.ifg.domain;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** The states of a dossier's lifecycle (DESIGN §5). */
@API(status = STABLE, since = "0.1")
public enum DossierStatus implements Labelled {
  /** Registered, waiting for the table to accept or decline (aangemeld). */
  REGISTERED,
  /** Declined by the table (niet weerhouden). */
  NOT_ADMITTED,
  /** Accepted; the table pools information (dossiervorming). */
  DOSSIER_BUILDING,
  /** Risk assessment and plan (weging en kwalificatie). */
  WEIGHING,
  /** A case director coordinates the plan (casusregie). */
  CASE_DIRECTION,
  /** Followed at a distance (opvolging op afstand). */
  FOLLOW_UP,
  /** Closed (afgesloten). */
  CLOSED,
  /** Withdrawn from the chain approach by an operational-team decision (stopgezet). */
  WITHDRAWN;

  /** Whether no transition leaves this state. */
  public boolean isTerminal() {
    return this == NOT_ADMITTED || this == CLOSED || this == WITHDRAWN;
  }

  /** Whether the table works on the dossier: every state that is not terminal. */
  public boolean isActive() {
    return !isTerminal();
  }

  /**
   * Whether pooled information may be shared in this state: from dossier building up to and
   * including follow-up.
   */
  public boolean isSharing() {
    return this == DOSSIER_BUILDING
        || this == WEIGHING
        || this == CASE_DIRECTION
        || this == FOLLOW_UP;
  }

  @Override
  public String label(Language language) {
    return Words.BOOK.label(this, language);
  }
}
