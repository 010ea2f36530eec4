package be.ifg.rti;

import static org.assertj.core.api.Assertions.assertThat;

import be.ifg.rti.json.BuiltInInstruments;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class InstrumentsTests {

  private static Instrument version(String version, String notice) {
    return Fixtures.instrument(
        "{'id':'x','version':'"
            + version
            + "','title':{'en':'X'},'approach':'CHECKLIST','licence':{'notice':'"
            + notice
            + "'},'sections':[{'id':'s','kind':'RISK','items':[{'id':'a','type':'YES_NO'}]}],"
            + "'bands':[{'id':'LOW','minScore':0}]}");
  }

  @Test
  void holdsTheBuiltInInstruments() {
    Instruments catalogue = BuiltInInstruments.catalogue();

    assertThat(catalogue.find("ifg-demo")).isPresent();
    assertThat(catalogue.find("ifg-demo@1.0.0")).isPresent();
    assertThat(catalogue.find("ifg-demo@9.0.0")).isEmpty();
    assertThat(catalogue.find("nope")).isEmpty();
    assertThat(catalogue.all()).hasSize(4);
  }

  @Test
  void findsTheLatestVersionBySemanticVersionOrder() {
    Instruments catalogue =
        Instruments.of(
            List.of(
                version("1.9.0", "a"),
                version("1.10.0", "b"),
                version("2.0.0-rc.1", "c"),
                version("1.2.0", "d")));

    assertThat(catalogue.find("x").orElseThrow().version()).isEqualTo("2.0.0-rc.1");
    catalogue.register(version("2.0.0", "e"));
    assertThat(catalogue.latest("x").orElseThrow().version()).isEqualTo("2.0.0");
    assertThat(catalogue.find("x", "1.10.0").orElseThrow().licence().notice()).isEqualTo("b");
  }

  @Test
  void neverChangesAPublishedVersion() {
    Instruments catalogue = Instruments.empty();
    Instrument original = version("1.0.0", "a");

    CatalogueOutcome added = catalogue.register(original);
    CatalogueOutcome again = catalogue.register(version("1.0.0", "a"));
    CatalogueOutcome changed = catalogue.register(version("1.0.0", "changed"));

    assertThat(added).isInstanceOf(CatalogueOutcome.Added.class);
    assertThat(again).isInstanceOf(CatalogueOutcome.Unchanged.class);
    assertThat(changed).isInstanceOf(CatalogueOutcome.Refused.class);
    assertThat(changed.accepted()).isFalse();
    assertThat(((CatalogueOutcome.Refused) changed).message())
        .contains("x@1.0.0")
        .contains(original.hash());
    assertThat(catalogue.find("x@1.0.0").orElseThrow().licence().notice()).isEqualTo("a");
  }

  @Test
  void acceptsRegistrationsFromManyThreads() throws Exception {
    Instruments catalogue = Instruments.empty();
    List<Instrument> versions =
        java.util.stream.IntStream.range(0, 40)
            .mapToObj(n -> version("1." + n + ".0", "n"))
            .toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<CatalogueOutcome>> futures =
          versions.stream().map(v -> pool.submit(() -> catalogue.register(v))).toList();
      for (Future<CatalogueOutcome> f : futures) {
        assertThat(f.get(10, TimeUnit.SECONDS).accepted()).isTrue();
      }
    } finally {
      pool.shutdown();
    }

    assertThat(catalogue.all()).hasSize(40);
    assertThat(catalogue.latest("x").orElseThrow().version()).isEqualTo("1.39.0");
  }
}
