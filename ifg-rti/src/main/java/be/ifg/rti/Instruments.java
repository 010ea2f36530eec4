package be.ifg.rti;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import be.ifg.rti.internal.Ids;
import com.google.common.collect.ImmutableList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * A catalogue of instruments by id and version, in which a published (id, version) never changes:
 * registering different content under an (id, version) already present is refused, registering the
 * same content again changes nothing.
 *
 * <p>Get one with the built-in instruments from {@code be.ifg.rti.json.BuiltInInstruments
 * .catalogue()}, or an empty one with {@link #empty()}. Thread-safe: every method may be called
 * from any thread.
 */
@API(status = STABLE, since = "0.1")
public final class Instruments {
  private static final Comparator<String> BY_VERSION = Ids.versionOrder();

  /** id → (version → instrument), guarded by {@code this}. */
  private final Map<String, TreeMap<String, Instrument>> byId = new TreeMap<>();

  private Instruments() {}

  /** A new, empty catalogue. */
  public static Instruments empty() {
    return new Instruments();
  }

  /**
   * A new catalogue holding {@code instruments}.
   *
   * @param instruments the instruments to register
   * @return the catalogue
   * @throws IllegalArgumentException if two of them have the same (id, version) and different
   *     content
   */
  public static Instruments of(Collection<Instrument> instruments) {
    Instruments catalogue = new Instruments();
    for (Instrument instrument : instruments) {
      CatalogueOutcome outcome = catalogue.register(instrument);
      if (outcome instanceof CatalogueOutcome.Refused) {
        throw new IllegalArgumentException(((CatalogueOutcome.Refused) outcome).message());
      }
    }
    return catalogue;
  }

  /**
   * Registers an instrument under its (id, version).
   *
   * @param instrument the instrument
   * @return {@link CatalogueOutcome.Added} when new, {@link CatalogueOutcome.Unchanged} when the
   *     same content is already there, {@link CatalogueOutcome.Refused} when different content is
   */
  public synchronized CatalogueOutcome register(Instrument instrument) {
    checkNotNull(instrument, "instrument must not be null");
    TreeMap<String, Instrument> versions =
        byId.computeIfAbsent(instrument.id(), id -> new TreeMap<>(BY_VERSION));
    Instrument existing = versions.get(instrument.version());
    if (existing == null) {
      versions.put(instrument.version(), instrument);
      return new CatalogueOutcome.Added(instrument);
    }
    if (existing.hash().equals(instrument.hash())) {
      return new CatalogueOutcome.Unchanged(existing);
    }
    return new CatalogueOutcome.Refused(
        existing,
        instrument.reference()
            + " is already published with content "
            + existing.hash()
            + "; a published version never changes, so content "
            + instrument.hash()
            + " needs a new version");
  }

  /**
   * The instrument a reference names: {@code id} (its latest version by semantic-version order) or
   * {@code id@version}.
   *
   * @param reference {@code id} or {@code id@version}
   * @return the instrument, or empty when the catalogue has none
   */
  public Optional<Instrument> find(String reference) {
    checkNotNull(reference, "reference must not be null");
    int at = reference.indexOf('@');
    return at < 0
        ? latest(reference)
        : find(reference.substring(0, at), reference.substring(at + 1));
  }

  /**
   * The instrument with this id and version.
   *
   * @param id the instrument's id
   * @param version its version
   * @return the instrument, or empty
   */
  public synchronized Optional<Instrument> find(String id, String version) {
    checkNotNull(id, "id must not be null");
    checkNotNull(version, "version must not be null");
    TreeMap<String, Instrument> versions = byId.get(id);
    if (versions == null || !Ids.isSemanticVersion(version)) {
      return Optional.empty();
    }
    return Optional.ofNullable(versions.get(version));
  }

  /**
   * The latest version (by semantic-version order) of the instrument with this id.
   *
   * @param id the instrument's id
   * @return the instrument, or empty
   */
  public synchronized Optional<Instrument> latest(String id) {
    checkNotNull(id, "id must not be null");
    TreeMap<String, Instrument> versions = byId.get(id);
    return versions == null || versions.isEmpty()
        ? Optional.empty()
        : Optional.of(versions.lastEntry().getValue());
  }

  /** Every instrument, by id and then by version. */
  public synchronized List<Instrument> all() {
    return byId.values().stream()
        .flatMap(v -> v.values().stream())
        .collect(ImmutableList.toImmutableList());
  }
}
