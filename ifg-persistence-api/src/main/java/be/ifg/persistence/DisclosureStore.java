package be.ifg.persistence;

import be.ifg.domain.DisclosureEntry;
import java.util.List;
import java.util.Optional;

/**
 * The append-only disclosure log, as a store keeps it. The library computes each entry's hash
 * chain; the store keeps entries in sequence order and never changes or removes one.
 *
 * <p>Thread-safe; appends are atomic and durable as in {@link EventStore}.
 */
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
   */
  List<DisclosureEntry> readDisclosures(long afterSequence, int limit);

  /**
   * The last entry, if any.
   *
   * @throws PersistenceException if the adapter fails
   */
  Optional<DisclosureEntry> lastDisclosure();
}
