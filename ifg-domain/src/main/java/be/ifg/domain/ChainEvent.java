package be.ifg.domain;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.Instant;
import org.apiguardian.api.API;

/**
 * Anything that happened in the chain approach and is kept: a {@link DossierEvent} in one dossier's
 * history, or a {@link TableEvent} of the case table itself.
 */
@API(status = STABLE, since = "0.1")
public sealed interface ChainEvent permits DossierEvent, TableEvent {
  /** The professional who caused the event. */
  ProfessionalId actor();

  /** When it happened. */
  Instant at();
}
