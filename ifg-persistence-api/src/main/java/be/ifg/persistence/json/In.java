package be.ifg.persistence.json;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A JSON object being read: typed accessors that fail with the JSON path of the offending field,
 * and a final check that no unknown field is left over.
 *
 * <p>Not thread-safe; one instance reads one object once.
 */
final class In {
  private final JsonNode node;
  private final String path;
  private final Set<String> read = new HashSet<>();

  private In(JsonNode node, String path) {
    if (!node.isObject()) {
      throw new RecordProblem(path + " must be a JSON object");
    }
    this.node = node;
    this.path = path;
  }

  static In root(JsonNode node) {
    return new In(node, "$");
  }

  String path(String field) {
    return path + "." + field;
  }

  private JsonNode required(String field) {
    read.add(field);
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      throw new RecordProblem(path(field) + " is missing");
    }
    return v;
  }

  private @Nullable JsonNode optional(String field) {
    read.add(field);
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v;
  }

  String text(String field) {
    JsonNode v = required(field);
    if (!v.isString()) {
      throw new RecordProblem(path(field) + " must be a string");
    }
    return v.stringValue();
  }

  @Nullable String optionalText(String field) {
    return optional(field) == null ? null : text(field);
  }

  /** A string field turned into a value; a value the constructor refuses is a problem here. */
  <T> T value(String field, Function<String, T> of) {
    String s = text(field);
    return convert(path(field), s, of);
  }

  <T> @Nullable T optionalValue(String field, Function<String, T> of) {
    return optional(field) == null ? null : value(field, of);
  }

  long integer(String field) {
    JsonNode v = required(field);
    if (!v.isIntegralNumber() || !v.canConvertToLong()) {
      throw new RecordProblem(path(field) + " must be an integer");
    }
    return v.longValue();
  }

  @Nullable Long optionalLong(String field) {
    return optional(field) == null ? null : integer(field);
  }

  @Nullable Integer optionalInt(String field) {
    JsonNode v = optional(field);
    if (v == null) {
      return null;
    }
    if (!v.isIntegralNumber() || !v.canConvertToInt()) {
      throw new RecordProblem(path(field) + " must be an integer");
    }
    return v.intValue();
  }

  boolean bool(String field) {
    JsonNode v = required(field);
    if (!v.isBoolean()) {
      throw new RecordProblem(path(field) + " must be true or false");
    }
    return v.booleanValue();
  }

  BigDecimal decimal(String field) {
    JsonNode v = required(field);
    if (!v.isNumber()) {
      throw new RecordProblem(path(field) + " must be a number");
    }
    return v.decimalValue();
  }

  @Nullable BigDecimal optionalDecimal(String field) {
    return optional(field) == null ? null : decimal(field);
  }

  Instant instant(String field) {
    return value(field, Instant::parse);
  }

  LocalDate date(String field) {
    return value(field, LocalDate::parse);
  }

  <E extends Enum<E>> E enumValue(String field, Class<E> type) {
    return value(field, s -> Enum.valueOf(type, s));
  }

  In object(String field) {
    return new In(required(field), path(field));
  }

  @Nullable In optionalObject(String field) {
    JsonNode v = optional(field);
    return v == null ? null : new In(v, path(field));
  }

  private JsonNode array(String field) {
    JsonNode v = required(field);
    if (!v.isArray()) {
      throw new RecordProblem(path(field) + " must be an array");
    }
    return v;
  }

  List<In> objects(String field) {
    JsonNode a = array(field);
    ImmutableList.Builder<In> out = ImmutableList.builder();
    for (int i = 0; i < a.size(); i++) {
      out.add(new In(a.get(i), path(field) + "[" + i + "]"));
    }
    return out.build();
  }

  /** The objects of an array that may be absent (absent reads as empty). */
  List<In> optionalObjects(String field) {
    return optional(field) == null ? List.of() : objects(field);
  }

  <T> List<T> values(String field, Function<String, T> of) {
    JsonNode a = array(field);
    ImmutableList.Builder<T> out = ImmutableList.builder();
    for (int i = 0; i < a.size(); i++) {
      String p = path(field) + "[" + i + "]";
      JsonNode v = a.get(i);
      if (!v.isString()) {
        throw new RecordProblem(p + " must be a string");
      }
      out.add(convert(p, v.stringValue(), of));
    }
    return out.build();
  }

  /** Fails if the object has a field that was not read: the record is not of the form expected. */
  void done() {
    Set<String> unknown = new TreeSet<>(node.propertyNames());
    unknown.removeAll(read);
    if (!unknown.isEmpty()) {
      throw new RecordProblem(path + " has unknown field(s) " + unknown);
    }
  }

  private static <T> T convert(String path, String s, Function<String, T> of) {
    try {
      return of.apply(s);
    } catch (IllegalArgumentException | DateTimeParseException e) {
      throw new RecordProblem(path + " is invalid: " + e.getMessage(), e);
    }
  }
}
