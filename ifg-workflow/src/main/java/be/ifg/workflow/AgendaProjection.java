package be.ifg.workflow;

import static com.google.common.base.Preconditions.checkNotNull;

import be.ifg.domain.CaseTable;
import be.ifg.domain.Dossier;
import be.ifg.domain.DossierEvent;
import be.ifg.domain.DossierId;
import be.ifg.domain.DossierStatus;
import be.ifg.domain.PartnerId;
import be.ifg.domain.ProfessionalId;
import be.ifg.domain.TableEvent;
import be.ifg.persistence.EventStore;
import be.ifg.persistence.RecordedEvent;
import be.ifg.persistence.StreamId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/*
 * The agenda as a projection.
 *
 * One table's agenda, kept up to date from the store's global order, so that a question reads a
 * few dossiers instead of folding every dossier of the table.
 *
 * Per dossier of the table it keeps what the agenda needs (DossierDue: open actions, requests,
 * deferrals, proposals and a few dates, with the ids that decide whom they concern) and, while
 * the dossier can still change, its folded state to evolve with the next event. A dossier that
 * reached a terminal state keeps its DossierDue alone: its state is dropped and read back from
 * the store in the rare case another event follows (an evaluation is kept waiting for: a closed
 * dossier keeps its state until it is evaluated). So the memory held is about one DossierDue per
 * finished dossier, one state per dossier in progress.
 *
 * Three indexes point from a professional or a partner to the dossiers whose entries may concern
 * them: a superset, so that the agenda itself (Agenda.dueEntries) decides with the table as it is
 * when asked — membership, directors in office and pledges are read then, never stored here. A
 * member's question reads the dossiers the indexes name; the coordinator's and a session's read
 * all of the table's.
 *
 * A dossier's DossierDue is computed when a question needs it, not on every event: a rebuild
 * computes each once. The state, the DossierDues, the indexes and the position change under one
 * lock, so a question never sees a state that disagrees with its position.
 *
 * A purge removes a stream's events from the store: a question about one dossier notices (the
 * stream's version went down) and forgets it; otherwise the purge forgets it through forget(),
 * and a purge by another process needs ChainApproach.rebuildProjections(). A stream written anew
 * after a purge starts again at version 1, which apply() takes as a new dossier.
 */

/**
 * The agenda of one table as an incremental {@link Projection}: what {@link Agenda} computes over
 * every dossier, kept per dossier as events arrive and indexed by whom it may concern. Never handed
 * to applications: {@link ChainApproach} asks it after deciding and logging who may know.
 * Thread-safe: every method holds the projection's lock.
 */
final class AgendaProjection implements Projection {
  private final String region;
  private final String prefix;
  private final CaseTable seed;
  private final StreamId tableStream;
  private final EventStore store;
  private final Agenda agenda;

  private long position;

  /** The table's state folded from the table's events in global order, as tableState() folds. */
  private TableState table;

  private final Map<DossierId, Slot> slots = new HashMap<>();
  private final TreeMap<DossierId, DossierDue> dues = new TreeMap<>();
  private static final NavigableSet<DossierId> NONE = Collections.emptyNavigableSet();

  private final Set<DossierId> dirty = new HashSet<>();
  // the indexes keep their ids sorted, so a question takes them in id order without sorting
  private final Map<ProfessionalId, NavigableSet<DossierId>> byPerson = new HashMap<>();
  private final Map<PartnerId, NavigableSet<DossierId>> byPartner = new HashMap<>();
  private final Map<ProfessionalId, NavigableSet<DossierId>> byRegistrant = new HashMap<>();

  /** One dossier's stream as far as the projection read it. */
  private static final class Slot {
    long version;

    /** The folded state while it may still change; null once the dossier is finished. */
    @Nullable Dossier state;

    /** The due items indexed, or null while dirty or for a stream of another table. */
    @Nullable DossierDue due;

    /** A stream under this region whose registration names another table: ignored. */
    boolean foreign;
  }

  AgendaProjection(CaseTable seed, EventStore store, Agenda agenda) {
    this.seed = checkNotNull(seed, "seed");
    this.region = seed.region();
    this.tableStream = StreamId.table(region);
    this.table = TableState.of(seed);
    String one = StreamId.dossier(region, DossierId.of("x")).value();
    this.prefix = one.substring(0, one.length() - 1);
    this.store = checkNotNull(store, "store");
    this.agenda = checkNotNull(agenda, "agenda");
  }

  @Override
  public synchronized long position() {
    return position;
  }

