package be.ifg.rti.json;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import be.ifg.rti.Instrument;
import be.ifg.rti.Instruments;
import be.ifg.rti.InvalidInputException;
import be.ifg.rti.Problem;
import be.ifg.rti.Wording;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apiguardian.api.API;

/**
 * The instruments the project wrote itself and ships as class-path resources: {@code ifg-demo} (a
 * demonstration in Dutch, French and English, not validated, not for real decisions) and three
 * structure-only templates with neutral labels that an organisation fills with its own licensed
 * wording ({@code yes-count-checklist}, {@code colour-signals}, {@code screening-triggers}). None
 * contains wording of a published third-party instrument. The definitions hold the Dutch and
 * English texts; the French texts are wordings ({@link #WORDINGS}) merged in when they are loaded,
 * so each instrument keeps its definition's hash. Thread-safe; the definitions are read once.
 */
@API(status = STABLE, since = "0.1")
public final class BuiltInInstruments {
  /** The class-path resources of the built-in instruments. */
  public static final List<String> RESOURCES =
      List.of(
          "be/ifg/rti/builtin/ifg-demo.json",
          "be/ifg/rti/builtin/yes-count-checklist.json",
          "be/ifg/rti/builtin/colour-signals.json",
          "be/ifg/rti/builtin/screening-triggers.json");

  /**
   * The class-path resources of the wordings merged into the built-in instruments when they are
   * loaded: the French texts of each, in the format of {@link WordingJson}. A wording adds labels
   * in its language without changing an instrument's hash.
   */
  @API(status = EXPERIMENTAL, since = "0.2")
  public static final List<String> WORDINGS =
      List.of(
          "be/ifg/rti/builtin/ifg-demo.fr.json",
          "be/ifg/rti/builtin/yes-count-checklist.fr.json",
          "be/ifg/rti/builtin/colour-signals.fr.json",
          "be/ifg/rti/builtin/screening-triggers.fr.json");

  private static final Supplier<List<Instrument>> ALL =
      Suppliers.memoize(() -> load(RESOURCES, WORDINGS));

  private BuiltInInstruments() {}

  /**
   * Reads the definitions, then merges each wording into the instrument it names.
   *
   * @throws be.ifg.rti.RtiException on a missing or invalid resource or wording, or a wording for
   *     an instrument, version or label that is not among the definitions
   */
  static List<Instrument> load(List<String> resources, List<String> wordings) {
    Map<String, Instrument> byId = new LinkedHashMap<>();
    for (String resource : resources) {
      Instrument instrument = InstrumentJson.readResource(resource).orElseThrow();
      byId.put(instrument.id(), instrument);
    }
    for (String resource : wordings) {
      Wording wording = WordingJson.readResource(resource).orElseThrow();
      Instrument instrument = byId.get(wording.instrumentId());
      if (instrument == null) {
        throw new InvalidInputException(
            List.of(
                new Problem(
                    resource,
                    "$.instrument",
                    "no built-in instrument '"
                        + wording.instrumentId()
                        + "'; expected one of "
                        + String.join(", ", byId.keySet()))));
      }
      byId.put(instrument.id(), instrument.withWording(wording, resource).orElseThrow());
    }
    return ImmutableList.copyOf(byId.values());
  }

  /**
   * Every built-in instrument.
   *
   * @return the instruments, in the order of {@link #RESOURCES}, with the {@link #WORDINGS} merged
   *     in
   * @throws be.ifg.rti.RtiException if a built-in resource or wording is missing or invalid, or a
   *     wording names an instrument, version or label that is not built in (a packaging fault)
   */
  public static List<Instrument> all() {
    return ALL.get();
  }

  /**
   * A new catalogue holding the built-in instruments, to which more can be registered.
   *
   * @return the catalogue
   * @throws be.ifg.rti.RtiException if a built-in resource is missing or invalid
   */
  public static Instruments catalogue() {
    return Instruments.of(all());
  }
}
