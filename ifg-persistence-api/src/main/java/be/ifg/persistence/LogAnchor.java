package be.ifg.persistence;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;

/**
 * Where the application keeps the signed checkpoints of its disclosure log: a place outside the
 * store, which the store's administrator cannot rewrite.
 *
 * <p>The disclosure log's hash chain shows any change inside the log, but whoever administers the
 * store can cut entries off its end, or rewrite the whole log and recompute every hash. A
 * checkpoint, signed by a key the application holds and kept here, pins the log's length and head;
 * a verifier compares the store with every checkpoint. An anchor is therefore only worth as much as
 * its separation from the store: another machine or volume, write-once (WORM) storage, a second
 * database under another administrator, or a transparency service.
 *
 * <p>The contract every implementation keeps:
 *
 * <ul>
 *   <li><b>Append-only.</b> A checkpoint that was appended is never changed or removed, and {@link
 *       #checkpoints()} returns them in the order they were appended.
 *   <li><b>Durable.</b> A checkpoint {@link #append} returned for survives a restart or a crash.
 *   <li><b>Dumb.</b> The anchor neither signs nor verifies: it keeps what it is given. The
 *       application signs (the private key never reaches the store or the anchor); the verifier
 *       checks the signatures against the public keys it trusts.
 *   <li><b>Thread-safe.</b> Every method may be called from any thread.
 * </ul>
 *
 * <p>{@link be.ifg.persistence.anchor.FileLogAnchor} keeps one line per checkpoint in a file;
 * {@link be.ifg.persistence.memory.InMemoryLogAnchor} keeps them in memory, for tests.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public interface LogAnchor {
  /**
   * Appends a checkpoint after the ones already kept, durably.
   *
   * @throws PersistenceException if the checkpoint cannot be kept; then it may or may not have been
   *     kept
   */
  void append(LogCheckpoint checkpoint);

  /**
   * Every checkpoint, oldest (first appended) first.
   *
   * @throws PersistenceException if the anchor cannot be read, or {@link CorruptRecord} if a kept
   *     checkpoint cannot be read (naming where it is)
   */
  List<LogCheckpoint> checkpoints();
}
