package be.ifg.persistence;

import static com.google.common.base.Preconditions.checkArgument;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import be.ifg.domain.DisclosureEntry;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The append-only disclosure log, as a store keeps it. The library computes each entry's hash
 * chain; the store keeps entries in sequence order and never changes or removes one, except to
 * replace an entry by its tombstone when a retention purge asks ({@link #tombstone}).
 *
 * <p>Thread-safe; appends are atomic and durable as in {@link EventStore}. The sequence number
 * plays the expected version's part: of two writers that read the same last entry, one appends and
 * the other gets a {@link VersionConflict}, so the log never forks and a retried append is never
 * kept twice.
 */
@API(status = STABLE, since = "0.1")
public interface DisclosureStore {
  /**
   * Appends an entry whose sequence is one more than the last entry's (1 for the first).
   *
   * @throws VersionConflict if another entry took that sequence first; nothing was written
   * @throws PersistenceException if the adapter fails
   */
  void appendDisclosure(DisclosureEntry entry);

  /**
   * Reads entries in sequence order, starting after a sequence number.
   *
   * @param afterSequence 0 to start at the first entry
   * @param limit the most entries to return (at least 1)
   * @throws PersistenceException if the adapter fails or an entry is corrupt
   * @throws IllegalArgumentException if {@code limit < 1}
   */
  List<DisclosureEntry> readDisclosures(long afterSequence, int limit);

  /**
   * The last entry, if any.
   *
   * @throws PersistenceException if the adapter fails
   */
  Optional<DisclosureEntry> lastDisclosure();

  /**
   * Replaces entries by their tombstones, all or none: each given tombstone ({@link
   * DisclosureEntry#isTombstone()}) takes the place of the entry kept at its sequence. A tombstone
   * must keep that entry's time, previous hash and hash, and its content digest if it has one, so
   * that the log's chain still verifies; a store checks this and changes nothing otherwise.
   * Replacing a tombstone by the same tombstone changes nothing.
   *
   * <p>The default refuses: a store that cannot replace entries keeps its log whole, and the
   * library's purge then fails before it removes any dossier.
   *
   * @param tombstones the tombstones, in any order
   * @throws IllegalArgumentException if one is not a tombstone, no entry is kept at its sequence,
   *     or it does not keep that entry's time, hashes and content digest; nothing was changed
   * @throws UnsupportedOperationException if this store cannot replace entries
   * @throws PersistenceException if the adapter fails
   * @since 0.2
   */
  @API(status = EXPERIMENTAL, since = "0.2")
  default void tombstone(List<DisclosureEntry> tombstones) {
    throw new UnsupportedOperationException(
        getClass().getSimpleName() + " cannot replace disclosure entries by tombstones");
  }

  /**
   * Whether a tombstone may take the place of an entry: it is one, and it keeps the entry's
   * sequence, time, previous hash, hash and content digest (a store's check in {@link #tombstone}).
   *
   * @throws IllegalArgumentException with what differs, when it may not
   * @since 0.2
   */
  @API(status = EXPERIMENTAL, since = "0.2")
  static void checkTombstone(DisclosureEntry kept, DisclosureEntry tombstone) {
    checkArgument(tombstone.isTombstone(), "entry %s is not a tombstone", tombstone.sequence());
    checkArgument(
        kept.sequence() == tombstone.sequence()
            && kept.at().equals(tombstone.at())
            && kept.previousHash().equals(tombstone.previousHash())
            && kept.hash().equals(tombstone.hash())
            && Objects.equals(kept.content(), tombstone.content())
            && (!kept.isTombstone() || kept.purgedBy() == tombstone.purgedBy()),
        "the tombstone of entry %s does not keep the entry's time, hashes and content digest,"
            + " or the entry is a tombstone of another purge",
        tombstone.sequence());
  }
}
