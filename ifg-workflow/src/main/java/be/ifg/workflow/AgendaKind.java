package be.ifg.workflow;

import static org.apiguardian.api.API.Status.MAINTAINED;

import be.ifg.domain.Labelled;
import be.ifg.domain.Language;
import org.apiguardian.api.API;

/** What kind of deadline an {@link AgendaEntry} is. */
@API(status = MAINTAINED, since = "0.1")
public enum AgendaKind implements Labelled {
  /** The case director's next progress report to the operational team. */
  PROGRESS_REPORT,
  /** An open action of the plan. */
  ACTION,
  /** An open information request. */
  INFORMATION_REQUEST,
  /** The review of a safety deferral of informing a party. */
  INFORMING_REVIEW,
  /** The end of follow-up at a distance: time to close or reopen. */
  FOLLOW_UP_END,
  /** A closed dossier waiting for the table's evaluation. */
  EVALUATION,
  /**
   * A dossier whose case director left the table: the table must appoint a new one (concerns the
   * coordinator).
   */
  DIRECTOR_VACANT,
  /**
   * A registration waiting for the table to accept or decline it (a session's agenda only; concerns
   * the table).
   */
  REGISTRATION,
  /**
   * A complete dossier ready for the table to weigh: no assessment or no plan yet (a session's
   * agenda only; concerns the table).
   */
  READY_TO_WEIGH,
  /**
   * A plan adjustment the case director proposed, waiting for the operational team to adopt or
   * reject it (a session's agenda, concerning the table; on the ordinary agenda, the coordinator
   * who records the team's decision).
   */
  PROPOSAL;

  /**
   * The label in the language, e.g. {@code voortgangsrapportage}, {@code rapport de suivi} or
   * {@code progress report}.
   */
  @Override
  public String label(Language language) {
    return Words.BOOK.label(this, language);
  }
}
