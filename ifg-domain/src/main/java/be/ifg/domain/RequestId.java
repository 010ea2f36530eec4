package be.ifg.domain;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * Identifies an information request within a dossier.
 *
 * @param value the identifier: 1 to 100 letters, digits or {@code . _ : @ -}
 */
@API(status = STABLE, since = "0.1")
public record RequestId(String value) implements Comparable<RequestId> {
  /** Validates the identifier. */
  public RequestId {
    Checks.id(value, "request id");
  }

  /** Creates an identifier, the same as the constructor. */
  public static RequestId of(String value) {
    return new RequestId(value);
  }

  @Override
  public int compareTo(RequestId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
