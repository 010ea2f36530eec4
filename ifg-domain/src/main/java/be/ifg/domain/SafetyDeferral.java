package be.ifg.domain;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.Instant;
import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * That informing a perpetrator is deferred because informing them now would endanger a victim. The
 * deferral is reviewed by the given date; an overdue review shows on the agenda.
 *
 * @param party the party whose informing is deferred
 * @param reason the safety reason
 * @param reviewBy when the deferral must be reviewed
 * @param by who decided it
 * @param at when
 */
@API(status = STABLE, since = "0.1")
public record SafetyDeferral(
    PartyId party, String reason, LocalDate reviewBy, ProfessionalId by, Instant at) {
  /** Validates the deferral: a safety reason and a review date are mandatory. */
  public SafetyDeferral {
    Checks.present(party, "party");
    Checks.text(reason, "reason of the deferral of " + party);
    Checks.present(reviewBy, "reviewBy");
    Checks.present(by, "by");
    Checks.present(at, "at");
  }
}
