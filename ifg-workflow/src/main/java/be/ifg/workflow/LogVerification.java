package be.ifg.workflow;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.MAINTAINED;

import org.apiguardian.api.API;

/**
 * The result of checking the disclosure log's hash chain: {@link Intact}, or {@link Broken} at the
 * first entry that does not fit. Immutable and thread-safe.
 */
@API(status = MAINTAINED, since = "0.1")
public sealed interface LogVerification permits LogVerification.Intact, LogVerification.Broken {

  /** Whether the chain verified. */
  boolean isIntact();

  /**
   * Every entry fits the chain.
   *
   * @param entries how many entries the log holds
   * @param head the hash of the last entry ({@link be.ifg.domain.DisclosureEntry#GENESIS} when
   *     empty): publish it elsewhere to anchor the log
   */
  record Intact(long entries, String head) implements LogVerification {
    /** Validates the result. */
    public Intact {
      checkArgument(entries >= 0, "entries must be >= 0: %s", entries);
      checkNotNull(head, "head must not be null");
    }

    @Override
    public boolean isIntact() {
      return true;
    }
  }

  /**
   * The chain breaks.
   *
   * @param sequence the first sequence number where it breaks
   * @param reason what is wrong there, in words
   */
  record Broken(long sequence, String reason) implements LogVerification {
    /** Validates the result. */
    public Broken {
      checkArgument(sequence >= 1, "sequence must be >= 1: %s", sequence);
      checkArgument(reason != null && !reason.isBlank(), "reason must not be blank");
    }

    @Override
    public boolean isIntact() {
      return false;
    }
  }
}
