package be.ifg.rti.json;

import be.ifg.rti.Problem;
import be.ifg.rti.UnreadableInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The shared mapper and the reading of JSON text into trees, with bounded input and readable
 * failures.
 *
 * <p>What the readers accept is bounded before anything is converted: a file of at most {@link
 * #MAX_BYTES} bytes, nesting at most {@link #MAX_DEPTH} deep, keys of at most {@link
 * #MAX_NAME_LENGTH} characters, each key once per object, and numbers of at most {@link
 * #MAX_INTEGER_DIGITS} digits before the decimal point and {@link #MAX_DECIMALS} after it (the
 * exponent is checked as text before the number is built, so {@code 1e999999999} costs nothing). A
 * number out of range is a {@link Problem} at its path; text that is not JSON, too large or too
 * deep is an {@link UnreadableInputException} naming the line and column, in the project's own
 * words.
 */
final class Json {
  /** The largest input read, in bytes: 4 MiB, far above any instrument, answers or wording. */
  static final int MAX_BYTES = 4 * 1024 * 1024;

  /** The deepest nesting of objects and arrays read. */
  static final int MAX_DEPTH = 64;

  /** The longest key read, in characters. */
  static final int MAX_NAME_LENGTH = 1000;

  /** The most digits a number may have before its decimal point (so it is below 10^15). */
  static final int MAX_INTEGER_DIGITS = 15;

  /** The most digits a number may have after its decimal point, trailing zeros not counted. */
  static final int MAX_DECIMALS = 30;

  static final JsonMapper MAPPER =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
          .build();

