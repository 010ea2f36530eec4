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
 * <p>A question about one item is one entry with {@link #item()}; a whole view is one entry too,
 * its {@link #items()} listing each item's decision and rules, so that "who saw which item" stays
 * answerable while a view costs one entry whatever it shows or hides.
 *
 * @param sequence the entry's position in the log, from 1
 * @param at when the decision was made
 * @param actor who asked
 * @param table the region of the case table the question was asked at, if known (entries written
 *     before tables were recorded have none)
 * @param dossier the dossier, if the question was about one
 * @param item the item, if the question was about one item (absent for a whole view)
 * @param action what was asked: {@code VIEW}, {@code FORWARD}, {@code DOSSIER_VIEW}, …
 * @param purpose for which purpose
 * @param outcome {@code PERMIT} or {@code DENY} (or {@code VIEW} for a dossier view)
 * @param rules the ids of the rules that decided it
 * @param items for a view: every item the view decided on, with its outcome and rules (empty
 *     otherwise)
 * @param previousHash the hash of the previous entry
 * @param hash this entry's hash
 */
@API(status = STABLE, since = "0.1")
public record DisclosureEntry(
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
  /** The previous hash of the first entry. */
  public static final String GENESIS = "sha256:" + "0".repeat(64);

  /** Validates the entry's structure. */
  public DisclosureEntry {
    checkArgument(sequence >= 1, "sequence must be >= 1: %s", sequence);
    Checks.present(at, "at");
    Checks.present(actor, "actor");
    Checks.text(action, "action");
    Checks.present(purpose, "purpose");
    Checks.text(outcome, "outcome");
    if (table != null) {
      Checks.id(table, "table");
    }
    rules = ImmutableList.copyOf(Checks.present(rules, "rules"));
    items = ImmutableList.copyOf(Checks.present(items, "items"));
    Checks.text(previousHash, "previousHash");
    Checks.text(hash, "hash");
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
