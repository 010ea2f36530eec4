package be.ifg.rti.json;

import static org.apiguardian.api.API.Status.STABLE;

import be.ifg.rti.Approach;
import be.ifg.rti.Band;
import be.ifg.rti.CatalogueOutcome;
import be.ifg.rti.ChoiceOption;
import be.ifg.rti.Instrument;
import be.ifg.rti.Instruments;
import be.ifg.rti.Item;
import be.ifg.rti.ItemType;
import be.ifg.rti.Licence;
import be.ifg.rti.MissingAnswers;
import be.ifg.rti.MissingPolicy;
import be.ifg.rti.OverridePolicy;
import be.ifg.rti.Parsed;
import be.ifg.rti.Problem;
import be.ifg.rti.Rule;
import be.ifg.rti.Section;
import be.ifg.rti.SectionKind;
import be.ifg.rti.internal.Ids;
import com.google.common.collect.ImmutableSet;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads instrument definitions from JSON and validates them completely: every problem is reported
 * at once, each with its JSON path and what is expected.
 *
 * <p>Checked: unknown fields, missing required fields, wrong types, id patterns ({@code
 * [a-z0-9-]+}), semantic versions, duplicate section, item, band and rule ids, band order (the
 * first {@code minScore} is 0 and they strictly increase), negative weights, empty or repeated
 * options, fields that do not belong to an item's type, rules naming unknown sections, items or
 * bands, and an EVENTS_IN_WINDOW rule on an item that is not EVENTS. Whatever the format allows is
 * accepted, even where it is unusual: a critical PROTECTIVE item, a rule counting protective items,
 * an item-level {@code weight} on a CHOICE item (the chosen option's weight is its contribution), a
 * rule that can never fire. The content hash is the SHA-256 of the file's canonical JSON form (keys
 * sorted, no white space), so white space and key order do not change it. Stateless and
 * thread-safe.
 */
@API(status = STABLE, since = "0.1")
public final class InstrumentJson {
  private static final Set<String> TOP =
      ImmutableSet.of(
          "id",
          "version",
          "title",
          "description",
          "approach",
          "validated",
          "licence",
          "missing",
          "override",
          "sections",
          "bands",
          "rules");
  private static final Set<String> ITEM_COMMON =
      ImmutableSet.of("id", "type", "label", "critical", "notApplicableAllowed");
  private static final Map<ItemType, Set<String>> ITEM_EXTRA =
      Map.of(
          ItemType.YES_NO, ImmutableSet.of("weight"),
          ItemType.ORDINAL, ImmutableSet.of("weight", "options"),
          ItemType.CHOICE, ImmutableSet.of("weight", "options"),
          ItemType.COUNT, ImmutableSet.of("weight", "cap"),
          ItemType.EVENTS, ImmutableSet.of("weight"));
  private static final Set<String> SPECIAL_ANSWERS = ImmutableSet.of("UNKNOWN", "NOT_APPLICABLE");

  private InstrumentJson() {}

  /**
   * Reads and validates an instrument file.
   *
   * @param file the file
   * @return the instrument, or every problem found
   * @throws be.ifg.rti.UnreadableInputException if the file cannot be read or is not JSON
   */
  public static Parsed<Instrument> read(Path file) {
    return read(Json.tree(file), file.toString());
  }

  /**
   * Reads and validates an instrument from a stream (not closed).
   *
   * @param in the JSON text
   * @param source the name to use in problems, e.g. a file name
   * @return the instrument, or every problem found
   * @throws be.ifg.rti.UnreadableInputException if the stream cannot be read or is not JSON
   */
  public static Parsed<Instrument> read(InputStream in, String source) {
    return read(Json.tree(in, source), source);
  }

  /**
   * Reads and validates an instrument from a class-path resource of this library's class loader.
   *
   * @param resource the resource name, e.g. {@code be/ifg/rti/builtin/ifg-demo.json}
   * @return the instrument, or every problem found
   * @throws be.ifg.rti.UnreadableInputException if there is no such resource or it is not JSON
   */
  public static Parsed<Instrument> readResource(String resource) {
    return read(Json.treeOfResource(resource), resource);
  }

