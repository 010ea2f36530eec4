package be.ifg.workflow;

import static com.google.common.base.Preconditions.checkNotNull;

import be.ifg.domain.DisclosureEntry;
import be.ifg.domain.DossierId;
import be.ifg.domain.ItemId;
import be.ifg.domain.ProfessionalId;
import be.ifg.domain.Purpose;
import com.google.common.base.Utf8;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The hash of a disclosure entry: SHA-256 over a canonical encoding of every field except the hash
 * itself, written {@code sha256:<64 hex digits>}.
 *
 * <p>The encoding writes each field as {@code name=length:value;}, lengths in UTF-8 bytes, an
 * absent value as {@code name=~;}, the instant in ISO-8601 UTC, and the rules as their count
 * followed by each rule; a view's item decisions follow as described at {@code items}. It is
 * unambiguous: no two different entries encode alike. Entries written since 0.2 (version 3) are
 * hashed in two steps, a content digest and a link over it (see {@code content} below), so that a
 * purge can leave a verifiable tombstone. Stateless and thread-safe.
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

  /**
   * The hash an entry with these fields must carry: for an entry with a content digest (written by
   * 0.2 or later, or its tombstone) the link over its sequence, time, digest and previous hash; for
   * an older entry the hash of its full encoding.
   *
   * @throws IllegalArgumentException for the tombstone of an entry without a content digest: its
   *     hash cannot be recomputed
   */
  static String of(DisclosureEntry e) {
    String content = e.content();
    if (content != null) {
      return link(e.sequence(), e.at(), content, e.previousHash());
    }
    if (e.isTombstone()) {
      throw new IllegalArgumentException(
          "entry " + e.sequence() + " is the tombstone of an entry without a content digest");
    }
    return hash(
        e.sequence(),
        e.at(),
        checkNotNull(e.actor()),
        e.table(),
        e.dossier(),
        e.item(),
        checkNotNull(e.action()),
        checkNotNull(e.purpose()),
        checkNotNull(e.outcome()),
        e.rules(),
        e.items(),
        e.previousHash());
  }

  /**
   * The content digest an entry with content must carry (version 3), or empty for an entry without
   * a digest (versions 1 and 2) or a tombstone.
   */
  static @Nullable String contentOf(DisclosureEntry e) {
    if (e.content() == null || e.isTombstone()) {
      return null;
    }
    return content(
        checkNotNull(e.actor()),
        e.table(),
        e.dossier(),
        e.item(),
        checkNotNull(e.action()),
        checkNotNull(e.purpose()),
        checkNotNull(e.outcome()),
        e.rules(),
        e.items());
  }

  /** An entry from its fields, with its content digest and hash computed (version 3). */
  static DisclosureEntry entry(long sequence, Disclosure d, String previousHash) {
    String content =
        content(
            d.actor(),
            d.table(),
            d.dossier(),
            d.item(),
            d.action(),
            d.purpose(),
            d.outcome(),
            d.rules(),
            d.items());
    return new DisclosureEntry(
        sequence,
        d.at(),
        d.actor(),
        d.table(),
        d.dossier(),
        d.item(),
        d.action(),
        d.purpose(),
        d.outcome(),
        d.rules(),
        d.items(),
        previousHash,
        link(sequence, d.at(), content, previousHash),
        content,
        0);
  }

  /**
   * A digest of some text as the log writes hashes ({@code sha256:<hex>}): used for the ids of
   * purged dossiers in a purge entry.
   */
  static String digest(String text) {
    return PREFIX + HexFormat.of().formatHex(sha256(text));
  }

  /*
   * Version 3 splits the hash in two, so that an entry's content can be removed while its place in
   * the chain stays verifiable: the content digest covers everything said about the question
   * (actor, table, dossier, item, action, purpose, outcome, rules, item decisions), the entry's
   * hash covers its sequence, time, content digest and previous hash. The two encodings start
   * with a different "part" field, so that no content encodes like a link.
   */
  private static String content(
      ProfessionalId actor,
      @Nullable String table,
      @Nullable DossierId dossier,
      @Nullable ItemId item,
      String action,
      Purpose purpose,
      String outcome,
      List<String> rules,
      List<DisclosureEntry.ItemDecision> items) {
    StringBuilder b = new StringBuilder(256 + 64 * items.size());
    field(b, "v", "3");
    field(b, "part", "content");
    field(b, "actor", actor.value());
    field(b, "table", table);
    field(b, "dossier", dossier == null ? null : dossier.value());
    field(b, "item", item == null ? null : item.value());
    field(b, "action", action);
    field(b, "purpose", purpose.name());
    field(b, "outcome", outcome);
    field(b, "rules", Integer.toString(rules.size()));
    for (String rule : rules) {
      field(b, "rule", rule);
    }
    items(b, items);
    return digest(b.toString());
  }

  private static String link(long sequence, Instant at, String content, String previousHash) {
    StringBuilder b = new StringBuilder(256);
    field(b, "v", "3");
    field(b, "part", "entry");
    field(b, "sequence", Long.toString(sequence));
    field(b, "at", at.toString());
    field(b, "content", content);
    field(b, "previous", previousHash);
    return digest(b.toString());
  }

  /*
   * Version 1 of the encoding (entries without a table and without item decisions, as written
   * before tables were recorded) stays as it was, so old logs still verify. Version 2 adds the
   * table and, for a view, each item's decision: its id, outcome and rules.
   */
  private static String hash(
      long sequence,
      Instant at,
      ProfessionalId actor,
      @Nullable String table,
      @Nullable DossierId dossier,
      @Nullable ItemId item,
      String action,
      Purpose purpose,
      String outcome,
      List<String> rules,
      List<DisclosureEntry.ItemDecision> items,
      String previousHash) {
    boolean v2 = table != null || !items.isEmpty();
    StringBuilder b = new StringBuilder(256 + 64 * items.size());
    field(b, "v", v2 ? "2" : "1");
    field(b, "sequence", Long.toString(sequence));
    field(b, "at", at.toString());
    field(b, "actor", actor.value());
    if (v2) {
      field(b, "table", table);
    }
    field(b, "dossier", dossier == null ? null : dossier.value());
    field(b, "item", item == null ? null : item.value());
    field(b, "action", action);
    field(b, "purpose", purpose.name());
    field(b, "outcome", outcome);
    field(b, "rules", Integer.toString(rules.size()));
    for (String rule : rules) {
      field(b, "rule", rule);
    }
    if (v2) {
      items(b, items);
    }
    field(b, "previous", previousHash);
    return PREFIX + HexFormat.of().formatHex(sha256(b.toString()));
  }

  /**
   * A view's item decisions, compactly: the distinct rule ids once, in order of first use, then for
   * each item its id, its outcome and the positions of its rules in that list. A view of 500 items
   * names the same few rules 2,000 times; hashing each name once keeps the entry's hash cheap while
   * it still covers every item's decision.
   */
  private static void items(StringBuilder b, List<DisclosureEntry.ItemDecision> items) {
    // a view names a dozen distinct rules at most: a list scanned by reference first is cheaper
    // than a hash map here
    List<String> index = new ArrayList<>(16);
    for (DisclosureEntry.ItemDecision d : items) {
      for (String rule : d.rules()) {
        if (indexOf(index, rule) < 0) {
          index.add(rule);
        }
      }
    }
    field(b, "rule-ids", Integer.toString(index.size()));
    for (String rule : index) {
      field(b, "rule", rule);
    }
    field(b, "items", Integer.toString(items.size()));
    for (DisclosureEntry.ItemDecision d : items) {
      field(b, "item", d.item().value());
      field(b, "outcome", d.outcome());
      b.append("rules=").append(d.rules().size());
      for (String rule : d.rules()) {
        b.append(',').append(indexOf(index, rule));
      }
      b.append(';');
    }
  }

  private static int indexOf(List<String> index, String rule) {
    for (int i = 0; i < index.size(); i++) {
      if (index.get(i) == rule) {
        return i;
      }
    }
    return index.indexOf(rule);
  }

  private static void field(StringBuilder b, String name, @Nullable String value) {
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
