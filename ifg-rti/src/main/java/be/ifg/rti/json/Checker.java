package be.ifg.rti.json;

import be.ifg.rti.Problem;
import be.ifg.rti.internal.Ids;
import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads values out of a JSON tree while collecting every problem with its JSON path, so a reader
 * can report all errors at once instead of stopping at the first.
 */
final class Checker {
  /** The most problems listed for one input; the rest are counted in one last problem. */
  static final int MAX_PROBLEMS = 100;

  private final String source;
  private final Locations locations;
  private final List<Problem> problems = new ArrayList<>();
  private int unlisted;

  Checker(String source) {
    this(source, new Locations());
  }

  /** A checker whose problems name the line and column of the value at their path. */
  Checker(String source, Locations locations) {
    this.source = source;
    this.locations = locations;
  }

  String source() {
    return source;
  }

  List<Problem> problems() {
    if (unlisted == 0) {
      return ImmutableList.copyOf(problems);
    }
    return ImmutableList.<Problem>builder()
        .addAll(problems)
        .add(
            new Problem(
                source,
                "$",
                unlisted
                    + " more problem(s) not listed; at most "
                    + MAX_PROBLEMS
                    + " are listed, fix these first"))
        .build();
  }

  boolean ok() {
    return problems.isEmpty();
  }

  /**
   * Adds a problem at {@code path} (a JSON path, possibly with keys from the input), giving the
   * line and column of that value, or of its nearest ancestor; the path and message are made safe
   * for one line.
   */
  void add(String path, String message) {
    if (problems.size() >= MAX_PROBLEMS) {
      unlisted++;
      return;
    }
    Locations.Place place = locations.at(path);
    problems.add(
        new Problem(
            source,
            Json.clean(path, 200),
            Json.clean(message, 1000),
            place == null ? 0 : place.line(),
            place == null ? 0 : place.column()));
  }

  /** Adds problems found while reading the text (numbers out of range). */
  void addAll(List<Problem> found) {
    for (Problem p : found) {
      if (problems.size() >= MAX_PROBLEMS) {
        unlisted++;
      } else {
        problems.add(p);
      }
    }
  }

  static String at(String path, String field) {
    return path + "." + field;
  }

  static String at(String path, int index) {
    return path + "[" + index + "]";
  }

  /** Whether {@code node} is an object; adds a problem when not. */
  boolean object(JsonNode node, String path, String what) {
    if (node.isObject()) {
      return true;
    }
    add(path, "expected " + what + " (a JSON object), found " + Json.describe(node));
    return false;
  }

  /** Adds a problem for every field of {@code node} not in {@code allowed}. */
  void fields(JsonNode node, String path, Set<String> allowed, String what) {
    for (String name : node.propertyNames()) {
      if (!allowed.contains(name)) {
        add(
            at(path, name),
            "unknown field "
                + Json.quote(name)
                + " in "
                + what
                + "; expected one of: "
                + String.join(", ", new TreeSet<>(allowed)));
      }
    }
  }

