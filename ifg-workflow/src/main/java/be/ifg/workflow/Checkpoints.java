package be.ifg.workflow;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import be.ifg.domain.DisclosureEntry;
import be.ifg.persistence.EventStore;
import be.ifg.persistence.LogCheckpoint;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Verifies the disclosure log against its signed checkpoints: the check that holds after a restart
 * and from another process, because what it compares the store with lives outside the store.
 *
 * <p>{@link #verify(List, Collection, List)} takes the entries read from the store, the public keys
 * the verifier trusts, and the checkpoints read from the {@link be.ifg.persistence.LogAnchor} (read
 * the checkpoints <em>before</em> the entries: a checkpoint written in between would otherwise
 * cover entries not read). It checks, and reports the first that fails:
 *
 * <ol>
 *   <li>every checkpoint is signed by a trusted key (found by its {@link LogCheckpoint#keyId()}),
 *       and its signature verifies — a checkpoint by any other key is reported with its key id,
 *       never skipped;
 *   <li>the entries form an intact hash chain ({@link DisclosureLog#verify(List)}): a changed,
 *       removed, inserted or reordered entry;
 *   <li>the log holds at least as many entries as every checkpoint covers (else entries were cut
 *       from its end), and entry {@code length}'s hash is the checkpoint's head (else the log was
 *       rewritten, even if every hash in it was recomputed);
 *   <li>every purge entry after the first checkpoint has a checkpoint of exactly itself: a purge
 *       the application did not make (and the tombstones it claims) is reported;
 *   <li>the checkpoints never cover fewer entries than one before them. One anchored log writes
 *       them in that order; several writers sharing one anchor could not keep it, so give each
 *       writer its own anchor and verify each.
 * </ol>
 *
 * <p>What is not detected: a change to entries after the last checkpoint that leaves the chain
 * intact (cut off, or rewritten with fresh hashes) — they are protected by the chain alone until
 * the next checkpoint covers them.
 *
 * <p>Stateless and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Checkpoints {
  private Checkpoints() {}

  /**
   * Verifies entries against checkpoints signed by one key.
   *
   * @param entries every entry of the log, in the order the store returns them
   * @param key the public key of the application that signed the checkpoints
   * @param checkpoints every checkpoint of the anchor, oldest first
   * @return {@link LogVerification.Intact}, or {@link LogVerification.Broken} with the first
   *     problem and why, in words
   * @throws IllegalArgumentException if the key is not an Ed25519 public key
   */
  public static LogVerification verify(
      List<DisclosureEntry> entries, PublicKey key, List<LogCheckpoint> checkpoints) {
    checkNotNull(key, "key must not be null");
    return verify(entries, List.of(key), checkpoints);
  }

  /**
   * Verifies entries against checkpoints signed by any of several trusted keys: every key the
   * application has signed with, after a key rotation.
   *
   * @param entries every entry of the log, in the order the store returns them
   * @param trusted the public keys whose checkpoints count; each checkpoint is checked with the key
   *     whose {@link LogSigner#keyId(PublicKey) id} it names
   * @param checkpoints every checkpoint of the anchor, oldest first
   * @return {@link LogVerification.Intact}, or {@link LogVerification.Broken} with the first
   *     problem and why, in words
   * @throws IllegalArgumentException if no key is given, a key is not an Ed25519 public key, or two
   *     different keys have the same id
   */
  public static LogVerification verify(
      List<DisclosureEntry> entries,
      Collection<? extends PublicKey> trusted,
      List<LogCheckpoint> checkpoints) {
    checkNotNull(entries, "entries must not be null");
    checkNotNull(checkpoints, "checkpoints must not be null");
    Map<String, PublicKey> keys = byId(trusted);

    for (LogCheckpoint c : checkpoints) {
      PublicKey key = keys.get(c.keyId());
      if (key == null) {
        return new LogVerification.Broken(
            firstOf(c),
            describe(c)
                + " is signed by key "
                + c.keyId()
                + ", which is not a trusted key ("
                + String.join(", ", keys.keySet())
                + "): give its public key if it is the application's, or the anchor holds a"
                + " checkpoint it did not sign");
      }
      if (!verifies(c.signedText().getBytes(StandardCharsets.UTF_8), c.signatureBytes(), key)) {
        return new LogVerification.Broken(
            firstOf(c),
            describe(c)
                + " does not carry a valid signature of key "
                + c.keyId()
                + ": the checkpoint was altered or forged");
      }
    }

    LogVerification chain = DisclosureLog.verify(entries);
    if (!(chain instanceof LogVerification.Intact intact)) {
      return chain;
    }

    for (LogCheckpoint c : checkpoints) {
      if (c.length() > intact.entries()) {
        return new LogVerification.Broken(
            intact.entries() + 1,
            "the log holds "
                + entries(intact.entries())
                + " but "
                + describe(c)
                + " covers "
                + c.length()
                + ": entries were removed from the end");
      }
      if (c.length() > 0) {
        DisclosureEntry e = entries.get((int) c.length() - 1);
        if (!e.hash().equals(c.head())) {
          return new LogVerification.Broken(
              c.length(),
              "entry "
                  + c.length()
                  + "'s hash differs from "
                  + describe(c)
                  + ", signed by key "
                  + c.keyId()
                  + ": the log was rewritten");
        }
      }
    }
    LogVerification.@Nullable Broken unvouched = Retention.unvouched(entries, checkpoints);
    if (unvouched != null) {
      return unvouched;
    }
    @Nullable LogCheckpoint previous = null;
    for (LogCheckpoint c : checkpoints) {
      if (previous != null && c.length() < previous.length()) {
        return new LogVerification.Broken(
            c.length() + 1,
            describe(c)
                + " covers "
                + entries(c.length())
                + " but the earlier checkpoint of "
                + previous.at()
                + " covers "
                + entries(previous.length())
                + ": the anchor's checkpoints are out of order (two writers share one anchor,"
                + " or its lines were moved)");
      }
      previous = c;
    }
    return intact;
  }

  /**
   * Whether a signature over some bytes verifies with an Ed25519 public key.
   *
   * @throws IllegalArgumentException if the key is not an Ed25519 public key
   */
  static boolean verifies(byte[] data, byte[] signature, PublicKey key) {
    Signature verifier;
    try {
      verifier = Signature.getInstance(LogSigner.ALGORITHM);
    } catch (NoSuchAlgorithmException e) {
      throw new WorkflowException(
          "this Java platform does not verify " + LogSigner.ALGORITHM + " signatures", e);
    }
    try {
      verifier.initVerify(key);
    } catch (InvalidKeyException e) {
      throw new IllegalArgumentException(
          "the public key "
              + LogSigner.keyId(key)
              + " is not an "
              + LogSigner.ALGORITHM
              + " key: "
              + e.getMessage(),
          e);
    }
    try {
      verifier.update(data);
      return verifier.verify(signature);
    } catch (SignatureException malformed) {
      return false;
    }
  }

  private static Map<String, PublicKey> byId(Collection<? extends PublicKey> trusted) {
    checkNotNull(trusted, "trusted must not be null");
    checkArgument(!trusted.isEmpty(), "give at least one trusted public key");
    Map<String, PublicKey> keys = new TreeMap<>();
    for (PublicKey key : trusted) {
      checkNotNull(key, "a trusted key must not be null");
      String id = LogSigner.keyId(key);
      PublicKey other = keys.putIfAbsent(id, key);
      checkArgument(
          other == null || other.equals(key), "two different public keys have the id %s", id);
    }
    return keys;
  }

  /** The checkpoint as a person reads it: when it was signed and how far it reaches. */
  private static String describe(LogCheckpoint c) {
    return "the checkpoint of " + c.at();
  }

  private static long firstOf(LogCheckpoint c) {
    return Math.max(1, c.length());
  }

  private static String entries(long n) {
    return n + (n == 1 ? " entry" : " entries");
  }

  // ---- events' heads (issue 15): the streams' heads against the newest checkpoint carrying them
  /**
   * Verifies entries against checkpoints as {@link #verify(List, Collection, List)} does, then the
   * event streams' heads against the newest checkpoint that carries them and follows the log's last
   * purge: a stream cut at its end, removed or rewritten with fresh hashes since that checkpoint is
   * found. This is what {@code ifg store verify --anchor} checks.
   *
   * @param entries every entry of the log, in the order the store returns them
   * @param trusted the public keys whose checkpoints count
   * @param checkpoints every checkpoint of the anchor, oldest first
   * @param store the store of the event streams
   * @return {@link LogVerification.Intact}, or {@link LogVerification.Broken} with the first
   *     problem and why
   * @throws be.ifg.persistence.PersistenceException if the store fails
   */
  public static LogVerification verify(
      List<DisclosureEntry> entries,
      Collection<? extends PublicKey> trusted,
      List<LogCheckpoint> checkpoints,
      EventStore store) {
    checkNotNull(store, "store must not be null");
    LogVerification result = verify(entries, trusted, checkpoints);
    if (!(result instanceof LogVerification.Intact)) {
      return result;
    }
    LogVerification.@Nullable Broken differ = heads(entries, checkpoints, store);
    return differ == null ? result : differ;
  }

  // ----

  /**
   * Compares the event streams' heads with the newest checkpoint that carries them ({@link
   * LogCheckpoint#events()}) and follows the log's last purge entry (a purge removes streams, so
   * only a checkpoint signed after it holds the heads the store should have): the heads are
   * recomputed from the store's events at or before the checkpoint's position, so events appended
   * since do not count. Call it on checkpoints whose signatures {@link #verify} found valid.
   *
   * @param entries the log's entries
   * @param checkpoints the anchor's checkpoints, oldest first
   * @param store the store of the event streams
   * @return null when the heads match or no checkpoint carries them, else why they differ
   */
  static LogVerification.@Nullable Broken heads(
      List<DisclosureEntry> entries, List<LogCheckpoint> checkpoints, EventStore store) {
    long lastPurge = 0;
    for (DisclosureEntry e : entries) {
      if (Retention.isPurge(e)) {
        lastPurge = e.sequence();
      }
    }
    @Nullable LogCheckpoint newest = null;
    for (LogCheckpoint c : checkpoints) {
      if (c.events() != null && c.length() >= lastPurge) {
        newest = c;
      }
    }
    if (newest == null) {
      return null;
    }
    long position = newest.eventsPosition().orElseThrow();
    String digest = newest.eventsDigest().orElseThrow();
    if (EventHeads.match(store, position, digest)) {
      return null;
    }
    return new LogVerification.Broken(
        firstOf(newest),
        "the events' heads differ from "
            + describe(newest)
            + " (position "
            + position
            + "), signed by key "
            + newest.keyId()
            + ": a stream was cut at its end, removed or rewritten");
  }
}
