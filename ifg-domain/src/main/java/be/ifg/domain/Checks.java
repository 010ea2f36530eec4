package be.ifg.domain;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Shared argument checks with messages that name the field, the given value and the expectation.
 */
final class Checks {
  private static final int MAX_ID_LENGTH = 100;

  private Checks() {}

  /** Checks an identifier: 1 to 100 characters, letters, digits and {@code . _ : @ -}. */
  static String id(String value, String field) {
    checkNotNull(value, "%s must not be null", field);
    checkArgument(
        isId(value),
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
            && value.length() <= MAX_ID_LENGTH
            && value.strip().equals(value)
            && value.chars().noneMatch(Character::isISOControl),
        "%s must be 1 to 100 characters without control characters or white space at either end:"
            + " '%s'",
        field,
        value);
    return value;
  }

  /**
   * Whether a value matches {@code [A-Za-z0-9][A-Za-z0-9._:@-]{0,99}}, checked by hand: every id of
   * every event read passes here, and a regular expression cost more than the rest of the read.
   */
  private static boolean isId(String value) {
    int n = value.length();
    if (n == 0 || n > MAX_ID_LENGTH || !isLetterOrDigit(value.charAt(0))) {
      return false;
    }
    for (int i = 1; i < n; i++) {
      char c = value.charAt(i);
      if (!isLetterOrDigit(c) && c != '.' && c != '_' && c != ':' && c != '@' && c != '-') {
        return false;
      }
    }
    return true;
  }

  private static boolean isLetterOrDigit(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
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