  /**
   * Reads and validates an instrument from JSON text.
   *
   * @param json the JSON text
   * @param source the name to use in problems
   * @return the instrument, or every problem found
   * @throws be.ifg.rti.UnreadableInputException if the text is not JSON
   */
  public static Parsed<Instrument> parse(String json, String source) {
    return read(
        new java.io.ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
        source);
  }

  /**
   * Validates an instrument given as a JSON tree.
   *
   * @param root the definition
   * @param source the name to use in problems
   * @return the instrument, or every problem found
   */
  public static Parsed<Instrument> read(JsonNode root, String source) {
    return check(root, new Checker(source));
  }

  /** Validates a tree read from text; its problems name lines and columns. */
  private static Parsed<Instrument> read(Json.Tree tree, String source) {
    if (!tree.problems().isEmpty()) {
      Checker c = new Checker(source, tree.where());
      c.addAll(tree.problems());
      return Parsed.invalid(c.problems());
    }
    return check(tree.root(), new Checker(source, tree.where()));
  }

  private static Parsed<Instrument> check(JsonNode root, Checker c) {
    String source = c.source();
    Instrument instrument = new Reading(c).instrument(root);
    if (!c.ok() || instrument == null) {
      List<Problem> problems = c.problems();
      return Parsed.invalid(
          problems.isEmpty() ? List.of(new Problem(source, "$", "invalid instrument")) : problems);
    }
    return Parsed.valid(instrument);
  }

  /**
   * Reads an instrument file and registers it in a catalogue.
   *
   * @param catalogue the catalogue
   * @param file the instrument file
   * @return the registered instrument, or every problem found; different content under an (id,
   *     version) the catalogue already holds is a problem at {@code $.version}
   * @throws be.ifg.rti.UnreadableInputException if the file cannot be read or is not JSON
   */
  public static Parsed<Instrument> register(Instruments catalogue, Path file) {
    Parsed<Instrument> parsed = read(file);
    if (!(parsed instanceof Parsed.Valid)) {
      return parsed;
    }
    CatalogueOutcome outcome = catalogue.register(parsed.orElseThrow());
    if (outcome instanceof CatalogueOutcome.Refused) {
      return Parsed.invalid(
          List.of(
              new Problem(
                  file.toString(), "$.version", ((CatalogueOutcome.Refused) outcome).message())));
    }
    return Parsed.valid(outcome.instrument());
  }

  /**
   * The SHA-256 of a definition's canonical JSON form, {@code sha256:<hex>}.
   *
   * @param root the definition
   * @return the hash
   */
  public static String hash(JsonNode root) {
    return Canonical.hash(root);
  }

  /**
   * The canonical JSON form of a tree: keys sorted, no white space, numbers without trailing zeros.
   *
   * @param root the tree
   * @return the canonical text
   */
  public static String canonicalForm(JsonNode root) {
    return Canonical.form(root);
  }

  /** One validation run; collects problems in its checker. */
  private static final class Reading {
    private final Checker c;
    private final Map<String, String> itemPaths = new HashMap<>();
    private final Map<String, Item> items = new LinkedHashMap<>();
    private final Map<String, Section> sections = new LinkedHashMap<>();
    private final Set<String> sectionIds = new java.util.LinkedHashSet<>();
    private final Set<String> bandIds = new java.util.LinkedHashSet<>();

    Reading(Checker c) {
      this.c = c;
    }

