package be.ifg.domain;

import static com.google.common.base.Preconditions.checkArgument;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One entry of the append-only, tamper-evident disclosure log: who asked for what, for which
 * purpose, when, the outcome and the rules that decided it.
 *
 * <p>Entries are hash-chained: {@link #hash()} covers every other field and {@link
 * #previousHash()}, the hash of the entry before it ({@link #GENESIS} for the first). The library
 * computes the hashes; a store only keeps entries in order.
 *
 * <p>Since version 0.2 an entry's hash covers its content through a content digest ({@link
 * #content()}): the hash is computed over the sequence, the time, the content digest and the
 * previous hash, the digest over the actor, table, dossier, item, action, purpose, outcome, rules
 * and item decisions. That lets a purge replace an entry about a purged dossier by its {@link
 * #isTombstone() tombstone}: the same sequence, time, previous hash, content digest and hash, the
 * sequence of the purge entry that made it ({@link #purgedBy()}), and no content. Entries written
 * before 0.2 have no content digest; their tombstones keep the hash and the link only (see {@code
 * docs/retention.md}).
 *
 * <p>A question about one item is one entry with {@link #item()}; a whole view is one entry too,
 * its {@link #items()} listing each item's decision and rules, so that "who saw which item" stays
 * answerable while a view costs one entry whatever it shows or hides.
 *
 * @param sequence the entry's position in the log, from 1
 * @param at when the decision was made
 * @param actor who asked ({@code null} only in a tombstone)
 * @param table the region of the case table the question was asked at, if known (entries written
 *     before tables were recorded have none)
 * @param dossier the dossier, if the question was about one
 * @param item the item, if the question was about one item (absent for a whole view)
 * @param action what was asked: {@code VIEW}, {@code FORWARD}, {@code DOSSIER_VIEW}, … ({@code
 *     null} only in a tombstone)
 * @param purpose for which purpose ({@code null} only in a tombstone)
 * @param outcome {@code PERMIT} or {@code DENY} (or {@code VIEW} for a dossier view; {@code null}
 *     only in a tombstone)
 * @param rules the ids of the rules that decided it
 * @param items for a view: every item the view decided on, with its outcome and rules (empty
 *     otherwise)
 * @param previousHash the hash of the previous entry
 * @param hash this entry's hash
 * @param content the digest of the entry's content ({@code sha256:<hex>}) for an entry hashed by
 *     the content-digest scheme of 0.2; {@code null} for an entry written before
 * @param purgedBy for a tombstone, the sequence of the purge entry that made it (after its own); 0
 *     for an entry with its content
 */
@API(status = STABLE, since = "0.1")
public record DisclosureEntry(
    long sequence,
    Instant at,
    @Nullable ProfessionalId actor,
    @Nullable String table,
    @Nullable DossierId dossier,
    @Nullable ItemId item,
    @Nullable String action,
    @Nullable Purpose purpose,
    @Nullable String outcome,
    List<String> rules,
    List<ItemDecision> items,
    String previousHash,
    String hash,
    @Nullable String content,
    long purgedBy) {
  /** The previous hash of the first entry. */
  public static final String GENESIS = "sha256:" + "0".repeat(64);

  /**
   * Validates the entry's structure.
   *
   * @throws IllegalArgumentException if a field is missing or malformed; if a tombstone ({@code
   *     purgedBy > 0}) keeps any content or does not come before its purge
   */
  public DisclosureEntry {
    checkArgument(sequence >= 1, "sequence must be >= 1: %s", sequence);
    Checks.present(at, "at");
    checkArgument(purgedBy >= 0, "purgedBy must be >= 0: %s", purgedBy);
    if (purgedBy == 0) {
      Checks.present(actor, "actor");
      Checks.text(action, "action");
      Checks.present(purpose, "purpose");
      Checks.text(outcome, "outcome");
    } else {
      checkArgument(
          purgedBy > sequence,
          "a tombstone's purge must come after it: entry %s, purge %s",
          sequence,
          purgedBy);
      checkArgument(
          actor == null
              && table == null
              && dossier == null
              && item == null
              && action == null
              && purpose == null
              && outcome == null
              && Checks.present(rules, "rules").isEmpty()
              && Checks.present(items, "items").isEmpty(),
          "a tombstone keeps no content: entry %s",
          sequence);
    }
    if (table != null) {
      Checks.id(table, "table");
    }
    rules = ImmutableList.copyOf(Checks.present(rules, "rules"));
    items = ImmutableList.copyOf(Checks.present(items, "items"));
    Checks.text(previousHash, "previousHash");
    Checks.text(hash, "hash");
    if (content != null) {
      Checks.text(content, "content");
    }
  }

  /**
   * An entry with its content, hashed by the scheme of version 0.1 (no content digest): the form
   * entries had before tombstones.
   *
   * @throws IllegalArgumentException if a field is missing or malformed
   */
  public DisclosureEntry(
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
      List<ItemDecision> items,
      String previousHash,
      String hash) {
    this(
        sequence,
        at,
        actor,
        table,
        dossier,
        item,
        action,
        purpose,
        outcome,
        rules,
        items,
        previousHash,
        hash,
        null,
        0);
  }

  /**
   * A tombstone: what remains of an entry once a purge removed its content.
   *
   * @param sequence the entry's sequence
   * @param at the entry's time
   * @param previousHash the entry's previous hash
   * @param hash the entry's hash
   * @param content the entry's content digest, {@code null} for an entry written before 0.2
   * @param purgedBy the sequence of the purge entry that made it
   * @throws IllegalArgumentException if a field is malformed or the purge does not come after it
   */
  public static DisclosureEntry tombstone(
      long sequence,
      Instant at,
      String previousHash,
      String hash,
      @Nullable String content,
      long purgedBy) {
    checkArgument(purgedBy >= 1, "purgedBy must be >= 1: %s", purgedBy);
    return new DisclosureEntry(
        sequence,
        at,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        List.of(),
        List.of(),
        previousHash,
        hash,
        content,
        purgedBy);
  }

  /**
   * This entry's tombstone, made by the purge entry {@code purge}: its sequence, time, hashes and
   * content digest, without content. A tombstone's tombstone by the same purge is itself.
   *
   * @throws IllegalArgumentException if the purge does not come after this entry, or this is a
   *     tombstone of another purge
   */
  public DisclosureEntry tombstone(long purge) {
    checkArgument(
        purgedBy == 0 || purgedBy == purge,
        "entry %s is already a tombstone of purge %s",
        sequence,
        purgedBy);
    return tombstone(sequence, at, previousHash, hash, content, purge);
  }

  /** Whether this is a tombstone: an entry whose content a purge removed. */
  public boolean isTombstone() {
    return purgedBy > 0;
  }

  /** The content digest, for an entry hashed by the scheme of 0.2. */
  public Optional<String> contentDigest() {
    return Optional.ofNullable(content);
  }

  /** The dossier, if the question was about one. */
  public Optional<DossierId> dossierId() {
    return Optional.ofNullable(dossier);
  }

  /** The item, if the question was about one item. */
  public Optional<ItemId> itemId() {
    return Optional.ofNullable(item);
  }

  /** The table's region, if the entry records it. */
  public Optional<String> tableRegion() {
    return Optional.ofNullable(table);
  }

  /**
   * One item's decision inside a view's entry.
   *
   * @param item the item
   * @param outcome {@code PERMIT} or {@code DENY}
   * @param rules the ids of the rules that decided it
   */
  public record ItemDecision(ItemId item, String outcome, List<String> rules) {
    /** Validates the decision. */
    public ItemDecision {
      Checks.present(item, "item");
      Checks.text(outcome, "outcome");
      rules = ImmutableList.copyOf(Checks.present(rules, "rules"));
    }
  }
}
