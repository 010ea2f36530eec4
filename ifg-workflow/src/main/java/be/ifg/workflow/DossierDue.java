package be.ifg.workflow;

import be.ifg.domain.Action;
import be.ifg.domain.AssessmentStatus;
import be.ifg.domain.CaseDirector;
import be.ifg.domain.Dossier;
import be.ifg.domain.DossierId;
import be.ifg.domain.DossierStatus;
import be.ifg.domain.InformationRequest;
import be.ifg.domain.Note;
import be.ifg.domain.PartnerId;
import be.ifg.domain.PlanProposal;
import be.ifg.domain.ProfessionalId;
import be.ifg.domain.SafetyDeferral;
import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the agenda needs of one dossier, and nothing else: its open obligations with their dates and
 * the ids that decide whom each concerns, read from the dossier's state. Who is concerned is
 * decided when the agenda is asked, from the table as it is then ({@link Agenda}).
 *
 * <p>Small: a closed dossier's is a few fields, an active one's a few lists of ids and dates, where
 * the dossier's state holds every item, note and plan version. {@link AgendaProjection} keeps one
 * per dossier. Immutable.
 */
final class DossierDue {
  /** An action of the plan not done or cancelled. */
  record OpenAction(String id, LocalDate due, PartnerId owner) {}

  /** A plan adjustment proposed and not yet decided. */
  record OpenProposal(String id, Instant proposedAt) {}

  /** An information request still open. */
  record OpenRequest(String id, LocalDate dueBy, PartnerId from, ProfessionalId requestedBy) {}

  /** A safety deferral pending review. */
  record PendingDeferral(String party, LocalDate reviewBy, ProfessionalId by) {}

  final DossierId id;
  final long version;
  final DossierStatus status;
  final @Nullable CaseDirector director;
  final ProfessionalId registrant;

  /** In case direction: since when the next progress report counts. */
  final @Nullable Instant progressBase;

  final ImmutableList<OpenAction> actions;
  final ImmutableList<OpenProposal> proposals;
  final ImmutableList<OpenRequest> requests;
  final ImmutableList<PendingDeferral> deferrals;

  /** In follow-up: its end. */
  final @Nullable Instant followUpUntil;

  /** Closed and not evaluated: when it closed. */
  final @Nullable Instant closedUnevaluated;

  /** Weighing without a completed assessment or without a plan. */
  final boolean readyToWeigh;

  private DossierDue(Dossier d) {
    this.id = d.id();
    this.version = d.version();
    this.status = d.status();
    this.director = d.caseDirector().orElse(null);
    this.registrant = d.registration().registrant();
    if (status == DossierStatus.CASE_DIRECTION) {
      Instant base = d.caseDirectionStartedAt().orElse(d.statusSince());
      for (Note report : d.progressReports()) {
        if (report.at().isAfter(base)) {
          base = report.at();
        }
      }
      this.progressBase = base;
      List<OpenAction> open = new ArrayList<>();
      d.plan()
          .ifPresent(
              plan ->
                  plan.actions()
                      .filter(a -> !a.status().isFinished())
                      .forEach(a -> open.add(openAction(a))));
      this.actions = ImmutableList.copyOf(open);
      ImmutableList.Builder<OpenProposal> proposed = ImmutableList.builder();
      for (PlanProposal p : d.proposals()) {
        if (p.isOpen()) {
          proposed.add(new OpenProposal(p.id().value(), p.proposedAt()));
        }
      }
      this.proposals = proposed.build();
    } else {
      this.progressBase = null;
      this.actions = ImmutableList.of();
      this.proposals = ImmutableList.of();
    }
    if (status.isActive()) {
      ImmutableList.Builder<OpenRequest> open = ImmutableList.builder();
      for (InformationRequest r : d.openRequests()) {
        open.add(new OpenRequest(r.id().value(), r.dueBy(), r.from(), r.requestedBy()));
      }
      this.requests = open.build();
      ImmutableList.Builder<PendingDeferral> pending = ImmutableList.builder();
      for (SafetyDeferral deferral : d.pendingDeferrals()) {
        pending.add(
            new PendingDeferral(deferral.party().value(), deferral.reviewBy(), deferral.by()));
      }
      this.deferrals = pending.build();
    } else {
      this.requests = ImmutableList.of();
      this.deferrals = ImmutableList.of();
    }
    this.followUpUntil =
        status == DossierStatus.FOLLOW_UP ? d.followUp().map(f -> f.until()).orElse(null) : null;
    this.closedUnevaluated =
        status == DossierStatus.CLOSED && d.evaluations().isEmpty() ? d.statusSince() : null;
    boolean assessed =
        d.latestAssessment().map(a -> a.status() == AssessmentStatus.COMPLETE).orElse(false);
    this.readyToWeigh = status == DossierStatus.WEIGHING && (!assessed || d.plan().isEmpty());
  }

  private static OpenAction openAction(Action a) {
    return new OpenAction(a.id().value(), a.due(), a.owner());
  }

  /** What the agenda needs of the dossier as it is. */
  static DossierDue of(Dossier d) {
    return new DossierDue(d);
  }

  /**
   * The professionals an entry of this dossier may concern besides the coordinator, and besides the
   * members of {@link #partners()}: a superset, for an index; the agenda decides.
   */
  Set<ProfessionalId> people() {
    Set<ProfessionalId> who = new LinkedHashSet<>();
    if (director != null) {
      who.add(director.member());
    }
    for (OpenRequest r : requests) {
      who.add(r.requestedBy());
    }
    if (!deferrals.isEmpty()) {
      who.add(registrant);
      for (PendingDeferral p : deferrals) {
        who.add(p.by());
      }
    }
    return who;
  }

  /** The partners whose members an entry of this dossier may concern: a superset, for an index. */
  Set<PartnerId> partners() {
    Set<PartnerId> which = new LinkedHashSet<>();
    for (OpenAction a : actions) {
      which.add(a.owner());
    }
    for (OpenRequest r : requests) {
      which.add(r.from());
    }
    return which;
  }
}