    @Nullable Instrument instrument(JsonNode root) {
      if (!c.object(root, "$", "an instrument definition")) {
        return null;
      }
      c.fields(root, "$", TOP, "the instrument");
      String id = c.id(root, "$", "id", true);
      String version = c.string(root, "$", "version", true);
      if (version != null && version.length() > Ids.MAX_VERSION_LENGTH) {
        c.add(
            "$.version",
            Json.quote(version)
                + " is too long; expected a semantic version of at most "
                + Ids.MAX_VERSION_LENGTH
                + " characters");
      } else if (version != null && !Ids.isSemanticVersion(version)) {
        c.add("$.version", Json.quote(version) + " is not a semantic version; expected e.g. 1.0.0");
      }
      Map<String, String> title = c.localized(root, "$", "title", true);
      c.localized(root, "$", "description", false);
      Approach approach = c.enumValue(root, "$", "approach", Approach.class, null, true);
      boolean validated = c.bool(root, "$", "validated", false);
      Licence licence = licence(root);
      MissingAnswers missing = missing(root);
      OverridePolicy override =
          c.enumValue(
              root, "$", "override", OverridePolicy.class, OverridePolicy.UPWARD_ONLY, false);
      List<Section> sectionList = sections(root);
      List<Band> bands = bands(root);
      List<Rule> rules = rules(root);
      if (!c.ok()
          || id == null
          || version == null
          || approach == null
          || licence == null
          || missing == null
          || override == null) {
        return null;
      }
      try {
        return new Instrument(
            id,
            version,
            title,
            approach,
            validated,
            licence,
            missing,
            override,
            sectionList,
            bands,
            rules,
            Canonical.hash(root));
      } catch (IllegalArgumentException e) {
        c.add("$", String.valueOf(e.getMessage()));
        return null;
      }
    }

    private @Nullable Licence licence(JsonNode root) {
      JsonNode node = root.get("licence");
      if (node == null || node.isNull()) {
        return new Licence(false, "");
      }
      if (!c.object(node, "$.licence", "a licence")) {
        return null;
      }
      c.fields(node, "$.licence", ImmutableSet.of("textRedistributable", "notice"), "the licence");
      boolean redistributable = c.bool(node, "$.licence", "textRedistributable", false);
      String notice = c.text(node, "$.licence", "notice", false);
      return new Licence(redistributable, notice == null ? "" : notice);
    }

    private @Nullable MissingAnswers missing(JsonNode root) {
      JsonNode node = root.get("missing");
      if (node == null || node.isNull()) {
        return new MissingAnswers(MissingPolicy.TREAT_AS_ABSENT, null);
      }
      if (!c.object(node, "$.missing", "a missing-answer policy")) {
        return null;
      }
      c.fields(
          node, "$.missing", ImmutableSet.of("policy", "maxMissing"), "the missing-answer policy");
      MissingPolicy policy =
          c.enumValue(node, "$.missing", "policy", MissingPolicy.class, null, true);
      Integer max = c.integer(node, "$.missing", "maxMissing", null, false, 0);
      return policy == null ? null : new MissingAnswers(policy, max);
    }

    private List<Section> sections(JsonNode root) {
      List<Section> result = new ArrayList<>();
      JsonNode array = c.array(root, "$", "sections", true, "sections");
      if (array == null) {
        return result;
      }
      int i = 0;
      for (JsonNode node : array.values()) {
        String path = Checker.at("$.sections", i++);
        if (!c.object(node, path, "a section")) {
          continue;
        }
        c.fields(node, path, ImmutableSet.of("id", "kind", "label", "items"), "a section");
        String id = c.id(node, path, "id", true);
        SectionKind kind = c.enumValue(node, path, "kind", SectionKind.class, null, true);
        Map<String, String> label = c.localized(node, path, "label", false);
        if (id != null && !sectionIds.add(id)) {
          c.add(
              Checker.at(path, "id"),
              "duplicate section id " + Json.quote(id) + "; section ids must be unique");
          id = null;
        }
        List<Item> sectionItems = new ArrayList<>();
        JsonNode itemArray = c.array(node, path, "items", true, "items");
        if (itemArray != null) {
          int j = 0;
          for (JsonNode itemNode : itemArray.values()) {
            Item item = item(itemNode, Checker.at(Checker.at(path, "items"), j++));
            if (item != null) {
              sectionItems.add(item);
            }
          }
        }
        if (id != null && kind != null && !sectionItems.isEmpty()) {
          Section section = new Section(id, kind, label, sectionItems);
          sections.put(id, section);
          result.add(section);
        }
      }
      return result;
    }

