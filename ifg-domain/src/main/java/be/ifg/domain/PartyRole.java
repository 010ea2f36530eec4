package be.ifg.domain;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** The role of a person in the client system. */
@API(status = STABLE, since = "0.1")
public enum PartyRole implements Labelled {
  /** A direct victim (slachtoffer). */
  VICTIM,
  /** An indirect victim, for example a child who witnesses the violence (indirect slachtoffer). */
  INDIRECT_VICTIM,
  /** A perpetrator (pleger). */
  PERPETRATOR,
  /** Anybody else in the client system. */
  OTHER;

  /** Whether this role is a victim, direct or indirect. */
  public boolean isVictim() {
    return this == VICTIM || this == INDIRECT_VICTIM;
  }

  @Override
  public String label(Language language) {
    return Words.BOOK.label(this, language);
  }
}
