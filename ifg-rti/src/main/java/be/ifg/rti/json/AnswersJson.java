package be.ifg.rti.json;

import static org.apiguardian.api.API.Status.STABLE;

import be.ifg.domain.ProfessionalId;
import be.ifg.rti.Answer;
import be.ifg.rti.AnswerSet;
import be.ifg.rti.Instrument;
import be.ifg.rti.Instruments;
import be.ifg.rti.Item;
import be.ifg.rti.OverrideRequest;
import be.ifg.rti.Parsed;
import be.ifg.rti.Problem;
import com.google.common.collect.ImmutableSet;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads answer sets: answers files ({@code instrument, version, assessedAt, assessor, answers,
 * override}) and answers embedded in another document, such as a scenario's {@code assess} step
 * ({@code instrument, version, answers, override}, with the date and assessor given by the caller).
 *
 * <p>Every problem is reported at once with its JSON path: an answer of the wrong type, a value
 * that is not an option, a negative count, an unknown item id, an unparsable date ({@code
 * $.answers.v2}), a {@code NOT_APPLICABLE} where the item does not allow it, an override band the
 * instrument does not have. Whether an override is <em>allowed</em> is decided by scoring, not
 * here. Stateless and thread-safe.
 */
@API(status = STABLE, since = "0.1")
public final class AnswersJson {
  private static final Set<String> FILE_FIELDS =
      ImmutableSet.of("instrument", "version", "assessedAt", "assessor", "answers", "override");
  private static final Set<String> EMBEDDED_FIELDS =
      ImmutableSet.of("instrument", "version", "answers", "override");

  private AnswersJson() {}

  /**
   * Reads an answers file for a given instrument; its {@code instrument} and {@code version}, when
   * present, must name that instrument.
   *
   * @param file the answers file
   * @param instrument the instrument the answers are for
   * @return the answer set, or every problem found
   * @throws be.ifg.rti.UnreadableInputException if the file cannot be read or is not JSON
   */
  public static Parsed<AnswerSet> read(Path file, Instrument instrument) {
    return read(Json.tree(file), file.toString(), instrument);
  }

  /**
   * Reads an answers file, finding its instrument ({@code instrument} and {@code version}) in a
   * catalogue.
   *
   * @param file the answers file
   * @param catalogue where to find the instrument
   * @return the answer set, or every problem found (an instrument the catalogue lacks is a problem
   *     at {@code $.instrument})
   * @throws be.ifg.rti.UnreadableInputException if the file cannot be read or is not JSON
   */
  public static Parsed<AnswerSet> read(Path file, Instruments catalogue) {
    Json.Tree tree = Json.tree(file);
    String source = file.toString();
    Checker c = new Checker(source, tree.where());
    if (!tree.problems().isEmpty()) {
      c.addAll(tree.problems());
      return Parsed.invalid(c.problems());
    }
    Optional<Instrument> instrument = resolve(tree.root(), "$", catalogue, c);
    if (instrument.isEmpty()) {
      return Parsed.invalid(c.problems());
    }
    return read(tree, source, instrument.get());
  }

  /**
   * Reads answers from a stream (not closed) for a given instrument.
   *
   * @param in the JSON text
   * @param source the name to use in problems
   * @param instrument the instrument the answers are for
   * @return the answer set, or every problem found
   * @throws be.ifg.rti.UnreadableInputException if the stream cannot be read or is not JSON
   */
  public static Parsed<AnswerSet> read(InputStream in, String source, Instrument instrument) {
    return read(Json.tree(in, source), source, instrument);
  }

  /**
   * Reads a whole answers document given as a JSON tree.
   *
   * @param root the answers document
   * @param source the name to use in problems
   * @param instrument the instrument the answers are for
   * @return the answer set, or every problem found
   */
  public static Parsed<AnswerSet> read(JsonNode root, String source, Instrument instrument) {
    return check(root, new Checker(source), instrument);
  }

  /** Reads a tree read from text; its problems name lines and columns. */
  private static Parsed<AnswerSet> read(Json.Tree tree, String source, Instrument instrument) {
    Checker c = new Checker(source, tree.where());
    if (!tree.problems().isEmpty()) {
      c.addAll(tree.problems());
      return Parsed.invalid(c.problems());
    }
    return check(tree.root(), c, instrument);
  }

  private static Parsed<AnswerSet> check(JsonNode root, Checker c, Instrument instrument) {
    if (!c.object(root, "$", "an answers document")) {
      return Parsed.invalid(c.problems());
    }
    c.fields(root, "$", FILE_FIELDS, "the answers document");
    LocalDate assessedAt = date(root, "$", "assessedAt", c);
    ProfessionalId assessor = professional(root, "$", "assessor", true, c);
    return finish(root, "$", instrument, assessedAt, assessor, c);
  }

