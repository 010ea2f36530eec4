package be.ifg.domain;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The state of one dossier: a pure fold of its {@link DossierEvent events}.
 *
 * <p>{@link #evolve(Dossier, DossierEvent)} applies one event; {@link #fold(Iterable)} applies a
 * whole history. Neither decides whether an event was allowed — that is {@code ifg-workflow}'s job
 * — they only check that the history is well-formed (it starts with {@link
 * DossierEvent.Registered}, every event belongs to the same dossier, and events refer to requests,
 * goals and actions that exist).
 *
 * <p>The state holds the dossier's content, including pooled information. Library code hands it to
 * nobody outside the workflow: applications receive views decided by the need-to-know policy.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1")
public final class Dossier {
  private final DossierId id;
  private final String table;
  private final long version;
  private final DossierStatus status;
  private final Instant registeredAt;
  private final Instant statusSince;
  private final Instant lastChangedAt;
  private final Registration registration;
  private final @Nullable Decline decline;
  private final ImmutableList<InformingRecord> informingRecords;
  private final ImmutableMap<PartyId, SafetyDeferral> deferrals;
  private final ImmutableMap<ItemId, InformationItem> items;
  private final ImmutableMap<RequestId, InformationRequest> requests;
  private final ImmutableList<AssessmentReference> assessments;
  private final boolean reassessmentDue;
  private final @Nullable CaseDirector caseDirector;
  private final ImmutableList<CaseDirector> directors;
  private final ImmutableList<Plan> plans;
  private final @Nullable Instant caseDirectionStartedAt;
  private final ImmutableList<InformingRecord> planInforming;
  private final ImmutableList<Note> progressReports;
  private final ImmutableList<Incident> incidents;
  private final @Nullable Conclusion conclusion;
  private final @Nullable FollowUp followUp;
  private final @Nullable Note closure;
  private final ImmutableList<Evaluation> evaluations;
  private final @Nullable Note withdrawal;
  private final ImmutableList<AccessGrant> grants;
  private final ImmutableList<ConsentRecord> consents;
  private final ImmutableList<DangerUpdate> dangerUpdates;
  private final ImmutableMap<ProposalId, PlanProposal> proposals;
  private final ImmutableList<Correction> corrections;

  private Dossier(Fold f) {
    this.id = checkNotNull(f.id);
    this.table = checkNotNull(f.table);
    this.version = f.version;
    this.status = checkNotNull(f.status);
    this.registeredAt = checkNotNull(f.registeredAt);
    this.statusSince = checkNotNull(f.statusSince);
    this.lastChangedAt = checkNotNull(f.lastChangedAt);
    this.registration = checkNotNull(f.registration);
    this.decline = f.decline;
    this.informingRecords = ImmutableList.copyOf(f.informingRecords);
    this.deferrals = ImmutableMap.copyOf(f.deferrals);
    this.items = ImmutableMap.copyOf(f.items);
    this.requests = ImmutableMap.copyOf(f.requests);
    this.assessments = ImmutableList.copyOf(f.assessments);
    this.reassessmentDue = f.reassessmentDue;
    this.caseDirector = f.caseDirector;
    this.directors = ImmutableList.copyOf(f.directors);
    this.plans = ImmutableList.copyOf(f.plans);
    this.caseDirectionStartedAt = f.caseDirectionStartedAt;
    this.planInforming = ImmutableList.copyOf(f.planInforming);
    this.progressReports = ImmutableList.copyOf(f.progressReports);
    this.incidents = ImmutableList.copyOf(f.incidents);
    this.conclusion = f.conclusion;
    this.followUp = f.followUp;
    this.closure = f.closure;
    this.evaluations = ImmutableList.copyOf(f.evaluations);
    this.withdrawal = f.withdrawal;
    this.grants = ImmutableList.copyOf(f.grants);
    this.consents = ImmutableList.copyOf(f.consents);
    this.dangerUpdates = ImmutableList.copyOf(f.dangerUpdates);
    this.proposals = ImmutableMap.copyOf(f.proposals);
    this.corrections = ImmutableList.copyOf(f.corrections);
  }

  /**
   * Applies one event to a state.
   *
   * @param state the state before the event, or {@code null} before the dossier was registered
   * @param event the event
   * @return the state after the event
   * @throws IllegalArgumentException if the event does not fit the history: a first event that is
   *     not {@link DossierEvent.Registered}, a second registration, an event of another dossier, or
   *     a reference to a request, goal or action that does not exist
   */
  public static Dossier evolve(@Nullable Dossier state, DossierEvent event) {
    Fold fold = state == null ? new Fold() : new Fold(state);
    fold.apply(event);
    return new Dossier(fold);
  }

  /**
   * Folds a whole history into a state.
   *
   * @throws IllegalArgumentException if the history is empty or malformed (see {@link
   *     #evolve(Dossier, DossierEvent)})
   */
  public static Dossier fold(Iterable<? extends DossierEvent> events) {
    Fold fold = new Fold();
    for (DossierEvent e : events) {
      fold.apply(e);
    }
    checkArgument(fold.version > 0, "a dossier's history needs at least its registration");
    return new Dossier(fold);
  }

  /** The dossier's id. */
  public DossierId id() {
    return id;
  }

  /** The region of the case table the dossier belongs to. */
  public String table() {
    return table;
  }

  /** How many events the dossier has: the version an appender expects. */
  public long version() {
    return version;
  }

  /** Where the dossier stands in its lifecycle. */
  public DossierStatus status() {
    return status;
  }

  /** When it was registered. */
  public Instant registeredAt() {
    return registeredAt;
  }

  /** When it entered its current status. */
  public Instant statusSince() {
    return statusSince;
  }

  /** When its last event happened. */
  public Instant lastChangedAt() {
    return lastChangedAt;
  }

  /** The registration. */
  public Registration registration() {
    return registration;
  }

  /** The client system. */
  public ClientSystem clientSystem() {
    return registration.clientSystem();
  }

  /** The table's decline, if it declined the registration. */
  public Optional<Decline> decline() {
    return Optional.ofNullable(decline);
  }

  /** Everybody informed of the registration so far, at registration and after. */
  public List<InformingRecord> informingRecords() {
    return informingRecords;
  }

  /** Whether the party has been informed of the registration. */
  public boolean isInformed(PartyId party) {
    return informingRecords.stream().anyMatch(r -> r.party().equals(party));
  }

  /** The deferrals still pending: parties deferred for safety and not informed since. */
  public List<SafetyDeferral> pendingDeferrals() {
    return deferrals.values().asList();
  }

  /** The pending deferral of a party, if any. */
  public Optional<SafetyDeferral> deferral(PartyId party) {
    return Optional.ofNullable(deferrals.get(party));
  }

  /** Every pooled information item, in the order shared. */
  public List<InformationItem> items() {
    return items.values().asList();
  }

  /** The item with this id. */
  public Optional<InformationItem> item(ItemId id) {
    return Optional.ofNullable(items.get(id));
  }

  /** Every information request, in the order asked. */
  public List<InformationRequest> requests() {
    return requests.values().asList();
  }

  /** The request with this id. */
  public Optional<InformationRequest> request(RequestId id) {
    return Optional.ofNullable(requests.get(id));
  }

  /** The requests still waiting for an answer. */
  public List<InformationRequest> openRequests() {
    return requests.values().stream()
        .filter(InformationRequest::isOpen)
        .collect(ImmutableList.toImmutableList());
  }

  /** Every assessment, oldest first. */
  public List<AssessmentReference> assessments() {
    return assessments;
  }

  /** The latest assessment. */
  public Optional<AssessmentReference> latestAssessment() {
    return assessments.isEmpty()
        ? Optional.empty()
        : Optional.of(assessments.get(assessments.size() - 1));
  }

  /** Whether a new incident asks for a reassessment that has not happened yet. */
  public boolean reassessmentDue() {
    return reassessmentDue;
  }

  /** The case director, once appointed. */
  public Optional<CaseDirector> caseDirector() {
    return Optional.ofNullable(caseDirector);
  }

  /**
   * Every appointment of a case director, oldest first: who directed the dossier when, and why each
   * handover happened. The last is {@link #caseDirector()}.
   */
  public List<CaseDirector> directors() {
    return directors;
  }

  /**
   * Whether the professional is named as this dossier's case director. Whether they still hold the
   * role's rights depends on the table as it is now (a director who left the table holds none):
   * {@code ifg-workflow} judges that.
   */
  public boolean isCaseDirector(ProfessionalId professional) {
    return caseDirector != null && caseDirector.member().equals(professional);
  }

  /**
   * The danger assessment and safety measures as they stand: the latest update's, or the
   * registration's before any update.
   */
  public DangerAssessment dangerAssessment() {
    return dangerUpdates.isEmpty()
        ? registration.danger()
        : dangerUpdates.get(dangerUpdates.size() - 1).danger();
  }

  /**
   * Every update of the danger assessment after the registration, oldest first, each with who made
   * it and in which capacity (registrant or case director). The registration's own assessment is
   * {@link Registration#danger()}.
   */
  public List<DangerUpdate> dangerUpdates() {
    return dangerUpdates;
  }

  /**
   * Who is responsible for the danger assessment and the safety measures: {@link Role#REGISTRANT}
   * until a case director is appointed, {@link Role#CASE_DIRECTOR} from the first appointment on.
   */
  public Role dangerResponsibility() {
    return directors.isEmpty() ? Role.REGISTRANT : Role.CASE_DIRECTOR;
  }

  /**
   * When responsibility for the danger assessment passed from the registrant to the case director:
   * the first appointment of a case director; empty before.
   */
  public Optional<Instant> responsibilityPassedAt() {
    return directors.isEmpty() ? Optional.empty() : Optional.of(directors.get(0).appointedAt());
  }

  /** Every plan adjustment proposed to the operational team, in the order proposed. */
  public List<PlanProposal> proposals() {
    return proposals.values().asList();
  }

  /** The proposed plan adjustment with this id. */
  public Optional<PlanProposal> proposal(ProposalId id) {
    return Optional.ofNullable(proposals.get(id));
  }

  /** The current plan: the latest version, with its goals' and actions' current statuses. */
  public Optional<Plan> plan() {
    return plans.isEmpty() ? Optional.empty() : Optional.of(plans.get(plans.size() - 1));
  }

  /** Every version of the plan, oldest first; the last is {@link #plan()}. */
  public List<Plan> planHistory() {
    return plans;
  }

  /** When case direction (last) started. */
  public Optional<Instant> caseDirectionStartedAt() {
    return Optional.ofNullable(caseDirectionStartedAt);
  }

  /** Who the case director informed of the plan, and how. */
  public List<InformingRecord> planInforming() {
    return planInforming;
  }

  /** The case director's progress reports, oldest first. */
  public List<Note> progressReports() {
    return progressReports;
  }

  /** Incidents reported to the table, oldest first. */
  public List<Incident> incidents() {
    return incidents;
  }

  /** The latest conclusion, if case direction was concluded. */
  public Optional<Conclusion> conclusion() {
    return Optional.ofNullable(conclusion);
  }

  /** The current (or last) follow-up period. */
  public Optional<FollowUp> followUp() {
    return Optional.ofNullable(followUp);
  }

  /** Who closed the dossier and when. */
  public Optional<Note> closure() {
    return Optional.ofNullable(closure);
  }

  /** The table's evaluations of the closed dossier. */
  public List<Evaluation> evaluations() {
    return evaluations;
  }

  /** Why and by whom the dossier was withdrawn. */
  public Optional<Note> withdrawal() {
    return Optional.ofNullable(withdrawal);
  }

  /** Every access grant in force in the dossier's history (revoked ones removed), oldest first. */
  public List<AccessGrant> grants() {
    return grants;
  }

  /** Every consent record, including withdrawn ones. */
  public List<ConsentRecord> consents() {
    return consents;
  }

  /**
   * Every rectification recorded, oldest first, each with the value it replaced. The state shows
   * the corrected values (a party's birth year in the client system, an item's content).
   */
  @API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.2")
  public List<Correction> corrections() {
    return corrections;
  }

  /** Two states are equal when every part is equal: the fold is a pure function of the events. */
  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Dossier o)) {
      return false;
    }
    return version == o.version
        && reassessmentDue == o.reassessmentDue
        && Objects.equals(id, o.id)
        && Objects.equals(table, o.table)
        && Objects.equals(directors, o.directors)
        && Objects.equals(status, o.status)
        && Objects.equals(registeredAt, o.registeredAt)
        && Objects.equals(statusSince, o.statusSince)
        && Objects.equals(lastChangedAt, o.lastChangedAt)
        && Objects.equals(registration, o.registration)
        && Objects.equals(decline, o.decline)
        && Objects.equals(informingRecords, o.informingRecords)
        && Objects.equals(deferrals, o.deferrals)
        && Objects.equals(items, o.items)
        && Objects.equals(requests, o.requests)
        && Objects.equals(assessments, o.assessments)
        && Objects.equals(caseDirector, o.caseDirector)
        && Objects.equals(plans, o.plans)
        && Objects.equals(caseDirectionStartedAt, o.caseDirectionStartedAt)
        && Objects.equals(planInforming, o.planInforming)
        && Objects.equals(progressReports, o.progressReports)
        && Objects.equals(incidents, o.incidents)
        && Objects.equals(conclusion, o.conclusion)
        && Objects.equals(followUp, o.followUp)
        && Objects.equals(closure, o.closure)
        && Objects.equals(evaluations, o.evaluations)
        && Objects.equals(withdrawal, o.withdrawal)
        && Objects.equals(grants, o.grants)
        && Objects.equals(consents, o.consents)
        && Objects.equals(dangerUpdates, o.dangerUpdates)
        && Objects.equals(proposals, o.proposals)
        && Objects.equals(corrections, o.corrections);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, version, status, lastChangedAt, items.size(), plans.size());
  }

  @Override
  public String toString() {
    return "Dossier[" + id + ", " + status + ", version " + version + "]";
  }

  /** The mutable accumulator behind {@link #evolve} and {@link #fold}: linear in the history. */
  private static final class Fold {
    @Nullable DossierId id;
    @Nullable String table;
    long version;
    @Nullable DossierStatus status;
    @Nullable Instant registeredAt;
    @Nullable Instant statusSince;
    @Nullable Instant lastChangedAt;
    @Nullable Registration registration;
    @Nullable Decline decline;
    final List<InformingRecord> informingRecords;
    final Map<PartyId, SafetyDeferral> deferrals;
    final Map<ItemId, InformationItem> items;
    final Map<RequestId, InformationRequest> requests;
    final List<AssessmentReference> assessments;
    boolean reassessmentDue;
    @Nullable CaseDirector caseDirector;
    final List<CaseDirector> directors;
    final List<Plan> plans;
    @Nullable Instant caseDirectionStartedAt;
    final List<InformingRecord> planInforming;
    final List<Note> progressReports;
    final List<Incident> incidents;
    @Nullable Conclusion conclusion;
    @Nullable FollowUp followUp;
    @Nullable Note closure;
    final List<Evaluation> evaluations;
    @Nullable Note withdrawal;
    final List<AccessGrant> grants;
    final List<ConsentRecord> consents;
    final List<DangerUpdate> dangerUpdates;
    final Map<ProposalId, PlanProposal> proposals;
    final List<Correction> corrections;

    Fold() {
      informingRecords = new ArrayList<>();
      deferrals = new LinkedHashMap<>();
      items = new LinkedHashMap<>();
      requests = new LinkedHashMap<>();
      assessments = new ArrayList<>();
      directors = new ArrayList<>();
      plans = new ArrayList<>();
      planInforming = new ArrayList<>();
      progressReports = new ArrayList<>();
      incidents = new ArrayList<>();
      evaluations = new ArrayList<>();
      grants = new ArrayList<>();
      consents = new ArrayList<>();
      dangerUpdates = new ArrayList<>();
      proposals = new LinkedHashMap<>();
      corrections = new ArrayList<>();
    }

    Fold(Dossier d) {
      id = d.id;
      table = d.table;
      version = d.version;
      status = d.status;
      registeredAt = d.registeredAt;
      statusSince = d.statusSince;
      lastChangedAt = d.lastChangedAt;
      registration = d.registration;
      decline = d.decline;
      informingRecords = new ArrayList<>(d.informingRecords);
      deferrals = new LinkedHashMap<>(d.deferrals);
      items = new LinkedHashMap<>(d.items);
      requests = new LinkedHashMap<>(d.requests);
      assessments = new ArrayList<>(d.assessments);
      reassessmentDue = d.reassessmentDue;
      caseDirector = d.caseDirector;
      directors = new ArrayList<>(d.directors);
      plans = new ArrayList<>(d.plans);
      caseDirectionStartedAt = d.caseDirectionStartedAt;
      planInforming = new ArrayList<>(d.planInforming);
      progressReports = new ArrayList<>(d.progressReports);
      incidents = new ArrayList<>(d.incidents);
      conclusion = d.conclusion;
      followUp = d.followUp;
      closure = d.closure;
      evaluations = new ArrayList<>(d.evaluations);
      withdrawal = d.withdrawal;
      grants = new ArrayList<>(d.grants);
      consents = new ArrayList<>(d.consents);
      dangerUpdates = new ArrayList<>(d.dangerUpdates);
      proposals = new LinkedHashMap<>(d.proposals);
      corrections = new ArrayList<>(d.corrections);
    }

    void apply(DossierEvent event) {
      checkNotNull(event, "event");
      if (id == null) {
        checkArgument(
            event instanceof DossierEvent.Registered,
            "the history of dossier %s must start with Registered, not %s",
            event.dossier(),
            event.type());
        id = event.dossier();
      } else {
        checkArgument(
            event.dossier().equals(id),
            "event %s of dossier %s does not belong to dossier %s",
            event.type(),
            event.dossier(),
            id);
        checkArgument(
            !(event instanceof DossierEvent.Registered),
            "dossier %s is registered already (event %s)",
            id,
            version + 1);
      }
      version++;
      lastChangedAt = event.at();
      on(event);
    }

    private void moveTo(DossierStatus next, Instant at) {
      if (status != next) {
        status = next;
        statusSince = at;
      }
    }

    private Plan currentPlan(DossierEvent e) {
      checkArgument(!plans.isEmpty(), "%s in dossier %s before any plan was adopted", e.type(), id);
      return plans.get(plans.size() - 1);
    }

    private void replacePlan(Plan plan) {
      plans.set(plans.size() - 1, plan);
    }

    /**
     * Applies a rectification: the state shows the corrected value, the correction the original.
     */
    private void correct(DossierEvent.CorrectionRecorded e) {
      String original;
      if (e.kind() == CorrectionKind.BIRTH_YEAR) {
        PartyId partyId = PartyId.of(e.subject());
        Registration r = checkNotNull(registration);
        Party party =
            r.clientSystem()
                .party(partyId)
                .orElseThrow(
                    () ->
                        new IllegalArgumentException(
                            "correction of the birth year of " + partyId + ", who is not a party"));
        checkArgument(
            Correction.isBirthYear(e.corrected()),
            "a corrected birth year must be a year between 1900 and 2200: '%s'",
            e.corrected());
        original = party.birthYear() == null ? Correction.UNKNOWN : party.birthYear().toString();
        List<Party> parties = new ArrayList<>();
        for (Party p : r.clientSystem().parties()) {
          parties.add(
              p.id().equals(partyId)
                  ? new Party(p.id(), p.role(), Integer.parseInt(e.corrected()))
                  : p);
        }
        registration =
            new Registration(
                r.registrant(),
                r.registrantPartner(),
                new ClientSystem(parties),
                r.criteria(),
                r.informed(),
                r.deferred(),
                r.danger());
      } else {
        ItemId itemId = ItemId.of(e.subject());
        InformationItem i = items.get(itemId);
        checkArgument(i != null, "correction of item %s, which was not shared", itemId);
        original = i.summary();
        items.put(
            itemId,
            new InformationItem(
                i.id(),
                i.contributor(),
                i.contributedBy(),
                i.about(),
                i.category(),
                i.reason(),
                e.corrected(),
                i.audience(),
                i.sharedAt(),
                i.answers()));
      }
      corrections.add(
          new Correction(
              e.kind(), e.subject(), original, e.corrected(), e.reason(), e.actor(), e.at()));
    }

    private void on(DossierEvent event) {
      Instant at = event.at();
      ProfessionalId actor = event.actor();
      if (event instanceof DossierEvent.Registered e) {
        registration = e.registration();
        table = e.table();
        registeredAt = at;
        informingRecords.addAll(e.registration().informed());
        e.registration().deferred().forEach(d -> deferrals.put(d.party(), d));
        moveTo(DossierStatus.REGISTERED, at);
      } else if (event instanceof DossierEvent.Accepted e) {
        moveTo(DossierStatus.DOSSIER_BUILDING, at);
      } else if (event instanceof DossierEvent.Declined e) {
        decline = new Decline(e.reason(), e.advice(), actor, at);
        moveTo(DossierStatus.NOT_ADMITTED, at);
      } else if (event instanceof DossierEvent.PartyInformed e) {
        informingRecords.add(new InformingRecord(e.party(), actor, at, e.how()));
        deferrals.remove(e.party());
      } else if (event instanceof DossierEvent.InformingDeferred e) {
        deferrals.put(
            e.party(), new SafetyDeferral(e.party(), e.reason(), e.reviewBy(), actor, at));
      } else if (event instanceof DossierEvent.InformationShared e) {
        items.put(e.item().id(), e.item());
      } else if (event instanceof DossierEvent.InformationRequested e) {
        requests.put(
            e.request(),
            InformationRequest.open(e.request(), e.from(), e.question(), e.dueBy(), actor, at));
      } else if (event instanceof DossierEvent.RequestAnswered e) {
        InformationRequest r = requests.get(e.request());
        checkArgument(r != null, "dossier %s has no request %s to answer", id, e.request());
        requests.put(e.request(), r.answeredBy(e.item().id()));
        items.put(e.item().id(), e.item());
      } else if (event instanceof DossierEvent.RequestWaived e) {
        InformationRequest r = requests.get(e.request());
        checkArgument(r != null, "dossier %s has no request %s to waive", id, e.request());
        requests.put(e.request(), r.waived(e.reason()));
      } else if (event instanceof DossierEvent.DossierCompleted e) {
        moveTo(DossierStatus.WEIGHING, at);
      } else if (event instanceof DossierEvent.Assessed e) {
        assessments.add(e.assessment());
        reassessmentDue = false;
      } else if (event instanceof DossierEvent.DirectorAppointed e) {
        caseDirector = new CaseDirector(e.member(), e.partner(), actor, at, e.reason());
        directors.add(caseDirector);
      } else if (event instanceof DossierEvent.PlanAdopted e) {
        plans.add(new Plan(1, e.goals(), actor, at, null));
      } else if (event instanceof DossierEvent.PlanAdjusted e) {
        plans.add(new Plan(plans.size() + 1, e.goals(), actor, at, e.reason()));
      } else if (event instanceof DossierEvent.DangerAssessmentUpdated e) {
        dangerUpdates.add(new DangerUpdate(e.danger(), e.summary(), actor, e.capacity(), at));
      } else if (event instanceof DossierEvent.AdjustmentProposed e) {
        checkArgument(
            !proposals.containsKey(e.proposal()),
            "dossier %s has a proposal %s already",
            id,
            e.proposal());
        currentPlan(e);
        proposals.put(
            e.proposal(), PlanProposal.open(e.proposal(), e.reason(), e.goals(), actor, at));
      } else if (event instanceof DossierEvent.AdjustmentDecided e) {
        PlanProposal p = proposals.get(e.proposal());
        checkArgument(p != null, "dossier %s has no proposal %s to decide", id, e.proposal());
        checkArgument(p.isOpen(), "proposal %s of dossier %s is decided already", e.proposal(), id);
        Note decision = new Note(actor, at, e.note());
        if (e.adopted()) {
          currentPlan(e);
          int version = plans.size() + 1;
          plans.add(new Plan(version, e.goals(), actor, at, p.reason()));
          proposals.put(e.proposal(), p.adopted(decision, version));
        } else {
          proposals.put(e.proposal(), p.rejected(decision));
        }
      } else if (event instanceof DossierEvent.CaseDirectionStarted e) {
        caseDirectionStartedAt = at;
        moveTo(DossierStatus.CASE_DIRECTION, at);
      } else if (event instanceof DossierEvent.ClientsInformedOfPlan e) {
        e.parties()
            .forEach(p -> planInforming.add(new InformingRecord(p, actor, at, "plan explained")));
      } else if (event instanceof DossierEvent.ProgressReported e) {
        progressReports.add(new Note(actor, at, e.summary()));
      } else if (event instanceof DossierEvent.ActionUpdated e) {
        Plan plan = currentPlan(e);
        Action action =
            plan.action(e.action())
                .orElseThrow(
                    () ->
                        new IllegalArgumentException(
                            "dossier " + id + "'s plan has no action " + e.action()));
        replacePlan(plan.withAction(action.withStatus(e.status())));
      } else if (event instanceof DossierEvent.GoalClosed e) {
        Plan plan = currentPlan(e);
        Goal goal =
            plan.goal(e.goal())
                .orElseThrow(
                    () ->
                        new IllegalArgumentException(
                            "dossier " + id + "'s plan has no goal " + e.goal()));
        replacePlan(
            plan.withGoal(goal.closedWith(new GoalClosure(e.outcome(), e.decision(), actor, at))));
      } else if (event instanceof DossierEvent.IncidentReported e) {
        incidents.add(new Incident(e.summary(), e.occurredAt(), actor, at));
        reassessmentDue = true;
        if (status == DossierStatus.FOLLOW_UP) {
          caseDirectionStartedAt = at;
          moveTo(DossierStatus.CASE_DIRECTION, at);
        }
      } else if (event instanceof DossierEvent.Concluded e) {
        conclusion = new Conclusion(true, e.summary(), actor, at);
        followUp = new FollowUp(at, e.followUpUntil());
        moveTo(DossierStatus.FOLLOW_UP, at);
      } else if (event instanceof DossierEvent.Closed e) {
        closure = new Note(actor, at, "closed");
        moveTo(DossierStatus.CLOSED, at);
      } else if (event instanceof DossierEvent.Evaluated e) {
        evaluations.add(new Evaluation(e.notes(), actor, at));
      } else if (event instanceof DossierEvent.Withdrawn e) {
        withdrawal = new Note(actor, at, e.reason());
        moveTo(DossierStatus.WITHDRAWN, at);
      } else if (event instanceof DossierEvent.AccessGranted e) {
        grants.add(new AccessGrant(e.item(), e.member(), e.purpose(), actor, at));
      } else if (event instanceof DossierEvent.AccessRevoked e) {
        grants.removeIf(g -> g.covers(e.item(), e.member(), e.purpose()));
      } else if (event instanceof DossierEvent.ConsentRecorded e) {
        consents.add(
            new ConsentRecord(e.party(), e.partner(), e.purpose(), e.category(), actor, at, null));
      } else if (event instanceof DossierEvent.ConsentWithdrawn e) {
        for (int i = 0; i < consents.size(); i++) {
          ConsentRecord c = consents.get(i);
          if (c.withdrawal().isEmpty()
              && c.covers(e.party(), e.partner(), e.purpose(), e.category())) {
            consents.set(i, c.withdrawnAt(at));
          }
        }
      } else if (event instanceof DossierEvent.CorrectionRecorded e) {
        correct(e);
      } else {
        throw new IllegalArgumentException("unknown event type " + event.type());
      }
    }
  }
}
