package be.ifg.rti.json;

import be.ifg.rti.UnreadableInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

/** The shared mapper and the reading of JSON text into trees, with readable failures. */
final class Json {
  static final JsonMapper MAPPER =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
          .build();

  private Json() {}

  static JsonNode read(Path file) {
    String source = file.toString();
    if (!Files.isRegularFile(file)) {
      throw new UnreadableInputException(source, "no such file", null);
    }
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, source);
    } catch (IOException e) {
      throw new UnreadableInputException(source, "cannot be read: " + e.getMessage(), e);
    }
  }

  static JsonNode read(InputStream in, String source) {
    try {
      JsonNode node = MAPPER.readTree(in);
      if (node == null || node.isMissingNode()) {
        throw new UnreadableInputException(source, "is empty; expected a JSON object", null);
      }
      return node;
    } catch (JacksonException e) {
      TokenStreamLocation location = e.getLocation();
      String where =
          location == null || location.getLineNr() < 0
              ? ""
              : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
      throw new UnreadableInputException(
          source, "is not valid JSON" + where + ": " + e.getOriginalMessage(), e);
    } catch (UncheckedIOException e) {
      throw new UnreadableInputException(source, "cannot be read: " + e.getMessage(), e);
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

  /** A number node: an integer node when the value has no fraction, else a decimal node. */
  static JsonNode number(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    if (stripped.scale() <= 0) {
      return JsonNodeFactory.instance.numberNode(stripped.toBigIntegerExact());
    }
    return JsonNodeFactory.instance.numberNode(stripped);
  }

  /** How a node is described in messages: its JSON type and, for scalars, its value. */
  static String describe(JsonNode node) {
    if (node.isNull()) {
      return "null";
    }
    if (node.isString()) {
      return "string '" + node.stringValue() + "'";
    }
    if (node.isNumber()) {
      return "number " + node.decimalValue().toPlainString();
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
}
