package be.ifg.rti;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Whether an instrument's wording may be redistributed, and the notice that goes with it.
 *
 * @param textRedistributable whether the wording may be shipped with the definition
 * @param notice the licence notice to show with the instrument (may be empty)
 */
public record Licence(boolean textRedistributable, String notice) {
  /** Checks the notice is present. */
  public Licence {
    checkNotNull(notice, "notice must not be null");
  }
}
