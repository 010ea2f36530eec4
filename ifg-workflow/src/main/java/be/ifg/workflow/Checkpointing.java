package be.ifg.workflow;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import be.ifg.domain.DisclosureEntry;
import be.ifg.persistence.LogAnchor;
import be.ifg.persistence.LogCheckpoint;
import java.time.Clock;
import org.jspecify.annotations.Nullable;

/**
 * How a {@link DisclosureLog} anchors itself: after every {@code every} appends it signs a
 * checkpoint of its head with the application's {@link LogSigner} and appends it to the {@link
 * LogAnchor}.
 *
 * <p>A checkpoint only ever covers a head the log has computed itself (an entry it appended) or
 * verified (a forced {@link #checkpoint}), so the signer never vouches for entries it has not seen
 * chained. Not thread-safe on its own: the log calls it under its lock.
 */
final class Checkpointing {
  private final LogAnchor anchor;
  private final LogSigner signer;
  private final Clock clock;
  private final int every;
  private int sinceLast;

  Checkpointing(LogAnchor anchor, LogSigner signer, Clock clock, int every) {
    this.anchor = checkNotNull(anchor, "anchor must not be null");
    this.signer = checkNotNull(signer, "signer must not be null");
    this.clock = checkNotNull(clock, "clock must not be null");
    checkArgument(every >= 1, "checkpointEvery must be >= 1: %s", every);
    this.every = every;
  }

  /** Counts an appended entry and anchors a checkpoint of it when one is due. */
  void appended(DisclosureEntry entry) {
    sinceLast++;
    if (sinceLast >= every) {
      anchor(entry.sequence(), entry.hash());
    }
  }

  /**
   * Anchors a checkpoint of a verified log.
   *
   * @throws WorkflowException if the log is broken: nothing is signed then
   */
  LogCheckpoint checkpoint(LogVerification verification) {
    return checkpoint(verification, null);
  }

  /**
   * Anchors a checkpoint of a verified log that also signs the event streams' heads ({@link
   * EventHeads}), or of the log alone when {@code events} is null.
   *
   * @throws WorkflowException if the log is broken: nothing is signed then
   */
  LogCheckpoint checkpoint(LogVerification verification, @Nullable String events) {
    if (verification instanceof LogVerification.Broken b) {
      throw new WorkflowException(
          "the disclosure log is broken at entry "
              + b.sequence()
              + " ("
              + b.reason()
              + "): no checkpoint was signed");
    }
    LogVerification.Intact intact = (LogVerification.Intact) verification;
    return anchor(intact.entries(), intact.head(), events);
  }

  /** Anchors a checkpoint of exactly this entry unless the last append just anchored one. */
  void vouch(DisclosureEntry entry) {
    if (sinceLast > 0) {
      anchor(entry.sequence(), entry.hash());
    }
  }

  private LogCheckpoint anchor(long length, String head) {
    return anchor(length, head, null);
  }

  private LogCheckpoint anchor(long length, String head, @Nullable String events) {
    LogCheckpoint checkpoint = signer.sign(length, head, clock.instant(), events);
    anchor.append(checkpoint);
    sinceLast = 0;
    return checkpoint;
  }
}
