package be.ifg.domain;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.Instant;
import org.apiguardian.api.API;

/**
 * A new incident of violence, reported to the table. It asks for a reassessment, and brings a
 * dossier in follow-up back to case direction.
 *
 * @param summary what happened
 * @param occurredAt when it happened
 * @param reportedBy who reported it
 * @param reportedAt when it was reported
 */
@API(status = STABLE, since = "0.1")
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
