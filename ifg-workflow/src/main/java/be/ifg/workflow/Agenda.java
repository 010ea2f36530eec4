package be.ifg.workflow;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.MAINTAINED;

import be.ifg.domain.CaseDirector;
import be.ifg.domain.Dossier;
import be.ifg.domain.DossierStatus;
import be.ifg.domain.PartnerId;
import be.ifg.domain.ProfessionalId;
import be.ifg.domain.TableMember;
import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/*
 * What the agenda lists.
 *
 * Every open obligation of a dossier, each with its due date, overdue when the due date lies
 * before the agenda's date. Upcoming entries are listed too (an agenda shows what comes), so the
 * follow-up end shows from the start of follow-up and is overdue the day after it ends.
 *
 *   PROGRESS_REPORT   case direction: the report interval after case direction (re)started or
 *                     after the last report since; concerns the case director.
 *   ACTION            case direction: each action not done or cancelled, by its due date;
 *                     concerns the owner partner's members and the case director.
 *   INFORMATION_REQUEST an open request of an active dossier, by its due date; concerns the asked
 *                     partner's members and the member who asked.
 *   INFORMING_REVIEW  a pending safety deferral of an active dossier, by its review date; concerns
 *                     who deferred, the registrant and the case director.
 *   FOLLOW_UP_END     follow-up: its end; concerns the case director.
 *   EVALUATION        a closed dossier not yet evaluated, due from its closure; concerns the case
 *                     director.
 *   DIRECTOR_VACANT   weighing, case direction or follow-up, and the director named left the table:
 *                     due from the day they left; concerns the coordinator.
 *   PROPOSAL          case direction: each plan adjustment proposed and not yet decided, due from
 *                     the day it was proposed; concerns the coordinator, who records the
 *                     operational team's decision. A session's agenda lists it on the session's
 *                     date for the whole table: the team decides in session.
 *
 * Who is concerned is read from the table as it is now: a member who left is concerned by nothing,
 * and a director who left is no longer the director. The coordinator is concerned by everything;
 * no actor (null) means everybody's agenda.
 */

/**
 * The agenda: what is due or overdue on a date, for whom, over one or many dossiers. Computes from
 * states the caller holds and decides nothing about who may read it: {@link ChainApproach#agenda}
 * hands an agenda only to those with standing at the table, and logs it. Stateless and thread-safe.
 */
@API(status = MAINTAINED, since = "0.1")
public final class Agenda {
  private final ZoneId zone;

  private Agenda(ZoneId zone) {
    this.zone = zone;
  }

  /**
   * An agenda reading dates in a time zone.
   *
   * @param zone the zone in which instants become dates
   */
  public static Agenda of(ZoneId zone) {
    return new Agenda(checkNotNull(zone, "zone"));
  }

  /**
   * The entries of the dossiers that concern an actor, by due date.
   *
   * @param table the dossiers' table as it is now
   * @param dossiers the dossiers
   * @param actor whose agenda; {@code null} for everybody's
   * @param date the agenda's date: entries due before it are overdue
   */
  public List<AgendaEntry> entries(
      TableState table,
      Collection<Dossier> dossiers,
      @Nullable ProfessionalId actor,
      LocalDate date) {
    checkNotNull(table, "table");
    checkNotNull(date, "date");
    List<DossierDue> dues = new ArrayList<>(dossiers.size());
    for (Dossier d : dossiers) {
      dues.add(DossierDue.of(d));
    }
    return dueEntries(table, dues, actor, date);
  }

  /** {@link #entries} over what the agenda needs of each dossier, in the order given. */
  List<AgendaEntry> dueEntries(
      TableState table,
      Collection<DossierDue> dossiers,
      @Nullable ProfessionalId actor,
      LocalDate date) {
    List<AgendaEntry> all = new ArrayList<>();
    boolean everything = actor == null || actor.equals(table.coordinator());
    Asked asked = new Asked(table, date, everything ? null : actor);
    for (DossierDue d : dossiers) {
      collect(asked, d, all);
    }
    return all.stream().sorted(ORDER).collect(ImmutableList.toImmutableList());
  }

