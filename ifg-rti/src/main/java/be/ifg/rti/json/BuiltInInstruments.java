package be.ifg.rti.json;

import static org.apiguardian.api.API.Status.STABLE;

import be.ifg.rti.Instrument;
import be.ifg.rti.Instruments;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.function.Supplier;
import org.apiguardian.api.API;

/**
 * The instruments the project wrote itself and ships as class-path resources: {@code ifg-demo} (a
 * demonstration in Dutch and English, not validated, not for real decisions) and three
 * structure-only templates with neutral labels that an organisation fills with its own licensed
 * wording ({@code yes-count-checklist}, {@code colour-signals}, {@code screening-triggers}). None
 * contains wording of a published third-party instrument. Thread-safe; the definitions are read
 * once.
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

  private static final Supplier<List<Instrument>> ALL =
      Suppliers.memoize(
          () ->
              RESOURCES.stream()
                  .map(r -> InstrumentJson.readResource(r).orElseThrow())
                  .collect(ImmutableList.toImmutableList()));

  private BuiltInInstruments() {}

  /**
   * Every built-in instrument.
   *
   * @return the instruments, in the order of {@link #RESOURCES}
   * @throws be.ifg.rti.RtiException if a built-in resource is missing or invalid (a packaging
   *     fault)
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
