package be.ifg.workflow;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.MAINTAINED;

import be.ifg.domain.DossierId;
import be.ifg.domain.ProfessionalId;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * One line of the agenda: something due on a date in a dossier, and whom it concerns.
 *
 * @param kind what is due
 * @param dossier the dossier
 * @param reference what it refers to: the action, request or party id, or the dossier id for a
 *     progress report, follow-up end or evaluation
 * @param due the date it is due
 * @param overdue whether the due date lies before the agenda's date
 * @param concerns who is responsible (the coordinator sees every entry besides)
 */
@API(status = MAINTAINED, since = "0.1")
public record AgendaEntry(
    AgendaKind kind,
    DossierId dossier,
    String reference,
    LocalDate due,
    boolean overdue,
    Set<ProfessionalId> concerns) {
  /** Validates the entry. */
  public AgendaEntry {
    checkNotNull(kind, "kind");
    checkNotNull(dossier, "dossier");
    checkNotNull(reference, "reference");
    checkArgument(!reference.isBlank(), "reference of a %s entry must not be blank", kind);
    checkNotNull(due, "due");
    concerns = ImmutableSet.copyOf(concerns);
  }
}
