package be.ifg.workflow;

import static com.google.common.base.Preconditions.checkNotNull;

import be.ifg.domain.DossierId;
import be.ifg.domain.DossierStatus;
import be.ifg.domain.ProfessionalId;
import be.ifg.domain.Purpose;
import java.time.Instant;

/**
 * The header every dossier view carries: which dossier, its state, for whom, for which purpose and
 * when. Immutable and thread-safe.
 *
 * @param dossier the dossier
 * @param status its state when the view was made
 * @param actor for whom the view was made
 * @param purpose for which purpose
 * @param at when
 */
public record ViewHeader(
    DossierId dossier, DossierStatus status, ProfessionalId actor, Purpose purpose, Instant at) {
  /** Validates the header. */
  public ViewHeader {
    checkNotNull(dossier, "dossier must not be null");
    checkNotNull(status, "status must not be null");
    checkNotNull(actor, "actor must not be null");
    checkNotNull(purpose, "purpose must not be null");
    checkNotNull(at, "at must not be null");
  }
}
