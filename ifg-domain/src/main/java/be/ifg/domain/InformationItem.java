package be.ifg.domain;

import static com.google.common.base.Preconditions.checkArgument;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableSet;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A pooled information item (need-to-know informatie): what a partner brought to the table about
 * whom, why the table needs to know it, and who may see it.
 *
 * <p>The content ({@link #summary()}) reaches nobody except through a view decided by the
 * need-to-know policy of {@code ifg-workflow}.
 *
 * @param id the item's id within the dossier
 * @param contributor the partner that contributed it
 * @param contributedBy the professional who contributed it
 * @param about the parties it is about (at least one)
 * @param category its category
 * @param reason why the table needs to know it (mandatory)
 * @param summary the content
 * @param audience the partners the contributor restricts it to; empty means the whole table
 * @param sharedAt when it was shared
 * @param answers the information request it answers, if any
 */
@API(status = STABLE, since = "0.1")
public record InformationItem(
    ItemId id,
    PartnerId contributor,
    ProfessionalId contributedBy,
    Set<PartyId> about,
    InformationCategory category,
    String reason,
    String summary,
    Set<PartnerId> audience,
    Instant sharedAt,
    @Nullable RequestId answers) {
  /** Validates the item: a need-to-know reason and at least one party are mandatory. */
  public InformationItem {
    Checks.present(id, "item id");
    Checks.present(contributor, "contributor");
    Checks.present(contributedBy, "contributedBy");
    about = ImmutableSet.copyOf(Checks.present(about, "about"));
    checkArgument(!about.isEmpty(), "item %s must be about at least one party", id);
    Checks.present(category, "category");
    Checks.text(reason, "need-to-know reason of item " + id);
    Checks.text(summary, "summary of item " + id);
    audience = ImmutableSet.copyOf(Checks.present(audience, "audience"));
    Checks.present(sharedAt, "sharedAt");
  }

  /** Whether the contributor restricted the item to some partners. */
  public boolean isRestricted() {
    return !audience.isEmpty();
  }

  /** The request this item answers, if any. */
  public Optional<RequestId> answeredRequest() {
    return Optional.ofNullable(answers);
  }
}
