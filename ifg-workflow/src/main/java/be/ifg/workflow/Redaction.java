package be.ifg.workflow;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import be.ifg.domain.Labelled;
import be.ifg.domain.Language;
import org.apiguardian.api.API;

/**
 * A kind of thing an {@link AccessReport} withholds, with the ground it is withheld on. Every
 * report lists every kind ({@link AccessReport.Produced#redactions()}), whether or not the dossiers
 * held such a thing, so that neither the list nor its length tells the reader whether something was
 * withheld; an item listed without its content names the kind that withheld it.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public enum Redaction implements Labelled {
  /**
   * Victim locations (shelter, new address, safe contact routes): never in the report of a party
   * who is not a victim of the dossier, not even their existence; in a victim's report only where
   * the one who prepares it may see them.
   */
  VICTIM_LOCATION,
  /**
   * The content of an item restricted by its contributor to some partners: never in the report of a
   * party who is not a victim of the dossier.
   */
  RESTRICTED_CONTENT,
  /**
   * The content of an item the one who prepares the report may not see under the need-to-know
   * policy (an audience restriction, a missing consent, a dossier that no longer shares).
   */
  NEED_TO_KNOW_CONTENT,
  /**
   * Who registered the family, who contributed, informed or recorded what, and when and why an item
   * was shared: never in the report of a party who is not a victim of the dossier.
   */
  SOURCE,
  /**
   * Deferrals of informing for safety, and every dossier in which informing the party is still
   * deferred: such a dossier is left out until the party has been informed.
   */
  SAFETY_DEFERRAL,
  /** What the dossiers record about other people: only the party's own record is reported. */
  OTHER_PEOPLE;

  /** What is withheld and on which ground, in a language. */
  public String ground(Language language) {
    return Words.BOOK.phrase("redaction." + name() + ".ground").text(language);
  }

  @Override
  public String label(Language language) {
    return Words.BOOK.label(this, language);
  }
}
