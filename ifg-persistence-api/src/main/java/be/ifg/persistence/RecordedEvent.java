package be.ifg.persistence;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import be.ifg.domain.ChainEvent;
import org.apiguardian.api.API;

/**
 * An event as a store keeps it: its stream, its version within the stream (from 1) and its position
 * in the store's global order (from 1, strictly increasing in append order).
 *
 * @param stream the stream
 * @param version the event's version within its stream: 1 for the first
 * @param position the event's position in the global order
 * @param event the event
 */
@API(status = STABLE, since = "0.1")
public record RecordedEvent(StreamId stream, long version, long position, ChainEvent event) {
  /** Validates the record. */
  public RecordedEvent {
    checkNotNull(stream, "stream");
    checkArgument(version >= 1, "version must be >= 1: %s", version);
    checkArgument(position >= 1, "position must be >= 1: %s", position);
    checkNotNull(event, "event");
  }
}
