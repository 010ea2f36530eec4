package be.ifg.rti;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import be.ifg.rti.internal.Ids;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * An immutable, versioned risk-assessment instrument definition with its content hash.
 *
 * <p>Instruments are normally read and fully validated by {@code be.ifg.rti.json.InstrumentJson};
 * the constructor checks only the structure scoring relies on. Instances are immutable and
 * thread-safe.
 *
 * @param id the instrument's id ({@code [a-z0-9-]+})
 * @param version its semantic version; (id, version) never changes once published
 * @param title localized title (language tag → text), at least one
 * @param approach the kind of instrument
 * @param validated whether it has been validated scientifically
 * @param licence whether its wording may be redistributed, and its notice
 * @param missing its missing-answer policy
 * @param override which professional-judgement overrides it allows
 * @param sections its sections, at least one, in order
 * @param bands its bands from lowest to highest; the first has minScore 0
 * @param rules its band rules, in order
 * @param hash the SHA-256 of the definition's canonical JSON form, {@code sha256:<hex>}
 */
@API(status = STABLE, since = "0.1")
public record Instrument(
    String id,
    String version,
    Map<String, String> title,
    Approach approach,
    boolean validated,
    Licence licence,
    MissingAnswers missing,
    OverridePolicy override,
    List<Section> sections,
    List<Band> bands,
    List<Rule> rules,
    String hash) {

  /** Checks the structure scoring relies on: unique ids, ordered bands, known references. */
  public Instrument {
    checkNotNull(id, "id must not be null");
    checkArgument(Ids.isId(id), "id must match [a-z0-9-]+: '%s'", id);
    checkNotNull(version, "version must not be null");
    checkArgument(
        Ids.isSemanticVersion(version), "version must be a semantic version: '%s'", version);
    title = ImmutableMap.copyOf(title);
    checkArgument(!title.isEmpty(), "title must have at least one language");
    checkNotNull(approach, "approach must not be null");
    checkNotNull(licence, "licence must not be null");
    checkNotNull(missing, "missing must not be null");
    checkNotNull(override, "override must not be null");
    sections = ImmutableList.copyOf(sections);
    bands = ImmutableList.copyOf(bands);
    rules = ImmutableList.copyOf(rules);
    checkNotNull(hash, "hash must not be null");
    checkArgument(hash.matches("sha256:[0-9a-f]{64}"), "hash must be sha256:<64 hex>: '%s'", hash);
    checkArgument(!sections.isEmpty(), "instrument %s must have at least one section", id);
    Set<String> itemIds = new HashSet<>();
    Set<String> sectionIds = new HashSet<>();
    for (Section section : sections) {
      checkArgument(sectionIds.add(section.id()), "duplicate section id: %s", section.id());
      for (Item item : section.items()) {
        checkArgument(itemIds.add(item.id()), "duplicate item id: %s", item.id());
      }
    }
    checkArgument(!bands.isEmpty(), "instrument %s must have at least one band", id);
    checkArgument(
        bands.get(0).minScore().signum() == 0, "the first band's minScore must be 0: %s", bands);
    Set<String> bandIds = new HashSet<>();
    for (int i = 0; i < bands.size(); i++) {
      checkArgument(bandIds.add(bands.get(i).id()), "duplicate band id: %s", bands.get(i).id());
      checkArgument(
          i == 0 || bands.get(i).minScore().compareTo(bands.get(i - 1).minScore()) > 0,
          "band minScore must strictly increase: %s",
          bands);
    }
    Set<String> ruleIds = new HashSet<>();
    for (Rule rule : rules) {
      checkArgument(ruleIds.add(rule.id()), "duplicate rule id: %s", rule.id());
      checkArgument(
          bandIds.contains(rule.minBand()),
          "rule %s names unknown band %s",
          rule.id(),
          rule.minBand());
      if (rule instanceof Rule.CountInSection) {
        String section = ((Rule.CountInSection) rule).section();
        checkArgument(
            sectionIds.contains(section), "rule %s names unknown section %s", rule.id(), section);
      } else if (rule instanceof Rule.KOfN) {
        for (String item : ((Rule.KOfN) rule).items()) {
          checkArgument(itemIds.contains(item), "rule %s names unknown item %s", rule.id(), item);
        }
      } else if (rule instanceof Rule.EventsInWindow) {
        String item = ((Rule.EventsInWindow) rule).item();
        checkArgument(itemIds.contains(item), "rule %s names unknown item %s", rule.id(), item);
      }
    }
  }

  /** {@code id@version}, the reference a catalogue and the command line understand. */
  public String reference() {
    return id + "@" + version;
  }

  /** Every item of every section, in order. */
  public List<Item> items() {
    return sections.stream()
        .flatMap(s -> s.items().stream())
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The item with this id.
   *
   * @param itemId the item's id
   * @return the item, or empty when the instrument has none with that id
   */
  public Optional<Item> item(String itemId) {
    return items().stream().filter(i -> i.id().equals(itemId)).findFirst();
  }

  /**
   * The section that holds the item with this id.
   *
   * @param itemId the item's id
   * @return the section, or empty when the instrument has no such item
   */
  public Optional<Section> sectionOf(String itemId) {
    return sections.stream()
        .filter(s -> s.items().stream().anyMatch(i -> i.id().equals(itemId)))
        .findFirst();
  }

  /**
   * The section with this id.
   *
   * @param sectionId the section's id
   * @return the section, or empty
   */
  public Optional<Section> section(String sectionId) {
    return sections.stream().filter(s -> s.id().equals(sectionId)).findFirst();
  }

  /**
   * The band with this id.
   *
   * @param bandId the band's id
   * @return the band, or empty
   */
  public Optional<Band> band(String bandId) {
    return bands.stream().filter(b -> b.id().equals(bandId)).findFirst();
  }

  /**
   * The position of a band from the lowest (0) upwards, or -1 when the instrument has no such band.
   *
   * @param bandId the band's id
   * @return its rank, or -1
   */
  public int bandRank(String bandId) {
    for (int i = 0; i < bands.size(); i++) {
      if (bands.get(i).id().equals(bandId)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The highest band whose minScore is at most {@code score}.
   *
   * @param score a score, zero or more
   * @return the band
   */
  public Band bandFor(BigDecimal score) {
    Band result = bands.get(0);
    for (Band band : bands) {
      if (band.minScore().compareTo(score) <= 0) {
        result = band;
      }
    }
    return result;
  }

  /**
   * The title in {@code language}, else in English, else any.
   *
   * @param language a language tag such as {@code nl}
   * @return the title
   */
  public String title(String language) {
    if (title.containsKey(language)) {
      return title.get(language);
    }
    return title.getOrDefault("en", title.values().iterator().next());
  }

  /**
   * This instrument with a local wording merged in: every label the wording gives replaces the
   * label in its language. The hash is unchanged, since it identifies the definition, not the
   * wording an organisation supplies.
   *
   * @param wording the wording, for this instrument's id and version
   * @param source the wording's file name, for problems
   * @return the merged instrument, or a problem for a wording of another instrument or version and
   *     for every label whose id the instrument does not have (at {@code $.labels.<id>})
   */
  public Parsed<Instrument> withWording(Wording wording, String source) {
    List<Problem> problems = new ArrayList<>();
    if (!wording.instrumentId().equals(id)) {
      problems.add(
          new Problem(
              source,
              "$.instrument",
              "the wording is for instrument '" + wording.instrumentId() + "', expected " + id));
    }
    if (!wording.version().equals(version)) {
      problems.add(
          new Problem(
              source,
              "$.version",
              "the wording is for version '" + wording.version() + "', expected " + version));
    }
    Map<String, String> labels = new HashMap<>(wording.labels());
    String lang = wording.language();
    List<Section> newSections = new ArrayList<>();
    for (Section section : sections) {
      List<Item> newItems = new ArrayList<>();
      for (Item item : section.items()) {
        List<ChoiceOption> newChoices = new ArrayList<>();
        for (ChoiceOption option : item.choices()) {
          String text = labels.remove(item.id() + "." + option.value());
          newChoices.add(
              text == null
                  ? option
                  : new ChoiceOption(
                      option.value(), option.weight(), with(option.label(), lang, text)));
        }
        String text = labels.remove(item.id());
        newItems.add(
            new Item(
                item.id(),
                item.type(),
                text == null ? item.label() : with(item.label(), lang, text),
                item.weight(),
                item.critical(),
                item.options(),
                newChoices,
                item.cap(),
                item.notApplicableAllowed()));
      }
      String text = labels.remove(section.id());
      newSections.add(
          new Section(
              section.id(),
              section.kind(),
              text == null ? section.label() : with(section.label(), lang, text),
              newItems));
    }
    List<Band> newBands = new ArrayList<>();
    for (Band band : bands) {
      String text = labels.remove(band.id());
      newBands.add(
          text == null
              ? band
              : new Band(band.id(), band.minScore(), with(band.label(), lang, text)));
    }
    for (String unknown : labels.keySet().stream().sorted().collect(Collectors.toList())) {
      problems.add(
          new Problem(
              source,
              "$.labels." + unknown,
              "instrument "
                  + reference()
                  + " has no item, section, band or option '"
                  + unknown
                  + "'"));
    }
    if (!problems.isEmpty()) {
      return Parsed.invalid(problems);
    }
    return Parsed.valid(
        new Instrument(
            id,
            version,
            wording.title() == null ? title : with(title, lang, wording.title()),
            approach,
            validated,
            licence,
            missing,
            override,
            newSections,
            newBands,
            rules,
            hash));
  }

  private static Map<String, String> with(Map<String, String> labels, String lang, String text) {
    Map<String, String> copy = new java.util.LinkedHashMap<>(labels);
    copy.put(lang, text);
    return copy;
  }
}
