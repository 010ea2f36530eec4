package be.ifg.rti.json;

import static org.apiguardian.api.API.Status.STABLE;

import be.ifg.rti.Instrument;
import be.ifg.rti.Parsed;
import be.ifg.rti.Wording;
import be.ifg.rti.internal.Ids;
import com.google.common.collect.ImmutableSet;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apiguardian.api.API;
import tools.jackson.databind.JsonNode;

/**
 * Reads local wording files, {@code {"instrument", "version", "language", "title"?, "labels": {id:
 * text}}}, that an organisation holding a licence supplies, and merges them into a structure-only
 * instrument. Stateless and thread-safe.
 */
@API(status = STABLE, since = "0.1")
public final class WordingJson {
  private WordingJson() {}

  /**
   * Reads a wording file.
   *
   * @param file the file
   * @return the wording, or every problem found
   * @throws be.ifg.rti.UnreadableInputException if the file cannot be read or is not JSON
   */
  public static Parsed<Wording> read(Path file) {
    return read(Json.tree(file), file.toString());
  }

  /**
   * Reads a wording from a stream (not closed).
   *
   * @param in the JSON text
   * @param source the name to use in problems
   * @return the wording, or every problem found
   * @throws be.ifg.rti.UnreadableInputException if the stream cannot be read or is not JSON
   */
  public static Parsed<Wording> read(InputStream in, String source) {
    return read(Json.tree(in, source), source);
  }

  /**
   * Reads a wording given as a JSON tree.
   *
   * @param root the wording document
   * @param source the name to use in problems
   * @return the wording, or every problem found
   */
  public static Parsed<Wording> read(JsonNode root, String source) {
    return check(root, new Checker(source));
  }

  /**
   * Reads a wording from a class-path resource of this library's class loader.
   *
   * @param resource the resource name, e.g. {@code be/ifg/rti/builtin/ifg-demo.fr.json}
   * @return the wording, or every problem found
   * @throws be.ifg.rti.UnreadableInputException if there is no such resource or it is not JSON
   */
  static Parsed<Wording> readResource(String resource) {
    return read(Json.treeOfResource(resource), resource);
  }

  /** Checks a tree read from text; its problems name lines and columns. */
  private static Parsed<Wording> read(Json.Tree tree, String source) {
    Checker c = new Checker(source, tree.where());
    if (!tree.problems().isEmpty()) {
      c.addAll(tree.problems());
      return Parsed.invalid(c.problems());
    }
    return check(tree.root(), c);
  }

  private static Parsed<Wording> check(JsonNode root, Checker c) {
    if (!c.object(root, "$", "a wording document")) {
      return Parsed.invalid(c.problems());
    }
    c.fields(
        root,
        "$",
        ImmutableSet.of("instrument", "version", "language", "title", "labels"),
        "the wording document");
    String instrument = c.string(root, "$", "instrument", true);
    String version = c.string(root, "$", "version", true);
    String language = c.string(root, "$", "language", true);
    if (language != null && !Ids.isLanguage(language)) {
      c.add(
          "$.language",
          Json.quote(language) + " is not a language tag; expected e.g. nl, en or nl-BE");
    }
    String title = c.string(root, "$", "title", false);
    Map<String, String> labels = new LinkedHashMap<>();
    JsonNode node = root.get("labels");
    if (node == null || !node.isObject()) {
      c.add(
          "$.labels",
          node == null
              ? "required field is missing; expected an object of id → text"
              : "expected an object of id → text, found " + Json.describe(node));
    } else {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        if (!e.getValue().isString() || e.getValue().stringValue().isBlank()) {
          c.add(
              "$.labels." + e.getKey(),
              "expected a non-blank text, found " + Json.describe(e.getValue()));
        } else {
          labels.put(e.getKey(), e.getValue().stringValue());
        }
      }
    }
    if (!c.ok() || instrument == null || version == null || language == null) {
      return Parsed.invalid(c.problems());
    }
    return Parsed.valid(new Wording(instrument, version, language, title, labels));
  }

  /**
   * Reads a wording file and merges it into an instrument.
   *
   * @param instrument the (structure-only) instrument
   * @param file the wording file, for that instrument's id and version
   * @return the instrument with the wording's labels, or every problem found
   * @throws be.ifg.rti.UnreadableInputException if the file cannot be read or is not JSON
   */
  public static Parsed<Instrument> apply(Instrument instrument, Path file) {
    Json.Tree tree = Json.tree(file);
    String source = file.toString();
    Parsed<Wording> wording = read(tree, source);
    if (!(wording instanceof Parsed.Valid)) {
      return Parsed.invalid(wording.problems());
    }
    Parsed<Instrument> merged = instrument.withWording(wording.orElseThrow(), source);
    if (merged instanceof Parsed.Valid) {
      return merged;
    }
    // the merge's problems, with the lines and columns of the file, bounded like the reader's
    Checker c = new Checker(source, tree.where());
    merged.problems().forEach(p -> c.add(p.path(), p.message()));
    return Parsed.invalid(c.problems());
  }
}
