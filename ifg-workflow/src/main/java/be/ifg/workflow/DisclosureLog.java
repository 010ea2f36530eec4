package be.ifg.workflow;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;
import static org.apiguardian.api.API.Status.MAINTAINED;

import be.ifg.domain.DisclosureEntry;
import be.ifg.persistence.DisclosureStore;
import be.ifg.persistence.EventStore;
import be.ifg.persistence.LogAnchor;
import be.ifg.persistence.LogCheckpoint;
import be.ifg.persistence.VersionConflict;
import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.security.PublicKey;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.apiguardian.api.API;
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
 * <p>That memory ends with the process. A log made with a {@link LogAnchor} and a {@link LogSigner}
 * also signs checkpoints of its head with the application's key and keeps them outside the store;
 * {@link #verify(PublicKey, LogAnchor)} then finds a cut or rewritten log after a restart too, and
 * {@link Checkpoints} does so from another process (see {@code docs/log-anchoring.md}).
 *
 * <p>Thread-safe: appends take a lock to assign sequence numbers, and if another writer on the same
 * store took the sequence first ({@link VersionConflict}) the append reads the new last entry and
 * tries again.
 */
@API(status = MAINTAINED, since = "0.1")
public final class DisclosureLog {
  private static final int PAGE = 512;
  private static final int ATTEMPTS = 64;

  private final DisclosureStore store;
  private final @Nullable Checkpointing checkpointing;
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
    this.checkpointing = null;
  }

  /**
   * A log over the given store that anchors itself: after every {@code checkpointEvery} appends of
   * this log it signs a checkpoint of its head and appends it to the anchor.
   *
   * @param store the store of the entries
   * @param anchor where the checkpoints go: outside the store
   * @param signer signs with the application's private key, which the store never sees
   * @param clock the time of each checkpoint
   * @param checkpointEvery 1 to anchor every append; more to sign less often, leaving up to {@code
   *     checkpointEvery - 1} entries protected by the chain alone until the next checkpoint
   * @throws IllegalArgumentException if {@code checkpointEvery < 1}
   */
  public DisclosureLog(
      DisclosureStore store, LogAnchor anchor, LogSigner signer, Clock clock, int checkpointEvery) {
    this.store = checkNotNull(store, "store must not be null");
    this.checkpointing = new Checkpointing(anchor, signer, clock, checkpointEvery);
  }

  /**
   * Appends one record at the end of the chain.
   *
   * @return the entry as stored, with its sequence number and hashes
   * @throws VersionConflict if other writers kept taking the next sequence number first
   * @throws be.ifg.persistence.PersistenceException if the store fails, or the anchor fails to keep
   *     a checkpoint due after this entry (the entry is stored then)
   * @throws WorkflowException if the signer fails to sign a checkpoint (the entry is stored then)
   */
  @CanIgnoreReturnValue
  public DisclosureEntry append(Disclosure disclosure) {
    checkNotNull(disclosure, "disclosure must not be null");
    lock.lock();
    try {
      @Nullable VersionConflict last = null;
      for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
        long sequence;
        String previous;
        if (attempt == 0 && headSequence > 0) {
          // first try after the head this log wrote or verified, without reading the store (issue
          // 14: a round trip less per question); the store takes the entry only if its last entry
          // is still that head's sequence, else it is a conflict and the tail is read as before
          sequence = headSequence + 1;
          previous = headHash;
        } else {
          Optional<DisclosureEntry> tail = store.lastDisclosure();
          sequence = tail.map(e -> e.sequence() + 1).orElse(1L);
          previous = tail.map(DisclosureEntry::hash).orElse(DisclosureEntry.GENESIS);
        }
        DisclosureEntry entry = ChainHash.entry(sequence, disclosure, previous);
        try {
          store.appendDisclosure(entry);
          headSequence = entry.sequence();
          headHash = entry.hash();
          if (checkpointing != null) {
            checkpointing.appended(entry);
          }
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
   * Verifies the whole log, then signs a checkpoint of it and appends it to the anchor, whether or
   * not one is due. Call it before a planned stop when checkpoints are not written after every
   * append. It reads the whole log.
   *
   * @return the checkpoint anchored
   * @throws IllegalStateException if this log was made without an anchor
   * @throws WorkflowException if the log is broken (nothing is signed), or the signer fails
   * @throws be.ifg.persistence.PersistenceException if the store or the anchor fails
   */
  public LogCheckpoint checkpoint() {
    return checkpoint(null);
  }

  // ---- events' heads (issue 15): forced checkpoints that also sign the streams' heads ----

  /**
   * Verifies the whole log and anchors a checkpoint of it that also signs the event streams' heads
   * ({@link EventHeads}), or of the log alone when {@code events} is null.
   */
  LogCheckpoint checkpoint(@Nullable String events) {
    Checkpointing c = checkpointing;
    checkState(c != null, "this disclosure log has no anchor: make it with an anchor and a signer");
    lock.lock();
    try {
      return c.checkpoint(verify(), events);
    } finally {
      lock.unlock();
    }
  }

  /**
   * Verifies the log against an anchor as {@link #verify(Collection, LogAnchor)} does, then the
   * event streams' heads against the newest checkpoint carrying them ({@link Checkpoints#heads}).
   */
  LogVerification verify(
      Collection<? extends PublicKey> trusted, LogAnchor anchor, EventStore events) {
    checkNotNull(anchor, "anchor must not be null");
    checkNotNull(events, "events must not be null");
    List<LogCheckpoint> checkpoints = anchor.checkpoints(); // first: see Checkpoints
    return Checkpoints.verify(entries(), trusted, checkpoints, events);
  }

  /** Whether this log signs checkpoints into an anchor. */
  boolean anchored() {
    return checkpointing != null;
  }

  /**
   * Verifies the log in the store against the checkpoints in an anchor, signed by the given key:
   * see {@link Checkpoints}. Unlike {@link #verify()}, it remembers nothing, and finds a cut or
   * rewritten log after a restart.
   *
   * @return {@link LogVerification.Intact}, or {@link LogVerification.Broken} with the first
   *     problem and why
   * @throws be.ifg.persistence.PersistenceException if the store or the anchor fails
   */
  public LogVerification verify(PublicKey key, LogAnchor anchor) {
    checkNotNull(key, "key must not be null");
    return verify(List.of(key), anchor);
  }

  /**
   * Verifies the log against the checkpoints in an anchor, signed by any of the trusted keys (the
   * application's keys before and after a rotation): see {@link Checkpoints}.
   *
   * @return {@link LogVerification.Intact}, or {@link LogVerification.Broken} with the first
   *     problem and why
   * @throws be.ifg.persistence.PersistenceException if the store or the anchor fails
   */
  public LogVerification verify(Collection<? extends PublicKey> trusted, LogAnchor anchor) {
    checkNotNull(anchor, "anchor must not be null");
    List<LogCheckpoint> checkpoints = anchor.checkpoints(); // first: see Checkpoints
    return Checkpoints.verify(entries(), trusted, checkpoints);
  }

  /**
   * Checks a sequence of entries on its own: numbered 1, 2, 3, … without gaps, each linked to its
   * predecessor's hash, each carrying the hash of its own fields (through its content digest for an
   * entry written since 0.2), and every tombstone made by a purge entry of the log that lists it
   * (see {@code docs/retention.md}).
   *
   * @return {@link LogVerification.Intact}, or {@link LogVerification.Broken} at the first entry
   *     that does not fit
   */
  public static LogVerification verify(List<DisclosureEntry> entries) {
    checkNotNull(entries, "entries must not be null");
    String previous = DisclosureEntry.GENESIS;
    long expected = 1;
    List<DisclosureEntry> tombstones = new ArrayList<>();
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
      @Nullable String content = ChainHash.contentOf(e);
      if (content != null && !content.equals(e.content())) {
        return new LogVerification.Broken(
            expected,
            "entry "
                + expected
                + " carries content digest "
                + e.content()
                + " but its fields hash to "
                + content
                + ": the entry was changed");
      }
      if (e.isTombstone()) {
        tombstones.add(e);
      }
      // the tombstone of an entry written before 0.2 keeps no content digest: its hash cannot be
      // recomputed, only its link, and the next entry's link holds the hash in place
      if (!e.isTombstone() || e.content() != null) {
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
                  + (e.isTombstone() ? ": the tombstone was changed" : ": the entry was changed"));
        }
      }
      previous = e.hash();
      expected++;
    }
    LogVerification.@Nullable Broken uncovered = Retention.uncovered(tombstones, entries);
    if (uncovered != null) {
      return uncovered;
    }
    return new LogVerification.Intact(expected - 1, previous);
  }

  // ---- retention: purge entries and tombstones (see Retention) ----

  /**
   * Appends a purge entry and, if this log is anchored, signs a checkpoint of exactly that entry
   * whether or not one is due, so that a verifier with the anchor can tell a purge this application
   * made from one written into the store by someone else.
   */
  DisclosureEntry appendPurge(Disclosure purge) {
    lock.lock();
    try {
      DisclosureEntry entry = append(purge);
      if (checkpointing != null) {
        checkpointing.vouch(entry);
      }
      return entry;
    } finally {
      lock.unlock();
    }
  }

  /**
   * Checks that the store can keep tombstones, before a purge changes anything.
   *
   * @throws UnsupportedOperationException if it cannot
   */
  void checkTombstones() {
    store.tombstone(List.of());
  }

  /**
   * Replaces entries by their tombstones in the store.
   *
   * @throws be.ifg.persistence.PersistenceException if the store fails
   */
  void tombstone(List<DisclosureEntry> tombstones) {
    if (!tombstones.isEmpty()) {
      store.tombstone(tombstones);
    }
  }
}
