package be.ifg.domain;

/**
 * Identifies a professional: a person who works for a partner; table members are professionals too.
 *
 * @param value the identifier: 1 to 100 letters, digits or {@code . _ : @ -}
 */
public record ProfessionalId(String value) implements Comparable<ProfessionalId> {
  /** Validates the identifier. */
  public ProfessionalId {
    Checks.id(value, "professional id");
  }

  /** Creates an identifier, the same as the constructor. */
  public static ProfessionalId of(String value) {
    return new ProfessionalId(value);
  }

  @Override
  public int compareTo(ProfessionalId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
