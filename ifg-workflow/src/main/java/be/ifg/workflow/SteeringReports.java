package be.ifg.workflow;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import be.ifg.domain.PolicySignal;
import be.ifg.domain.ProfessionalId;
import be.ifg.domain.Purpose;
import be.ifg.domain.TableEvent;
import be.ifg.persistence.RecordedEvent;
import be.ifg.persistence.Store;
import be.ifg.persistence.StreamId;
import com.google.common.collect.ImmutableList;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.apiguardian.api.API;

/**
 * What a {@link SteeringGroup} reads of the tables it oversees: reports of figures with small
 * counts suppressed ({@link SteeringReport}) and the policy signals — nothing of any dossier.
 *
 * <p>Only the group's readers get an answer; anybody else gets the same empty answer whether the
 * tables exist, have dossiers or not. Every question, answered or refused, is written to the
 * disclosure log with purpose {@link Purpose#STATISTICS}, once for each region the group oversees.
 *
 * <p>The figures come from a projection ({@link Projection}) kept inside: each report first catches
 * it up with the store ({@link Projector#catchUp}), then reads it, so a report costs the events
 * appended since the last one plus a pass over the compact facts, never a fold of the dossiers.
 *
 * <p>Thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class SteeringReports {
  /** The default threshold: counts 1 to 4 are shown as "&lt; 5". */
  public static final int DEFAULT_THRESHOLD = 5;

  /** The rule id in the disclosure log of a steering group's reader. */
  public static final String RULE = "steering-group";

  private final Store store;
  private final SteeringGroup group;
  private final Clock clock;
  private final int threshold;
  private final DisclosureLog log;
  private final SteeringFigures figures;

  /**
   * Reports over a store with the default threshold, logging to the store's disclosure log.
   *
   * @param store the store the group's tables keep their events in
   * @param group the steering group
   * @param clock the time of the log's entries, and its zone the days of a period
   */
  public SteeringReports(Store store, SteeringGroup group, Clock clock) {
    this(store, group, clock, DEFAULT_THRESHOLD, new DisclosureLog(store));
  }

  /**
   * Reports over a store.
   *
   * @param store the store the group's tables keep their events in
   * @param group the steering group
   * @param clock the time of the log's entries, and its zone the days of a period
   * @param threshold the smallest count shown, at least 3 (below, "&lt; 2" would say "1")
   * @param log where questions are logged: the log of the tables' chain approaches
   * @throws IllegalArgumentException if the threshold is below 3
   */
  public SteeringReports(
      Store store, SteeringGroup group, Clock clock, int threshold, DisclosureLog log) {
    this.store = checkNotNull(store, "store");
    this.group = checkNotNull(group, "group");
    this.clock = checkNotNull(clock, "clock");
    checkArgument(threshold >= 3, "threshold must be >= 3: %s", threshold);
    this.threshold = threshold;
    this.log = checkNotNull(log, "log");
    this.figures = new SteeringFigures(group);
  }

  /** The steering group. */
  public SteeringGroup group() {
    return group;
  }

  /** The smallest count a report shows. */
  public int threshold() {
    return threshold;
  }

  /**
   * The report over a period, for a reader of the group; the question is logged.
   *
   * @param reader who asks
   * @param from the first day of the period
   * @param to the last day (included), not before {@code from}
   * @return the report; empty for anybody who is not a reader of this group
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   * @throws be.ifg.persistence.PersistenceException if the store fails
   */
  public Optional<SteeringReport> report(ProfessionalId reader, LocalDate from, LocalDate to) {
    checkNotNull(reader, "reader");
    checkNotNull(from, "from");
    checkNotNull(to, "to");
    checkArgument(!to.isBefore(from), "the period ends before it starts: %s > %s", from, to);
    if (!logged(reader, Disclosure.STEERING_REPORT)) {
      return Optional.empty();
    }
    synchronized (figures) {
      Projector.catchUp(store, figures);
      return Optional.of(figures.report(from, to, clock.getZone(), threshold));
    }
  }

  /**
   * Rebuilds the figures from scratch, from every event the store holds now: after a retention
   * purge (by this process or another), the purged dossiers leave the figures. Reports asked
   * meanwhile wait for the rebuild.
   *
   * @return how many events were read
   * @throws be.ifg.persistence.PersistenceException if the store fails
   */
  public long rebuild() {
    synchronized (figures) {
      return Projector.rebuild(store, figures);
    }
  }

  /**
   * The policy signals of the group's tables, oldest first, for a reader of the group; the question
   * is logged.
   *
   * @param reader who asks
   * @return the signals; empty for anybody who is not a reader of this group
   * @throws be.ifg.persistence.PersistenceException if the store fails
   */
  public List<PolicySignal> signals(ProfessionalId reader) {
    checkNotNull(reader, "reader");
    if (!logged(reader, Disclosure.SIGNALS)) {
      return List.of();
    }
    List<PolicySignal> all = new ArrayList<>();
    for (String region : new TreeSet<>(group.regions())) {
      for (RecordedEvent r : store.read(StreamId.table(region))) {
        if (r.event() instanceof TableEvent.SignalRaised s) {
          all.add(s.signal());
        }
      }
    }
    all.sort(Comparator.comparing(PolicySignal::raisedAt));
    return ImmutableList.copyOf(all);
  }

  private boolean logged(ProfessionalId reader, String action) {
    boolean permitted = group.isReader(reader);
    for (String region : new TreeSet<>(group.regions())) {
      log.append(
          new Disclosure(
              clock.instant(),
              reader,
              region,
              null,
              null,
              action,
              Purpose.STATISTICS,
              permitted ? Disclosure.PERMIT : Disclosure.DENY,
              List.of(RULE),
              List.of()));
    }
    return permitted;
  }
}
