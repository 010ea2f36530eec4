package be.ifg.persistence;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * The root of every failure of a persistence adapter: the database is unreachable, a record is
 * corrupt, a write conflicts. Unchecked.
 */
@API(status = STABLE, since = "0.1")
public class PersistenceException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** A failure with a message that says what went wrong and where. */
  public PersistenceException(String message) {
    super(message);
  }

  /** A failure with a message and its cause. */
  public PersistenceException(String message, Throwable cause) {
    super(message, cause);
  }
}
