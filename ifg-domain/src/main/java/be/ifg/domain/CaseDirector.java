package be.ifg.domain;

import java.time.Instant;

/**
 * The case director (casusregisseur) of a dossier: a table member who coordinates the plan.
 *
 * @param member the member appointed
 * @param partner the partner they represent
 * @param appointedBy who recorded the appointment
 * @param appointedAt when
 */
public record CaseDirector(
    ProfessionalId member, PartnerId partner, ProfessionalId appointedBy, Instant appointedAt) {
  /** Validates the appointment. */
  public CaseDirector {
    Checks.present(member, "member");
    Checks.present(partner, "partner");
    Checks.present(appointedBy, "appointedBy");
    Checks.present(appointedAt, "appointedAt");
  }
}
