package be.ifg.domain;

import java.time.Instant;

/**
 * A new incident of violence, reported to the table. It asks for a reassessment, and brings a
 * dossier in follow-up back to case direction.
 *
 * @param summary what happened
 * @param occurredAt when it happened
 * @param reportedBy who reported it
 * @param reportedAt when it was reported
 */
public record Incident(
    String summary, Instant occurredAt, ProfessionalId reportedBy, Instant reportedAt) {
  /** Validates the incident. */
  public Incident {
    Checks.text(summary, "summary");
    Checks.present(occurredAt, "occurredAt");
    Checks.present(reportedBy, "reportedBy");
    Checks.present(reportedAt, "reportedAt");
  }
}
