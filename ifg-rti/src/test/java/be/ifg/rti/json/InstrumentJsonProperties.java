package be.ifg.rti.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The content hash ignores key order and white space, whatever the shuffle. */
class InstrumentJsonProperties {

  /** Writes {@code node} with its keys shuffled and random white space between tokens. */
  private static void write(JsonNode node, Random random, StringBuilder out) {
    String[] spaces = {"", " ", "\n", "\t", "  \n  ", "\r\n"};
    out.append(spaces[random.nextInt(spaces.length)]);
    if (node.isObject()) {
      List<Map.Entry<String, JsonNode>> entries = new ArrayList<>(node.properties());
      Collections.shuffle(entries, random);
      out.append('{');
      for (int i = 0; i < entries.size(); i++) {
        if (i > 0) {
          out.append(',').append(spaces[random.nextInt(spaces.length)]);
        }
        out.append(Json.MAPPER.writeValueAsString(entries.get(i).getKey()))
            .append(spaces[random.nextInt(spaces.length)])
            .append(':');
        write(entries.get(i).getValue(), random, out);
      }
      out.append(spaces[random.nextInt(spaces.length)]).append('}');
    } else if (node.isArray()) {
      out.append('[');
      int i = 0;
      for (JsonNode element : node.values()) {
        if (i++ > 0) {
          out.append(',');
        }
        write(element, random, out);
      }
      out.append(']');
    } else {
      out.append(Json.MAPPER.writeValueAsString(node));
    }
    out.append(spaces[random.nextInt(spaces.length)]);
  }

  @Test
  void hashIgnoresKeyOrderAndWhiteSpace() {
    List<String> resources = new ArrayList<>(BuiltInInstruments.RESOURCES);
    resources.add("tiny-instrument.json");
    List<JsonNode> trees = resources.stream().map(Json::readResource).toList();
    List<String> hashes = trees.stream().map(InstrumentJson::hash).toList();

    qt().forAll(longs().all())
        .checkAssert(
            seed -> {
              Random random = new Random(seed);
              for (int t = 0; t < trees.size(); t++) {
                StringBuilder text = new StringBuilder();
                write(trees.get(t), random, text);

                String hash =
                    InstrumentJson.parse(text.toString(), "shuffled").orElseThrow().hash();

                assertThat(hash).isEqualTo(hashes.get(t));
              }
            });
  }
}
