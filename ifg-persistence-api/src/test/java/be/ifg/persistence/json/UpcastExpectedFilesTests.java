package be.ifg.persistence.json;

import static org.assertj.core.api.Assertions.assertThat;

import be.ifg.domain.DossierId;
import be.ifg.persistence.StreamId;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The upcaster loses nothing (issue 15): every stored old record in {@code upcast/} (one or more
 * per old schema version of every form) is read, upcast and written in the current form, and the
 * result must equal the checked-in expected file of the same name in {@code upcast-expected/}. A
 * change of an upcaster or of a current form shows in review as a change of an expected file.
 *
 * <p>To write a missing expected file, run with {@code -Difg.upcast.write=DIR}: the test writes it
 * there and fails, so that a person reads it before checking it in.
 */
class UpcastExpectedFilesTests {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  static Stream<String> records() {
    return Stream.of(
        "Accepted-v1.json",
        "Closed-v1.json",
        "Declined-v1.json",
        "DirectorAppointed-v1.json",
        "DirectorAppointed-v2.json",
        "Evaluated-v1.json",
        "PlanAdjusted-v1.json",
        "PlanAdopted-v1.json",
        "Registered-v1.json",
        "Registered-v1-with-measures.json",
        "Registered-v2.json",
        "DisclosureEntry-v1.json",
        "DisclosureEntry-v1-without-dossier.json",
        "DisclosureEntry-v2.json");
  }

  @ParameterizedTest
  @MethodSource("records")
  void anOldRecordUpcastsToItsExpectedCurrentForm(String name) throws IOException {
    String old = resource("/upcast/" + name);
    JsonNode tree = MAPPER.readTree(old);
    String current;
    if (tree.get("type").stringValue().equals("DisclosureEntry")) {
      current =
          EventJson.writeDisclosurePretty(
              EventJson.readDisclosure(old, tree.get("sequence").longValue()));
    } else {
      StreamId stream = StreamId.dossier(DossierId.of(tree.get("dossier").stringValue()));
      current = EventJson.writePretty(EventJson.read(old, stream, 1));
    }
    String expected = resourceOrNull("/upcast-expected/" + name);
    if (expected == null) {
      String dir = System.getProperty("ifg.upcast.write");
      if (dir != null) {
        Files.writeString(Path.of(dir, name), current + "\n", StandardCharsets.UTF_8);
      }
    }
    assertThat(expected).as("the expected file upcast-expected/" + name).isNotNull();
    assertThat(MAPPER.readTree(current)).as(name).isEqualTo(MAPPER.readTree(expected));
    assertThat(current.strip()).as(name + ", byte for byte").isEqualTo(expected.strip());
  }

  @Test
  void aVersionOneRegistrationKeepsTheMeasuresItListsBesideItsFlags() throws IOException {
    String current = resource("/upcast-expected/Registered-v1-with-measures.json");

    JsonNode danger = MAPPER.readTree(current).get("registration").get("danger");

    assertThat(danger.get("measures").toString())
        .isEqualTo("[\"CRISIS_INTERVENTION\",\"SAFETY_PLAN\"]");
  }

  private static String resource(String name) throws IOException {
    String s = resourceOrNull(name);
    assertThat(s).as(name).isNotNull();
    return s;
  }

  private static String resourceOrNull(String name) throws IOException {
    try (InputStream in = UpcastExpectedFilesTests.class.getResourceAsStream(name)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
