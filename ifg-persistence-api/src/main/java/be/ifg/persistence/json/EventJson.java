package be.ifg.persistence.json;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import be.ifg.domain.ChainEvent;
import be.ifg.domain.DisclosureEntry;
import be.ifg.domain.DossierEvent;
import be.ifg.domain.DossierId;
import be.ifg.domain.TableEvent;
import be.ifg.persistence.CorruptRecord;
import be.ifg.persistence.StreamId;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The stable JSON form of chain events and disclosure entries: what an adapter stores as text.
 *
 * <p>Every record is a JSON object that starts with {@code "type"} (the event's type name, e.g.
 * {@code "InformationShared"}, or {@code "DisclosureEntry"}) and {@code "schemaVersion"} (the
 * version of that type's form), followed by the fields in a fixed order. The form is deterministic:
 * the same event always gives the same text. Instants are ISO-8601 in UTC ({@code
 * 2026-02-02T08:00:00Z}), dates ISO-8601 ({@code 2026-03-02}), decimals plain JSON numbers that
 * keep their scale ({@code 2.50} stays {@code 2.50}), sets sorted, absent optional values left out.
 *
 * <p>Reading upcasts a record of an older schema version to the current form before reading it. A
 * record that cannot be read (malformed JSON, an unknown type, a schema version newer than this
 * library, a missing, invalid or unknown field, an event of another stream) is a {@link
 * CorruptRecord} that names the stream and version (or the disclosure sequence): never skipped.
 *
 * <p>Stateless and thread-safe. The golden files of every type are in this module's test resources;
 * a change of form shows there in review.
 */
@API(status = STABLE, since = "0.1")
public final class EventJson {
  private static final JsonMapper MAPPER =
      JsonMapper.builder(
              // stored records are bounded: nesting, key, number and text lengths
              JsonFactory.builder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder()
                          .maxNestingDepth(64)
                          .maxNameLength(1000)
                          .maxNumberLength(200)
                          .maxStringLength(In.MAX_TEXT)
                          .maxDocumentLength(16L * 1024 * 1024)
                          .build())
                  .build())
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .build();

  private EventJson() {}

  /**
   * The compact JSON form of an event, in its type's current schema version.
   *
   * @throws NullPointerException if {@code event} is null
   */
  public static String write(ChainEvent event) {
    checkNotNull(event, "event");
    return MAPPER.writeValueAsString(EventForms.write(event).node());
  }

  /**
   * The same form as {@link #write}, indented for people: the form of the golden files.
   *
   * @throws NullPointerException if {@code event} is null
   */
  public static String writePretty(ChainEvent event) {
    checkNotNull(event, "event");
    return MAPPER
        .writerWithDefaultPrettyPrinter()
        .writeValueAsString(EventForms.write(event).node());
  }

  /**
   * Reads an event that a store kept at a stream and version, upcasting an older schema version.
   *
   * @param json the stored text
   * @param stream the stream it was read from: named in errors, and the event must belong to it
   * @param version its version in the stream: named in errors
   * @return the event in the current form
   * @throws CorruptRecord if the record cannot be read; the message names stream and version
   */
  public static ChainEvent read(String json, StreamId stream, long version) {
    checkNotNull(json, "json");
    checkNotNull(stream, "stream");
    String where = "stream " + stream + ", version " + version;
    try {
      In in = upcastAndOpen(json, null);
      String type = in.text("type");
      in.integer("schemaVersion");
      ChainEvent event = EventForms.read(type, in);
      checkBelongs(event, stream);
      return event;
    } catch (RecordProblem e) {
      throw new CorruptRecord(where, In.shown(String.valueOf(e.getMessage())), e.getCause());
    } catch (JacksonException e) {
      throw new CorruptRecord(where, malformed(e), e);
    } catch (IllegalArgumentException
        | NullPointerException
        | IllegalStateException
        | java.time.DateTimeException
        | ArithmeticException e) {
      throw new CorruptRecord(
          where, "invalid event: " + In.shown(String.valueOf(e.getMessage())), e);
    }
  }

  /**
   * The compact JSON form of a disclosure entry.
   *
   * @throws NullPointerException if {@code entry} is null
   */
  public static String writeDisclosure(DisclosureEntry entry) {
    checkNotNull(entry, "entry");
    return MAPPER.writeValueAsString(EventForms.disclosure(entry).node());
  }

  /**
   * The same form as {@link #writeDisclosure}, indented for people.
   *
   * @throws NullPointerException if {@code entry} is null
   */
  public static String writeDisclosurePretty(DisclosureEntry entry) {
    checkNotNull(entry, "entry");
    return MAPPER
        .writerWithDefaultPrettyPrinter()
        .writeValueAsString(EventForms.disclosure(entry).node());
  }

  /**
   * Reads a disclosure entry that a store kept at a sequence number.
   *
   * @param json the stored text
   * @param sequence the sequence it was kept at: named in errors, and the entry must carry it
   * @throws CorruptRecord if the record cannot be read; the message names the sequence
   */
  public static DisclosureEntry readDisclosure(String json, long sequence) {
    checkNotNull(json, "json");
    String where = "disclosure log, sequence " + sequence;
    try {
      In in = upcastAndOpen(json, EventForms.DISCLOSURE_TYPE);
      in.text("type");
      in.integer("schemaVersion");
      DisclosureEntry entry = EventForms.disclosure(in);
      if (entry.sequence() != sequence) {
        throw new RecordProblem(
            "the entry carries sequence " + entry.sequence() + ", it is kept at " + sequence);
      }
      return entry;
    } catch (RecordProblem e) {
      throw new CorruptRecord(where, In.shown(String.valueOf(e.getMessage())), e.getCause());
    } catch (JacksonException e) {
      throw new CorruptRecord(where, malformed(e), e);
    } catch (IllegalArgumentException
        | NullPointerException
        | IllegalStateException
        | java.time.DateTimeException
        | ArithmeticException e) {
      throw new CorruptRecord(
          where, "invalid entry: " + In.shown(String.valueOf(e.getMessage())), e);
    }
  }

  /**
   * The type name an event is stored under, e.g. {@code InformationShared}.
   *
   * @throws NullPointerException if {@code event} is null
   */
  public static String type(ChainEvent event) {
    return EventForms.type(checkNotNull(event, "event"));
  }

  /**
   * The current schema version of an event type, or of {@code DisclosureEntry}.
   *
   * @throws IllegalArgumentException if the type is unknown
   */
  public static int schemaVersion(String type) {
    if (type.equals(EventForms.DISCLOSURE_TYPE)) {
      return EventForms.DISCLOSURE_VERSION;
    }
    Integer v = EventForms.CURRENT_VERSIONS.get(type);
    checkArgument(v != null, "unknown event type: '%s'", type);
    return v;
  }

  /** Every event type name this library reads and writes. */
  public static Set<String> types() {
    return EventForms.CURRENT_VERSIONS.keySet();
  }

  /**
   * Parses, checks the header and upcasts; returns the current form, ready to read.
   *
   * @param expectedType the only type allowed, or null for any event type
   */
  private static In upcastAndOpen(String json, @org.jspecify.annotations.Nullable String expected) {
    JsonNode tree = MAPPER.readTree(json);
    if (tree == null || !tree.isObject()) {
      throw new RecordProblem("$ must be a JSON object");
    }
    ObjectNode node = (ObjectNode) tree;
    JsonNode typeNode = node.get("type");
    if (typeNode == null || !typeNode.isString()) {
      throw new RecordProblem("$.type is missing");
    }
    String type = typeNode.stringValue();
    Integer current =
        type.equals(EventForms.DISCLOSURE_TYPE)
            ? Integer.valueOf(EventForms.DISCLOSURE_VERSION)
            : EventForms.CURRENT_VERSIONS.get(type);
    if (current == null || (expected != null && !expected.equals(type))) {
      throw new RecordProblem(
          "unknown "
              + (expected == null ? "event type" : "type (expected " + expected + ")")
              + " '"
              + type
              + "'");
    }
    if (expected == null && type.equals(EventForms.DISCLOSURE_TYPE)) {
      throw new RecordProblem("a DisclosureEntry is not an event");
    }
    JsonNode versionNode = node.get("schemaVersion");
    if (versionNode == null || !versionNode.isIntegralNumber() || !versionNode.canConvertToInt()) {
      throw new RecordProblem("$.schemaVersion is missing or not an integer");
    }
    int version = versionNode.intValue();
    if (version < 1) {
      throw new RecordProblem("$.schemaVersion must be >= 1: " + version);
    }
    if (version > current) {
      throw new RecordProblem(
          "schema version "
              + version
              + " of "
              + type
              + " is newer than this library reads (at most "
              + current
              + ")");
    }
    return In.root(Upcasters.STANDARD.upcast(type, version, current, node));
  }

  /** Jackson's reason in one bounded line, with the line and column; never its source excerpt. */
  private static String malformed(JacksonException e) {
    TokenStreamLocation at = e.getLocation();
    return "malformed JSON"
        + (at == null || at.getLineNr() < 1
            ? ""
            : " at line " + at.getLineNr() + ", column " + Math.max(1, at.getColumnNr()))
        + ": "
        + In.shown(withoutSource(String.valueOf(e.getOriginalMessage())));
  }

  /** Jackson's reason without what it says of the source ("[Source: REDACTED ..."). */
  private static String withoutSource(String jackson) {
    int cut = jackson.length();
    for (String marker : new String[] {" (for ", "[Source", "\n"}) {
      int at = jackson.indexOf(marker);
      if (at >= 0 && at < cut) {
        cut = at;
      }
    }
    return jackson.substring(0, cut).strip();
  }

  private static void checkBelongs(ChainEvent event, StreamId stream) {
    Optional<DossierId> dossier = stream.dossierId();
    if (event instanceof DossierEvent d) {
      if (dossier.isEmpty() || !dossier.get().equals(d.dossier())) {
        throw new RecordProblem(
            "the event belongs to dossier " + d.dossier() + ", not to stream " + stream);
      }
      if (d instanceof DossierEvent.Registered r
          && stream.region().isPresent()
          && !stream.region().get().equals(r.table())) {
        throw new RecordProblem(
            "the dossier was registered at the table of "
                + r.table()
                + ", not at the table of stream "
                + stream);
      }
    } else if (event instanceof TableEvent t && !stream.equals(StreamId.table(t.region()))) {
      throw new RecordProblem(
          "the event belongs to the table of " + t.region() + ", not to stream " + stream);
    }
  }
}
