package be.ifg.persistence.json;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A JSON object being written, field by field in the order of the calls, so that the form is
 * deterministic. Absent optional values are left out.
 *
 * <p>Not thread-safe; one instance writes one object.
 */
final class Out {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final ObjectNode node;

  private Out(ObjectNode node) {
    this.node = node;
  }

  static Out object() {
    return new Out(NODES.objectNode());
  }

  ObjectNode node() {
    return node;
  }

  Out text(String field, String value) {
    node.put(field, value);
    return this;
  }

  Out optionalText(String field, @Nullable Object value) {
    if (value != null) {
      node.put(field, value.toString());
    }
    return this;
  }

  /** A value written as its string form (ids' {@code toString()} is their value). */
  Out value(String field, Object value) {
    node.put(field, value.toString());
    return this;
  }

  Out integer(String field, long value) {
    node.put(field, value);
    return this;
  }

  Out optionalInt(String field, @Nullable Integer value) {
    if (value != null) {
      node.put(field, value.intValue());
    }
    return this;
  }

  Out bool(String field, boolean value) {
    node.put(field, value);
    return this;
  }

  Out decimal(String field, BigDecimal value) {
    node.put(field, value);
    return this;
  }

  Out optionalDecimal(String field, @Nullable BigDecimal value) {
    if (value != null) {
      node.put(field, value);
    }
    return this;
  }

  Out instant(String field, Instant value) {
    node.put(field, value.toString());
    return this;
  }

  Out date(String field, LocalDate value) {
    node.put(field, value.toString());
    return this;
  }

  Out enumValue(String field, Enum<?> value) {
    node.put(field, value.name());
    return this;
  }

  Out object(String field, Out value) {
    node.set(field, value.node);
    return this;
  }

  Out optionalObject(String field, @Nullable Out value) {
    if (value != null) {
      node.set(field, value.node);
    }
    return this;
  }

  <T> Out objects(String field, Collection<T> values, Function<T, Out> each) {
    ArrayNode a = node.putArray(field);
    for (T v : values) {
      a.add(each.apply(v).node);
    }
    return this;
  }

  /** An array of strings in the given order (sort sets before, for a deterministic form). */
  Out values(String field, Collection<?> values) {
    ArrayNode a = node.putArray(field);
    for (Object v : values) {
      a.add(v instanceof Enum<?> e ? e.name() : v.toString());
    }
    return this;
  }
}
