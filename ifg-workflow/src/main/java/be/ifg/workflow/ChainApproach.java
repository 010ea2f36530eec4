package be.ifg.workflow;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;
import static org.apiguardian.api.API.Status.MAINTAINED;

import be.ifg.domain.CaseTable;
import be.ifg.domain.ChainEvent;
import be.ifg.domain.DisclosureEntry;
import be.ifg.domain.Dossier;
import be.ifg.domain.DossierEvent;
import be.ifg.domain.DossierId;
import be.ifg.domain.ItemId;
import be.ifg.domain.PolicySignal;
import be.ifg.domain.ProfessionalId;
import be.ifg.domain.Purpose;
import be.ifg.domain.SessionDecision;
import be.ifg.domain.SessionId;
import be.ifg.domain.TableEvent;
import be.ifg.persistence.LogAnchor;
import be.ifg.persistence.LogCheckpoint;
import be.ifg.persistence.RecordedEvent;
import be.ifg.persistence.Store;
import be.ifg.persistence.StreamId;
import be.ifg.persistence.SubscriptionStore;
import be.ifg.persistence.VersionConflict;
import be.ifg.persistence.memory.InMemoryStore;
import be.ifg.rti.Instruments;
import be.ifg.rti.json.BuiltInInstruments;
import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.security.PublicKey;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The SDK entry point: one case table's chain approach, recorded in a store.
 *
 * <p>An application builds one per table and gives it commands as a named actor; every command is
 * decided against the dossier's state re-folded from the store and against the table as it is at
 * that moment (its members, coordinator and pledges are themselves events, see {@link TableState}),
 * and an accepted command's events are appended with optimistic concurrency (a concurrent change
 * makes it re-read, re-decide and retry). What comes back is a {@link Decision}: accepted, or
 * rejected with every reason.
 *
 * <pre>{@code
 * CaseTable table = CaseTable.builder("west-vlaanderen")
 *     .partner("caw", PartnerKind.CAW).partner("pol", PartnerKind.LOCAL_POLICE)
 *     .member("an", "caw").member("bart", "pol").coordinator("an")
 *     .build();
 * ChainApproach chain = ChainApproach.builder().table(table).clock(Clock.systemDefaultZone()).build();
 *
 * Decision d = chain.register(ProfessionalId.of("an"), registerCommand);
 * if (d instanceof Decision.Rejected r) {
 *   r.reasons().forEach(reason -> show(reason.code(), reason.message()));
 * }
 * chain.handle(ProfessionalId.of("bart"), DossierId.of("d1"), new Command.Accept());
 * DossierSummary s = chain.status(ProfessionalId.of("bart"), DossierId.of("d1")).orElseThrow();
 * List<AgendaEntry> todo = chain.agenda(ProfessionalId.of("an"), LocalDate.now(clock));
 * }</pre>
 *
 * <p><b>Several tables, one store.</b> A dossier belongs to the table that registered it, and its
 * stream is named after that table's region ({@link StreamId#dossier(String, DossierId)}). A chain
 * approach never lists, reads, decides on or puts on an agenda another table's dossiers: to it they
 * do not exist, whatever the partner or dossier ids.
 *
 * <p><b>Deny by default.</b> The SDK hands out dossier content only through {@link #view}, a
 * redacted view for a named actor and purpose decided by the {@link NeedToKnow need-to-know
 * policy}; {@link #decide} answers one question about one item; {@link #status}, {@link #agenda},
 * {@link #dossiers}, {@link #sessionAgenda} and {@link #minutes} answer only an actor with standing
 * at the table (a member now, who signed the pledge). Every one of these questions is written to
 * the tamper-evident disclosure log as one entry ({@link #audit}, {@link #verifyLog}), allowed or
 * refused, whatever it shows or hides. For an actor who may not know an item exists, every answer
 * is the same whether it exists or not.
 *
 * <p>Thread-safe: commands on the same dossier from several threads are serialised by the store's
 * expected versions.
 */
@API(status = MAINTAINED, since = "0.1")
public final class ChainApproach {
  private static final int ATTEMPTS = 8;

  private final CaseTable seed;
  private final String region;
  private final Clock clock;
  private final Instruments instruments;
  private final Store store;
  private final Decisions decisions;
  private final Agenda agenda;
  private final ConcurrentMap<DossierId, Dossier> cache = new ConcurrentHashMap<>();

  /** The events of the dossiers read most recently, at most {@value #RECENT_STREAMS} streams. */
  private final Cache<DossierId, StreamEvents> recentEvents =
      CacheBuilder.newBuilder().maximumSize(RECENT_STREAMS).build();

  private static final int RECENT_STREAMS = 64;
  private final Disclosures disclosures;
  private final Object projecting = new Object();
  private volatile AgendaProjection agendaProjection;
  private @Nullable AgendaProjection rebuilding;
  private final List<SteeringGroup> steeringGroups;

  private ChainApproach(Builder b) {
    this.seed = checkNotNull(b.table, "a chain approach needs its case table");
    this.region = seed.region();
    this.clock = b.clock;
    this.instruments = b.instruments == null ? BuiltInInstruments.catalogue() : b.instruments;
    this.store = b.store == null ? new InMemoryStore() : b.store;
    this.decisions = Decisions.of(instruments, b.policy);
    this.agenda = Agenda.of(clock.getZone());
    this.agendaProjection = new AgendaProjection(seed, store, agenda);
    this.disclosures =
        new Disclosures(
            b.policy,
            b.anchor == null || b.signer == null
                ? new DisclosureLog(store)
                : new DisclosureLog(store, b.anchor, b.signer, clock, b.checkpointEvery));
    this.steeringGroups = ImmutableList.copyOf(b.steeringGroups);
    configure();
  }

  /**
   * Makes sure the table's stream starts with its configuration: a new table's stream gets a {@link
   * TableEvent.TableConfigured} of the seed; an existing one must have been configured with the
   * same table (membership changes later go through {@link Command.JoinTable} and {@link
   * Command.LeaveTable}, never through a changed seed).
   */
  private void configure() {
    StreamId stream = StreamId.table(region);
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      List<RecordedEvent> events = store.read(stream);
      if (!events.isEmpty()) {
        if (!(events.get(0).event() instanceof TableEvent.TableConfigured configured)) {
          throw new WorkflowException(
              "the store's stream of the table of "
                  + region
                  + " does not start with the table's configuration: it was written before tables"
                  + " were recorded as events, or changed; ifg store verify names the problem");
        }
        if (!configured.table().equals(seed)) {
          throw new WorkflowException(
              "the store holds the table of "
                  + region
                  + " configured otherwise than the table given: change its membership with"
                  + " joinTable and leaveTable, not by configuring it anew");
        }
        return;
      }
      try {
        store.append(
            stream,
            0,
            List.of(
                new TableEvent.TableConfigured(region, seed.coordinator(), clock.instant(), seed)));
        return;
      } catch (VersionConflict conflict) {
        // another process configured it at the same moment: read what it wrote
      }
    }
    throw new WorkflowException("the table of " + region + " could not be configured");
  }

  /** A builder; only the table is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The case table as it is now: its partners, current members and coordinator. */
  public CaseTable table() {
    return tableState().table();
  }

  /** The region of this chain approach's table. */
  public String region() {
    return region;
  }

  /** The clock every decision and agenda reads. */
  public Clock clock() {
    return clock;
  }

  /** The instrument catalogue assessments are scored against. */
  public Instruments instruments() {
    return instruments;
  }

  /** The lifecycle the decisions run on. */
  public Lifecycle lifecycle() {
    return Lifecycle.standard();
  }

  /**
   * Registers a client system as a new dossier of this table (its id is the command's).
   *
   * @param actor the registrant
   * @param command the registration
   * @return the decision; a dossier with that id already existing at this table is a rejection
   * @throws WorkflowException if the store kept changing under the command
   */
  public Decision register(ProfessionalId actor, Command.Register command) {
    checkNotNull(actor, "actor");
    checkNotNull(command, "command");
    return decideAndRecord(actor, command.dossier(), command);
  }

  /**
   * Gives a table command ({@link Command.SignPledge}, {@link Command.RaiseSignal}, {@link
   * Command.JoinTable}, {@link Command.LeaveTable}, {@link Command.ScheduleSession}). A signal's
   * text is screened against the parties of this table's dossiers and the patterns of national
   * register numbers, phone numbers, street addresses and dates ({@link
   * ReasonCode#SIGNAL_IDENTIFYING}).
   *
   * @param actor who gives it
   * @param command the command
   * @return the decision
   * @throws WorkflowException if the store kept changing under the command
   */
  public Decision handle(ProfessionalId actor, TableCommand command) {
    checkNotNull(actor, "actor");
    checkNotNull(command, "command");
    return decideAndRecord(actor, null, command);
  }

  /**
   * Gives a command in a dossier.
   *
   * @param actor who gives it
   * @param dossier the dossier
   * @param command the command
   * @return the decision; a dossier this table does not have is a rejection with {@link
   *     ReasonCode#INVALID_INPUT}
   * @throws WorkflowException if the store kept changing under the command
   */
  public Decision handle(ProfessionalId actor, DossierId dossier, DossierCommand command) {
    checkNotNull(actor, "actor");
    checkNotNull(dossier, "dossier");
    checkNotNull(command, "command");
    return decideAndRecord(actor, dossier, command);
  }

  private Decision decideAndRecord(
      ProfessionalId actor, @Nullable DossierId dossier, Command command) {
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      TableState tableState = tableState();
      Dossier state = dossier == null ? null : load(dossier).orElse(null);
      // a signal's text is screened against the parties of this table's dossiers (and only this
      // table's: another table's dossiers are not what its members know)
      List<Dossier> tableDossiers =
          command instanceof Command.RaiseSignal
              ? dossierIds().stream().map(this::load).flatMap(Optional::stream).toList()
              : List.of();
      Decision decision = decisions.decide(tableState, state, tableDossiers, actor, command, clock);
      if (decision instanceof Decision.Rejected) {
        return decision;
      }
      List<ChainEvent> events = ((Decision.Accepted) decision).events();
      try {
        if (events.get(0) instanceof TableEvent) {
          store.append(StreamId.table(region), tableState.version(), events);
        } else {
          Dossier next = state;
          for (ChainEvent e : events) {
            next = Dossier.evolve(next, (DossierEvent) e);
          }
          DossierId id = ((DossierEvent) events.get(0)).dossier();
          store.append(stream(id), state == null ? 0 : state.version(), events);
          if (next != null) {
            cache.put(id, next);
          }
        }
        return decision;
      } catch (VersionConflict conflict) {
        if (attempt == ATTEMPTS) {
          throw new WorkflowException(
              command.name() + " gave up after " + ATTEMPTS + " concurrent changes", conflict);
        }
      }
    }
    throw new WorkflowException(command.name() + " was not decided");
  }

  /**
   * The summary of a dossier, without any of its content, for a member of the table. The question
   * is logged.
   *
   * @param actor who asks
   * @param dossier the dossier
   * @return its summary; empty when the actor has no standing at the table (not a member now, or no
   *     pledge) — whether the dossier exists or not — or when the table has no such dossier
   * @throws be.ifg.persistence.PersistenceException if the store fails
   */
  public Optional<DossierSummary> status(ProfessionalId actor, DossierId dossier) {
    checkNotNull(actor, "actor");
    checkNotNull(dossier, "dossier");
    TableState table = tableState();
    Optional<Dossier> state = load(dossier);
    boolean permitted =
        disclosures.permitsTableQuestion(
            table, dossier, state.isPresent(), actor, Disclosure.DOSSIER_SUMMARY, clock.instant());
    return permitted ? state.map(d -> DossierSummary.of(d, table)) : Optional.empty();
  }

  /**
   * The dossiers of this table, in id order, for a member of the table; the question is logged.
   *
   * @param actor who asks
   * @return the dossiers' ids; empty for an actor without standing at the table
   * @throws be.ifg.persistence.PersistenceException if the store fails
   */
  public List<DossierId> dossiers(ProfessionalId actor) {
    checkNotNull(actor, "actor");
    boolean permitted =
        disclosures.permitsTableQuestion(
            tableState(), null, true, actor, Disclosure.DOSSIER_LIST, clock.instant());
    return permitted ? dossierIds() : List.of();
  }

  private List<DossierId> dossierIds() {
    return store.streams().stream()
        .filter(s -> s.region().filter(region::equals).isPresent())
        .map(StreamId::dossierId)
        .flatMap(Optional::stream)
        .sorted()
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The table-wide agenda of an actor: what is due or overdue over every dossier of the table that
   * concerns them (the coordinator: everything). The question is logged.
   *
   * @param actor whose agenda
   * @param date the agenda's date; entries due before it are overdue
   * @return the entries by due date; for a registrant who does not sit at the table, the entries of
   *     their own registrations that concern them; empty for anybody else without standing at the
   *     table
   * @throws be.ifg.persistence.PersistenceException if the store fails
   */
  public List<AgendaEntry> agenda(ProfessionalId actor, LocalDate date) {
    checkNotNull(actor, "actor");
    checkNotNull(date, "date");
    AgendaProjection projection = projected();
    TableState table = projection.table();
    Disclosures.Scope scope =
        disclosures.tableQuestion(
            table, null, true, actor, Disclosure.AGENDA, clock.instant(), true);
    if (scope == Disclosures.Scope.NONE) {
      return List.of();
    }
    return projection.entries(table, actor, scope != Disclosures.Scope.TABLE, date);
  }

  /**
   * The agenda of one dossier for an actor. The question is logged.
   *
   * @param actor whose agenda
   * @param dossier the dossier
   * @param date the agenda's date
   * @return the entries by due date; empty for an actor without standing at the table or a dossier
   *     the table does not have
   */
  public List<AgendaEntry> agenda(ProfessionalId actor, DossierId dossier, LocalDate date) {
    checkNotNull(actor, "actor");
    checkNotNull(dossier, "dossier");
    checkNotNull(date, "date");
    AgendaProjection projection = projected();
    TableState table = projection.table();
    boolean exists = projectedExists(projection, dossier);
    if (!disclosures.permitsTableQuestion(
        table, dossier, exists, actor, Disclosure.AGENDA, clock.instant())) {
      return List.of();
    }
    return projection.entries(table, dossier, actor, date);
  }

  /**
   * The agenda of a session of the table: what the table has to decide or hear in it on the
   * session's date ({@link Agenda#sessionEntries}), over every dossier of the table. A session is
   * the table's own meeting, so a member with standing gets the whole session agenda. The question
   * is logged.
   *
   * @param actor who asks
   * @param session the session
   * @return the entries by due date; empty for an actor without standing at the table (whether the
   *     session exists or not) and for a session that was not scheduled at this table
   * @throws be.ifg.persistence.PersistenceException if the store fails
   */
  public List<AgendaEntry> sessionAgenda(ProfessionalId actor, SessionId session) {
    checkNotNull(actor, "actor");
    checkNotNull(session, "session");
    AgendaProjection projection = projected();
    TableState table = projection.table();
    if (!disclosures.permitsTableQuestion(
        table, null, true, actor, Disclosure.SESSION_AGENDA, clock.instant())) {
      return List.of();
    }
    Optional<TableEvent.SessionScheduled> scheduled = table.session(session);
    if (scheduled.isEmpty()) {
      return List.of();
    }
    return projection.sessionEntries(
        table, LocalDate.ofInstant(scheduled.get().startsAt(), clock.getZone()));
  }

  /**
   * The minutes of a session of the table: the decisions taken in it (accept, decline, appointment,
   * adoption, the operational team's decisions on plan adjustments, closure, evaluation), oldest
   * first, each with its dossier, who recorded it and when — never the decision's content, which
   * only a dossier view decided by the need-to-know policy shows. Like a dossier's summary, this
   * needs standing at the table; the question is logged.
   *
   * @param actor who asks
   * @param session the session
   * @return the decisions; empty for an actor without standing at the table (whether the session
   *     exists or not) and for a session that was not scheduled at this table
   * @throws be.ifg.persistence.PersistenceException if the store fails
   */
  public List<MinutesEntry> minutes(ProfessionalId actor, SessionId session) {
    checkNotNull(actor, "actor");
    checkNotNull(session, "session");
    TableState table = tableState();
    if (!disclosures.permitsTableQuestion(
        table, null, true, actor, Disclosure.MINUTES, clock.instant())) {
      return List.of();
    }
    if (table.session(session).isEmpty()) {
      return List.of();
    }
    List<MinutesEntry> entries = new ArrayList<>();
    for (DossierId id : dossierIds()) {
      if (load(id).isEmpty()) {
        continue;
      }
      for (RecordedEvent r : store.read(stream(id))) {
        if (r.event() instanceof SessionDecision decision
            && session.equals(decision.session())
            && r.event() instanceof DossierEvent e) {
          entries.add(new MinutesEntry(id, kind(e), e.actor(), e.at()));
        }
      }
    }
    entries.sort(Comparator.comparing(MinutesEntry::at).thenComparing(m -> m.dossier().value()));
    return ImmutableList.copyOf(entries);
  }

  private static SessionDecisionKind kind(DossierEvent e) {
    if (e instanceof DossierEvent.Accepted) {
      return SessionDecisionKind.ACCEPTANCE;
    }
    if (e instanceof DossierEvent.Declined) {
      return SessionDecisionKind.DECLINE;
    }
    if (e instanceof DossierEvent.DirectorAppointed) {
      return SessionDecisionKind.APPOINTMENT;
    }
    if (e instanceof DossierEvent.PlanAdopted) {
      return SessionDecisionKind.ADOPTION;
    }
    if (e instanceof DossierEvent.AdjustmentDecided || e instanceof DossierEvent.PlanAdjusted) {
      return SessionDecisionKind.ADJUSTMENT;
    }
    if (e instanceof DossierEvent.Closed) {
      return SessionDecisionKind.CLOSURE;
    }
    if (e instanceof DossierEvent.Evaluated) {
      return SessionDecisionKind.EVALUATION;
    }
    throw new IllegalStateException("not a decision of a session: " + e.type());
  }

  /**
   * The policy signals raised at the table, oldest first, for a member with standing (a member now,
   * pledged) and for a reader of a steering group that oversees the table ({@link
   * Builder#steeringGroup}). Signals are about bottlenecks, not families, so they carry no dossier
   * content. The question is logged.
   *
   * @param reader who reads
   * @return the signals; empty for anybody else (a registrant who does not sit at the table,
   *     another table's member, a member who left or has not pledged)
   */
  public List<PolicySignal> signals(ProfessionalId reader) {
    checkNotNull(reader, "reader");
    TableState table = tableState();
    return signalsFor(table, reader) ? table.signals() : List.of();
  }

  /**
   * Asks the need-to-know policy whether an actor may view or forward one item of a dossier, now.
   * The decision — permit or deny, with the rules that decided it — is written to the disclosure
   * log before it is returned. The decision carries no item content: content only leaves through
   * {@link #view}.
   *
   * @param actor who asks
   * @param action what they want to do ({@link AccessAction#FORWARD} is always denied)
   * @param dossier the dossier
   * @param item the item
   * @param purpose for which purpose
   * @return the decision as the actor may learn it: about an item the actor may not know exists —
   *     any item for an actor without standing at the table, a hidden victim location, an item the
   *     dossier does not have, any item of a dossier this table does not have — the same denial,
   *     built from facts about the actor alone, while the log records the rules that really decided
   * @throws be.ifg.persistence.PersistenceException if the store fails; then nothing is returned
   */
  public AccessDecision decide(
      ProfessionalId actor, AccessAction action, DossierId dossier, ItemId item, Purpose purpose) {
    checkNotNull(actor, "actor");
    checkNotNull(action, "action");
    checkNotNull(dossier, "dossier");
    checkNotNull(item, "item");
    checkNotNull(purpose, "purpose");
    TableState table = tableState();
    Optional<Dossier> state = load(dossier);
    if (state.isEmpty()) {
      return disclosures.decideWithoutDossier(
          table, dossier, actor, action, item, purpose, clock.instant());
    }
    return disclosures.decide(
        new AccessRequest(table, state.get(), actor, action, item, purpose, clock.instant()));
  }

  /**
   * The redacted view of a dossier for an actor and purpose, now: the only way the SDK hands out
   * dossier content. The view is written to the disclosure log as one entry holding every item's
   * decision.
   *
   * @param actor for whom
   * @param dossier the dossier
   * @param purpose SAFETY or PLAN for the items the actor may see; EVALUATION or STATISTICS for
   *     counts without identities
   * @return the view; {@link DossierView.Refused} for an actor without standing at the table and
   *     for a dossier this table does not have
   * @throws be.ifg.persistence.PersistenceException if the store fails; then nothing is returned
   */
  public DossierView view(ProfessionalId actor, DossierId dossier, Purpose purpose) {
    checkNotNull(actor, "actor");
    checkNotNull(dossier, "dossier");
    checkNotNull(purpose, "purpose");
    TableState table = tableState();
    return disclosures.view(
        table, load(dossier).orElse(null), dossier, actor, purpose, clock.instant());
  }

  /**
   * A dossier read by its parts for an actor and purpose, now: the registration, the plan in all
   * its versions, progress reports, incidents, goal decisions, how it ended, evaluations, the case
   * directors and the timeline in words, each decided by the need-to-know policy (rule {@code
   * dossier-part}). The read is written to the disclosure log as one entry, like a {@link #view}.
   *
   * @param actor for whom
   * @param dossier the dossier
   * @param purpose SAFETY or PLAN for the parts in full; EVALUATION or STATISTICS for counts
   * @return the page; {@link DossierPage.Refused} for an actor without standing at the table and
   *     for a dossier this table does not have, the same for both
   * @throws NullPointerException if an argument is null
   * @throws be.ifg.persistence.PersistenceException if the store fails; then nothing is returned
   */
  public DossierPage read(ProfessionalId actor, DossierId dossier, Purpose purpose) {
    checkNotNull(actor, "actor");
    checkNotNull(dossier, "dossier");
    checkNotNull(purpose, "purpose");
    TableState table = tableState();
    List<DossierEvent> events = events(dossier);
    Dossier state = events.isEmpty() ? null : Dossier.fold(events);
    if (state != null && !state.table().equals(region)) {
      state = null;
    }
    return disclosures.read(
        table, state, state == null ? List.of() : events, dossier, actor, purpose, clock.instant());
  }

  // --- the data subject's rights (GDPR art. 15): the access report ---

  /**
   * The access report of one party (GDPR art. 15): what this table's dossiers record about them and
   * who saw it and why, from the disclosure log, with safety redaction (see {@link AccessReport}
   * and {@code docs/data-subject-rights.md}). Only the table's coordinator with standing now (a
   * member who signed the pledge), acting for the controller, gets a report; the question is logged
   * with the report's decision on every item, and a dossier in which informing the party is still
   * deferred for safety is left out.
   *
   * @param actor who asks
   * @param party the party
   * @return the report; {@link AccessReport.Refused} for anybody but the coordinator, the same
   *     whether the party exists or not
   * @throws NullPointerException if an argument is null
   * @throws be.ifg.persistence.PersistenceException if the store fails
   */
  @API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.2")
  public AccessReport accessReport(ProfessionalId actor, be.ifg.domain.PartyId party) {
    checkNotNull(actor, "actor");
    checkNotNull(party, "party");
    TableState table = tableState();
    List<Dossier> all = new ArrayList<>();
    if (actor.equals(table.coordinator())) {
      for (DossierId id : dossierIds()) {
        load(id).ifPresent(all::add);
      }
    }
    return AccessReports.produce(disclosures, table, all, actor, party, clock.instant());
  }

  /**
   * Every entry of the disclosure log, oldest first: who asked for what, for which purpose, when,
   * the outcome and the rules that really decided. Entries name items by id only, but they show
   * that hidden victim-location items exist, and the log is shared by every table of the store: it
   * is for the auditor, not for table members.
   *
   * @throws be.ifg.persistence.PersistenceException if the store fails
   */
  public List<DisclosureEntry> audit() {
    return disclosures.log().entries();
  }

  /**
   * Verifies the disclosure log's hash chain.
   *
   * @return intact, or broken at the first entry that does not fit and why
   * @throws be.ifg.persistence.PersistenceException if the store fails
   */
  public LogVerification verifyLog() {
    return disclosures.log().verify();
  }

  /**
   * Verifies the disclosure log against the signed checkpoints in an anchor: finds a log cut or
   * rewritten in the store also after a restart (see {@link Checkpoints}).
   *
   * @param key the public key of the application's {@link LogSigner}
   * @param anchor where the checkpoints are kept
   * @return intact, or broken at the first problem and why
   * @throws be.ifg.persistence.PersistenceException if the store or the anchor fails
   */
  public LogVerification verifyLog(PublicKey key, LogAnchor anchor) {
    checkNotNull(key, "key must not be null");
    return verifyLog(List.of(key), anchor);
  }

  /**
   * Verifies the disclosure log against the checkpoints in an anchor, signed by any of the trusted
   * keys (every key the application signed with, across key rotations). If the log is intact, the
   * event streams' heads are compared with the newest checkpoint carrying them that follows the
   * last purge ({@link #checkpointLog}): a stream cut at its end, removed or rewritten is reported
   * as the events' heads differing from that checkpoint.
   *
   * @return intact, or broken at the first problem and why
   * @throws be.ifg.persistence.PersistenceException if the store or the anchor fails
   */
  public LogVerification verifyLog(Collection<? extends PublicKey> trusted, LogAnchor anchor) {
    return disclosures.log().verify(trusted, anchor, store);
  }

  /**
   * Verifies the whole disclosure log and anchors a signed checkpoint of it now, whether or not one
   * is due: call it before a planned stop when {@link Builder#checkpointEvery} is above 1. The
   * checkpoint also signs the event streams' heads as of the store's last event, read from every
   * event of the store (see {@code docs/log-anchoring.md}, "Events' heads").
   *
   * @return the checkpoint anchored
   * @throws IllegalStateException if the chain approach was built without {@link Builder#anchor}
   * @throws WorkflowException if the log is broken (nothing is signed), or the signer fails
   * @throws be.ifg.persistence.PersistenceException if the store or the anchor fails
   */
  public LogCheckpoint checkpointLog() {
    DisclosureLog log = disclosures.log();
    checkState(
        log.anchored(), "this disclosure log has no anchor: make it with an anchor and a signer");
    return log.checkpoint(EventHeads.take(store));
  }

  // ---- retention: purging dossiers whose retention period ended (see docs/retention.md) ----

  /**
   * Purges the dossiers of this table whose retention period ended: every dossier that is {@code
   * CLOSED}, {@code NOT_ADMITTED} or {@code WITHDRAWN} and whose last event is older than {@code
   * olderThan} at the clock's now. An active dossier is never purged. Each one's stream is removed
   * from the store, and each entry of the disclosure log about it is replaced by a tombstone that
   * keeps the chain verifiable without its content. The purge itself is one entry of the log: who,
   * when, the purged dossiers by digest and the entries it tombstoned; with an anchor, the log
   * signs a checkpoint of exactly that entry.
   *
   * <p>Afterwards the purged dossiers are unknown to this chain approach: {@link #status}, {@link
   * #view}, {@link #read} and {@link #decide} answer as for a dossier the table never had. A second
   * purge finds nothing more. Only the table's coordinator, with the pledge, may order it; a
   * refused purge changes nothing and is logged.
   *
   * @param actor who orders it: the coordinator
   * @param olderThan the retention period, e.g. {@code Period.ofYears(5)}
   * @return {@link Purge.Done} with the purged dossiers, or {@link Purge.Refused} ({@link
   *     ReasonCode#NOT_AUTHORIZED} for anybody but the coordinator, {@link
   *     ReasonCode#PLEDGE_MISSING} for a coordinator without the pledge)
   * @throws IllegalArgumentException if the period is zero or negative
   * @throws UnsupportedOperationException if the store cannot keep tombstones ({@link
   *     be.ifg.persistence.DisclosureStore#tombstone}); nothing changed then
   * @throws be.ifg.persistence.PersistenceException if the store fails
   */
  public Purge purge(ProfessionalId actor, Period olderThan) {
    return purge(actor, olderThan, false);
  }

  /**
   * Purges as {@link #purge(ProfessionalId, Period)} does, or with {@code dryRun} only finds which
   * dossiers it would remove and how many log entries it would tombstone, changing nothing but the
   * log, which records the question.
   *
   * @throws IllegalArgumentException if the period is zero or negative
   * @throws UnsupportedOperationException if the store cannot keep tombstones (not for a dry run)
   * @throws be.ifg.persistence.PersistenceException if the store fails
   */
  public Purge purge(ProfessionalId actor, Period olderThan, boolean dryRun) {
    checkNotNull(actor, "actor");
    checkNotNull(olderThan, "olderThan");
    return Retention.purge(
        tableState(),
        dossierIds(),
        this::load,
        store,
        disclosures.log(),
        this::forget,
        clock,
        actor,
        olderThan,
        dryRun);
  }

  /** The need-to-know policy: the baseline and the region's rules. */
  public NeedToKnow policy() {
    return disclosures.policy();
  }

  /** Who has the secrecy pledge now. */
  public Pledges pledges() {
    return tableState().pledges();
  }

  /**
   * The table as it is now: partners, members, coordinator, pledges and signals, folded from the
   * table's stream.
   *
   * @throws be.ifg.persistence.PersistenceException if the store fails
   */
  public TableState tableState() {
    List<TableEvent> events = new ArrayList<>();
    for (RecordedEvent r : store.read(StreamId.table(region))) {
      events.add((TableEvent) r.event());
    }
    return TableState.fold(seed, events);
  }

  private StreamId stream(DossierId id) {
    return StreamId.dossier(region, id);
  }

  /**
   * A dossier stream's events, from the store, or from the last read when the stream's version in
   * the store is still the version of that read (a page read again and again, such as a busy
   * dossier's, then costs one version query instead of reading and decoding every event).
   */
  private List<DossierEvent> events(DossierId id) {
    StreamId stream = stream(id);
    StreamEvents known = recentEvents.getIfPresent(id);
    if (known != null && store.version(stream) == known.version()) {
      return known.events();
    }
    List<DossierEvent> events = new ArrayList<>();
    long version = 0;
    for (RecordedEvent r : store.read(stream)) {
      events.add((DossierEvent) r.event());
      version = r.version();
    }
    List<DossierEvent> read = ImmutableList.copyOf(events);
    if (version > 0) {
      recentEvents.put(id, new StreamEvents(version, read));
    }
    return read;
  }

  /** A dossier stream's events as read at a version. */
  private record StreamEvents(long version, List<DossierEvent> events) {}

  /**
   * The dossier's full state, for the workflow's own features (views, policy); never handed to
   * applications. Empty when this table has no such dossier.
   */
  Optional<Dossier> load(DossierId id) {
    StreamId stream = stream(id);
    long version = store.version(stream);
    if (version == 0) {
      return Optional.empty();
    }
    Dossier cached = cache.get(id);
    if (cached != null && cached.version() == version) {
      return Optional.of(cached);
    }
    List<DossierEvent> events = new ArrayList<>();
    for (RecordedEvent r : store.read(stream)) {
      events.add((DossierEvent) r.event());
    }
    Dossier d = Dossier.fold(events);
    if (!d.table().equals(region)) {
      // a stream under this region whose registration names another table was not written by
      // this library: it belongs to no table that may read it here
      return Optional.empty();
    }
    cache.put(id, d);
    return Optional.of(d);
  }

  // ---- projections: the agenda as a read model fed from the store (issue 14) ----

  /**
   * Rebuilds this chain approach's projections (the agenda) from scratch, from every event of the
   * store. Questions asked meanwhile are answered from the projections as they were; the rebuilt
   * ones replace them when they have caught up. Needed after events were removed from the store by
   * another process (a purge elsewhere); otherwise the projections catch up by themselves before
   * every question, with the events written since, by this process or another.
   *
   * @return how many events the rebuild applied
   * @throws be.ifg.persistence.PersistenceException if the store fails; the projections in use are
   *     kept
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public long rebuildProjections() {
    AgendaProjection fresh = new AgendaProjection(seed, store, agenda);
    synchronized (projecting) {
      rebuilding = fresh;
    }
    try {
      long applied = Projector.catchUp(store, fresh);
      synchronized (projecting) {
        applied += Projector.catchUp(store, fresh);
        agendaProjection = fresh;
        return applied;
      }
    } finally {
      synchronized (projecting) {
        if (rebuilding == fresh) {
          rebuilding = null;
        }
      }
    }
  }

  /** The agenda projection, caught up with the store. */
  private AgendaProjection projected() {
    synchronized (projecting) {
      AgendaProjection projection = agendaProjection;
      Projector.catchUp(store, projection);
      return projection;
    }
  }

  /**
   * Whether the projection holds the dossier, as {@link #load} would find it: a stream whose
   * version went down since the projection read it was purged, and is forgotten.
   */
  private boolean projectedExists(AgendaProjection projection, DossierId dossier) {
    long known = projection.version(dossier);
    if (known == 0) {
      return false;
    }
    if (store.version(stream(dossier)) < known) {
      forget(dossier);
      return false;
    }
    return true;
  }

  /**
   * Forgets a dossier whose stream was purged, in the projections and the cache: the purge calls it
   * after removing the stream from the store.
   */
  void forget(DossierId dossier) {
    cache.remove(dossier);
    recentEvents.invalidate(dossier);
    synchronized (projecting) {
      agendaProjection.forget(dossier);
      AgendaProjection fresh = rebuilding;
      if (fresh != null) {
        fresh.forget(dossier);
      }
    }
  }

  /** The table as configured by the application, for tests. */
  CaseTable seed() {
    return seed;
  }

  /** The agenda projection as it is, for tests. */
  AgendaProjection agendaProjection() {
    return agendaProjection;
  }

  /** The store, for the workflow's own features. */
  Store store() {
    return store;
  }

  // ---- subscriptions ----

  /**
   * A subscription of a professional to this table's events for purpose {@code PLAN}: {@link
   * #subscribe(ProfessionalId, String, Purpose)}.
   *
   * @throws IllegalArgumentException if the name is not a short id (1 to 100 letters, digits and
   *     {@code . _ : @ -})
   */
  public Subscription subscribe(ProfessionalId subscriber, String name) {
    return subscribe(subscriber, name, Purpose.PLAN);
  }

  /**
   * A subscription of a professional to this table's events, resuming where the subscription of
   * that name left off in the store (from the start for a new name). Nothing is read or logged
   * until {@link Subscription#poll}; what each notice may say is decided then, for the subscriber
   * and purpose, as the table is at that moment.
   *
   * @param subscriber who receives the notices
   * @param name the subscription's name, a short id, e.g. {@code reminders}; the store keeps the
   *     position under {@code REGION:SUBSCRIBER:NAME}, so the same name at two tables or for two
   *     subscribers is two subscriptions
   * @param purpose SAFETY or PLAN: an event about a victim location reaches only a subscriber who
   *     may see that item for this purpose
   * @return the subscription
   * @throws IllegalArgumentException if the name is not a short id (1 to 100 letters, digits and
   *     {@code . _ : @ -}), if {@code REGION:SUBSCRIBER:NAME} is longer than 100 characters, or if
   *     the purpose is EVALUATION or STATISTICS (which get counts, never a dossier's events one by
   *     one)
   */
  public Subscription subscribe(ProfessionalId subscriber, String name, Purpose purpose) {
    checkNotNull(subscriber, "subscriber");
    checkNotNull(purpose, "purpose");
    checkArgument(
        purpose == Purpose.SAFETY || purpose == Purpose.PLAN,
        "a subscription is for SAFETY or PLAN, not %s: evaluation and statistics get counts",
        purpose);
    SubscriptionStore.checkName(name);
    // the store keeps the position per table, subscriber and name: positions are global to the
    // store, so one checkpoint shared by two tables or two subscribers would skip notices
    String key = region + ":" + subscriber.value() + ":" + name;
    checkArgument(
        key.length() <= 100,
        "a subscription is kept as REGION:SUBSCRIBER:NAME, at most 100 characters: '%s' is %s",
        key,
        key.length());
    return new Subscription(this, subscriber, name, SubscriptionStore.checkName(key), purpose);
  }

  /** The policy and the log, for the workflow's own features. */
  Disclosures disclosures() {
    return disclosures;
  }

  // steering reports (issue 14): who may read the table's policy signals

  /**
   * Decides and logs a question for the policy signals: a reader of a steering group that oversees
   * this table gets them (purpose statistics, rule {@link SteeringReports#RULE}); anybody else is
   * asked as a table question, so only a member with standing gets them.
   */
  private boolean signalsFor(TableState table, ProfessionalId reader) {
    boolean steering = false;
    for (SteeringGroup g : steeringGroups) {
      steering |= g.oversees(region) && g.isReader(reader);
    }
    if (!steering) {
      return disclosures.permitsTableQuestion(
          table, null, true, reader, Disclosure.SIGNALS, clock.instant());
    }
    disclosures
        .log()
        .append(
            new Disclosure(
                clock.instant(),
                reader,
                region,
                null,
                null,
                Disclosure.SIGNALS,
                Purpose.STATISTICS,
                Disclosure.PERMIT,
                List.of(SteeringReports.RULE),
                List.of()));
    return true;
  }

  // ---- the coordinator's disclosure log (web-table): a decided, logged read of this table's part

  /** The rule id in the disclosure log of the coordinator's reading of the table's log. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public static final String DISCLOSURE_LOG_RULE = "disclosure-log";

  /** The action of the coordinator's reading of the table's log ({@link #disclosureLog}). */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public static final String DISCLOSURE_LOG = "DISCLOSURE_LOG";

  /**
   * The rules of a log entry the coordinator may see: those that judge the actor, the dossier's
   * existence and state, the purpose, or a question about the table. Every other rule (contributor,
   * audience restriction, victim location, health and judicial data, a region's rules) depends on
   * the items of a dossier and could tell that a hidden victim location exists.
   */
  private static final java.util.Set<String> TABLE_LOG_RULES =
      java.util.Set.of(
          BaselineRule.KNOWN_DOSSIER.id(),
          BaselineRule.REGISTRANT.id(),
          BaselineRule.DOSSIER_PART.id(),
          BaselineRule.TABLE_MEMBER.id(),
          BaselineRule.PLEDGE_SIGNED.id(),
          BaselineRule.TABLE_PURPOSE.id(),
          BaselineRule.AGGREGATES_ONLY.id(),
          BaselineRule.DOSSIER_STATE.id(),
          SteeringReports.RULE,
          AccessReports.RULE,
          DISCLOSURE_LOG_RULE);

  /**
   * This table's part of the disclosure log, for the table's coordinator with standing now (a
   * member who signed the pledge): every entry of a question asked at this table, oldest first,
   * this question included, each as a {@link TableLogEntry}. The question is logged first, answered
   * or refused (action {@link #DISCLOSURE_LOG}, rule {@link #DISCLOSURE_LOG_RULE}).
   *
   * <p>What the coordinator does not learn: entries of other tables on the same store (an entry
   * names its table; an entry written before tables were recorded names none and is left out, as is
   * the tombstone a purge left, which names none either); the global sequence numbers (an entry's
   * position counts this table's entries only); item ids, each item's decision in a view or a read,
   * and the rules that depend on items; and of a question about one item, its outcome and rules. So
   * the coordinator sees who asked what of which dossier of this table, when, for which purpose,
   * and whether the actor was let in — not whether a hidden victim location exists.
   *
   * @param actor who asks
   * @return the entries; empty for anybody but the table's coordinator with standing (a member, a
   *     former member, a registrant, a steering reader, another table's coordinator, an outsider),
   *     the same whatever the log holds
   * @throws NullPointerException if the actor is null
   * @throws be.ifg.persistence.PersistenceException if the store fails
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public List<TableLogEntry> disclosureLog(ProfessionalId actor) {
    checkNotNull(actor, "actor");
    TableState table = tableState();
    List<RuleFinding> allowed = new ArrayList<>(2);
    List<RuleFinding> refused = new ArrayList<>(2);
    NeedToKnow.actorRules(table, actor, allowed, refused);
    boolean permitted = refused.isEmpty() && actor.equals(table.coordinator());
    List<String> rules = new ArrayList<>(3);
    (permitted ? allowed : refused).forEach(r -> rules.add(r.rule()));
    rules.add(DISCLOSURE_LOG_RULE);
    disclosures
        .log()
        .append(
            new Disclosure(
                clock.instant(),
                actor,
                region,
                null,
                null,
                DISCLOSURE_LOG,
                Purpose.PLAN,
                permitted ? Disclosure.PERMIT : Disclosure.DENY,
                rules,
                List.of()));
    if (!permitted) {
      return List.of();
    }
    List<TableLogEntry> mine = new ArrayList<>();
    for (DisclosureEntry e : disclosures.log().entries()) {
      if (e.isTombstone() || !region.equals(e.table())) {
        continue;
      }
      boolean aboutItem = e.item() != null;
      List<String> shown =
          aboutItem ? List.of() : e.rules().stream().filter(TABLE_LOG_RULES::contains).toList();
      mine.add(
          new TableLogEntry(
              mine.size() + 1L,
              e.at(),
              checkNotNull(e.actor()),
              e.dossier(),
              checkNotNull(e.action()),
              checkNotNull(e.purpose()),
              aboutItem ? null : e.outcome(),
              shown,
              aboutItem));
    }
    return ImmutableList.copyOf(mine);
  }

  /** Builds a {@link ChainApproach}. Not thread-safe. */
  public static final class Builder {
    private @Nullable CaseTable table;
    private Clock clock = Clock.systemDefaultZone();
    private @Nullable Instruments instruments;
    private @Nullable Store store;
    private NeedToKnow policy = NeedToKnow.baseline();
    private @Nullable LogAnchor anchor;
    private @Nullable LogSigner signer;
    private int checkpointEvery = 1;
    private final List<SteeringGroup> steeringGroups = new ArrayList<>();

    private Builder() {}

    /**
     * A steering group whose readers may read this table's policy signals (and nothing else of it),
     * if it oversees the table's region; call once per group.
     */
    @CanIgnoreReturnValue
    public Builder steeringGroup(SteeringGroup group) {
      steeringGroups.add(checkNotNull(group, "group"));
      return this;
    }

    /**
     * Anchors the disclosure log outside the store (default: not anchored): the log signs a
     * checkpoint of its head with the signer and appends it to the anchor after every append, or
     * every {@link #checkpointEvery} appends. The store never sees the private key.
     */
    @CanIgnoreReturnValue
    public Builder anchor(LogAnchor anchor, LogSigner signer) {
      this.anchor = checkNotNull(anchor, "anchor");
      this.signer = checkNotNull(signer, "signer");
      return this;
    }

    /**
     * How many appends of the disclosure log each checkpoint covers (default 1: a checkpoint after
     * every append). A higher number signs less often; the entries since the last checkpoint are
     * protected by the hash chain alone until the next one. Without {@link #anchor} it has no
     * effect.
     *
     * @throws IllegalArgumentException if {@code entries < 1}
     */
    @CanIgnoreReturnValue
    public Builder checkpointEvery(int entries) {
      checkArgument(entries >= 1, "checkpointEvery must be >= 1: %s", entries);
      this.checkpointEvery = entries;
      return this;
    }

    /**
     * The need-to-know policy (default: {@link NeedToKnow#baseline()}); a region adds its rules
     * with {@link NeedToKnow#withRegionRule}.
     */
    @CanIgnoreReturnValue
    public Builder policy(NeedToKnow policy) {
      this.policy = checkNotNull(policy, "policy");
      return this;
    }

    /** The case table (required). */
    @CanIgnoreReturnValue
    public Builder table(CaseTable table) {
      this.table = checkNotNull(table, "table");
      return this;
    }

    /** The clock (default: the system clock in the default zone). */
    @CanIgnoreReturnValue
    public Builder clock(Clock clock) {
      this.clock = checkNotNull(clock, "clock");
      return this;
    }

    /** The instrument catalogue (default: the built-in instruments). */
    @CanIgnoreReturnValue
    public Builder instruments(Instruments instruments) {
      this.instruments = checkNotNull(instruments, "instruments");
      return this;
    }

    /** The store (default: a new {@link InMemoryStore}). */
    @CanIgnoreReturnValue
    public Builder store(Store store) {
      this.store = checkNotNull(store, "store");
      return this;
    }

    /**
     * Builds the chain approach.
     *
     * @throws IllegalStateException if no table was given
     */
    public ChainApproach build() {
      checkState(table != null, "a chain approach needs its case table: call table(...)");
      return new ChainApproach(this);
    }
  }
}
