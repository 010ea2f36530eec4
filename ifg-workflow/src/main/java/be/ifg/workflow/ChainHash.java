package be.ifg.workflow;

import be.ifg.domain.DisclosureEntry;
import com.google.common.base.Utf8;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The hash of a disclosure entry: SHA-256 over a canonical encoding of every field except the hash
 * itself, written {@code sha256:<64 hex digits>}.
 *
 * <p>The encoding writes each field as {@code name=length:value;}, lengths in UTF-8 bytes, an
 * absent value as {@code name=~;}, the instant in ISO-8601 UTC, and the rules as their count
 * followed by each rule. It is unambiguous: no two different entries encode alike. Stateless and
 * thread-safe.
 */
final class ChainHash {
  static final String PREFIX = "sha256:";

  /**
   * One digest per thread: looking SHA-256 up among the security providers on every entry cost
   * about as much as the hashing.
   */
  private static final ThreadLocal<MessageDigest> SHA256 =
      ThreadLocal.withInitial(ChainHash::newSha256);

  private ChainHash() {}

  /** The hash an entry with these fields must carry. */
  static String of(DisclosureEntry e) {
    StringBuilder b = new StringBuilder(256);
    field(b, "v", "1");
    field(b, "sequence", Long.toString(e.sequence()));
    field(b, "at", e.at().toString());
    field(b, "actor", e.actor().value());
    field(b, "dossier", e.dossier() == null ? null : e.dossier().value());
    field(b, "item", e.item() == null ? null : e.item().value());
    field(b, "action", e.action());
    field(b, "purpose", e.purpose().name());
    field(b, "outcome", e.outcome());
    field(b, "rules", Integer.toString(e.rules().size()));
    for (String rule : e.rules()) {
      field(b, "rule", rule);
    }
    field(b, "previous", e.previousHash());
    return PREFIX + HexFormat.of().formatHex(sha256(b.toString()));
  }

  /** An entry from its fields, with its hash computed. */
  static DisclosureEntry entry(long sequence, Disclosure d, String previousHash) {
    Instant at = d.at();
    DisclosureEntry unsigned =
        new DisclosureEntry(
            sequence,
            at,
            d.actor(),
            d.dossier(),
            d.item(),
            d.action(),
            d.purpose(),
            d.outcome(),
            d.rules(),
            previousHash,
            PREFIX);
    return new DisclosureEntry(
        sequence,
        at,
        d.actor(),
        d.dossier(),
        d.item(),
        d.action(),
        d.purpose(),
        d.outcome(),
        d.rules(),
        previousHash,
        of(unsigned));
  }

  private static void field(
      StringBuilder b, String name, @org.jspecify.annotations.Nullable String value) {
    b.append(name).append('=');
    if (value == null) {
      b.append('~');
    } else {
      b.append(Utf8.encodedLength(value)).append(':').append(value);
    }
    b.append(';');
  }

  private static byte[] sha256(String text) {
    MessageDigest digest = SHA256.get();
    digest.reset();
    return digest.digest(text.getBytes(StandardCharsets.UTF_8));
  }

  private static MessageDigest newSha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform must provide SHA-256", e);
    }
  }
}
