package be.ifg.workflow;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import be.ifg.domain.CaseTable;
import be.ifg.domain.PolicySignal;
import be.ifg.domain.ProfessionalId;
import be.ifg.domain.SignalId;
import be.ifg.domain.TableEvent;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The state of the case table itself, a pure fold of its {@link TableEvent events}: who signed the
 * secrecy pledge since the table was configured, and the policy signals raised. Immutable and
 * thread-safe.
 */
public final class TableState {
  private final String region;
  private final long version;
  private final ImmutableSet<ProfessionalId> pledgesSigned;
  private final ImmutableList<PolicySignal> signals;

  private TableState(
      String region,
      long version,
      ImmutableSet<ProfessionalId> pledgesSigned,
      ImmutableList<PolicySignal> signals) {
    this.region = region;
    this.version = version;
    this.pledgesSigned = pledgesSigned;
    this.signals = signals;
  }

  /**
   * The state of a table without events.
   *
   * @param region the table's region
   */
  public static TableState empty(String region) {
    checkNotNull(region, "region");
    return new TableState(region, 0, ImmutableSet.of(), ImmutableList.of());
  }

  /**
   * Folds a table's history.
   *
   * @param region the table's region
   * @param events its events, oldest first
   * @throws IllegalArgumentException if an event belongs to another region
   */
  public static TableState fold(String region, Iterable<? extends TableEvent> events) {
    TableState state = empty(region);
    for (TableEvent e : events) {
      state = state.evolve(e);
    }
    return state;
  }

  /**
   * Applies one event.
   *
   * @throws IllegalArgumentException if the event belongs to another region
   */
  public TableState evolve(TableEvent event) {
    checkNotNull(event, "event");
    checkArgument(
        event.region().equals(region),
        "event %s of region %s does not belong to the table of %s",
        event.type(),
        event.region(),
        region);
    if (event instanceof TableEvent.PledgeSigned e) {
      return new TableState(
          region,
          version + 1,
          ImmutableSet.<ProfessionalId>builder().addAll(pledgesSigned).add(e.actor()).build(),
          signals);
    }
    TableEvent.SignalRaised e = (TableEvent.SignalRaised) event;
    return new TableState(
        region,
        version + 1,
        pledgesSigned,
        ImmutableList.<PolicySignal>builder().addAll(signals).add(e.signal()).build());
  }

  /** The table's region. */
  public String region() {
    return region;
  }

  /** How many events the table has: the version an appender expects. */
  public long version() {
    return version;
  }

  /** The members who signed the pledge through a {@link TableEvent.PledgeSigned} event. */
  public Set<ProfessionalId> pledgesSigned() {
    return pledgesSigned;
  }

  /**
   * Whether a member of the table has the secrecy pledge: signed before the table was configured
   * ({@code TableMember.pledged()}) or since.
   */
  public boolean hasPledged(CaseTable table, ProfessionalId member) {
    return pledgesSigned.contains(member)
        || table.member(member).map(m -> m.pledged()).orElse(false);
  }

  /** The policy signals raised, oldest first. */
  public List<PolicySignal> signals() {
    return signals;
  }

  /** The signal with this id. */
  public Optional<PolicySignal> signal(SignalId id) {
    return signals.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  @Override
  public String toString() {
    return "TableState[" + region + ", version " + version + "]";
  }
}
