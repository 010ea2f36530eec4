package be.ifg.domain;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** The legal grounds on which information is shared or withheld. */
@API(status = STABLE, since = "0.1")
public enum LegalBasis implements Labelled {
  /**
   * Article 458ter of the Belgian Criminal Code: shared professional secrecy in a case consultation
   * organised by decree, to protect a person's physical or psychological integrity.
   */
  ART_458TER,
  /** GDPR article 9: special categories (health data). */
  GDPR_ART_9,
  /** GDPR article 10: data on criminal convictions and offences. */
  GDPR_ART_10,
  /** The consent of the person the information is about. */
  CONSENT,
  /** The contributor's own restriction on who may see an item. */
  CONTRIBUTOR_RESTRICTION;

  @Override
  public String label(Language language) {
    return Words.BOOK.label(this, language);
  }
}
