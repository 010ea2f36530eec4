package be.ifg.rti.internal;

import java.math.BigInteger;
import java.util.Optional;

/**
 * A semantic version ({@code MAJOR.MINOR.PATCH[-PRERELEASE][+BUILD]}) ordered by precedence as
 * semver.org defines it; build metadata does not count, and ties are broken by the text so the
 * order is total.
 *
 * @param major the major number
 * @param minor the minor number
 * @param patch the patch number
 * @param preRelease the pre-release part, empty for a release
 * @param text the version as written
 *     <p>Package-private: the rest of the module reaches it through {@link Ids}.
 */
record SemanticVersion(
    BigInteger major, BigInteger minor, BigInteger patch, String preRelease, String text)
    implements Comparable<SemanticVersion> {

  /** The longest version accepted, in characters. */
  static final int MAX_LENGTH = 256;

  /**
   * Parses a version of at most {@link #MAX_LENGTH} characters, in one pass without a regular
   * expression (so a long pre-release cannot exhaust the stack).
   *
   * @param text the version
   * @return the version, or empty when {@code text} is not a semantic version
   */
  static Optional<SemanticVersion> parse(String text) {
    if (text.isEmpty() || text.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    int plus = text.indexOf('+');
    String withoutBuild = plus < 0 ? text : text.substring(0, plus);
    if (plus >= 0 && !identifiers(text.substring(plus + 1))) {
      return Optional.empty();
    }
    int dash = withoutBuild.indexOf('-');
    String core = dash < 0 ? withoutBuild : withoutBuild.substring(0, dash);
    String preRelease = dash < 0 ? "" : withoutBuild.substring(dash + 1);
    if (dash >= 0 && !identifiers(preRelease)) {
      return Optional.empty();
    }
    String[] numbers = core.split("\\.", -1);
    if (numbers.length != 3) {
      return Optional.empty();
    }
    for (String number : numbers) {
      if (!numeric(number)) {
        return Optional.empty();
      }
    }
    return Optional.of(
        new SemanticVersion(
            new BigInteger(numbers[0]),
            new BigInteger(numbers[1]),
            new BigInteger(numbers[2]),
            preRelease,
            text));
  }

  /** {@code 0} or digits without a leading zero. */
  private static boolean numeric(String part) {
    if (part.isEmpty() || (part.length() > 1 && part.charAt(0) == '0')) {
      return false;
    }
    return part.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  /** Dot-separated, non-empty identifiers of letters, digits and {@code -}. */
  private static boolean identifiers(String text) {
    if (text.isEmpty()) {
      return false;
    }
    for (String part : text.split("\\.", -1)) {
      if (part.isEmpty()) {
        return false;
      }
      for (int i = 0; i < part.length(); i++) {
        char c = part.charAt(i);
        boolean ok =
            (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-';
        if (!ok) {
          return false;
        }
      }
    }
    return true;
  }

  @Override
  public int compareTo(SemanticVersion other) {
    int c = major.compareTo(other.major);
    if (c == 0) {
      c = minor.compareTo(other.minor);
    }
    if (c == 0) {
      c = patch.compareTo(other.patch);
    }
    if (c == 0) {
      c = comparePreRelease(preRelease, other.preRelease);
    }
    return c != 0 ? c : text.compareTo(other.text);
  }

  private static int comparePreRelease(String a, String b) {
    if (a.equals(b)) {
      return 0;
    }
    if (a.isEmpty()) {
      return 1;
    }
    if (b.isEmpty()) {
      return -1;
    }
    String[] as = a.split("\\.");
    String[] bs = b.split("\\.");
    for (int i = 0; i < Math.min(as.length, bs.length); i++) {
      boolean an = as[i].matches("\\d+");
      boolean bn = bs[i].matches("\\d+");
      int c;
      if (an && bn) {
        c = new BigInteger(as[i]).compareTo(new BigInteger(bs[i]));
      } else if (an) {
        c = -1;
      } else if (bn) {
        c = 1;
      } else {
        c = as[i].compareTo(bs[i]);
      }
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(as.length, bs.length);
  }
}
