package be.ifg.cli;

import be.ifg.rti.Problem;
import be.ifg.rti.json.JsonSyntax;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/*
 * Reads a scenario file into a tree, bounded before anything is converted: at most MAX_BYTES,
 * nesting at most MAX_DEPTH deep, keys and strings of bounded length, each key once per object,
 * numbers with at most MAX_DIGITS digits before the decimal point and a short exponent (checked as
 * text, so 1e999999999 costs nothing). Every value's line and column are kept by JSON path, so
 * that each problem the reader finds names its place in the text. Jackson's own messages (with
 * their source excerpt) are never shown: every failure is one line in our words.
 */

/** The bounded reading of a scenario file into a tree with the place of every value. */
final class ScenarioJson {
  /** The largest scenario read, in bytes (4 MiB). */
  static final int MAX_BYTES = 4 * 1024 * 1024;

  /** The deepest nesting of objects and arrays. */
  static final int MAX_DEPTH = 64;

  /** The longest key, in characters. */
  static final int MAX_NAME_LENGTH = 200;

  /** The longest string value, in characters. */
  static final int MAX_STRING_LENGTH = 20_000;

  /** The most digits a number may have before its decimal point (so it fits in a long). */
  static final int MAX_DIGITS = 18;

  /** The most digits after the decimal point. */
  static final int MAX_DECIMALS = 30;

  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxDocumentLength(MAX_BYTES)
                  .maxNestingDepth(MAX_DEPTH)
                  .maxNameLength(MAX_NAME_LENGTH)
                  .maxNumberLength(200)
                  .maxStringLength(MAX_BYTES)
                  .build())
          .build();

  private ScenarioJson() {}

  /**
   * A tree with the place of its values.
   *
   * @param root the tree, or null when the text could not be read (then problems says why)
   * @param where line and column by JSON path
   * @param problems values out of bounds, or the one reason the text could not be read
   */
  record Tree(@Nullable JsonNode root, Map<String, int[]> where, List<Problem> problems) {}

  /** Reads a file; never throws for any content or path. */
  static Tree read(Path file, String source) {
    try {
      if (Files.isDirectory(file)) {
        return failed(source, "is a directory; expected a scenario file (JSON)");
      }
      if (!Files.exists(file)) {
        return failed(source, "no such file");
      }
      if (!Files.isRegularFile(file)) {
        return failed(source, "is not a regular file; expected a scenario file (JSON)");
      }
      if (Files.size(file) > MAX_BYTES) {
        return failed(source, "is too large; expected at most " + MAX_BYTES + " bytes (4 MiB)");
      }
      try (InputStream in = Files.newInputStream(file);
          JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), in)) {
        return new Builder(source).tree(p);
      }
    } catch (IOException | UncheckedIOException | SecurityException | InvalidPathException e) {
      return failed(source, "cannot be read: " + shown(String.valueOf(e.getMessage()), 200));
    } catch (UnexpectedEndOfInputException e) {
      return failed(source, e.getLocation(), "the text ends too early; a value, ] or } is missing");
    } catch (StreamConstraintsException e) {
      return failed(source, e.getLocation(), constraint(e));
    } catch (JacksonException e) {
      return failed(source, e.getLocation(), JsonSyntax.inOurWords(e));
    }
  }

  private static Tree failed(String source, String what) {
    return new Tree(null, Map.of(), List.of(new Problem(source, "$", what)));
  }

  private static Tree failed(String source, @Nullable TokenStreamLocation at, String what) {
    int line = at == null || at.getLineNr() < 1 ? 0 : at.getLineNr();
    int column = line == 0 ? 0 : Math.max(1, at.getColumnNr());
    return new Tree(
        null, Map.of(), List.of(new Problem(source, "$", "not valid JSON: " + what, line, column)));
  }

  /**
   * A text as shown in a one-line message: control characters escaped, cut at {@code max}
   * characters.
   */
  static String shown(String text, int max) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length() && out.length() < max; i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029') {
        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    if (out.length() >= max && text.length() > max) {
      out.setLength(max);
      out.append('…');
    }
    return out.toString();
  }

  private static String constraint(StreamConstraintsException e) {
    String jackson = String.valueOf(e.getOriginalMessage()).toLowerCase(Locale.ROOT);
    if (jackson.contains("nesting depth")) {
      return "objects and arrays are nested too deeply; expected at most " + MAX_DEPTH + " levels";
    }
    if (jackson.contains("number value length")) {
      return "a number is too long; expected at most 200 characters";
    }
    if (jackson.contains("name length")) {
      return "a key is too long; expected at most " + MAX_NAME_LENGTH + " characters";
    }
    return "the text exceeds a limit of the reader (at most " + MAX_BYTES + " bytes)";
  }

  /** Builds the tree without recursion. */
  private static final class Builder {
    private final String source;
    private final Map<String, int[]> where = new HashMap<>();
    private final List<Problem> problems = new ArrayList<>();

    Builder(String source) {
      this.source = source;
    }

    /** One open object or array. */
    private record Frame(JsonNode node, String path, @Nullable Frame parent) {}

    Tree tree(JsonParser p) {
      JsonToken token = p.nextToken();
      if (token == null) {
        return failed(source, "is empty; expected a JSON object");
      }
      JsonNodeFactory nodes = JsonNodeFactory.instance;
      Frame top = null;
      JsonNode root = null;
      while (true) {
        if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
          top = top.parent();
          if (top == null) {
            break;
          }
          token = p.nextToken();
          continue;
        }
        String path;
        String name = null;
        if (token == JsonToken.PROPERTY_NAME) {
          name = p.currentName();
          path = top.path() + "." + name;
          if (((ObjectNode) top.node()).has(name)) {
            return failed(
                source,
                p.currentTokenLocation(),
                "the key \""
                    + shown(name, 100)
                    + "\" is given twice in "
                    + shown(top.path(), 200)
                    + "; each key may appear once in an object");
          }
          token = p.nextToken();
        } else if (top != null) {
          path = top.path() + "[" + top.node().size() + "]";
        } else {
          path = "$";
        }
        TokenStreamLocation at = p.currentTokenLocation();
        int line = Math.max(0, at.getLineNr());
        int[] place =
            line == 0 ? new int[] {0, 0} : new int[] {line, Math.max(1, at.getColumnNr())};
        where.put(path, place);
        JsonNode value;
        Frame opened = null;
        switch (token) {
          case START_OBJECT -> {
            value = nodes.objectNode();
            opened = new Frame(value, path, top);
          }
          case START_ARRAY -> {
            value = nodes.arrayNode();
            opened = new Frame(value, path, top);
          }
          case VALUE_STRING -> {
            String s = p.getString();
            if (s.length() > MAX_STRING_LENGTH) {
              problem(
                  path,
                  place,
                  "a text of " + s.length() + " characters; expected at most " + MAX_STRING_LENGTH);
              value = nodes.nullNode();
            } else {
              value = nodes.stringNode(s);
            }
          }
          case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> value = number(p.getString(), path, place);
          case VALUE_TRUE -> value = nodes.booleanNode(true);
          case VALUE_FALSE -> value = nodes.booleanNode(false);
          default -> value = nodes.nullNode();
        }
        if (top == null) {
          root = value;
        } else if (name != null) {
          ((ObjectNode) top.node()).set(name, value);
        } else {
          ((ArrayNode) top.node()).add(value);
        }
        if (opened != null) {
          top = opened;
        } else if (top == null) {
          break;
        }
        token = p.nextToken();
      }
      if (p.nextToken() != null) {
        return failed(
            source,
            p.currentTokenLocation(),
            "more text after the end of the JSON value; expected one value only");
      }
      return new Tree(root, where, problems);
    }

    private void problem(String path, int[] place, String message) {
      problems.add(new Problem(source, shown(path, 300), message, place[0], place[1]));
    }

    /** A number checked as text before it is built: at most MAX_DIGITS digits before the point. */
    private JsonNode number(String text, String path, int[] place) {
      JsonNodeFactory nodes = JsonNodeFactory.instance;
      String lower = text.toLowerCase(Locale.ROOT);
      int e = lower.indexOf('e');
      String mantissa = e < 0 ? lower : lower.substring(0, e);
      long exponent = 0;
      if (e >= 0) {
        String exp = lower.substring(e + 1);
        String digits = exp.startsWith("+") || exp.startsWith("-") ? exp.substring(1) : exp;
        if (digits.replaceFirst("^0+", "").length() > 4) {
          problem(
              path,
              place,
              "a number out of range; expected at most "
                  + MAX_DIGITS
                  + " digits before the decimal point and "
                  + MAX_DECIMALS
                  + " after it");
          return nodes.nullNode();
        }
        exponent = Long.parseLong(exp.startsWith("+") ? digits : exp);
      }
      BigDecimal value = new BigDecimal(mantissa).scaleByPowerOfTen((int) exponent);
      BigDecimal stripped = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
      if (stripped.precision() - stripped.scale() > MAX_DIGITS || stripped.scale() > MAX_DECIMALS) {
        problem(
            path,
            place,
            "a number out of range; expected at most "
                + MAX_DIGITS
                + " digits before the decimal point and "
                + MAX_DECIMALS
                + " after it");
        return nodes.nullNode();
      }
      if (e < 0 && mantissa.indexOf('.') < 0) {
        return nodes.numberNode(value.longValueExact());
      }
      return nodes.numberNode(value);
    }
  }
}
