package be.ifg.workflow;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import be.ifg.domain.DossierId;
import be.ifg.domain.Phrase;
import java.time.Instant;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link Subscription} tells its subscriber about one event of the table: where it stands in
 * the store's global order, which dossier (if any), what kind of thing happened and when — never
 * who did it or any content, which only a view or a page decided by the need-to-know policy shows.
 * Immutable and thread-safe.
 *
 * @param position the event's global position in the store: increasing across notices, the same
 *     when a notice is delivered again; a handler that remembers the last position it acted on
 *     ignores a notice at or below it
 * @param dossier the dossier, or {@code null} for an event of the table itself
 * @param kind what happened: the name of the event, e.g. {@code PlanAdopted} or {@code
 *     MemberJoined}
 * @param at when it happened
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record Notice(long position, @Nullable DossierId dossier, String kind, Instant at) {
  /**
   * Validates the notice.
   *
   * @throws IllegalArgumentException if the position is below 1 or the kind is blank
   */
  public Notice {
    checkArgument(position >= 1, "a notice's position must be >= 1: %s", position);
    checkArgument(kind != null && !kind.isBlank(), "a notice's kind must not be blank");
    checkNotNull(at, "at must not be null");
  }

  /** The dossier, unless the event is the table's own. */
  public Optional<DossierId> dossierId() {
    return Optional.ofNullable(dossier);
  }

  /** What happened, in words, e.g. "dossier d1: the plan of approach was adopted". */
  public Phrase text() {
    String key = "notice.kind." + kind;
    Phrase what = Words.phrase(Words.BOOK.has(key) ? key : "notice.kind.other");
    return dossier == null
        ? Words.phrase("notice.text.table", what)
        : Words.phrase("notice.text.dossier", dossier.value(), what);
  }
}