    private @Nullable Item item(JsonNode node, String path) {
      if (!c.object(node, path, "an item")) {
        return null;
      }
      String id = c.id(node, path, "id", true);
      ItemType type = c.enumValue(node, path, "type", ItemType.class, null, true);
      Set<String> allowed = new HashSet<>(ITEM_COMMON);
      if (type != null) {
        allowed.addAll(ITEM_EXTRA.get(type));
      } else {
        ITEM_EXTRA.values().forEach(allowed::addAll);
      }
      c.fields(node, path, allowed, type == null ? "an item" : "a " + type + " item");
      Map<String, String> label = c.localized(node, path, "label", false);
      boolean critical = c.bool(node, path, "critical", false);
      boolean notApplicable = c.bool(node, path, "notApplicableAllowed", false);
      BigDecimal weight = c.number(node, path, "weight", BigDecimal.ONE, false);
      List<Integer> ordinals = new ArrayList<>();
      List<ChoiceOption> choices = new ArrayList<>();
      Integer cap = null;
      if (type == ItemType.ORDINAL) {
        ordinals = ordinalOptions(node, path);
      } else if (type == ItemType.CHOICE) {
        choices = choiceOptions(node, path);
      } else if (type == ItemType.COUNT) {
        cap = c.integer(node, path, "cap", null, false, 0);
      }
      if (id != null && itemPaths.containsKey(id)) {
        c.add(
            Checker.at(path, "id"),
            "duplicate item id '"
                + id
                + "' (first at "
                + itemPaths.get(id)
                + "); item ids must be unique in the instrument");
        return null;
      }
      if (id != null) {
        itemPaths.put(id, path);
      }
      if (id == null
          || type == null
          || weight == null
          || (type == ItemType.ORDINAL && ordinals.isEmpty())
          || (type == ItemType.CHOICE && choices.isEmpty())) {
        return null;
      }
      Item item =
          new Item(id, type, label, weight, critical, ordinals, choices, cap, notApplicable);
      items.put(id, item);
      return item;
    }

    private List<Integer> ordinalOptions(JsonNode node, String path) {
      List<Integer> result = new ArrayList<>();
      JsonNode array = c.array(node, path, "options", true, "whole numbers >= 0");
      if (array == null) {
        return result;
      }
      String p = Checker.at(path, "options");
      int i = 0;
      for (JsonNode option : array.values()) {
        String op = Checker.at(p, i++);
        if (!Checker.isInt(option) || option.intValue() < 0) {
          c.add(op, "expected a whole number >= 0, found " + Json.describe(option));
        } else if (result.contains(option.intValue())) {
          c.add(op, "option " + option.intValue() + " is listed twice; options must be distinct");
        } else {
          result.add(option.intValue());
        }
      }
      return result;
    }

    private List<ChoiceOption> choiceOptions(JsonNode node, String path) {
      List<ChoiceOption> result = new ArrayList<>();
      JsonNode array = c.array(node, path, "options", true, "options {value, weight}");
      if (array == null) {
        return result;
      }
      String p = Checker.at(path, "options");
      Set<String> values = new HashSet<>();
      int i = 0;
      for (JsonNode option : array.values()) {
        String op = Checker.at(p, i++);
        if (!c.object(option, op, "an option {value, weight}")) {
          continue;
        }
        c.fields(option, op, ImmutableSet.of("value", "weight", "label"), "an option");
        String value = c.string(option, op, "value", true);
        BigDecimal weight = c.number(option, op, "weight", null, true);
        Map<String, String> label = c.localized(option, op, "label", false);
        if (value != null && SPECIAL_ANSWERS.contains(value)) {
          c.add(
              Checker.at(op, "value"),
              Json.quote(value) + " is a reserved answer; choose another value");
        } else if (value != null && !values.add(value)) {
          c.add(
              Checker.at(op, "value"),
              "option value " + Json.quote(value) + " is listed twice; values must be distinct");
        } else if (value != null && weight != null) {
          result.add(new ChoiceOption(value, weight, label));
        }
      }
      return result;
    }

