package be.ifg.domain;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Identifies a session of a case table (a zitting of the overlegtafel, a séance of the table de
 * concertation).
 *
 * @param value the identifier: 1 to 100 letters, digits or {@code . _ : @ -}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record SessionId(String value) implements Comparable<SessionId> {
  /** Validates the identifier. */
  public SessionId {
    Checks.id(value, "session id");
  }

  /** Creates an identifier, the same as the constructor. */
  public static SessionId of(String value) {
    return new SessionId(value);
  }

  @Override
  public int compareTo(SessionId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
