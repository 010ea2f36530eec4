package be.ifg.rti;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when an input (a file, a class-path resource, a stream) cannot be read or is not JSON; the
 * message names the source and, where known, the line and column.
 */
@API(status = STABLE, since = "0.1")
public final class UnreadableInputException extends RtiException {
  private static final long serialVersionUID = 1L;

  private final String source;

  /**
   * Creates the exception.
   *
   * @param source the file name or resource that could not be read
   * @param message what went wrong
   * @param cause the underlying failure, if any
   */
  public UnreadableInputException(String source, String message, @Nullable Throwable cause) {
    super(source + ": " + message, cause);
    this.source = source;
  }

  /** The file name or resource that could not be read. */
  public String source() {
    return source;
  }
}
