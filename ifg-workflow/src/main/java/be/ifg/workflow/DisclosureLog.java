package be.ifg.workflow;

import static com.google.common.base.Preconditions.checkNotNull;

import be.ifg.domain.DisclosureEntry;
import be.ifg.persistence.DisclosureStore;
import be.ifg.persistence.VersionConflict;
import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;

/**
 * The append-only, tamper-evident disclosure log: every need-to-know decision (permit and deny) and
 * every dossier view, hash-chained over a {@link DisclosureStore}.
 *
 * <p>Each entry's hash is SHA-256 over a canonical encoding of all its fields and the previous
 * entry's hash ({@link DisclosureEntry#GENESIS} for the first), written {@code sha256:<hex>}.
 * {@link #verify()} recomputes the chain and finds any changed, removed, inserted or reordered
 * entry. It also remembers the last entry this log wrote or verified (the head), so that cutting
 * off the end of the log or rewriting it with fresh hashes is detected as well.
 *
 * <p>Thread-safe: appends take a lock to assign sequence numbers, and if another writer on the same
 * store took the sequence first ({@link VersionConflict}) the append reads the new last entry and
 * tries again.
 */
public final class DisclosureLog {
  private static final int PAGE = 512;
  private static final int ATTEMPTS = 64;

  private final DisclosureStore store;
  private final ReentrantLock lock = new ReentrantLock();
  private long headSequence;
  private String headHash = DisclosureEntry.GENESIS;

  /**
   * A log over the given store.
   *
   * @throws NullPointerException if the store is null
   */
  public DisclosureLog(DisclosureStore store) {
    this.store = checkNotNull(store, "store must not be null");
  }

  /**
   * Appends one record at the end of the chain.
   *
   * @return the entry as stored, with its sequence number and hashes
   * @throws VersionConflict if other writers kept taking the next sequence number first
   * @throws be.ifg.persistence.PersistenceException if the store fails
   */
  @CanIgnoreReturnValue
  public DisclosureEntry append(Disclosure disclosure) {
    checkNotNull(disclosure, "disclosure must not be null");
    lock.lock();
    try {
      @Nullable VersionConflict last = null;
      for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
        Optional<DisclosureEntry> tail = store.lastDisclosure();
        long sequence = tail.map(e -> e.sequence() + 1).orElse(1L);
        String previous = tail.map(DisclosureEntry::hash).orElse(DisclosureEntry.GENESIS);
        DisclosureEntry entry = ChainHash.entry(sequence, disclosure, previous);
        try {
          store.appendDisclosure(entry);
          headSequence = entry.sequence();
          headHash = entry.hash();
          return entry;
        } catch (VersionConflict conflict) {
          last = conflict;
        }
      }
      throw checkNotNull(last);
    } finally {
      lock.unlock();
    }
  }

  /**
   * Every entry, in sequence order.
   *
   * @throws be.ifg.persistence.PersistenceException if the store fails
   */
  public List<DisclosureEntry> entries() {
    ImmutableList.Builder<DisclosureEntry> all = ImmutableList.builder();
    long after = 0;
    while (true) {
      List<DisclosureEntry> page = store.readDisclosures(after, PAGE);
      all.addAll(page);
      if (page.size() < PAGE) {
        return all.build();
      }
      after = page.get(page.size() - 1).sequence();
    }
  }

  /**
   * How many entries the log holds.
   *
   * @throws be.ifg.persistence.PersistenceException if the store fails
   */
  public long size() {
    return store.lastDisclosure().map(DisclosureEntry::sequence).orElse(0L);
  }

  /**
   * Recomputes the hash chain over every entry in the store, and checks that the log still reaches
   * the last entry this log wrote or verified.
   *
   * @return {@link LogVerification.Intact}, or {@link LogVerification.Broken} at the first entry
   *     that does not fit
   * @throws be.ifg.persistence.PersistenceException if the store fails
   */
  public LogVerification verify() {
    lock.lock();
    try {
      List<DisclosureEntry> entries = entries();
      LogVerification result = verify(entries);
      if (!(result instanceof LogVerification.Intact intact)) {
        return result;
      }
      if (intact.entries() < headSequence) {
        return new LogVerification.Broken(
            intact.entries() + 1,
            "the log ends at entry "
                + intact.entries()
                + " but entry "
                + headSequence
                + " was written: entries were removed from the end");
      }
      if (headSequence > 0) {
        DisclosureEntry known = entries.get((int) headSequence - 1);
        if (!known.hash().equals(headHash)) {
          return new LogVerification.Broken(
              headSequence,
              "entry "
                  + headSequence
                  + " has hash "
                  + known.hash()
                  + " but "
                  + headHash
                  + " was written: the log was rewritten");
        }
      }
      headSequence = intact.entries();
      headHash = intact.head();
      return intact;
    } finally {
      lock.unlock();
    }
  }

  /**
   * Checks a sequence of entries on its own: numbered 1, 2, 3, … without gaps, each linked to its
   * predecessor's hash, each carrying the hash of its own fields.
   *
   * @return {@link LogVerification.Intact}, or {@link LogVerification.Broken} at the first entry
   *     that does not fit
   */
  public static LogVerification verify(List<DisclosureEntry> entries) {
    checkNotNull(entries, "entries must not be null");
    String previous = DisclosureEntry.GENESIS;
    long expected = 1;
    for (DisclosureEntry e : entries) {
      if (e.sequence() != expected) {
        return new LogVerification.Broken(
            expected,
            "expected entry "
                + expected
                + " but found entry "
                + e.sequence()
                + ": entries were removed, inserted or reordered");
      }
      if (!e.previousHash().equals(previous)) {
        return new LogVerification.Broken(
            expected,
            "entry "
                + expected
                + " links to "
                + e.previousHash()
                + " but the entry before it has hash "
                + previous
                + ": entries were removed, inserted or reordered");
      }
      String computed = ChainHash.of(e);
      if (!computed.equals(e.hash())) {
        return new LogVerification.Broken(
            expected,
            "entry "
                + expected
                + " carries hash "
                + e.hash()
                + " but its fields hash to "
                + computed
                + ": the entry was changed");
      }
      previous = e.hash();
      expected++;
    }
    return new LogVerification.Intact(expected - 1, previous);
  }
}
