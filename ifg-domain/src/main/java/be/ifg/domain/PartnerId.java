package be.ifg.domain;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * Identifies a partner organisation (a CAW, a police zone, a prosecutor's office, …).
 *
 * @param value the identifier: 1 to 100 letters, digits or {@code . _ : @ -}
 */
@API(status = STABLE, since = "0.1")
public record PartnerId(String value) implements Comparable<PartnerId> {
  /** Validates the identifier. */
  public PartnerId {
    Checks.id(value, "partner id");
  }

  /** Creates an identifier, the same as the constructor. */
  public static PartnerId of(String value) {
    return new PartnerId(value);
  }

  @Override
  public int compareTo(PartnerId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