    private List<Band> bands(JsonNode root) {
      List<Band> result = new ArrayList<>();
      JsonNode array = c.array(root, "$", "bands", true, "bands {id, minScore}");
      if (array == null) {
        return result;
      }
      BigDecimal previous = null;
      int i = 0;
      for (JsonNode node : array.values()) {
        String path = Checker.at("$.bands", i);
        if (!c.object(node, path, "a band {id, minScore}")) {
          i++;
          continue;
        }
        c.fields(node, path, ImmutableSet.of("id", "minScore", "label"), "a band");
        String id = c.string(node, path, "id", true);
        BigDecimal min = c.number(node, path, "minScore", null, true);
        Map<String, String> label = c.localized(node, path, "label", false);
        if (id != null && !Ids.isBandId(id)) {
          c.add(
              Checker.at(path, "id"),
              Json.quote(id) + " is not a valid band id; expected letters, digits, _ and -");
          id = null;
        } else if (id != null && !bandIds.add(id)) {
          c.add(
              Checker.at(path, "id"),
              "duplicate band id " + Json.quote(id) + "; band ids must be unique");
          id = null;
        }
        if (min != null) {
          if (i == 0 && min.signum() != 0) {
            c.add(
                Checker.at(path, "minScore"),
                "the first (lowest) band must have minScore 0, found " + min.toPlainString());
          } else if (previous != null && min.compareTo(previous) <= 0) {
            c.add(
                Checker.at(path, "minScore"),
                "bands are listed from lowest to highest and minScore must strictly increase: "
                    + min.toPlainString()
                    + " is not above "
                    + previous.toPlainString());
          }
          previous = min;
        }
        if (id != null && min != null) {
          result.add(new Band(id, min, label));
        }
        i++;
      }
      return result;
    }

    private List<Rule> rules(JsonNode root) {
      List<Rule> result = new ArrayList<>();
      JsonNode array = root.get("rules");
      if (array == null || array.isNull()) {
        return result;
      }
      if (!array.isArray()) {
        c.add("$.rules", "expected an array of rules, found " + Json.describe(array));
        return result;
      }
      Set<String> ruleIds = new HashSet<>();
      int i = 0;
      for (JsonNode node : array.values()) {
        String path = Checker.at("$.rules", i++);
        if (!c.object(node, path, "a rule")) {
          continue;
        }
        String id = c.id(node, path, "id", true);
        RuleType type = c.enumValue(node, path, "type", RuleType.class, null, true);
        Set<String> allowed = new HashSet<>(ImmutableSet.of("id", "type", "minBand"));
        if (type != null) {
          allowed.addAll(type.fields);
        } else {
          for (RuleType t : RuleType.values()) {
            allowed.addAll(t.fields);
          }
        }
        c.fields(node, path, allowed, type == null ? "a rule" : "a " + type + " rule");
        if (id != null && !ruleIds.add(id)) {
          c.add(
              Checker.at(path, "id"),
              "duplicate rule id " + Json.quote(id) + "; rule ids must be unique");
          id = null;
        }
        String minBand = c.string(node, path, "minBand", true);
        if (minBand != null && !bandIds.contains(minBand)) {
          c.add(
              Checker.at(path, "minBand"),
              "unknown band " + Json.quote(minBand) + "; expected one of " + bandIds);
          minBand = null;
        }
        Rule rule = type == null ? null : rule(type, node, path, id, minBand);
        if (rule != null) {
          result.add(rule);
        }
      }
      return result;
    }

