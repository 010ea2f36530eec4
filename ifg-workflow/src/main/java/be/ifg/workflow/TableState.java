package be.ifg.workflow;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import be.ifg.domain.AccessGrant;
import be.ifg.domain.CaseDirector;
import be.ifg.domain.CaseTable;
import be.ifg.domain.Dossier;
import be.ifg.domain.PartnerId;
import be.ifg.domain.PolicySignal;
import be.ifg.domain.ProfessionalId;
import be.ifg.domain.SessionId;
import be.ifg.domain.SignalId;
import be.ifg.domain.TableEvent;
import be.ifg.domain.TableMember;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The case table as it is now: a pure fold of its {@link TableEvent events}. Its partners, members,
 * coordinator, who signed the secrecy pledge and since when each member sits at the table, and the
 * policy signals raised. Every right is judged against this state at the moment of the request: a
 * member who left has no right from the moment they left.
 *
 * <p>The fold starts from the {@link CaseTable} an application configures (the <em>seed</em>); the
 * stream's first event, {@link TableEvent.TableConfigured}, records that seed, and {@link
 * TableEvent.MemberJoined} and {@link TableEvent.MemberLeft} change it. Immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class TableState {
  /** Since when a member configured with the table sits at it: from the beginning. */
  private static final Instant FROM_THE_START = Instant.MIN;

  private final CaseTable table;
  private final long version;
  private final ImmutableSet<ProfessionalId> pledgesSigned;
  private final ImmutableMap<ProfessionalId, Instant> memberSince;
  private final ImmutableMap<ProfessionalId, Instant> leftAt;
  private final ImmutableList<PolicySignal> signals;
  private final ImmutableMap<SessionId, TableEvent.SessionScheduled> sessions;

  private TableState(
      CaseTable table,
      long version,
      ImmutableSet<ProfessionalId> pledgesSigned,
      ImmutableMap<ProfessionalId, Instant> memberSince,
      ImmutableMap<ProfessionalId, Instant> leftAt,
      ImmutableList<PolicySignal> signals,
      ImmutableMap<SessionId, TableEvent.SessionScheduled> sessions) {
    this.table = table;
    this.version = version;
    this.pledgesSigned = pledgesSigned;
    this.memberSince = memberSince;
    this.leftAt = leftAt;
    this.signals = signals;
    this.sessions = sessions;
  }

  /**
   * The state of a table as configured, before any event: its members as the seed lists them, those
   * configured as pledged having the pledge.
   *
   * @param seed the table as the application configures it
   */
  public static TableState of(CaseTable seed) {
    checkNotNull(seed, "seed");
    Map<ProfessionalId, Instant> since = new LinkedHashMap<>();
    for (TableMember m : seed.members()) {
      since.put(m.id(), FROM_THE_START);
    }
    return new TableState(
        seed,
        0,
        ImmutableSet.of(),
        ImmutableMap.copyOf(since),
        ImmutableMap.of(),
        ImmutableList.of(),
        ImmutableMap.of());
  }

  /**
   * Folds a table's history.
   *
   * @param seed the table as the application configures it; a {@link TableEvent.TableConfigured}
   *     event in the history takes its place
   * @param events the table's events, oldest first
   * @throws IllegalArgumentException if an event belongs to another region or does not fit
   */
  public static TableState fold(CaseTable seed, Iterable<? extends TableEvent> events) {
    TableState state = of(seed);
    for (TableEvent e : events) {
      state = state.evolve(e);
    }
    return state;
  }

  /**
   * Applies one event.
   *
   * @throws IllegalArgumentException if the event belongs to another region, or does not fit the
   *     table (a member who joins twice, leaves without being a member, a second configuration)
   */
  public TableState evolve(TableEvent event) {
    checkNotNull(event, "event");
    checkArgument(
        event.region().equals(table.region()),
        "event %s of region %s does not belong to the table of %s",
        event.type(),
        event.region(),
        table.region());
    if (event instanceof TableEvent.TableConfigured e) {
      checkArgument(version == 0, "the table of %s is configured already", table.region());
      TableState configuredState = of(e.table());
      return new TableState(
          configuredState.table,
          1,
          pledgesSigned,
          configuredState.memberSince,
          leftAt,
          signals,
          sessions);
    }
    if (event instanceof TableEvent.MemberJoined e) {
      Map<ProfessionalId, Instant> since = new LinkedHashMap<>(memberSince);
      // a member who left and joins again at the same instant sits from just after they left: an
      // appointment or grant of that instant, given before they left, does not come back
      Instant left = leftAt.get(e.member());
      Instant from = left != null && !e.at().isAfter(left) ? left.plusNanos(1) : e.at();
      since.put(e.member(), from);
      ImmutableSet<ProfessionalId> signed =
          e.pledged() ? with(pledgesSigned, e.member()) : without(pledgesSigned, e.member());
      return new TableState(
          table.withMember(new TableMember(e.member(), e.partner(), false)),
          version + 1,
          signed,
          ImmutableMap.copyOf(since),
          leftAt,
          signals,
          sessions);
    }
    if (event instanceof TableEvent.MemberLeft e) {
      Map<ProfessionalId, Instant> since = new LinkedHashMap<>(memberSince);
      since.remove(e.member());
      Map<ProfessionalId, Instant> left = new LinkedHashMap<>(leftAt);
      left.put(e.member(), e.at());
      return new TableState(
          table.withoutMember(e.member()),
          version + 1,
          without(pledgesSigned, e.member()),
          ImmutableMap.copyOf(since),
          ImmutableMap.copyOf(left),
          signals,
          sessions);
    }
    if (event instanceof TableEvent.PledgeSigned e) {
      return new TableState(
          table,
          version + 1,
          with(pledgesSigned, e.actor()),
          memberSince,
          leftAt,
          signals,
          sessions);
    }
    if (event instanceof TableEvent.SessionScheduled e) {
      checkArgument(
          !sessions.containsKey(e.session()),
          "session %s of %s is scheduled already",
          e.session(),
          table.region());
      return new TableState(
          table,
          version + 1,
          pledgesSigned,
          memberSince,
          leftAt,
          signals,
          ImmutableMap.<SessionId, TableEvent.SessionScheduled>builder()
              .putAll(sessions)
              .put(e.session(), e)
              .build());
    }
    TableEvent.SignalRaised e = (TableEvent.SignalRaised) event;
    return new TableState(
        table,
        version + 1,
        pledgesSigned,
        memberSince,
        leftAt,
        ImmutableList.<PolicySignal>builder().addAll(signals).add(e.signal()).build(),
        sessions);
  }

  private static ImmutableSet<ProfessionalId> with(
      ImmutableSet<ProfessionalId> set, ProfessionalId id) {
    return ImmutableSet.<ProfessionalId>builder().addAll(set).add(id).build();
  }

  private static ImmutableSet<ProfessionalId> without(
      ImmutableSet<ProfessionalId> set, ProfessionalId id) {
    return set.stream().filter(p -> !p.equals(id)).collect(ImmutableSet.toImmutableSet());
  }

  /** The table's region. */
  public String region() {
    return table.region();
  }

  /** The table as it is now: its partners, current members and known professionals. */
  public CaseTable table() {
    return table;
  }

  /** How many events the table has: the version an appender expects. */
  public long version() {
    return version;
  }

  /** The coordinator. */
  public ProfessionalId coordinator() {
    return table.coordinator();
  }

  /** Whether the professional is a member of the table now. */
  public boolean isMember(ProfessionalId professional) {
    return table.isMember(professional);
  }

  /** The partner whose seat the professional holds at the table now, if they are a member. */
  public Optional<PartnerId> seat(ProfessionalId professional) {
    return table.member(professional).map(TableMember::partner);
  }

  /**
   * Whether a member of the table has the secrecy pledge now: configured as pledged, or signed
   * since they (last) joined. A professional who is not a member has no pledge at this table.
   */
  public boolean hasPledged(ProfessionalId professional) {
    Optional<TableMember> member = table.member(professional);
    if (member.isEmpty()) {
      return false;
    }
    return member.get().pledged() || pledgesSigned.contains(professional);
  }

  /**
   * Whether the professional may take part in the table's case consultations now: a member who has
   * the pledge. Whoever lacks standing receives nothing of any dossier.
   */
  public boolean hasStanding(ProfessionalId professional) {
    return hasPledged(professional);
  }

  /**
   * Since when the professional sits at the table without interruption ({@link Instant#MIN} for a
   * member configured with the table), or empty if they are not a member now. A right given before
   * this moment (an appointment, a grant) ended when they left.
   */
  public Optional<Instant> memberSince(ProfessionalId professional) {
    return Optional.ofNullable(memberSince.get(professional));
  }

  /**
   * The dossier's case director in office now: the member last appointed, if they have sat at the
   * table without interruption since the appointment. A director who left the table (even one who
   * joined again) holds no director right; the dossier then waits for a new appointment.
   *
   * @param dossier a dossier of this table
   */
  public Optional<CaseDirector> directorInOffice(Dossier dossier) {
    Optional<CaseDirector> named = dossier.caseDirector();
    if (named.isEmpty()) {
      return named;
    }
    Instant since = memberSince.get(named.get().member());
    return since != null && !since.isAfter(named.get().appointedAt()) ? named : Optional.empty();
  }

  /** Whether a dossier's case director named is in office now (see {@link #directorInOffice}). */
  boolean holdsOffice(CaseDirector named) {
    Instant since = memberSince.get(named.member());
    return since != null && !since.isAfter(named.appointedAt());
  }

  /** Whether the professional is the dossier's case director in office now. */
  public boolean isDirectorInOffice(Dossier dossier, ProfessionalId professional) {
    return directorInOffice(dossier).map(d -> d.member().equals(professional)).orElse(false);
  }

  /**
   * Whether a grant still holds at this table: its member has sat at the table without interruption
   * since it was given (a grant ends when its member leaves, for good). Revoked grants are gone
   * from the dossier already; whether the dossier still shares is the policy's concern.
   */
  public boolean grantHolds(AccessGrant grant) {
    Instant since = memberSince.get(grant.member());
    return since != null && !since.isAfter(grant.at());
  }

  /** When the professional last left the table, if they ever did. */
  public Optional<Instant> leftAt(ProfessionalId professional) {
    return Optional.ofNullable(leftAt.get(professional));
  }

  /** Who has the secrecy pledge now. */
  public Pledges pledges() {
    ImmutableSet.Builder<ProfessionalId> b = ImmutableSet.builder();
    for (TableMember m : table.members()) {
      if (hasPledged(m.id())) {
        b.add(m.id());
      }
    }
    return new Pledges(b.build());
  }

  /** The policy signals raised, oldest first. */
  public List<PolicySignal> signals() {
    return signals;
  }

  /** The signal with this id. */
  public Optional<PolicySignal> signal(SignalId id) {
    return signals.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /** The sessions scheduled at the table, in the order they were scheduled. */
  public List<TableEvent.SessionScheduled> sessions() {
    return sessions.values().asList();
  }

  /** The session with this id, if it was scheduled at this table. */
  public Optional<TableEvent.SessionScheduled> session(SessionId id) {
    return Optional.ofNullable(sessions.get(id));
  }

  @Override
  public String toString() {
    return "TableState[" + table.region() + ", version " + version + "]";
  }
}