  /** The projection reads its table's streams only: the table's own and its dossiers'. */
  @Override
  public Optional<String> region() {
    return Optional.of(region);
  }

  @Override
  public synchronized void advanceTo(long readUpTo) {
    position = Math.max(position, readUpTo);
  }

  @Override
  public synchronized void apply(RecordedEvent r) {
    if (r.position() <= position) {
      return;
    }
    String stream = r.stream().value();
    if (r.event() instanceof DossierEvent event && stream.startsWith(prefix)) {
      evolve(DossierId.of(stream.substring(prefix.length())), r, event);
    } else if (r.event() instanceof TableEvent event && r.stream().equals(tableStream)) {
      table = evolveTable(r, event);
    }
    position = r.position();
  }

  /**
   * The table's state after its next event: the same fold as {@link ChainApproach#tableState()},
   * one event at a time. An event that does not follow the version folded (the table's stream was
   * written anew after a purge) folds the stream again from the store, up to the event.
   */
  private TableState evolveTable(RecordedEvent r, TableEvent event) {
    if (r.version() == table.version() + 1) {
      return table.evolve(event);
    }
    List<TableEvent> events = new ArrayList<>();
    for (RecordedEvent e : store.read(tableStream)) {
      if (e.version() <= r.version()) {
        events.add((TableEvent) e.event());
      }
    }
    return TableState.fold(seed, events);
  }

  /** The table as the events applied so far leave it: what {@code tableState()} folds. */
  synchronized TableState table() {
    return table;
  }

  private void evolve(DossierId id, RecordedEvent r, DossierEvent event) {
    Slot slot = slots.get(id);
    if (slot != null && r.version() <= slot.version) {
      // the stream was purged and written anew: what the projection knew of it is gone
      forget(id);
      slot = null;
    }
    if (slot == null) {
      slot = new Slot();
      slots.put(id, slot);
    } else if (slot.foreign) {
      slot.version = r.version();
      return;
    }
    Dossier previous = slot.state;
    if (r.version() > 1 && (previous == null || slot.version != r.version() - 1)) {
      Optional<Dossier> read = read(id, r.version() - 1);
      if (read.isEmpty()) {
        // purged since: nothing of it is left to list
        forget(id);
        return;
      }
      previous = read.get();
    }
    Dossier next = Dossier.evolve(r.version() == 1 ? null : previous, event);
    slot.version = r.version();
    if (!next.table().equals(region)) {
      slot.foreign = true;
      slot.state = null;
      unindex(id, slot);
      dues.remove(id);
      dirty.remove(id);
      return;
    }
    DossierStatus status = next.status();
    boolean finished =
        status.isTerminal() && !(status == DossierStatus.CLOSED && next.evaluations().isEmpty());
    if (finished) {
      slot.state = null;
      dirty.remove(id);
      index(id, slot, DossierDue.of(next));
    } else {
      slot.state = next;
      dirty.add(id);
    }
  }

  /** The dossier folded up to a version, read from the store; empty if it has fewer events now. */
  private Optional<Dossier> read(DossierId id, long upTo) {
    List<DossierEvent> events = new ArrayList<>();
    for (RecordedEvent r : store.read(StreamId.dossier(region, id))) {
      if (r.version() <= upTo) {
        events.add((DossierEvent) r.event());
      }
    }
    return events.size() < upTo ? Optional.empty() : Optional.of(Dossier.fold(events));
  }

  private void index(DossierId id, Slot slot, DossierDue due) {
    DossierDue old = slot.due;
    slot.due = due;
    dues.put(id, due);
    Set<ProfessionalId> people = due.people();
    Set<PartnerId> partners = due.partners();
    if (old != null
        && old.registrant.equals(due.registrant)
        && old.people().equals(people)
        && old.partners().equals(partners)) {
      return;
    }
    if (old != null) {
      unindex(id, old);
    }
    for (ProfessionalId p : people) {
      byPerson.computeIfAbsent(p, k -> new TreeSet<>()).add(id);
    }
    for (PartnerId p : partners) {
      byPartner.computeIfAbsent(p, k -> new TreeSet<>()).add(id);
    }
    byRegistrant.computeIfAbsent(due.registrant, k -> new TreeSet<>()).add(id);
  }

  private void unindex(DossierId id, Slot slot) {
    DossierDue old = slot.due;
    slot.due = null;
    if (old != null) {
      unindex(id, old);
    }
  }

