package be.ifg.persistence;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * A stale writer: the stream's version was not the one the writer expected, so nothing was written.
 * Read the stream again, decide again, and retry.
 */
@API(status = STABLE, since = "0.1")
public final class VersionConflict extends PersistenceException {
  private static final long serialVersionUID = 1L;

  private final StreamId stream;
  private final long expected;
  private final long actual;

  /** A conflict on the given stream. */
  public VersionConflict(StreamId stream, long expected, long actual) {
    super(
        "stream "
            + stream
            + " is at version "
            + actual
            + ", the writer expected "
            + expected
            + ": nothing was written; read again and retry");
    this.stream = stream;
    this.expected = expected;
    this.actual = actual;
  }

  /** The stream. */
  public StreamId stream() {
    return stream;
  }

  /** The version the writer expected. */
  public long expected() {
    return expected;
  }

  /** The stream's actual version. */
  public long actual() {
    return actual;
  }
}
