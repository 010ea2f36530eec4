package be.ifg.persistence.memory;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import be.ifg.persistence.LogAnchor;
import be.ifg.persistence.LogCheckpoint;
import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * A {@link LogAnchor} in memory, lost when the JVM stops: for tests, and for trying anchoring out.
 * It anchors nothing against a restart, so an application in production uses an anchor outside its
 * process and its store.
 *
 * <p>Thread-safe: every method holds the anchor's lock.
 */
@API(status = STABLE, since = "0.1")
public final class InMemoryLogAnchor implements LogAnchor {
  private final List<LogCheckpoint> checkpoints = new ArrayList<>();

  /** An empty anchor. */
  public InMemoryLogAnchor() {}

  @Override
  public synchronized void append(LogCheckpoint checkpoint) {
    checkpoints.add(checkNotNull(checkpoint, "checkpoint must not be null"));
  }

  @Override
  public synchronized List<LogCheckpoint> checkpoints() {
    return ImmutableList.copyOf(checkpoints);
  }
}
