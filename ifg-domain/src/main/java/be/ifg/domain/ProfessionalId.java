package be.ifg.domain;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * Identifies a professional: a person who works for a partner; table members are professionals too.
 * An application's user id or the person's name both do ({@code an}, {@code An Peeters}).
 *
 * @param value 1 to 100 characters, no control characters, no white space at either end
 */
@API(status = STABLE, since = "0.1")
public record ProfessionalId(String value) implements Comparable<ProfessionalId> {
  /** Validates the identifier. */
  public ProfessionalId {
    Checks.name(value, "professional id");
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
