package be.ifg.domain;

import static com.google.common.base.Preconditions.checkArgument;
import static org.apiguardian.api.API.Status.STABLE;

import java.time.Instant;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A person's consent that information of one category may be shared with one partner for one
 * purpose, and its withdrawal, which takes effect at once.
 *
 * @param party whose consent
 * @param partner the partner it is given to
 * @param purpose for which purpose
 * @param category for which category of information
 * @param recordedBy who recorded it
 * @param recordedAt when it was given
 * @param withdrawnAt when it was withdrawn, if it was
 */
@API(status = STABLE, since = "0.1")
public record ConsentRecord(
    PartyId party,
    PartnerId partner,
    Purpose purpose,
    InformationCategory category,
    ProfessionalId recordedBy,
    Instant recordedAt,
    @Nullable Instant withdrawnAt) {
  /** Validates the record. */
  public ConsentRecord {
    Checks.present(party, "party");
    Checks.present(partner, "partner");
    Checks.present(purpose, "purpose");
    Checks.present(category, "category");
    Checks.present(recordedBy, "recordedBy");
    Checks.present(recordedAt, "recordedAt");
    checkArgument(
        withdrawnAt == null || !withdrawnAt.isBefore(recordedAt),
        "consent of %s cannot be withdrawn (%s) before it was given (%s)",
        party,
        withdrawnAt,
        recordedAt);
  }

  /** Whether the consent holds at the given instant. */
  public boolean isActiveAt(Instant at) {
    return !at.isBefore(recordedAt) && (withdrawnAt == null || at.isBefore(withdrawnAt));
  }

  /** Whether the consent covers the given party, partner, purpose and category. */
  public boolean covers(
      PartyId party, PartnerId partner, Purpose purpose, InformationCategory category) {
    return this.party.equals(party)
        && this.partner.equals(partner)
        && this.purpose == purpose
        && this.category == category;
  }

  /** When it was withdrawn, if it was. */
  public Optional<Instant> withdrawal() {
    return Optional.ofNullable(withdrawnAt);
  }

  /** This consent, withdrawn at the given instant. */
  public ConsentRecord withdrawnAt(Instant at) {
    return new ConsentRecord(party, partner, purpose, category, recordedBy, recordedAt, at);
  }
}
