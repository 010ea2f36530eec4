package be.ifg.persistence.tck;

import static org.assertj.core.api.Assertions.assertThat;

import be.ifg.domain.ChainEvent;
import be.ifg.domain.DisclosureEntry;
import be.ifg.domain.DossierEvent;
import be.ifg.persistence.StreamId;
import be.ifg.persistence.json.EventJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The JSON form of every event type, pinned by a golden file in {@code src/test/resources/golden}:
 * a change of form fails here and shows in review. After a deliberate change, regenerate with
 * {@code mvn -pl ifg-persistence-tck test -Difg.golden.update=true} and review the diff.
 */
class EventJsonGoldenTests {
  private static final Path SOURCE = Path.of("src", "test", "resources", "golden");
  private static final boolean UPDATE = Boolean.getBoolean("ifg.golden.update");
  private static final Pattern TYPE = Pattern.compile("^\\{\\s*\"type\"\\s*:\\s*\"([^\"]*)\"");
  private static final String DISCLOSURE = "DisclosureEntry";

  @TestFactory
  Stream<DynamicTest> writesEveryEventTypeAsItsGoldenFile() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Map.Entry<String, ChainEvent> e : SampleEvents.byType().entrySet()) {
      tests.add(
          DynamicTest.dynamicTest(
              e.getKey(),
              () -> {
                ChainEvent event = e.getValue();
                String file = e.getKey() + ".json";
                String pretty = EventJson.writePretty(event);
                String golden = golden(file, pretty);

                assertThat(pretty).isEqualTo(golden);
                ChainEvent read = EventJson.read(golden, stream(event), 1);
                assertThat(read).isEqualTo(event);
                assertThat(EventJson.write(read)).isEqualTo(EventJson.write(event));
              }));
    }
    return tests.stream();
  }

  /**
   * The name each event type is stored under (its form's, not its class's) is the {@code type} of
   * its golden file, and every golden file of an event is of a type this library knows.
   */
  @Test
  void everyStoredTypeNameIsTheTypeOfItsGoldenFile() throws IOException {
    assertThat(SampleEvents.byType().keySet())
        .containsExactlyInAnyOrderElementsOf(EventJson.types());
    for (String type : EventJson.types()) {
      String file = type + ".json";
      Matcher m =
          TYPE.matcher(golden(file, EventJson.writePretty(SampleEvents.byType().get(type))));
      assertThat(m.find()).as(file).isTrue();
      assertThat(m.group(1)).as("the type of %s", file).isEqualTo(type);
    }
    try (Stream<Path> files = Files.list(SOURCE)) {
      assertThat(
              files
                  .map(p -> p.getFileName().toString())
                  .filter(f -> !f.startsWith(DISCLOSURE))
                  .map(f -> f.substring(0, f.length() - ".json".length())))
          .containsExactlyInAnyOrderElementsOf(EventJson.types());
    }
  }

  @Test
  void writesADisclosureEntryAsItsGoldenFile() {
    List<DisclosureEntry> log = SampleEvents.disclosures(3);
    List<String> files =
        List.of(
            "DisclosureEntry.json",
            "DisclosureEntry-without-dossier.json",
            "DisclosureEntry-view.json");

    for (int i = 0; i < files.size(); i++) {
      DisclosureEntry entry = log.get(i);
      String json = EventJson.writeDisclosurePretty(entry);

      assertThat(json).as(files.get(i)).isEqualTo(golden(files.get(i), json));
      assertThat(EventJson.readDisclosure(json, entry.sequence())).isEqualTo(entry);
    }
  }

  @Test
  void writesADigestedEntryAndItsTombstoneAsTheirGoldenFiles() {
    DisclosureEntry e = SampleEvents.disclosures(1).get(0);
    DisclosureEntry digested =
        new DisclosureEntry(
            e.sequence(),
            e.at(),
            e.actor(),
            e.table(),
            e.dossier(),
            e.item(),
            e.action(),
            e.purpose(),
            e.outcome(),
            e.rules(),
            e.items(),
            e.previousHash(),
            e.hash(),
            "sha256:" + "c".repeat(64),
            0);
    DisclosureEntry tombstone = digested.tombstone(7);

    for (Map.Entry<String, DisclosureEntry> g :
        Map.of(
                "DisclosureEntry-digested.json", digested,
                "DisclosureEntry-tombstone.json", tombstone)
            .entrySet()) {
      String json = EventJson.writeDisclosurePretty(g.getValue());

      assertThat(json).as(g.getKey()).isEqualTo(golden(g.getKey(), json));
      assertThat(EventJson.readDisclosure(json, 1)).isEqualTo(g.getValue());
    }
  }

  @Test
  void writesTheSameTextEveryTime() {
    for (ChainEvent e : SampleEvents.oneOfEach()) {
      assertThat(EventJson.write(e)).isEqualTo(EventJson.write(e));
      assertThat(EventJson.write(e)).doesNotContain("\n").startsWith("{\"type\":\"");
    }
  }

  private static StreamId stream(ChainEvent event) {
    return event instanceof DossierEvent d
        ? StreamId.dossier(SampleEvents.REGION, d.dossier())
        : StreamId.table(SampleEvents.REGION);
  }

  /** The golden file's text; in update mode, writes the actual text first. */
  private static String golden(String file, String actual) {
    if (UPDATE) {
      try {
        Files.createDirectories(SOURCE);
        Files.writeString(SOURCE.resolve(file), actual + "\n", StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return actual;
    }
    try (InputStream in = EventJsonGoldenTests.class.getResourceAsStream("/golden/" + file)) {
      assertThat(in)
          .as("golden file %s (run with -Difg.golden.update=true to create it)", file)
          .isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n").strip();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
