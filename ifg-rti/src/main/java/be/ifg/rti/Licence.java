package be.ifg.rti;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * Whether an instrument's wording may be redistributed, and the notice that goes with it.
 *
 * @param textRedistributable whether the wording may be shipped with the definition
 * @param notice the licence notice to show with the instrument (may be empty)
 */
@API(status = STABLE, since = "0.1")
public record Licence(boolean textRedistributable, String notice) {
  /** Checks the notice is present. */
  public Licence {
    checkNotNull(notice, "notice must not be null");
  }
}
