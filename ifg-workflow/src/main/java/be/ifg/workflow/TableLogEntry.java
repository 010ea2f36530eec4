package be.ifg.workflow;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import be.ifg.domain.DossierId;
import be.ifg.domain.ProfessionalId;
import be.ifg.domain.Purpose;
import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One entry of the disclosure log as the table's coordinator reads it ({@link
 * ChainApproach#disclosureLog}): a question asked at this table, who asked it, when, for which
 * purpose and what came of it — without what the entry would tell of the items of a dossier. Item
 * ids, each item's decision and every rule that depends on an item are left out, and of a question
 * about one item only that it was asked is kept (its outcome and rules would tell whether a hidden
 * victim location exists). Immutable and thread-safe.
 *
 * @param position the entry's place in this table's part of the log, from 1, oldest first (not its
 *     sequence in the store's log, which would count other tables' questions)
 * @param at when the question was decided
 * @param actor who asked
 * @param dossier the dossier asked about, if any
 * @param action what was asked, e.g. {@code DOSSIER_VIEW}, {@code AGENDA}, {@code VIEW}
 * @param purpose for which purpose
 * @param outcome {@code PERMIT}, {@code DENY} or {@code VIEW}; {@code null} for a question about
 *     one item
 * @param rules the rules that decided, of those that do not depend on an item (the actor's
 *     standing, the dossier's existence and state, the purpose, the table's own questions)
 * @param aboutItem whether the question was about one item (its outcome and rules are left out)
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record TableLogEntry(
    long position,
    Instant at,
    ProfessionalId actor,
    @Nullable DossierId dossier,
    String action,
    Purpose purpose,
    @Nullable String outcome,
    List<String> rules,
    boolean aboutItem) {
  /**
   * Validates the entry.
   *
   * @throws IllegalArgumentException if the position is below 1, the action blank, or an entry
   *     about one item keeps an outcome or rules
   */
  public TableLogEntry {
    checkArgument(position >= 1, "position must be >= 1: %s", position);
    checkNotNull(at, "at");
    checkNotNull(actor, "actor");
    checkArgument(action != null && !action.isBlank(), "action must not be blank: '%s'", action);
    checkNotNull(purpose, "purpose");
    rules = ImmutableList.copyOf(checkNotNull(rules, "rules"));
    checkArgument(
        !aboutItem || outcome == null && rules.isEmpty(),
        "an entry about one item keeps no outcome or rules: entry %s",
        position);
  }

  /** The dossier, if the question was about one. */
  public Optional<DossierId> dossierId() {
    return Optional.ofNullable(dossier);
  }

  /** The outcome, unless the question was about one item. */
  public Optional<String> outcomeShown() {
    return Optional.ofNullable(outcome);
  }
}
