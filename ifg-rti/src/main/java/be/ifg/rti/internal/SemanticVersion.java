package be.ifg.rti.internal;

import java.math.BigInteger;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

  private static final Pattern PATTERN =
      Pattern.compile(
          "(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)"
              + "(?:-([0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*))?(?:\\+([0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*))?");

  /**
   * Parses a version.
   *
   * @param text the version
   * @return the version, or empty when {@code text} is not a semantic version
   */
  static Optional<SemanticVersion> parse(String text) {
    Matcher m = PATTERN.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of(
        new SemanticVersion(
            new BigInteger(m.group(1)),
            new BigInteger(m.group(2)),
            new BigInteger(m.group(3)),
            m.group(4) == null ? "" : m.group(4),
            text));
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
