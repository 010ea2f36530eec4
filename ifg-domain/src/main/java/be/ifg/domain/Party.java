package be.ifg.domain;

import static com.google.common.base.Preconditions.checkArgument;
import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalDate;
import java.util.OptionalInt;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A person of the client system.
 *
 * @param id the party's id
 * @param role their role: victim, indirect victim, perpetrator or other
 * @param birthYear the year of birth, when known
 */
@API(status = STABLE, since = "0.1")
public record Party(PartyId id, PartyRole role, @Nullable Integer birthYear) {
  /** The age from which a minor is presumed able to exercise their rights themselves. */
  public static final int AGE_OF_OWN_RIGHTS = 12;

  /** The age of majority. */
  public static final int AGE_OF_MAJORITY = 18;

  /** Validates the party. */
  public Party {
    Checks.present(id, "party id");
    Checks.present(role, "role");
    checkArgument(
        birthYear == null || (birthYear >= 1900 && birthYear <= 2200),
        "birthYear of %s must be a year between 1900 and 2200: %s",
        id,
        birthYear);
  }

  /** A party of unknown age. */
  public static Party of(String id, PartyRole role) {
    return new Party(PartyId.of(id), role, null);
  }

  /** A party born in the given year. */
  public static Party of(String id, PartyRole role, int birthYear) {
    return new Party(PartyId.of(id), role, birthYear);
  }

  /**
   * The age the party reaches in the year of the given date, when the birth year is known. Only the
   * year is recorded, so the age on the date itself may be one less.
   */
  public OptionalInt ageIn(LocalDate date) {
    return birthYear == null ? OptionalInt.empty() : OptionalInt.of(date.getYear() - birthYear);
  }

  /**
   * Whether the party may be a minor on the given date: they do not turn 18 before the end of that
   * year, or their age is unknown and they are an indirect victim (usually a child).
   */
  public boolean isMinorOn(LocalDate date) {
    OptionalInt age = ageIn(date);
    return age.isPresent() ? age.getAsInt() < AGE_OF_MAJORITY : role == PartyRole.INDIRECT_VICTIM;
  }

  /**
   * Whether the party exercises their own rights (being informed, consent) on the given date:
   * adults, and minors from the year they turn 12.
   */
  public boolean exercisesOwnRightsOn(LocalDate date) {
    OptionalInt age = ageIn(date);
    if (age.isPresent()) {
      return age.getAsInt() >= AGE_OF_OWN_RIGHTS;
    }
    return role != PartyRole.INDIRECT_VICTIM;
  }
}
