package be.ifg.domain;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.regex.Pattern;

/**
 * Shared argument checks with messages that name the field, the given value and the expectation.
 */
final class Checks {
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:@-]{0,99}");

  private Checks() {}

  /** Checks an identifier: 1 to 100 characters, letters, digits and {@code . _ : @ -}. */
  static String id(String value, String field) {
    checkNotNull(value, "%s must not be null", field);
    checkArgument(
        ID.matcher(value).matches(),
        "%s must be 1 to 100 letters, digits or . _ : @ - (starting with a letter or digit): '%s'",
        field,
        value);
    return value;
  }

  /**
   * Checks a name that may be a person's: 1 to 100 characters, no control characters, no white
   * space at either end (e.g. {@code an}, {@code An Peeters}, {@code dr. J. Janssens}).
   */
  static String name(String value, String field) {
    checkNotNull(value, "%s must not be null", field);
    checkArgument(
        !value.isEmpty()
            && value.length() <= 100
            && value.strip().equals(value)
            && value.chars().noneMatch(Character::isISOControl),
        "%s must be 1 to 100 characters without control characters or white space at either end:"
            + " '%s'",
        field,
        value);
    return value;
  }

  /** Checks a text that a person must write: not null, not blank. */
  static String text(String value, String field) {
    checkNotNull(value, "%s must not be null", field);
    checkArgument(!value.isBlank(), "%s must not be blank", field);
    return value;
  }

  static <T> T present(T value, String field) {
    return checkNotNull(value, "%s must not be null", field);
  }
}
