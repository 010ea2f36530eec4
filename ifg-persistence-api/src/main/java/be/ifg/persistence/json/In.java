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
  /** The longest text read, in characters. */
  static final int MAX_TEXT = 100_000;

  /** The longest text converted into a value (an id, a name, a date), checked before converting. */
  static final int MAX_VALUE_TEXT = 1_000;

  /** The most digits of a number before its decimal point. */
  static final int MAX_DIGITS = 18;

  /** The most digits of a number after its decimal point. */
  static final int MAX_DECIMALS = 30;

  /** The earliest date read: the start of the year 1. */
  private static final LocalDate FIRST_DAY = LocalDate.of(1, 1, 1);

  /** The latest date read: the end of the year 9999. */
  private static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

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
    if (v.stringValue().length() > MAX_TEXT) {
      throw new RecordProblem(
          path(field) + " is a text of more than " + MAX_TEXT + " characters; too long");
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
    BigDecimal d = v.decimalValue();
    BigDecimal stripped = d.signum() == 0 ? BigDecimal.ZERO : d.stripTrailingZeros();
    if (stripped.precision() - stripped.scale() > MAX_DIGITS || stripped.scale() > MAX_DECIMALS) {
      throw new RecordProblem(
          path(field)
              + " is out of range: at most "
              + MAX_DIGITS
              + " digits before the decimal point and "
              + MAX_DECIMALS
              + " after it");
    }
    return d;
  }

  @Nullable BigDecimal optionalDecimal(String field) {
    return optional(field) == null ? null : decimal(field);
  }

  Instant instant(String field) {
    Instant at = value(field, Instant::parse);
    inRange(field, at.atOffset(java.time.ZoneOffset.UTC).toLocalDate());
    return at;
  }

  LocalDate date(String field) {
    return inRange(field, value(field, LocalDate::parse));
  }

  private LocalDate inRange(String field, LocalDate day) {
    if (day.isBefore(FIRST_DAY) || day.isAfter(LAST_DAY)) {
      throw new RecordProblem(path(field) + " is out of range: expected the years 1 to 9999");
    }
    return day;
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
    if (s.length() > MAX_VALUE_TEXT) {
      throw new RecordProblem(
          path + " is invalid: a text of more than " + MAX_VALUE_TEXT + " characters");
    }
    try {
      return of.apply(s);
    } catch (IllegalArgumentException | DateTimeParseException | ArithmeticException e) {
      throw new RecordProblem(path + " is invalid: " + shown(String.valueOf(e.getMessage())), e);
    }
  }

  /** A message part on one line and of bounded length. */
  static String shown(String text) {
    String one = text.replaceAll("\\p{Cntrl}", "?");
    return one.length() > 300 ? one.substring(0, 300) + "…" : one;
  }
}
