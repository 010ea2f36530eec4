package be.ifg.domain;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.Instant;
import org.apiguardian.api.API;

/**
 * A policy signal (beleidssignaal): a bottleneck raised for the steering group. It belongs to the
 * table, not to a dossier, and carries no party ids.
 *
 * @param id the signal's id
 * @param category what kind of bottleneck
 * @param text the bottleneck in words
 * @param raisedBy who raised it
 * @param raisedAt when
 */
@API(status = STABLE, since = "0.1")
public record PolicySignal(
    SignalId id, SignalCategory category, String text, ProfessionalId raisedBy, Instant raisedAt) {
  /** Validates the signal. */
  public PolicySignal {
    Checks.present(id, "signal id");
    Checks.present(category, "category");
    Checks.text(text, "text");
    Checks.present(raisedBy, "raisedBy");
    Checks.present(raisedAt, "raisedAt");
  }
}
