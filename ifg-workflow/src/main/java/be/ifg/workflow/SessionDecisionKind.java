package be.ifg.workflow;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import be.ifg.domain.Labelled;
import be.ifg.domain.Language;
import org.apiguardian.api.API;

/** What the table decided in a session, as its minutes list it ({@link MinutesEntry}). */
@API(status = EXPERIMENTAL, since = "0.1")
public enum SessionDecisionKind implements Labelled {
  /** The registration was accepted ({@code accept}). */
  ACCEPTANCE,
  /** The registration was declined ({@code decline}). */
  DECLINE,
  /** A case director was appointed ({@code appointDirector}). */
  APPOINTMENT,
  /** The plan of approach was adopted ({@code adoptPlan}). */
  ADOPTION,
  /**
   * The operational team decided on a plan adjustment: adopted or rejected a proposal ({@code
   * decideAdjustment}) or adjusted the plan itself ({@code adjustPlan}).
   */
  ADJUSTMENT,
  /** The dossier was closed ({@code close}). */
  CLOSURE,
  /** The closed dossier was evaluated ({@code evaluate}). */
  EVALUATION;

  /**
   * The label in the language, e.g. {@code aanvaarding}, {@code acceptation} or {@code acceptance}.
   */
  @Override
  public String label(Language language) {
    return Words.BOOK.label(this, language);
  }
}