  private static final Comparator<AgendaEntry> ORDER =
      Comparator.comparing(AgendaEntry::due)
          .thenComparing(AgendaEntry::kind)
          .thenComparing(e -> e.dossier().value())
          .thenComparing(AgendaEntry::reference);

  /** The kinds of the table's own agenda that a session works through (besides its own two). */
  private static final Set<AgendaKind> SESSION_KINDS =
      EnumSet.of(
          AgendaKind.PROGRESS_REPORT,
          AgendaKind.FOLLOW_UP_END,
          AgendaKind.EVALUATION,
          AgendaKind.DIRECTOR_VACANT);

  /**
   * The agenda of a session of the table on a date: what the table has to decide or hear in it,
   * over every dossier, by due date. Registrations to accept or decline ({@link
   * AgendaKind#REGISTRATION}), complete dossiers ready to weigh — without a completed assessment or
   * without a plan ({@link AgendaKind#READY_TO_WEIGH}), both due on the session's date — and, due
   * on or before the session's date, progress reports, follow-ups ending, dossiers to evaluate and
   * vacant case directions. Plan adjustments the case director proposed and the operational team
   * has not decided yet ({@link AgendaKind#PROPOSAL}, in case direction) are due on the session's
   * date too. The registrations, the dossiers to weigh and the proposals concern every member with
   * the pledge.
   *
   * @param table the dossiers' table as it is now
   * @param dossiers the dossiers
   * @param date the session's date: entries due before it are overdue
   */
  public List<AgendaEntry> sessionEntries(
      TableState table, Collection<Dossier> dossiers, LocalDate date) {
    checkNotNull(table, "table");
    checkNotNull(date, "date");
    List<DossierDue> dues = new ArrayList<>(dossiers.size());
    for (Dossier d : dossiers) {
      dues.add(DossierDue.of(d));
    }
    return dueSessionEntries(table, dues, date);
  }

  /** {@link #sessionEntries} over what the agenda needs of each dossier, in the order given. */
  List<AgendaEntry> dueSessionEntries(
      TableState table, Collection<DossierDue> dossiers, LocalDate date) {
    Set<ProfessionalId> pledged = table.pledges().signed();
    List<AgendaEntry> all = new ArrayList<>();
    List<AgendaEntry> due = new ArrayList<>();
    Asked asked = new Asked(table, date, null);
    for (DossierDue d : dossiers) {
      due.clear();
      collect(asked, d, due);
      for (AgendaEntry e : due) {
        if (SESSION_KINDS.contains(e.kind()) && !e.due().isAfter(date)) {
          all.add(e);
        }
      }
      if (d.status == DossierStatus.REGISTERED) {
        add(new Entries(all, null), AgendaKind.REGISTRATION, d, d.id.value(), date, date, pledged);
      }
      if (d.readyToWeigh) {
        add(
            new Entries(all, null),
            AgendaKind.READY_TO_WEIGH,
            d,
            d.id.value(),
            date,
            date,
            pledged);
      }
      for (DossierDue.OpenProposal p : d.proposals) {
        add(new Entries(all, null), AgendaKind.PROPOSAL, d, p.id(), date, date, pledged);
      }
    }
    return all.stream().sorted(ORDER).collect(ImmutableList.toImmutableList());
  }

  private LocalDate date(Instant at) {
    return LocalDate.ofInstant(at, zone);
  }

  /**
   * One question: the table, the agenda's date, whose entries are kept (null: all), and the members
   * of each partner, looked up once.
   */
  private static final class Asked {
    final TableState table;
    final LocalDate on;
    final @Nullable ProfessionalId only;
    private final Map<PartnerId, Set<ProfessionalId>> members = new HashMap<>();