  /**
   * Reads answers embedded in another document, such as a scenario's {@code assess} step, whose
   * {@code instrument} and {@code version} are looked up in a catalogue; the date and the assessor
   * come from the caller (the step's time and actor).
   *
   * @param node the object with {@code instrument}, {@code version}, {@code answers} and an
   *     optional {@code override}
   * @param source the file name to use in problems
   * @param pathPrefix the JSON path of {@code node} in its document, e.g. {@code $.steps[4].with}
   * @param catalogue where to find the instrument
   * @param assessedAt the date the assessment speaks for
   * @param assessor who assesses
   * @return the answer set (its instrument is {@code catalogue.find(answers.instrumentId(),
   *     answers.instrumentVersion())}), or every problem found, with paths under {@code pathPrefix}
   */
  public static Parsed<AnswerSet> readEmbedded(
      JsonNode node,
      String source,
      String pathPrefix,
      Instruments catalogue,
      LocalDate assessedAt,
      ProfessionalId assessor) {
    Checker c = new Checker(source);
    if (!c.object(node, pathPrefix, "an assessment {instrument, version, answers, override}")) {
      return Parsed.invalid(c.problems());
    }
    c.fields(node, pathPrefix, EMBEDDED_FIELDS, "the assessment");
    Optional<Instrument> instrument = resolve(node, pathPrefix, catalogue, c);
    if (instrument.isEmpty()) {
      return Parsed.invalid(c.problems());
    }
    return finish(node, pathPrefix, instrument.get(), assessedAt, assessor, c);
  }

  private static Optional<Instrument> resolve(
      JsonNode root, String path, Instruments catalogue, Checker c) {
    if (!c.object(root, path, "an answers document")) {
      return Optional.empty();
    }
    String id = c.string(root, path, "instrument", true);
    String version = c.string(root, path, "version", false);
    if (id == null) {
      return Optional.empty();
    }
    Optional<Instrument> found =
        version == null ? catalogue.latest(id) : catalogue.find(id, version);
    if (found.isEmpty()) {
      c.add(
          Checker.at(path, "instrument"),
          "unknown instrument '"
              + (version == null ? id : id + "@" + version)
              + "'; known: "
              + catalogue.all().stream().map(Instrument::reference).toList());
    }
    return found;
  }

  private static Parsed<AnswerSet> finish(
      JsonNode root,
      String path,
      Instrument instrument,
      @Nullable LocalDate assessedAt,
      @Nullable ProfessionalId assessor,
      Checker c) {
    String id = c.string(root, path, "instrument", false);
    if (id != null && !id.equals(instrument.id())) {
      c.add(
          Checker.at(path, "instrument"),
          "the answers are for instrument " + Json.quote(id) + ", expected " + instrument.id());
    }
    String version = c.string(root, path, "version", false);
    if (version != null && !version.equals(instrument.version())) {
      c.add(
          Checker.at(path, "version"),
          "the answers are for version "
              + Json.quote(version)
              + ", expected "
              + instrument.version());
    }
    Map<String, Answer> answers = answers(root, path, instrument, c);
    OverrideRequest override = override(root, path, instrument, c);
    if (!c.ok() || assessedAt == null || assessor == null) {
      List<Problem> problems = c.problems();
      return Parsed.invalid(
          problems.isEmpty()
              ? List.of(new Problem(c.source(), path, "invalid answers"))
              : problems);
    }
    return Parsed.valid(
        new AnswerSet(
            instrument.id(), instrument.version(), assessedAt, assessor, answers, override));
  }

  private static @Nullable LocalDate date(JsonNode root, String path, String field, Checker c) {
    String text = c.string(root, path, field, true);
    if (text == null) {
      return null;
    }
    return date(text, Checker.at(path, field), c);
  }

  /** The earliest date an answers file may name. */
  static final LocalDate FIRST_DATE = LocalDate.of(1, 1, 1);

  /** The latest date an answers file may name. */
  static final LocalDate LAST_DATE = LocalDate.of(9999, 12, 31);

  /**
   * A date written yyyy-mm-dd, from 0001-01-01 to 9999-12-31 (so that any window of the format, up
   * to 2^31 days back, can be computed); a problem at {@code path} otherwise.
   */
  private static @Nullable LocalDate date(String text, String path, Checker c) {
    LocalDate date;
    try {
      date = text.length() > 20 ? null : LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      date = null;
    }
    if (date == null) {
      c.add(path, Json.quote(text) + " is not a date; expected yyyy-mm-dd");
      return null;
    }
    if (date.isBefore(FIRST_DATE) || date.isAfter(LAST_DATE)) {
      c.add(
          path,
          Json.quote(text)
              + " is outside the supported range; expected a date from "
              + FIRST_DATE
              + " to "
              + LAST_DATE);
      return null;
    }
    return date;
  }

