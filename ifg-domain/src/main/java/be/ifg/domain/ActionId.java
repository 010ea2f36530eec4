package be.ifg.domain;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * Identifies an action of a plan within a dossier.
 *
 * @param value the identifier: 1 to 100 letters, digits or {@code . _ : @ -}
 */
@API(status = STABLE, since = "0.1")
public record ActionId(String value) implements Comparable<ActionId> {
  /** Validates the identifier. */
  public ActionId {
    Checks.id(value, "action id");
  }

  /** Creates an identifier, the same as the constructor. */
  public static ActionId of(String value) {
    return new ActionId(value);
  }

  @Override
  public int compareTo(ActionId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
