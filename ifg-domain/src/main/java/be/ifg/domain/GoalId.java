package be.ifg.domain;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * Identifies a goal of a plan within a dossier.
 *
 * @param value the identifier: 1 to 100 letters, digits or {@code . _ : @ -}
 */
@API(status = STABLE, since = "0.1")
public record GoalId(String value) implements Comparable<GoalId> {
  /** Validates the identifier. */
  public GoalId {
    Checks.id(value, "goal id");
  }

  /** Creates an identifier, the same as the constructor. */
  public static GoalId of(String value) {
    return new GoalId(value);
  }

  @Override
  public int compareTo(GoalId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
