package be.ifg.workflow;

import be.ifg.domain.Labelled;
import be.ifg.domain.Language;

/** What an actor asks to do with a pooled information item. */
public enum AccessAction implements Labelled {
  /** Read the item at the table (inzien). */
  VIEW,
  /** Pass the item on to somebody outside the table (doorgeven): never permitted. */
  FORWARD;

  /** The label in the language, e.g. {@code inzien}, {@code consulter} or {@code view}. */
  @Override
  public String label(Language language) {
    return Words.label(this, language);
  }
}
