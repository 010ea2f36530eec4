package be.ifg.rti;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * The root of every exception {@code ifg-rti} throws for input it cannot use.
 *
 * <p>Business outcomes (an invalid instrument, a refused override) are values, not exceptions; this
 * hierarchy is for input that cannot be read at all, or for a caller who insists on a valid value
 * where there is none ({@link Parsed#orElseThrow()}).
 */
@API(status = STABLE, since = "0.1")
public class RtiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what went wrong, naming the input
   * @param cause the underlying failure, if any
   */
  public RtiException(String message, @org.jspecify.annotations.Nullable Throwable cause) {
    super(message, cause);
  }
}
