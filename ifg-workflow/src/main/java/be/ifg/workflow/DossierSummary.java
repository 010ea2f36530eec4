package be.ifg.workflow;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.MAINTAINED;

import be.ifg.domain.ActionId;
import be.ifg.domain.ActionStatus;
import be.ifg.domain.AssessmentStatus;
import be.ifg.domain.Dossier;
import be.ifg.domain.DossierId;
import be.ifg.domain.DossierStatus;
import be.ifg.domain.GoalId;
import be.ifg.domain.ProfessionalId;
import be.ifg.domain.RequestId;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Where a dossier stands, without any of its content: no party, no information item, no text. The
 * SDK gives it to the members of the dossier's table (and logs that it did); content is handed out
 * only through the need-to-know policy.
 *
 * <p>It carries nothing that depends on items hidden from some members: no event count or version
 * (sharing a hidden victim location would move it) and no time of the last change.
 *
 * @param id the dossier
 * @param status its state
 * @param registeredAt when it was registered
 * @param statusSince when it entered its state
 * @param caseDirector the case director in office, or {@code null} before one is appointed or after
 *     the director left the table
 * @param planVersion the plan's version, 0 before a plan is adopted
 * @param openGoals the goals of the plan not yet closed
 * @param actions the plan's actions and their statuses
 * @param openRequests the information requests still open
 * @param assessed whether the latest assessment is complete (its content comes only with a {@link
 *     DossierView.Itemized view})
 * @param reassessmentDue whether a new incident asks for a reassessment
 * @param followUpUntil when follow-up at a distance ends, while in (or after) follow-up
 */
@API(status = MAINTAINED, since = "0.1")
public record DossierSummary(
    DossierId id,
    DossierStatus status,
    Instant registeredAt,
    Instant statusSince,
    @Nullable ProfessionalId caseDirector,
    int planVersion,
    List<GoalId> openGoals,
    Map<ActionId, ActionStatus> actions,
    List<RequestId> openRequests,
    boolean assessed,
    boolean reassessmentDue,
    @Nullable Instant followUpUntil) {

  /** Copies the collections. */
  public DossierSummary {
    checkNotNull(id, "id");
    checkNotNull(status, "status");
    checkNotNull(registeredAt, "registeredAt");
    checkNotNull(statusSince, "statusSince");
    openGoals = ImmutableList.copyOf(openGoals);
    actions = ImmutableMap.copyOf(actions);
    openRequests = ImmutableList.copyOf(openRequests);
  }

  /**
   * The summary of a dossier's state.
   *
   * @param d the state
   * @param table the dossier's table as it is now (who is director in office)
   */
  public static DossierSummary of(Dossier d, TableState table) {
    Map<ActionId, ActionStatus> actions = new LinkedHashMap<>();
    d.plan().ifPresent(p -> p.actions().forEach(a -> actions.put(a.id(), a.status())));
    return new DossierSummary(
        d.id(),
        d.status(),
        d.registeredAt(),
        d.statusSince(),
        table.directorInOffice(d).map(c -> c.member()).orElse(null),
        d.plan().map(p -> p.version()).orElse(0),
        d.plan()
            .map(
                p ->
                    p.openGoals().stream()
                        .map(g -> g.id())
                        .collect(ImmutableList.toImmutableList()))
            .orElse(ImmutableList.of()),
        actions,
        d.openRequests().stream().map(r -> r.id()).collect(ImmutableList.toImmutableList()),
        d.latestAssessment().map(a -> a.status() == AssessmentStatus.COMPLETE).orElse(false),
        d.reassessmentDue(),
        d.followUp().map(f -> f.until()).orElse(null));
  }
}
