package be.ifg.domain;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * Identifies a policy signal raised at a case table.
 *
 * @param value the identifier: 1 to 100 letters, digits or {@code . _ : @ -}
 */
@API(status = STABLE, since = "0.1")
public record SignalId(String value) implements Comparable<SignalId> {
  /** Validates the identifier. */
  public SignalId {
    Checks.id(value, "signal id");
  }

  /** Creates an identifier, the same as the constructor. */
  public static SignalId of(String value) {
    return new SignalId(value);
  }

  @Override
  public int compareTo(SignalId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
