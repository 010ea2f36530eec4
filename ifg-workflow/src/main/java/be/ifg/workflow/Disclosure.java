package be.ifg.workflow;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.MAINTAINED;

import be.ifg.domain.DisclosureEntry;
import be.ifg.domain.DossierId;
import be.ifg.domain.ItemId;
import be.ifg.domain.ProfessionalId;
import be.ifg.domain.Purpose;
import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * What the disclosure log records about one decision or one view, before the log gives it a
 * sequence number and a place in the hash chain. Immutable and thread-safe.
 *
 * @param at when it was decided
 * @param actor who asked
 * @param table the region of the case table it was asked at
 * @param dossier the dossier, if the question was about one
 * @param item the item, if the question was about one item
 * @param action what was asked: {@code VIEW}, {@code FORWARD}, {@code DOSSIER_VIEW}, {@code
 *     DOSSIER_SUMMARY}, {@code DOSSIER_LIST} or {@code AGENDA}
 * @param purpose for which purpose
 * @param outcome {@code PERMIT}, {@code DENY} or, for a dossier view, {@code VIEW}
 * @param rules the ids of the rules that decided it
 * @param items for a view: each item's decision with its rules, hidden items included
 */
@API(status = MAINTAINED, since = "0.1")
public record Disclosure(
    Instant at,
    ProfessionalId actor,
    String table,
    @Nullable DossierId dossier,
    @Nullable ItemId item,
    String action,
    Purpose purpose,
    String outcome,
    List<String> rules,
    List<DisclosureEntry.ItemDecision> items) {
  /** The action of a whole dossier view. */
  public static final String DOSSIER_VIEW = "DOSSIER_VIEW";

  /** The outcome of a dossier view. */
  public static final String VIEW = "VIEW";

  /** The action of a dossier read by parts ({@link ChainApproach#read}). */
  public static final String DOSSIER_READ = "DOSSIER_READ";

  /** The action of a dossier's summary. */
  public static final String DOSSIER_SUMMARY = "DOSSIER_SUMMARY";

  /** The action of listing a table's dossiers. */
  public static final String DOSSIER_LIST = "DOSSIER_LIST";

  /** The action of an agenda. */
  public static final String AGENDA = "AGENDA";

  /** The action of a session's agenda. */
  public static final String SESSION_AGENDA = "SESSION_AGENDA";

  /** The action of a session's minutes. */
  public static final String MINUTES = "MINUTES";

  /**
   * The action of a subscription's poll ({@link Subscription#poll}): one entry per poll, one
   * decision per event of the table, named {@code event:<position>}.
   */
  public static final String SUBSCRIPTION = "SUBSCRIPTION";

  /**
   * The action of a data subject's access report ({@link ChainApproach#accessReport}): one entry
   * for the question, with the party's id as its item, and one per dossier reported with the
   * report's decision on each item.
   */
  @API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.2")
  public static final String ACCESS_REPORT = "ACCESS_REPORT";

  /** The outcome of a question answered. */
  public static final String PERMIT = "PERMIT";

  /** The outcome of a question refused. */
  public static final String DENY = "DENY";

  // steering reports (issue 14): a steering group's questions

  /** The action of a steering group's report ({@link SteeringReports#report}). */
  public static final String STEERING_REPORT = "STEERING_REPORT";

  /** The action of reading a table's policy signals. */
  public static final String SIGNALS = "SIGNALS";

  /**
   * Validates the record.
   *
   * @throws IllegalArgumentException if the action or outcome is blank
   */
  public Disclosure {
    checkNotNull(at, "at must not be null");
    checkNotNull(actor, "actor must not be null");
    checkNotNull(table, "table must not be null");
    checkArgument(action != null && !action.isBlank(), "action must not be blank: '%s'", action);
    checkNotNull(purpose, "purpose must not be null");
    checkArgument(
        outcome != null && !outcome.isBlank(), "outcome must not be blank: '%s'", outcome);
    rules = ImmutableList.copyOf(checkNotNull(rules, "rules must not be null"));
    items = ImmutableList.copyOf(checkNotNull(items, "items must not be null"));
  }

  /** What the log records about a decided request. */
  public static Disclosure of(AccessRequest request, AccessDecision decision) {
    return new Disclosure(
        request.at(),
        request.actor(),
        request.table().region(),
        request.dossier().id(),
        request.item(),
        request.action().name(),
        request.purpose(),
        decision.outcome(),
        decision.ruleIds(),
        List.of());
  }

  /** The dossier, if the question was about one. */
  public Optional<DossierId> dossierId() {
    return Optional.ofNullable(dossier);
  }

  /** The item, if the question was about one item. */
  public Optional<ItemId> itemId() {
    return Optional.ofNullable(item);
  }
}
