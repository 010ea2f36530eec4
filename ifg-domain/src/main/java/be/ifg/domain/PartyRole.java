package be.ifg.domain;

/** The role of a person in the client system. */
public enum PartyRole {
  /** A direct victim (slachtoffer). */
  VICTIM("slachtoffer", "victim"),
  /** An indirect victim, for example a child who witnesses the violence (indirect slachtoffer). */
  INDIRECT_VICTIM("indirect slachtoffer", "indirect victim"),
  /** A perpetrator (pleger). */
  PERPETRATOR("pleger", "perpetrator"),
  /** Anybody else in the client system. */
  OTHER("andere betrokkene", "other party");

  private final String nl;
  private final String en;

  PartyRole(String nl, String en) {
    this.nl = nl;
    this.en = en;
  }

  /** Whether this role is a victim, direct or indirect. */
  public boolean isVictim() {
    return this == VICTIM || this == INDIRECT_VICTIM;
  }

  /** The label in the given language: {@code nl} gives Dutch, anything else English. */
  public String label(String language) {
    return "nl".equals(language) ? nl : en;
  }
}
