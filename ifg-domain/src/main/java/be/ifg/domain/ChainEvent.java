package be.ifg.domain;

import java.time.Instant;

/**
 * Anything that happened in the chain approach and is kept: a {@link DossierEvent} in one dossier's
 * history, or a {@link TableEvent} of the case table itself.
 */
public sealed interface ChainEvent permits DossierEvent, TableEvent {
  /** The professional who caused the event. */
  ProfessionalId actor();

  /** When it happened. */
  Instant at();
}
