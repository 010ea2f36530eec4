package be.ifg.domain;

import java.time.Instant;

/**
 * That a party was informed of the registration or of the plan: who informed them, when and how.
 *
 * @param party who was informed
 * @param by the professional who informed them
 * @param at when
 * @param how how, in words (e.g. "conversation at school")
 */
public record InformingRecord(PartyId party, ProfessionalId by, Instant at, String how) {
  /** Validates the record. */
  public InformingRecord {
    Checks.present(party, "party");
    Checks.present(by, "by");
    Checks.present(at, "at");
    Checks.text(how, "how");
  }
}
