package be.ifg.domain;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.Instant;
import org.apiguardian.api.API;

/**
 * That a party was informed of the registration or of the plan: who informed them, when and how.
 *
 * @param party who was informed
 * @param by the professional who informed them
 * @param at when
 * @param how how, in words (e.g. "conversation at school")
 */
@API(status = STABLE, since = "0.1")
public record InformingRecord(PartyId party, ProfessionalId by, Instant at, String how) {
  /** Validates the record. */
  public InformingRecord {
    Checks.present(party, "party");
    Checks.present(by, "by");
    Checks.present(at, "at");
    Checks.text(how, "how");
  }
}
