package be.ifg.domain;

/** The states of a dossier's lifecycle (DESIGN §5). */
public enum DossierStatus {
  /** Registered, waiting for the table to accept or decline (aangemeld). */
  REGISTERED("aangemeld", "registered"),
  /** Declined by the table (niet weerhouden). */
  NOT_ADMITTED("niet weerhouden", "not admitted"),
  /** Accepted; the table pools information (dossiervorming). */
  DOSSIER_BUILDING("dossiervorming", "dossier building"),
  /** Risk assessment and plan (weging en kwalificatie). */
  WEIGHING("weging", "weighing"),
  /** A case director coordinates the plan (casusregie). */
  CASE_DIRECTION("casusregie", "case direction"),
  /** Followed at a distance (opvolging op afstand). */
  FOLLOW_UP("opvolging op afstand", "follow-up at a distance"),
  /** Closed (afgesloten). */
  CLOSED("afgesloten", "closed"),
  /** Withdrawn from the chain approach by an operational-team decision (stopgezet). */
  WITHDRAWN("stopgezet", "withdrawn");

  private final String nl;
  private final String en;

  DossierStatus(String nl, String en) {
    this.nl = nl;
    this.en = en;
  }

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

  /** The label in the given language: {@code nl} gives Dutch, anything else English. */
  public String label(String language) {
    return "nl".equals(language) ? nl : en;
  }
}
