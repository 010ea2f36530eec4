package be.ifg.workflow;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import be.ifg.persistence.RecordedEvent;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A read model kept up to date from a store's events in global order, with its checkpoint beside
 * it: {@link #position()} is the position of the last event the state includes, changed in the same
 * step as the state, so the two never disagree.
 *
 * <p>A projection answers questions that would otherwise fold every dossier of a table (the agenda,
 * the steering group's figures). {@link Projector} feeds it: it reads the events after {@link
 * #position()} and hands them to {@link #apply} in order. A projection is rebuilt from scratch by
 * {@link #reset()} followed by a catch-up.
 *
 * <p>Implementations are thread-safe: questions may be asked while events are applied.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public interface Projection {
  /**
   * The global position of the last event applied, or further when {@link #advanceTo} was told the
   * store held nothing for this projection up to there: 0 before the first.
   */
  long position();

  /**
   * Applies the next event in global order. An event at or before {@link #position()} was applied
   * already and changes nothing (delivery is at least once).
   *
   * @param event the event, with its stream, version and position
   */
  void apply(RecordedEvent event);

  /** Forgets everything: the state is empty and {@link #position()} is 0. */
  void reset();

  /**
   * The region of the one case table whose streams alone this projection reads (its table stream
   * and its dossiers' streams), or empty when it reads every stream: the default. {@link Projector}
   * then reads with {@link be.ifg.persistence.EventStore#readRegion}, so that a store that selects
   * by stream name neither sends nor decodes other tables' events.
   */
  default Optional<String> region() {
    return Optional.empty();
  }

  /**
   * Moves {@link #position()} forward to a position up to which the store was read and held no
   * event after {@link #position()} that this projection reads (other regions' events). A position
   * at or before {@link #position()} changes nothing. A projection with a {@link #region()} should
   * implement it, or it looks at those other events again on its next catch-up; the default does
   * nothing, which is always correct.
   *
   * @param readUpTo the position up to which the store was read
   */
  default void advanceTo(long readUpTo) {}
}
