package be.ifg.persistence;

import static org.apiguardian.api.API.Status.STABLE;

import be.ifg.domain.DisclosureEntry;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The append-only disclosure log, as a store keeps it. The library computes each entry's hash
 * chain; the store keeps entries in sequence order and never changes or removes one.
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
}
