package be.ifg.persistence;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A stream's head: its version and the hash of its last event ({@link
 * be.ifg.persistence.json.EventChain}), or no hash for a stream written before events were chained
 * (or kept by an adapter that does not chain them).
 *
 * @param stream the stream
 * @param version its version: the number of its events (at least 1)
 * @param hash the hash kept with its last event, or null when it has none
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record StreamHead(StreamId stream, long version, @Nullable String hash) {
  /** Validates the head. */
  public StreamHead {
    checkNotNull(stream, "stream");
    checkArgument(version >= 1, "version must be >= 1: %s", version);
  }

  /** The hash of the last event, if it has one. */
  public Optional<String> chainHash() {
    return Optional.ofNullable(hash);
  }
}
