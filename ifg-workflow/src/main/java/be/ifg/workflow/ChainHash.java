package be.ifg.workflow;

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
 * unambiguous: no two different entries encode alike. Stateless and thread-safe.
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
    return hash(
        e.sequence(),
        e.at(),
        e.actor(),
        e.table(),
        e.dossier(),
        e.item(),
        e.action(),
        e.purpose(),
        e.outcome(),
        e.rules(),
        e.items(),
        e.previousHash());
  }

  /** An entry from its fields, with its hash computed. */
  static DisclosureEntry entry(long sequence, Disclosure d, String previousHash) {
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
        hash(
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
            previousHash));
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