    private @Nullable Rule rule(
        RuleType type, JsonNode node, String path, @Nullable String id, @Nullable String minBand) {
      switch (type) {
        case ANY_CRITICAL:
          return id == null || minBand == null ? null : new Rule.AnyCritical(id, minBand);
        case COUNT_IN_SECTION:
          {
            String section = c.string(node, path, "section", true);
            String answer = answerText(node, path);
            Integer atLeast = c.integer(node, path, "atLeast", null, true, 1);
            Section s = section == null ? null : sections.get(section);
            if (section != null && s == null && !sectionIds.contains(section)) {
              c.add(
                  Checker.at(path, "section"),
                  "unknown section " + Json.quote(section) + "; expected one of " + sectionIds);
            }
            return id == null || minBand == null || s == null || answer == null || atLeast == null
                ? null
                : new Rule.CountInSection(id, section, answer, atLeast, minBand);
          }
        case K_OF_N:
          {
            Integer atLeast = c.integer(node, path, "atLeast", null, true, 1);
            JsonNode array = c.array(node, path, "items", true, "item ids");
            List<String> ids = new ArrayList<>();
            if (array != null) {
              int j = 0;
              for (JsonNode item : array.values()) {
                String ip = Checker.at(Checker.at(path, "items"), j++);
                String ref = item.isString() ? item.stringValue() : null;
                if (ref == null) {
                  c.add(ip, "expected an item id, found " + Json.describe(item));
                } else if (!items.containsKey(ref) && !itemPaths.containsKey(ref)) {
                  c.add(ip, "unknown item " + Json.quote(ref));
                } else if (ids.contains(ref)) {
                  c.add(ip, "item " + Json.quote(ref) + " is listed twice");
                } else {
                  ids.add(ref);
                }
              }
            }
            return id == null
                    || minBand == null
                    || atLeast == null
                    || ids.isEmpty()
                    || array == null
                    || ids.size() != array.size()
                ? null
                : new Rule.KOfN(id, ids, atLeast, minBand);
          }
        case EVENTS_IN_WINDOW:
        default:
          {
            String item = c.string(node, path, "item", true);
            Integer atLeast = c.integer(node, path, "atLeast", null, true, 1);
            Integer window = c.integer(node, path, "windowDays", null, true, 1);
            Item target = item == null ? null : items.get(item);
            if (item != null && target == null && !itemPaths.containsKey(item)) {
              c.add(Checker.at(path, "item"), "unknown item " + Json.quote(item));
            } else if (target != null && target.type() != ItemType.EVENTS) {
              c.add(
                  Checker.at(path, "item"),
                  "item '"
                      + item
                      + "' is "
                      + target.type()
                      + "; an EVENTS_IN_WINDOW rule needs an EVENTS item");
              target = null;
            }
            return id == null
                    || minBand == null
                    || target == null
                    || atLeast == null
                    || window == null
                ? null
                : new Rule.EventsInWindow(id, item, atLeast, window, minBand);
          }
      }
    }

    private @Nullable String answerText(JsonNode node, String path) {
      JsonNode value = node.get("answer");
      if (value == null || value.isNull()) {
        c.add(
            Checker.at(path, "answer"),
            "required field is missing; expected the answer to count, e.g. \"red\" or \"YES\"");
        return null;
      }
      if (value.isString() && !value.stringValue().isBlank()) {
        return value.stringValue();
      }
      if (Checker.isInt(value) && value.intValue() >= 0) {
        return Integer.toString(value.intValue());
      }
      c.add(
          Checker.at(path, "answer"),
          "expected an answer (a string or a whole number), found " + Json.describe(value));
      return null;
    }
  }

  /** The rule types of the format, with the fields each takes besides id, type and minBand. */
  private enum RuleType {
    ANY_CRITICAL(ImmutableSet.of()),
    COUNT_IN_SECTION(ImmutableSet.of("section", "answer", "atLeast")),
    K_OF_N(ImmutableSet.of("items", "atLeast")),
    EVENTS_IN_WINDOW(ImmutableSet.of("item", "atLeast", "windowDays"));

    final Set<String> fields;

    RuleType(Set<String> fields) {
      this.fields = fields;
    }
  }
}
