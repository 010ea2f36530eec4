package be.ifg.persistence;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * One read of a region's events in global order ({@link EventStore#readRegion}): the events, and
 * how far the store was read to find them.
 *
 * <p>{@link #position()} is the position up to which the read looked: every event of the region at
 * or before it and after the position the read started from is in {@link #events()}. It is at least
 * the last event's position, and may be further when events of other regions followed, so that a
 * projection can remember it and not look at those events again.
 *
 * @param events the region's events found, in global order
 * @param position the position up to which the store was read: the position the read started from
 *     when it found nothing
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record RegionEvents(List<RecordedEvent> events, long position) {
  /**
   * Validates the read.
   *
   * @throws IllegalArgumentException if the position is negative or before the last event's
   */
  public RegionEvents {
    events = ImmutableList.copyOf(checkNotNull(events, "events"));
    checkArgument(position >= 0, "position must be >= 0: %s", position);
    checkArgument(
        events.isEmpty() || events.get(events.size() - 1).position() <= position,
        "position %s is before the last event's %s",
        position,
        events.isEmpty() ? 0 : events.get(events.size() - 1).position());
  }
}
