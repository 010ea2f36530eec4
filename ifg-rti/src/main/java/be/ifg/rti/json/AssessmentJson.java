package be.ifg.rti.json;

import static org.apiguardian.api.API.Status.STABLE;

import be.ifg.domain.ItemContribution;
import be.ifg.rti.Assessment;
import be.ifg.rti.AssessmentOutcome;
import be.ifg.rti.Refusal;
import org.apiguardian.api.API;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes scoring results in the JSON form of the instrument format's Result section: {@code
 * instrument, version, hash, status, score, maxScore, scoreBand, band, finalBand, protectiveScore,
 * firedRules, missing, contributions:[{item, points}]}, in that order. Numbers without a fraction
 * are written as integers ({@code 7}, not {@code 7.0}); bands are {@code null} when the status is
 * not {@code COMPLETE}. Stateless and thread-safe.
 */
@API(status = STABLE, since = "0.1")
public final class AssessmentJson {
  private AssessmentJson() {}

  /**
   * The result as a JSON tree.
   *
   * @param assessment the assessment
   * @return a new object node
   */
  public static ObjectNode toJson(Assessment assessment) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode node = f.objectNode();
    node.put("instrument", assessment.instrument().id());
    node.put("version", assessment.instrument().version());
    node.put("hash", assessment.instrument().hash());
    node.put("status", assessment.status().name());
    node.set("score", Json.number(assessment.score()));
    node.set("maxScore", Json.number(assessment.maxScore()));
    node.set("scoreBand", text(assessment.scoreBand()));
    node.set("band", text(assessment.band()));
    node.set("finalBand", text(assessment.finalBand()));
    node.set("protectiveScore", Json.number(assessment.protectiveScore()));
    ArrayNode fired = node.putArray("firedRules");
    assessment.firedRules().forEach(fired::add);
    ArrayNode missing = node.putArray("missing");
    assessment.missing().forEach(missing::add);
    ArrayNode contributions = node.putArray("contributions");
    for (ItemContribution contribution : assessment.contributions()) {
      ObjectNode c = contributions.addObject();
      c.put("item", contribution.item());
      c.set("points", Json.number(contribution.points()));
    }
    return node;
  }

  /**
   * The refusal of an override as a JSON tree: {@code {"refused": [{"reason", "message"}]}}.
   *
   * @param refused the refusal
   * @return a new object node
   */
  public static ObjectNode toJson(AssessmentOutcome.Refused refused) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    ArrayNode reasons = node.putArray("refused");
    for (Refusal refusal : refused.refusals()) {
      ObjectNode r = reasons.addObject();
      r.put("reason", refusal.reason().name());
      r.put("message", refusal.message());
    }
    return node;
  }

  /**
   * The result as indented JSON text.
   *
   * @param assessment the assessment
   * @return the JSON text
   */
  public static String write(Assessment assessment) {
    return write(toJson(assessment));
  }

  /**
   * A JSON tree as indented text, with numbers in plain notation.
   *
   * @param node the tree
   * @return the JSON text
   */
  public static String write(JsonNode node) {
    return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node);
  }

  private static JsonNode text(@org.jspecify.annotations.Nullable String value) {
    return value == null
        ? JsonNodeFactory.instance.nullNode()
        : JsonNodeFactory.instance.stringNode(value);
  }
}