  private static @Nullable ProfessionalId professional(
      JsonNode root, String path, String field, boolean required, Checker c) {
    String text = c.string(root, path, field, required);
    if (text == null) {
      return null;
    }
    try {
      return ProfessionalId.of(text);
    } catch (IllegalArgumentException e) {
      c.add(Checker.at(path, field), String.valueOf(e.getMessage()));
      return null;
    }
  }

  private static Map<String, Answer> answers(
      JsonNode root, String path, Instrument instrument, Checker c) {
    Map<String, Answer> result = new LinkedHashMap<>();
    JsonNode node = root.get("answers");
    String p = Checker.at(path, "answers");
    if (node == null || node.isNull()) {
      c.add(p, "required field is missing; expected an object of item id → answer");
      return result;
    }
    if (!node.isObject()) {
      c.add(p, "expected an object of item id → answer, found " + Json.describe(node));
      return result;
    }
    for (Map.Entry<String, JsonNode> entry : node.properties()) {
      String ap = Checker.at(p, entry.getKey());
      Optional<Item> item = instrument.item(entry.getKey());
      if (item.isEmpty()) {
        c.add(
            ap,
            "unknown item '"
                + entry.getKey()
                + "'; instrument "
                + instrument.reference()
                + " has no such item");
        continue;
      }
      Answer answer = answer(item.get(), entry.getValue(), ap, c);
      if (answer == null) {
        continue;
      }
      Optional<String> problem = item.get().problemWith(answer);
      if (problem.isPresent()) {
        c.add(ap, problem.get());
      } else {
        result.put(entry.getKey(), answer);
      }
    }
    return result;
  }

  private static @Nullable Answer answer(Item item, JsonNode value, String path, Checker c) {
    if (value.isNull()) {
      return Answer.unknown();
    }
    if (value.isString() && value.stringValue().equals("UNKNOWN")) {
      return Answer.unknown();
    }
    if (value.isString() && value.stringValue().equals("NOT_APPLICABLE")) {
      return Answer.notApplicable();
    }
    switch (item.type()) {
      case YES_NO:
        if (value.isString()
            && (value.stringValue().equals("YES") || value.stringValue().equals("NO"))) {
          return value.stringValue().equals("YES") ? Answer.yes() : Answer.no();
        }
        if (value.isBoolean()) {
          return value.booleanValue() ? Answer.yes() : Answer.no();
        }
        break;
      case ORDINAL:
        if (Checker.isInt(value) && value.intValue() >= 0) {
          return Answer.ordinal(value.intValue());
        }
        break;
      case CHOICE:
        if (value.isString() && !value.stringValue().isBlank()) {
          return Answer.choice(value.stringValue());
        }
        break;
      case COUNT:
        if (Checker.isInt(value) && value.intValue() >= 0) {
          return Answer.count(value.intValue());
        }
        if (Checker.isInt(value)) {
          c.add(
              path, "a count cannot be negative: " + value.intValue() + "; " + item.expectation());
          return null;
        }
        break;
      case EVENTS:
      default:
        if (value.isArray()) {
          List<LocalDate> dates = new ArrayList<>();
          boolean ok = true;
          int i = 0;
          for (JsonNode d : value.values()) {
            String dp = Checker.at(path, i++);
            if (!d.isString()) {
              c.add(dp, "expected a date (yyyy-mm-dd), found " + Json.describe(d));
              ok = false;
              continue;
            }
            LocalDate date = date(d.stringValue(), dp, c);
            if (date == null) {
              ok = false;
            } else {
              dates.add(date);
            }
          }
          return ok ? new Answer.Events(dates) : null;
        }
        break;
    }
    c.add(path, "found " + Json.describe(value) + "; " + item.expectation());
    return null;
  }

  private static @Nullable OverrideRequest override(
      JsonNode root, String path, Instrument instrument, Checker c) {
    JsonNode node = root.get("override");
    String p = Checker.at(path, "override");
    if (node == null || node.isNull()) {
      return null;
    }
    if (!c.object(node, p, "an override {band, rationale, by}")) {
      return null;
    }
    c.fields(node, p, ImmutableSet.of("band", "rationale", "by"), "the override");
    String band = c.string(node, p, "band", true);
    if (band != null && instrument.band(band).isEmpty()) {
      c.add(
          Checker.at(p, "band"),
          "unknown band '"
              + band
              + "'; expected one of "
              + instrument.bands().stream().map(b -> b.id()).toList());
      band = null;
    }
    String rationale = c.text(node, p, "rationale", false);
    JsonNode byNode = node.get("by");
    ProfessionalId by = null;
    if (byNode != null && byNode.isString() && byNode.stringValue().isBlank()) {
      by = null;
    } else {
      by = professional(node, p, "by", false, c);
    }
    return band == null ? null : new OverrideRequest(band, rationale == null ? "" : rationale, by);
  }
}