    Asked(TableState table, LocalDate on, @Nullable ProfessionalId only) {
      this.table = table;
      this.on = on;
      this.only = only;
    }

    /** The partner's members now, as a new set the caller may add to. */
    Set<ProfessionalId> members(PartnerId partner) {
      return new LinkedHashSet<>(
          members.computeIfAbsent(
              partner,
              p -> {
                Set<ProfessionalId> who = new LinkedHashSet<>();
                for (TableMember m : table.table().membersOf(p)) {
                  who.add(m.id());
                }
                return who;
              }));
    }
  }

  private void collect(Asked asked, DossierDue d, List<AgendaEntry> all) {
    TableState table = asked.table;
    LocalDate on = asked.on;
    Entries out = new Entries(all, asked.only);
    Set<ProfessionalId> director = new LinkedHashSet<>();
    CaseDirector named = d.director;
    if (named != null && table.holdsOffice(named)) {
      director.add(named.member());
    }
    DossierStatus status = d.status;
    if (director.isEmpty()
        && named != null
        && (status.isSharing() && status != DossierStatus.DOSSIER_BUILDING)) {
      add(
          out,
          AgendaKind.DIRECTOR_VACANT,
          d,
          d.id.value(),
          date(table.leftAt(named.member()).orElse(named.appointedAt())),
          on,
          Set.of(table.coordinator()));
    }
    Instant base = d.progressBase;
    if (status == DossierStatus.CASE_DIRECTION && base != null) {
      add(
          out,
          AgendaKind.PROGRESS_REPORT,
          d,
          d.id.value(),
          date(base).plus(table.table().reportInterval()),
          on,
          director);
      for (DossierDue.OpenAction a : d.actions) {
        Set<ProfessionalId> who = asked.members(a.owner());
        who.addAll(director);
        add(out, AgendaKind.ACTION, d, a.id(), a.due(), on, who);
      }
      for (DossierDue.OpenProposal p : d.proposals) {
        add(
            out,
            AgendaKind.PROPOSAL,
            d,
            p.id(),
            date(p.proposedAt()),
            on,
            Set.of(table.coordinator()));
      }
    }
    for (DossierDue.OpenRequest r : d.requests) {
      Set<ProfessionalId> who = asked.members(r.from());
      if (table.isMember(r.requestedBy())) {
        who.add(r.requestedBy());
      }
      add(out, AgendaKind.INFORMATION_REQUEST, d, r.id(), r.dueBy(), on, who);
    }
    for (DossierDue.PendingDeferral deferral : d.deferrals) {
      Set<ProfessionalId> who = new LinkedHashSet<>();
      if (table.table().professional(deferral.by()).isPresent()) {
        who.add(deferral.by());
      }
      if (table.table().professional(d.registrant).isPresent()) {
        who.add(d.registrant);
      }
      who.addAll(director);
      add(out, AgendaKind.INFORMING_REVIEW, d, deferral.party(), deferral.reviewBy(), on, who);
    }
    Instant until = d.followUpUntil;
    if (until != null) {
      add(out, AgendaKind.FOLLOW_UP_END, d, d.id.value(), date(until), on, director);
    }
    Instant closed = d.closedUnevaluated;
    if (closed != null) {
      add(out, AgendaKind.EVALUATION, d, d.id.value(), date(closed), on, director);
    }
  }

  /** Where entries go: all of them, or only those that concern one actor. */
  private record Entries(List<AgendaEntry> out, @Nullable ProfessionalId only) {}

  private static void add(
      Entries out,
      AgendaKind kind,
      DossierDue d,
      String reference,
      LocalDate due,
      LocalDate on,
      Set<ProfessionalId> concerns) {
    ProfessionalId only = out.only();
    if (only == null || concerns.contains(only)) {
      out.out().add(new AgendaEntry(kind, d.id, reference, due, due.isBefore(on), concerns));
    }
  }
}
