package be.ifg.domain;

/** The legal grounds on which information is shared or withheld. */
public enum LegalBasis {
  /**
   * Article 458ter of the Belgian Criminal Code: shared professional secrecy in a case consultation
   * organised by decree, to protect a person's physical or psychological integrity.
   */
  ART_458TER(
      "art. 458ter Sw. (gedeeld beroepsgeheim in casusoverleg)", "art. 458ter Criminal Code"),
  /** GDPR article 9: special categories (health data). */
  GDPR_ART_9("art. 9 AVG (bijzondere persoonsgegevens)", "GDPR art. 9 (special categories)"),
  /** GDPR article 10: data on criminal convictions and offences. */
  GDPR_ART_10("art. 10 AVG (strafrechtelijke gegevens)", "GDPR art. 10 (criminal data)"),
  /** The consent of the person the information is about. */
  CONSENT("toestemming van de betrokkene", "consent of the person concerned"),
  /** The contributor's own restriction on who may see an item. */
  CONTRIBUTOR_RESTRICTION("beperking door de aanbrenger", "contributor's restriction");

  private final String nl;
  private final String en;

  LegalBasis(String nl, String en) {
    this.nl = nl;
    this.en = en;
  }

  /** The label in the given language: {@code nl} gives Dutch, anything else English. */
  public String label(String language) {
    return "nl".equals(language) ? nl : en;
  }
}
