package be.ifg.domain;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.Instant;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One appointment of a dossier's case director (casusregisseur): a table member who coordinates the
 * plan, appointed by the table and recorded by its coordinator.
 *
 * @param member the member appointed
 * @param partner the partner they represent
 * @param appointedBy who recorded the appointment
 * @param appointedAt when
 * @param reason why the director before was replaced (required for a handover); {@code null} when
 *     none was given, as for a first appointment or one after the director before left the table
 */
@API(status = STABLE, since = "0.1")
public record CaseDirector(
    ProfessionalId member,
    PartnerId partner,
    ProfessionalId appointedBy,
    Instant appointedAt,
    @Nullable String reason) {
  /** Validates the appointment. */
  public CaseDirector {
    Checks.present(member, "member");
    Checks.present(partner, "partner");
    Checks.present(appointedBy, "appointedBy");
    Checks.present(appointedAt, "appointedAt");
    if (reason != null) {
      Checks.text(reason, "reason");
    }
  }

  /** Why the director before was replaced, if this appointment was a handover. */
  public Optional<String> handoverReason() {
    return Optional.ofNullable(reason);
  }
}