  private @Nullable JsonNode field(
      JsonNode node, String path, String field, boolean required, String expected) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      if (required) {
        add(at(path, field), "required field is missing; expected " + expected);
      }
      return null;
    }
    return value;
  }

  /** A non-blank string field. */
  @Nullable String string(JsonNode node, String path, String field, boolean required) {
    JsonNode value = field(node, path, field, required, "a non-blank string");
    if (value == null) {
      return null;
    }
    if (!value.isString() || value.stringValue().isBlank()) {
      add(at(path, field), "expected a non-blank string, found " + Json.describe(value));
      return null;
    }
    return value.stringValue();
  }

  /** A string field that may be blank (still a string). */
  @Nullable String text(JsonNode node, String path, String field, boolean required) {
    JsonNode value = field(node, path, field, required, "a string");
    if (value == null) {
      return null;
    }
    if (!value.isString()) {
      add(at(path, field), "expected a string, found " + Json.describe(value));
      return null;
    }
    return value.stringValue();
  }

  /** An id field matching {@code [a-z0-9-]+}. */
  @Nullable String id(JsonNode node, String path, String field, boolean required) {
    String value = string(node, path, field, required);
    if (value != null && value.length() > Ids.MAX_ID_LENGTH) {
      add(
          at(path, field),
          Json.quote(value)
              + " is too long; expected an id of at most "
              + Ids.MAX_ID_LENGTH
              + " characters");
      return null;
    }
    if (value != null && !Ids.isId(value)) {
      add(
          at(path, field),
          Json.quote(value)
              + " is not a valid id; expected lower-case letters, digits and - ([a-z0-9-]+)");
      return null;
    }
    return value;
  }

  /** A number field, zero or more when {@code nonNegative}. */
  @Nullable BigDecimal number(
      JsonNode node, String path, String field, @Nullable BigDecimal fallback, boolean required) {
    JsonNode value = field(node, path, field, required, "a number >= 0");
    if (value == null) {
      return fallback;
    }
    BigDecimal number = Json.decimal(value);
    if (number == null || number.signum() < 0) {
      add(at(path, field), "expected a number >= 0, found " + Json.describe(value));
      return null;
    }
    return number;
  }

  /** A whole-number field of at least {@code min}. */
  @Nullable Integer integer(
      JsonNode node,
      String path,
      String field,
      @Nullable Integer fallback,
      boolean required,
      int min) {
    JsonNode value = field(node, path, field, required, "a whole number >= " + min);
    if (value == null) {
      return fallback;
    }
    if (!isInt(value) || value.intValue() < min) {
      add(at(path, field), "expected a whole number >= " + min + ", found " + Json.describe(value));
      return null;
    }
    return value.intValue();
  }

  static boolean isInt(JsonNode value) {
    BigDecimal d = Json.decimal(value);
    if (d == null) {
      return false;
    }
    if (d.signum() != 0 && d.stripTrailingZeros().scale() > 0) {
      return false;
    }
    return d.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0
        && d.compareTo(BigDecimal.valueOf(Integer.MIN_VALUE)) >= 0;
  }

  /** A boolean field. */
  boolean bool(JsonNode node, String path, String field, boolean fallback) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return fallback;
    }
    if (!value.isBoolean()) {
      add(at(path, field), "expected true or false, found " + Json.describe(value));
      return fallback;
    }
    return value.booleanValue();
  }

  /** An enum field written as the constant's name. */
  <E extends Enum<E>> @Nullable E enumValue(
      JsonNode node,
      String path,
      String field,
      Class<E> type,
      @Nullable E fallback,
      boolean required) {
    String expected =
        "one of "
            + Arrays.stream(type.getEnumConstants())
                .map(Enum::name)
                .collect(Collectors.joining(", "));
    JsonNode value = field(node, path, field, required, expected);
    if (value == null) {
      return fallback;
    }
    if (value.isString()) {
      for (E constant : type.getEnumConstants()) {
        if (constant.name().equals(value.stringValue())) {
          return constant;
        }
      }
    }
    add(at(path, field), "expected " + expected + ", found " + Json.describe(value));
    return null;
  }

  /** A localized text: an object of language tag → non-blank text, at least one entry. */
  Map<String, String> localized(JsonNode node, String path, String field, boolean required) {
    Map<String, String> result = new LinkedHashMap<>();
    JsonNode value = field(node, path, field, required, "an object of language tag → text");
    if (value == null) {
      return result;
    }
    String p = at(path, field);
    if (!value.isObject() || value.isEmpty()) {
      add(
          p,
          "expected an object of language tag → text with at least one language, found "
              + Json.describe(value));
      return result;
    }
    for (Map.Entry<String, JsonNode> e : value.properties()) {
      if (!Ids.isLanguage(e.getKey())) {
        add(
            at(p, e.getKey()),
            Json.quote(e.getKey()) + " is not a language tag; expected e.g. nl, en or nl-BE");
      } else if (!e.getValue().isString() || e.getValue().stringValue().isBlank()) {
        add(at(p, e.getKey()), "expected a non-blank text, found " + Json.describe(e.getValue()));
      } else {
        result.put(e.getKey(), e.getValue().stringValue());
      }
    }
    return result;
  }

  /** A non-empty array field; adds a problem and gives null when it is not. */
  @Nullable JsonNode array(
      JsonNode node, String path, String field, boolean required, String what) {
    JsonNode value = field(node, path, field, required, "a non-empty array of " + what);
    if (value == null) {
      return null;
    }
    if (!value.isArray() || value.isEmpty()) {
      add(
          at(path, field),
          "expected a non-empty array of " + what + ", found " + Json.describe(value));
      return null;
    }
    return value;
  }
}
