package be.ifg.domain;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * Identifies a pooled information item within a dossier.
 *
 * @param value the identifier: 1 to 100 letters, digits or {@code . _ : @ -}
 */
@API(status = STABLE, since = "0.1")
public record ItemId(String value) implements Comparable<ItemId> {
  /** Validates the identifier. */
  public ItemId {
    Checks.id(value, "item id");
  }

  /** Creates an identifier, the same as the constructor. */
  public static ItemId of(String value) {
    return new ItemId(value);
  }

  @Override
  public int compareTo(ItemId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
