package be.ifg.workflow;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import be.ifg.domain.DossierId;
import be.ifg.domain.ProfessionalId;
import java.time.Instant;
import org.apiguardian.api.API;

/**
 * One line of a session's minutes: a decision the table took in the session, in which dossier, who
 * recorded it and when. It names the decision only, never its content (a decline's reason, an
 * evaluation's notes, a plan's goals): what a member may know of that comes with a dossier view the
 * need-to-know policy decides.
 *
 * @param dossier the dossier decided on
 * @param decision what the table decided
 * @param recordedBy who recorded the decision
 * @param at when it was recorded
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record MinutesEntry(
    DossierId dossier, SessionDecisionKind decision, ProfessionalId recordedBy, Instant at) {
  /** Validates the entry. */
  public MinutesEntry {
    checkNotNull(dossier, "dossier");
    checkNotNull(decision, "decision");
    checkNotNull(recordedBy, "recordedBy");
    checkNotNull(at, "at");
  }
}
