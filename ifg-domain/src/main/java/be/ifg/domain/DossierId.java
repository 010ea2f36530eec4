package be.ifg.domain;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * Identifies one dossier (one client system registered once).
 *
 * @param value the identifier: 1 to 100 letters, digits or {@code . _ : @ -}
 */
@API(status = STABLE, since = "0.1")
public record DossierId(String value) implements Comparable<DossierId> {
  /** Validates the identifier. */
  public DossierId {
    Checks.id(value, "dossier id");
  }

  /** Creates an identifier, the same as the constructor. */
  public static DossierId of(String value) {
    return new DossierId(value);
  }

  @Override
  public int compareTo(DossierId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
