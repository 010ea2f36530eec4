package be.ifg.workflow;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import be.ifg.domain.DossierId;
import be.ifg.domain.ProfessionalId;
import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.time.Period;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The outcome of a retention purge ({@link ChainApproach#purge}): {@link Done} with what was
 * removed, or {@link Refused} with every reason, in which case nothing changed. Either way the
 * purge is written to the disclosure log. Immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public sealed interface Purge permits Purge.Done, Purge.Refused {

  /** Whether the purge was carried out (or, for a dry run, would be). */
  boolean isDone();

  /**
   * The purge was carried out, or, for a dry run, found what it would remove.
   *
   * @param at when, by the chain approach's clock
   * @param actor the coordinator who ordered it
   * @param olderThan the retention period: dossiers that ended longer ago than this qualified
   * @param dossiers the dossiers removed (or that a dry run would remove), in id order; empty when
   *     none qualified
   * @param tombstones how many disclosure entries were replaced by tombstones (or would be)
   * @param entry the sequence of the purge's own entry in the disclosure log (0 for a dry run)
   * @param dryRun whether nothing was removed because only a dry run was asked
   */
  record Done(
      Instant at,
      ProfessionalId actor,
      Period olderThan,
      List<DossierId> dossiers,
      int tombstones,
      long entry,
      boolean dryRun)
      implements Purge {
    /**
     * Validates the outcome.
     *
     * @throws IllegalArgumentException if a count or the entry is negative
     */
    public Done {
      checkNotNull(at, "at");
      checkNotNull(actor, "actor");
      checkNotNull(olderThan, "olderThan");
      dossiers = ImmutableList.copyOf(dossiers);
      checkArgument(tombstones >= 0, "tombstones must be >= 0: %s", tombstones);
      checkArgument(entry >= 0, "entry must be >= 0: %s", entry);
    }

    @Override
    public boolean isDone() {
      return true;
    }
  }

  /**
   * The purge was refused; nothing was removed.
   *
   * @param reasons every reason that applies (at least one)
   */
  record Refused(List<Reason> reasons) implements Purge {
    /**
     * Validates the outcome.
     *
     * @throws IllegalArgumentException if there is no reason
     */
    public Refused {
      reasons = ImmutableList.copyOf(reasons);
      checkArgument(!reasons.isEmpty(), "a refusal needs at least one reason");
    }

    /** Whether one of the reasons has this code. */
    public boolean hasCode(ReasonCode code) {
      return reasons.stream().anyMatch(r -> r.code() == code);
    }

    @Override
    public boolean isDone() {
      return false;
    }
  }
}
