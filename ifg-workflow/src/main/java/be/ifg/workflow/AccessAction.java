package be.ifg.workflow;

import static org.apiguardian.api.API.Status.MAINTAINED;

import be.ifg.domain.Labelled;
import be.ifg.domain.Language;
import org.apiguardian.api.API;

/** What an actor asks to do with a pooled information item. */
@API(status = MAINTAINED, since = "0.1")
public enum AccessAction implements Labelled {
  /** Read the item at the table (inzien). */
  VIEW,
  /** Pass the item on to somebody outside the table (doorgeven): never permitted. */
  FORWARD;

  /** The label in the language, e.g. {@code inzien}, {@code consulter} or {@code view}. */
  @Override
  public String label(Language language) {
    return Words.BOOK.label(this, language);
  }
}