  /** The parser factory of the readers: bounded; duplicate keys are found by the tree builder. */
  private static final JsonFactory READER =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxDocumentLength(MAX_BYTES)
                  .maxNestingDepth(MAX_DEPTH)
                  .maxNameLength(MAX_NAME_LENGTH)
                  .maxNumberLength(1000)
                  .maxStringLength(MAX_BYTES)
                  .build())
          .build();

  private Json() {}

  /**
   * A tree read from text, with where each value was and the numbers that were out of range.
   *
   * @param root the tree; an out-of-range number is a null node in it
   * @param where the line and column of every value
   * @param problems the numbers out of range, at their paths
   */
  record Tree(JsonNode root, Locations where, List<Problem> problems) {}

  /** Reads a file into a tree; for tests and callers that need no locations. */
  static JsonNode read(Path file) {
    return tree(file).root();
  }

  static JsonNode read(InputStream in, String source) {
    return tree(in, source).root();
  }

  static Tree tree(Path file) {
    String source = file.toString();
    if (Files.isDirectory(file)) {
      throw new UnreadableInputException(source, "is a directory; expected a JSON file", null);
    }
    if (!Files.exists(file)) {
      throw new UnreadableInputException(source, "no such file", null);
    }
    if (!Files.isRegularFile(file)) {
      throw new UnreadableInputException(
          source, "is not a regular file; expected a JSON file", null);
    }
    try {
      long size = Files.size(file);
      if (size > MAX_BYTES) {
        throw tooLarge(source);
      }
      try (InputStream in = Files.newInputStream(file)) {
        return tree(in, source);
      }
    } catch (IOException | UncheckedIOException | SecurityException e) {
      throw new UnreadableInputException(
          source, "cannot be read: " + clean(String.valueOf(e.getMessage()), 200), e);
    }
  }

  private static UnreadableInputException tooLarge(String source) {
    return new UnreadableInputException(
        source, "is too large; expected at most " + MAX_BYTES + " bytes (4 MiB)", null);
  }

  static Tree tree(InputStream in, String source) {
    try (JsonParser p = READER.createParser(ObjectReadContext.empty(), in)) {
      return tree(p, source);
    } catch (JacksonException e) {
      // found while choosing the encoding, before any token (e.g. bytes that look like UCS-4)
      throw notJson(source, e.getLocation(), JsonSyntax.inOurWords(e));
    } catch (UncheckedIOException e) {
      throw new UnreadableInputException(
          source, "cannot be read: " + clean(String.valueOf(e.getMessage()), 200), e);
    }
  }

  private static Tree tree(JsonParser p, String source) {
    try {
      JsonToken first = p.nextToken();
      if (first == null) {
        throw new UnreadableInputException(source, "is empty; expected a JSON object", null);
      }
      Builder builder = new Builder(source);
      JsonNode root = builder.build(p);
      if (p.nextToken() != null) {
        throw notJson(
            source,
            p.currentTokenLocation(),
            "more text after the end of the JSON value; expected one value only");
      }
      return new Tree(root, builder.locations, builder.problems);
    } catch (UnexpectedEndOfInputException e) {
      throw notJson(source, e.getLocation(), "the text ends too early; a value, ] or } is missing");
    } catch (StreamConstraintsException e) {
      throw constraint(source, e, e.getLocation() == null ? p.currentLocation() : e.getLocation());
    } catch (JacksonException e) {
      throw notJson(source, e.getLocation(), JsonSyntax.inOurWords(e));
    }
  }

  static JsonNode readResource(String resource) {
    ClassLoader loader = Json.class.getClassLoader();
    try (InputStream in =
        loader == null
            ? ClassLoader.getSystemResourceAsStream(resource)
            : loader.getResourceAsStream(resource)) {
      if (in == null) {
        throw new UnreadableInputException(resource, "no such class-path resource", null);
      }
      return read(in, resource);
    } catch (IOException e) {
      throw new UnreadableInputException(resource, "cannot be read: " + e.getMessage(), e);
    }
  }

  static Tree treeOfResource(String resource) {
    ClassLoader loader = Json.class.getClassLoader();
    try (InputStream in =
        loader == null
            ? ClassLoader.getSystemResourceAsStream(resource)
            : loader.getResourceAsStream(resource)) {
      if (in == null) {
        throw new UnreadableInputException(resource, "no such class-path resource", null);
      }
      return tree(in, resource);
    } catch (IOException e) {
      throw new UnreadableInputException(resource, "cannot be read: " + e.getMessage(), e);
    }
  }

  private static UnreadableInputException notJson(
      String source, @Nullable TokenStreamLocation location, String what) {
    return new UnreadableInputException(
        source, "is not valid JSON" + at(location) + ": " + what, null);
  }

  private static String at(@Nullable TokenStreamLocation location) {
    return location == null || location.getLineNr() < 1
        ? ""
        : " at line " + location.getLineNr() + ", column " + Math.max(1, location.getColumnNr());
  }

  /** A limit of the parser, in our words. */
  private static UnreadableInputException constraint(
      String source, StreamConstraintsException e, @Nullable TokenStreamLocation location) {
    String jackson = String.valueOf(e.getOriginalMessage()).toLowerCase(Locale.ROOT);
    if (jackson.contains("document length")) {
      return tooLarge(source);
    }
    String what;
    if (jackson.contains("nesting depth")) {
      what = "objects and arrays are nested too deeply; expected at most " + MAX_DEPTH + " levels";
    } else if (jackson.contains("number value length")) {
      what = "a number is too long; expected at most 1000 characters";
    } else if (jackson.contains("name length")) {
      what = "a key is too long; expected at most " + MAX_NAME_LENGTH + " characters";
    } else if (jackson.contains("string value length")) {
      return tooLarge(source);
    } else {
      what = "the text exceeds a limit of the reader";
    }
    return new UnreadableInputException(
        source, "cannot be read" + at(location) + ": " + what, null);
  }

  /** Builds a tree from the parser without recursion, checking keys and numbers. */
  private static final class Builder {
    private final String source;
    private final Locations locations = new Locations();
    private final List<Problem> problems = new ArrayList<>();

    Builder(String source) {
      this.source = source;
    }

    /** One open object or array. */
    private static final class Frame {
      final JsonNode node;
      final Locations.Place place;
      final @Nullable Frame parent;
      final @Nullable String name;
      final int index;
      int size;

      Frame(
          JsonNode node,
          Locations.Place place,
          @Nullable Frame parent,
          @Nullable String name,
          int index) {
        this.node = node;
        this.place = place;
        this.parent = parent;
        this.name = name;
        this.index = index;
      }

      String path() {
        List<String> parts = new ArrayList<>();
        for (Frame f = this; f != null; f = f.parent) {
          parts.add(segment(f.name, f.index));
        }
        StringBuilder out = new StringBuilder("$");
        for (int i = parts.size() - 1; i >= 0; i--) {
          out.append(parts.get(i));
        }
        return out.toString();
      }
    }

    private static String segment(@Nullable String name, int index) {
      if (name != null) {
        return "." + name;
      }
      return index < 0 ? "" : "[" + index + "]";
    }

    JsonNode build(JsonParser p) {
      JsonNodeFactory nodes = JsonNodeFactory.instance;
      Frame top = null;
      JsonToken token = p.currentToken();
      while (true) {
        if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
          Frame done = top;
          top = done.parent;
          if (top == null) {
            return done.node;
          }
          token = p.nextToken();
          continue;
        }
        String name = null;
        int index = -1;
        if (token == JsonToken.PROPERTY_NAME) {
          name = p.currentName();
          TokenStreamLocation keyAt = p.currentTokenLocation();
          if (((ObjectNode) top.node).has(name)) {
            throw notJson(
                source,
                keyAt,
                "the key "
                    + quote(name)
                    + " is given twice in "
                    + clean(top.path(), 200)
                    + "; each key may appear once in an object");
          }
          token = p.nextToken();
        } else if (top != null) {
          index = top.size;
        }
        TokenStreamLocation valueAt = p.currentTokenLocation();
        Locations.Place place =
            new Locations.Place(valueAt.getLineNr(), Math.max(1, valueAt.getColumnNr()));
        JsonNode value;
        Frame opened = null;
        switch (token) {
          case START_OBJECT:
            value = nodes.objectNode();
            opened = new Frame(value, place, top, name, top == null ? -1 : index);
            break;
          case START_ARRAY:
            value = nodes.arrayNode();
            opened = new Frame(value, place, top, name, top == null ? -1 : index);
            break;
          case VALUE_STRING:
            value = nodes.stringNode(p.getString());
            break;
          case VALUE_NUMBER_INT:
          case VALUE_NUMBER_FLOAT:
            value = number(p.getString(), top, name, index, place);
            break;
          case VALUE_TRUE:
            value = nodes.booleanNode(true);
            break;
          case VALUE_FALSE:
            value = nodes.booleanNode(false);
            break;
          case VALUE_NULL:
          default:
            value = nodes.nullNode();
            break;
        }
        if (top == null) {
          locations.root(place);
          if (opened == null) {
            return value;
          }
        } else if (name != null) {
          ((ObjectNode) top.node).set(name, value);
          top.place.put(name, place);
          top.size++;
        } else {
          ((ArrayNode) top.node).add(value);
          top.place.add(place);
          top.size++;
        }
        if (opened != null) {
          top = opened;
        }
        token = p.nextToken();
      }
    }

    /** A number node, after checking its size as text; a null node (and a problem) if too big. */
    private JsonNode number(
        String text, @Nullable Frame top, @Nullable String name, int index, Locations.Place place) {
      BigDecimal value = Json.number(text);
      if (value == null) {
        String path = (top == null ? "$" : top.path()) + (top == null ? "" : segment(name, index));
        problems.add(
            new Problem(
                source,
                clean(path, 200),
                "the number "
                    + clip(text, 40)
                    + " is out of range; expected at most "
                    + MAX_INTEGER_DIGITS
                    + " digits before the decimal point and "
                    + MAX_DECIMALS
                    + " after it",
                place.line(),
                place.column()));
        return JsonNodeFactory.instance.nullNode();
      }
      if (text.indexOf('.') < 0 && text.indexOf('e') < 0 && text.indexOf('E') < 0) {
        long whole = value.longValueExact();
        return whole == (int) whole
            ? JsonNodeFactory.instance.numberNode((int) whole)
            : JsonNodeFactory.instance.numberNode(whole);
      }
      return JsonNodeFactory.instance.numberNode(value);
    }
  }

  /**
   * The value of a JSON number's text when it is in range (see {@link #inRange}), else null; the
   * exponent is read as text first, so a huge one costs nothing. Zero is plain zero, whatever its
   * exponent; a value with trailing zeros keeps its scale when that is small (so {@code 1.0} is
   * still {@code 1.0}).
   */
  static @Nullable BigDecimal number(String text) {
    int e = Math.max(text.indexOf('e'), text.indexOf('E'));
    String mantissa = e < 0 ? text : text.substring(0, e);
    BigDecimal m;
    try {
      m = new BigDecimal(mantissa);
    } catch (NumberFormatException notANumber) {
      return null;
    }
    if (m.signum() == 0) {
      return m.scale() >= 0 && m.scale() <= MAX_DECIMALS ? m : BigDecimal.ZERO;
    }
    BigDecimal value = m;
    if (e >= 0) {
      String exponent = text.substring(e + 1);
      boolean negative = exponent.startsWith("-");
      String digits =
          exponent.startsWith("-") || exponent.startsWith("+") ? exponent.substring(1) : exponent;
      digits = digits.replaceFirst("^0+(?=.)", "");
      if (digits.isEmpty() || digits.length() > 6 || !digits.chars().allMatch(Character::isDigit)) {
        return null;
      }
      int n = Integer.parseInt(digits);
      value = m.scaleByPowerOfTen(negative ? -n : n);
    }
    if (!inRange(value)) {
      return null;
    }
    if (value.scale() < 0 || value.scale() > MAX_DECIMALS) {
      BigDecimal stripped = value.stripTrailingZeros();
      return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
    return value;
  }

  /**
   * Whether a number is in the supported range: zero, or at most {@link #MAX_INTEGER_DIGITS} digits
   * before the decimal point and {@link #MAX_DECIMALS} after it (trailing zeros not counted). Cheap
   * for any value, even {@code 1E+999999999}.
   */
  static boolean inRange(BigDecimal value) {
    if (value.signum() == 0) {
      return true;
    }
    long integerDigits = (long) value.precision() - value.scale();
    if (integerDigits > MAX_INTEGER_DIGITS) {
      return false;
    }
    if (value.scale() <= MAX_DECIMALS) {
      return true;
    }
    if (integerDigits < -MAX_DECIMALS || value.precision() > 2000) {
      return false;
    }
    return value.stripTrailingZeros().scale() <= MAX_DECIMALS;
  }

  /** A number node: an integer node when the value has no fraction, else a decimal node. */
  static JsonNode number(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    if (stripped.scale() <= 0) {
      return JsonNodeFactory.instance.numberNode(stripped.toBigIntegerExact());
    }
    return JsonNodeFactory.instance.numberNode(stripped);
  }

  /** The value of a number node when it is finite and in range, else null. */
  static @Nullable BigDecimal decimal(JsonNode node) {
    if (!node.isNumber()) {
      return null;
    }
    if ((node.isDouble() || node.isFloat()) && !Double.isFinite(node.doubleValue())) {
      return null;
    }
    BigDecimal value = node.decimalValue();
    return inRange(value) ? value : null;
  }

  /** How a node is described in messages: its JSON type and, for scalars, its value (shortened). */
  static String describe(JsonNode node) {
    if (node.isNull()) {
      return "null";
    }
    if (node.isString()) {
      return "string " + quote(node.stringValue());
    }
    if (node.isNumber()) {
      BigDecimal value = decimal(node);
      if (value != null) {
        return "number " + clip(value.toPlainString(), 60);
      }
      if (node.isDouble() || node.isFloat()) {
        return "number " + node.doubleValue();
      }
      return "number " + clip(node.decimalValue().toString(), 60) + " (out of range)";
    }
    if (node.isBoolean()) {
      return "boolean " + node.booleanValue();
    }
    if (node.isArray()) {
      return node.isEmpty() ? "an empty array" : "an array";
    }
    if (node.isObject()) {
      return node.isEmpty() ? "an empty object" : "an object";
    }
    return node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
  }

  /** A value from the input, for a message: in single quotes, escaped and at most 60 characters. */
  static String quote(String value) {
    return "'" + clean(value, 60) + "'";
  }

  /**
   * Text from the input made safe for a one-line message: control, line-separator and bidi
   * characters escaped as {@code \}{@code uXXXX}, at most {@code max} characters (with … when cut).
   */
  static String clean(String text, int max) {
    StringBuilder out = new StringBuilder(Math.min(text.length(), max) + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (out.length() >= max) {
        out.append('…');
        break;
      }
      if (c < 0x20
          || c == 0x7f
          || (c >= 0x80 && c < 0xa0)
          || c == 0x2028
          || c == 0x2029
          || (c >= 0x202a && c <= 0x202e)
          || (c >= 0x2066 && c <= 0x2069)
          || c == 0x200e
          || c == 0x200f
          || c == 0xfeff) {
        out.append(String.format("\\u%04x", (int) c));
      } else if (Character.isSurrogate(c)) {
        boolean pair =
            Character.isHighSurrogate(c)
                && i + 1 < text.length()
                && Character.isLowSurrogate(text.charAt(i + 1));
        if (pair) {
          out.append(c).append(text.charAt(++i));
        } else {
          out.append(String.format("\\u%04x", (int) c));
        }
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Text cut to at most {@code max} characters, with … when cut; no escaping. */
  static String clip(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max) + "…";
  }
}
