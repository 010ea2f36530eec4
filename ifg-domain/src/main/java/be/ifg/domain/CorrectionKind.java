package be.ifg.domain;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * What a rectification (GDPR art. 16) may correct in a dossier: a small, closed set of facts, each
 * named by its subject (a party or an item).
 */
@API(status = EXPERIMENTAL, since = "0.2")
public enum CorrectionKind implements Labelled {
  /** A party's year of birth; the subject is the party's id, the value a year. */
  BIRTH_YEAR,
  /** An item's content (its summary); the subject is the item's id, the value the new content. */
  ITEM_CONTENT;

  @Override
  public String label(Language language) {
    return Words.BOOK.label(this, language);
  }
}
