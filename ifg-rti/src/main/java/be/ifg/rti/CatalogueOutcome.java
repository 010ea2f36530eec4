package be.ifg.rti;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * What adding an instrument to a catalogue ({@link Instruments#register}) did: added, unchanged, or
 * refused because a published version never changes.
 *
 * <p>Named for the catalogue, not for the chain's <em>registration</em> (aanmelding), which is the
 * domain's {@code be.ifg.domain.Registration}. Instances are immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1")
public sealed interface CatalogueOutcome
    permits CatalogueOutcome.Added, CatalogueOutcome.Unchanged, CatalogueOutcome.Refused {

  /** The instrument that is now registered under the (id, version). */
  Instrument instrument();

  /** Whether the catalogue now holds the instrument that was offered. */
  default boolean accepted() {
    return !(this instanceof Refused);
  }

  /**
   * The (id, version) was new; the instrument was added.
   *
   * @param instrument the instrument added
   */
  record Added(Instrument instrument) implements CatalogueOutcome {
    /** Checks the instrument is present. */
    public Added {
      checkNotNull(instrument, "instrument must not be null");
    }
  }

  /**
   * The same content (same hash) was already registered; nothing changed.
   *
   * @param instrument the instrument already registered
   */
  record Unchanged(Instrument instrument) implements CatalogueOutcome {
    /** Checks the instrument is present. */
    public Unchanged {
      checkNotNull(instrument, "instrument must not be null");
    }
  }

  /**
   * Different content under an (id, version) already published: refused, since a published version
   * never changes.
   *
   * @param instrument the instrument already registered, which stays
   * @param message why, naming both hashes
   */
  record Refused(Instrument instrument, String message) implements CatalogueOutcome {
    /** Checks both parts are present. */
    public Refused {
      checkNotNull(instrument, "instrument must not be null");
      checkNotNull(message, "message must not be null");
    }
  }
}
