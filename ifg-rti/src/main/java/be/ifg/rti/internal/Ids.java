package be.ifg.rti.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Comparator;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * The id and version patterns of the instrument format, and the order of semantic versions.
 *
 * <p>Public only because both {@code be.ifg.rti} (the model's checks, the catalogue) and {@code
 * be.ifg.rti.json} (the validating reader) use it, and Java has no visibility between a package and
 * its sibling; the package is not exported by the module, so nothing outside {@code ifg-rti} can
 * use it (the architecture rules check that too). Thread-safe: stateless.
 */
@API(status = INTERNAL, since = "0.1")
public final class Ids {
  private static final Comparator<String> VERSION_ORDER =
      Comparator.comparing(
          (String v) -> SemanticVersion.parse(v).orElseThrow(),
          Comparator.<SemanticVersion>naturalOrder());

  private static final Pattern ID = Pattern.compile("[a-z0-9-]+");
  private static final Pattern BAND_ID = Pattern.compile("[A-Za-z0-9_-]+");

  /** The longest id accepted, in characters. */
  public static final int MAX_ID_LENGTH = 100;

  /** The longest language tag accepted, in characters. */
  public static final int MAX_LANGUAGE_LENGTH = 35;

  /** The longest semantic version accepted, in characters. */
  public static final int MAX_VERSION_LENGTH = SemanticVersion.MAX_LENGTH;

  private Ids() {}

  /**
   * Whether {@code value} is an instrument, section, item or rule id: {@code [a-z0-9-]+}.
   *
   * @param value the candidate
   * @return whether it matches
   */
  public static boolean isId(String value) {
    return ID.matcher(value).matches();
  }

  /**
   * Whether {@code value} is a band id: letters, digits, {@code _} and {@code -}.
   *
   * @param value the candidate
   * @return whether it matches
   */
  public static boolean isBandId(String value) {
    return BAND_ID.matcher(value).matches();
  }

  /**
   * Whether {@code value} is a language tag such as {@code nl} or {@code nl-BE}: two or three
   * lower-case letters, then any number of {@code -} and two to eight letters or digits, at most
   * {@link #MAX_LANGUAGE_LENGTH} characters in all. Checked in one pass without a regular
   * expression, so a tag with many subtags cannot exhaust the stack.
   *
   * @param value the candidate
   * @return whether it matches
   */
  public static boolean isLanguage(String value) {
    if (value.length() > MAX_LANGUAGE_LENGTH) {
      return false;
    }
    String[] parts = value.split("-", -1);
    if (parts[0].length() < 2
        || parts[0].length() > 3
        || !parts[0].chars().allMatch(c -> c >= 'a' && c <= 'z')) {
      return false;
    }
    for (int i = 1; i < parts.length; i++) {
      String part = parts[i];
      if (part.length() < 2
          || part.length() > 8
          || !part.chars()
              .allMatch(
                  c ->
                      (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code value} is a semantic version ({@code 1.0.0}, {@code 2.1.0-rc.1}).
   *
   * @param value the candidate
   * @return whether it is
   */
  public static boolean isSemanticVersion(String value) {
    return SemanticVersion.parse(value).isPresent();
  }

  /**
   * Semantic versions ordered by precedence as semver.org defines it; build metadata does not
   * count, and ties are broken by the text so the order is total.
   *
   * @return the order, which throws {@link java.util.NoSuchElementException} when given a string
   *     that is not a semantic version
   */
  public static Comparator<String> versionOrder() {
    return VERSION_ORDER;
  }
}
