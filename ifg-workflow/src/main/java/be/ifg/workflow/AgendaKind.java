package be.ifg.workflow;

/** What kind of deadline an {@link AgendaEntry} is. */
public enum AgendaKind {
  /** The case director's next progress report to the operational team. */
  PROGRESS_REPORT("voortgangsrapportage", "progress report"),
  /** An open action of the plan. */
  ACTION("actie", "action"),
  /** An open information request. */
  INFORMATION_REQUEST("informatievraag", "information request"),
  /** The review of a safety deferral of informing a party. */
  INFORMING_REVIEW("herziening uitgesteld informeren", "informing review"),
  /** The end of follow-up at a distance: time to close or reopen. */
  FOLLOW_UP_END("einde opvolging op afstand", "end of follow-up"),
  /** A closed dossier waiting for the table's evaluation. */
  EVALUATION("evaluatie", "evaluation"),
  /**
   * A dossier whose case director left the table: the table must appoint a new one (concerns the
   * coordinator).
   */
  DIRECTOR_VACANT("casusregisseur vacant", "case director vacant");

  private final String nl;
  private final String en;

  AgendaKind(String nl, String en) {
    this.nl = nl;
    this.en = en;
  }

  /** The label in a language ({@code nl}, anything else: English). */
  public String label(String language) {
    return "nl".equals(language) ? nl : en;
  }
}