  private void unindex(DossierId id, DossierDue old) {
    for (ProfessionalId p : old.people()) {
      remove(byPerson, p, id);
    }
    for (PartnerId p : old.partners()) {
      remove(byPartner, p, id);
    }
    remove(byRegistrant, old.registrant, id);
  }

  private static <K> void remove(Map<K, NavigableSet<DossierId>> index, K key, DossierId id) {
    NavigableSet<DossierId> ids = index.get(key);
    if (ids != null && ids.remove(id) && ids.isEmpty()) {
      index.remove(key);
    }
  }

  /** Indexes the dossiers changed since the last question. */
  private void clean() {
    if (dirty.isEmpty()) {
      return;
    }
    for (DossierId id : dirty) {
      Slot slot = slots.get(id);
      Dossier state = slot == null ? null : slot.state;
      if (state != null) {
        index(id, slot, DossierDue.of(state));
      }
    }
    dirty.clear();
  }

  @Override
  public synchronized void reset() {
    position = 0;
    table = TableState.of(seed);
    slots.clear();
    dues.clear();
    dirty.clear();
    byPerson.clear();
    byPartner.clear();
    byRegistrant.clear();
  }

  /**
   * Forgets a dossier whose stream was purged: it is listed no more. Its later events, if the
   * stream is written anew, start it again.
   */
  synchronized void forget(DossierId id) {
    Slot slot = slots.remove(id);
    if (slot != null) {
      unindex(id, slot);
    }
    dues.remove(id);
    dirty.remove(id);
  }

  /** The version of the dossier's stream the projection has read, or 0 if it has none. */
  synchronized long version(DossierId id) {
    Slot slot = slots.get(id);
    return slot == null || slot.foreign ? 0 : slot.version;
  }

  /** The position and the number of dossiers held, read together. */
  record Snapshot(long position, int dossiers) {}

  /** The position and the number of dossiers held, in one step: they always agree. */
  synchronized Snapshot snapshot() {
    clean();
    return new Snapshot(position, dues.size());
  }

  /** How many dossiers of the table the projection holds. */
  synchronized int size() {
    clean();
    return dues.size();
  }

  /**
   * The table-wide agenda: {@link Agenda#entries} over the dossiers of the table, or over those the
   * actor registered.
   *
   * @param table the table as it is now
   * @param actor whose agenda
   * @param ownRegistrations only the dossiers the actor registered (a registrant without standing)
   * @param date the agenda's date
   */
  synchronized List<AgendaEntry> entries(
      TableState table, ProfessionalId actor, boolean ownRegistrations, LocalDate date) {
    clean();
    Collection<DossierDue> candidates;
    if (ownRegistrations) {
      candidates = pick(byRegistrant.getOrDefault(actor, NONE));
    } else if (actor.equals(table.coordinator())) {
      candidates = dues.values();
    } else {
      NavigableSet<DossierId> person = byPerson.getOrDefault(actor, NONE);
      NavigableSet<DossierId> partner =
          table.seat(actor).map(p -> byPartner.getOrDefault(p, NONE)).orElse(NONE);
      NavigableSet<DossierId> ids;
      if (person.isEmpty() || partner.isEmpty()) {
        ids = person.isEmpty() ? partner : person;
      } else {
        ids = new TreeSet<>(partner.size() >= person.size() ? partner : person);
        ids.addAll(partner.size() >= person.size() ? person : partner);
      }
      candidates = pick(ids);
    }
    return agenda.dueEntries(table, candidates, actor, date);
  }

  /** The agenda of one dossier, if the projection holds it. */
  synchronized List<AgendaEntry> entries(
      TableState table, DossierId dossier, ProfessionalId actor, LocalDate date) {
    clean();
    DossierDue due = dues.get(dossier);
    return due == null ? List.of() : agenda.dueEntries(table, List.of(due), actor, date);
  }

  /** The agenda of a session of the table on a date, over every dossier. */
  synchronized List<AgendaEntry> sessionEntries(TableState table, LocalDate date) {
    clean();
    return agenda.dueSessionEntries(table, dues.values(), date);
  }

  /**
   * The dossiers named, in id order (the order the agenda sorts ties in): the ids come sorted, and
   * each dossier's due items are found through its slot, which holds the same as {@code dues}.
   */
  private List<DossierDue> pick(NavigableSet<DossierId> ids) {
    List<DossierDue> out = new ArrayList<>(ids.size());
    for (DossierId id : ids) {
      Slot slot = slots.get(id);
      DossierDue due = slot == null ? null : slot.due;
      if (due != null) {
        out.add(due);
      }
    }
    return out;
  }
}
