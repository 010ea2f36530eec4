package be.ifg.persistence.json;

/**
 * What is wrong with a record's JSON, at which JSON path. Thrown inside the codec and turned into a
 * {@link be.ifg.persistence.CorruptRecord} that names the record.
 */
final class RecordProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;

  RecordProblem(String message) {
    super(message);
  }

  RecordProblem(String message, Throwable cause) {
    super(message, cause);
  }
}
