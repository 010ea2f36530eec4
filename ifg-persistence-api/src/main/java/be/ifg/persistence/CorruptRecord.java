package be.ifg.persistence;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A stored record that cannot be read: an unknown event type, a schema version newer than this
 * library knows, malformed JSON, a missing or invalid field. The message names the record (the
 * stream and version of an event, or the sequence of a disclosure entry) and what is wrong with it.
 * A corrupt record is never skipped: reading fails until it is repaired.
 */
@API(status = STABLE, since = "0.1")
public final class CorruptRecord extends PersistenceException {
  private static final long serialVersionUID = 1L;

  private final String record;
  private final String problem;

  /**
   * A corrupt record.
   *
   * @param record which record, e.g. {@code stream dossier:d1, version 3}
   * @param problem what is wrong with it, e.g. {@code unknown event type 'Foo'}
   * @param cause the underlying failure, if any
   */
  public CorruptRecord(String record, String problem, @Nullable Throwable cause) {
    super("corrupt record (" + record + "): " + problem, cause);
    this.record = record;
    this.problem = problem;
  }

  /** Which record is corrupt, e.g. {@code stream dossier:d1, version 3}. */
  public String record() {
    return record;
  }

  /** What is wrong with the record. */
  public String problem() {
    return problem;
  }
}
