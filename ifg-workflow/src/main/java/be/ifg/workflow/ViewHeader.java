package be.ifg.workflow;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.MAINTAINED;

import be.ifg.domain.DossierId;
import be.ifg.domain.DossierStatus;
import be.ifg.domain.ProfessionalId;
import be.ifg.domain.Purpose;
import java.time.Instant;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The header every dossier view carries: which dossier, its state, for whom, for which purpose and
 * when. Immutable and thread-safe.
 *
 * @param dossier the dossier
 * @param status its state when the view was made; {@code null} in a {@link DossierView.Refused}
 *     view, which tells nothing of the dossier, not even whether it exists
 * @param actor for whom the view was made
 * @param purpose for which purpose
 * @param at when
 */
@API(status = MAINTAINED, since = "0.1")
public record ViewHeader(
    DossierId dossier,
    @Nullable DossierStatus status,
    ProfessionalId actor,
    Purpose purpose,
    Instant at) {
  /** Validates the header. */
  public ViewHeader {
    checkNotNull(dossier, "dossier must not be null");
    checkNotNull(actor, "actor must not be null");
    checkNotNull(purpose, "purpose must not be null");
    checkNotNull(at, "at must not be null");
  }

  /** The dossier's state when the view was made, unless the view was refused. */
  public Optional<DossierStatus> state() {
    return Optional.ofNullable(status);
  }
}
