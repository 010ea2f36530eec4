package be.ifg.domain;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * Identifies a person of the client system (a victim, a perpetrator, a child, …).
 *
 * @param value the identifier: 1 to 100 letters, digits or {@code . _ : @ -}
 */
@API(status = STABLE, since = "0.1")
public record PartyId(String value) implements Comparable<PartyId> {
  /** Validates the identifier. */
  public PartyId {
    Checks.id(value, "party id");
  }

  /** Creates an identifier, the same as the constructor. */
  public static PartyId of(String value) {
    return new PartyId(value);
  }

  @Override
  public int compareTo(PartyId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
