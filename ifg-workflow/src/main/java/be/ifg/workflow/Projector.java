package be.ifg.workflow;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import be.ifg.persistence.EventStore;
import be.ifg.persistence.RecordedEvent;
import be.ifg.persistence.RegionEvents;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Feeds {@link Projection}s from a store's global order: {@link #catchUp} applies every event after
 * the projection's position (of its region only, for a projection with a {@link
 * Projection#region()}), {@link #rebuild} starts again from nothing. Stateless and thread-safe; one
 * projection should be caught up by one thread at a time.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class Projector {
  /** How many events one read of the store returns. */
  public static final int BATCH = 2_000;

  private Projector() {}

  /**
   * Applies to the projection every event of the store after its position, in global order.
   *
   * @return how many events were applied
   * @throws be.ifg.persistence.PersistenceException if the store fails; the projection keeps every
   *     event applied before the failure and its position says which
   */
  public static long catchUp(EventStore store, Projection projection) {
    return catchUp(store, projection, Long.MAX_VALUE);
  }

  /**
   * Applies at most {@code max} events after the projection's position.
   *
   * @return how many events were applied
   */
  public static long catchUp(EventStore store, Projection projection, long max) {
    checkNotNull(store, "store");
    checkNotNull(projection, "projection");
    checkArgument(max >= 0, "max must be >= 0: %s", max);
    String region = projection.region().orElse(null);
    if (region != null) {
      return catchUpRegion(store, projection, region, max);
    }
    long applied = 0;
    while (applied < max) {
      int limit = (int) Math.min(BATCH, max - applied);
      List<RecordedEvent> batch = store.readAll(projection.position(), limit);
      if (batch.isEmpty()) {
        break;
      }
      for (RecordedEvent r : batch) {
        projection.apply(r);
      }
      applied += batch.size();
    }
    return applied;
  }

  /**
   * The catch-up of a projection of one region: it reads that region's streams only ({@link
   * EventStore#readRegion}) and moves the projection's position past other regions' events too.
   */
  private static long catchUpRegion(
      EventStore store, Projection projection, String region, long max) {
    long applied = 0;
    while (applied < max) {
      int limit = (int) Math.min(BATCH, max - applied);
      RegionEvents read = store.readRegion(projection.position(), limit, region);
      for (RecordedEvent r : read.events()) {
        projection.apply(r);
      }
      applied += read.events().size();
      if (read.events().size() < limit) {
        projection.advanceTo(read.position());
        break;
      }
    }
    return applied;
  }

  /**
   * Rebuilds the projection from scratch: forgets its state and applies every event of the store.
   *
   * @return how many events were applied
   */
  public static long rebuild(EventStore store, Projection projection) {
    checkNotNull(projection, "projection").reset();
    return catchUp(store, projection);
  }
}
