package be.ifg.rti.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ifg.rti.Band;
import be.ifg.rti.ChoiceOption;
import be.ifg.rti.Instrument;
import be.ifg.rti.InvalidInputException;
import be.ifg.rti.Item;
import be.ifg.rti.Section;
import be.ifg.rti.UnreadableInputException;
import be.ifg.rti.Wording;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

/** The French wordings merged into the built-in instruments. */
class BuiltInWordingsTests {
  private static final String FAULTS = "be/ifg/rti/json/builtin-faults/";

  /** The definition behind a built-in instrument, as its file gives it, without any wording. */
  private static Instrument definition(int index) {
    return InstrumentJson.readResource(BuiltInInstruments.RESOURCES.get(index)).orElseThrow();
  }

  /**
   * Calls {@code check} with a name and the merged and the defined labels of the title and of every
   * section, item, option and band of the built-in instrument at {@code index}.
   */
  private static void eachText(int index, BiConsumer<String, Map<String, String>[]> check) {
    Instrument merged = BuiltInInstruments.all().get(index);
    Instrument defined = definition(index);
    String at = merged.id() + " ";
    check.accept(at + "title", pair(merged.title(), defined.title()));
    for (int s = 0; s < defined.sections().size(); s++) {
      Section section = merged.sections().get(s);
      check.accept(at + section.id(), pair(section.label(), defined.sections().get(s).label()));
      for (int i = 0; i < section.items().size(); i++) {
        Item item = section.items().get(i);
        Item definedItem = defined.sections().get(s).items().get(i);
        check.accept(at + item.id(), pair(item.label(), definedItem.label()));
        for (int o = 0; o < item.choices().size(); o++) {
          ChoiceOption option = item.choices().get(o);
          check.accept(
              at + item.id() + "." + option.value(),
              pair(option.label(), definedItem.choices().get(o).label()));
        }
      }
    }
    for (int b = 0; b < defined.bands().size(); b++) {
      Band band = merged.bands().get(b);
      check.accept(at + band.id(), pair(band.label(), defined.bands().get(b).label()));
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Map<String, String>[] pair(
      Map<String, String> merged, Map<String, String> defined) {
    return new Map[] {merged, defined};
  }

  @Test
  void everyBuiltInTextIsInFrenchAndDiffersFromTheEnglishSentence() {
    List<String> missing = new ArrayList<>();
    List<String> copied = new ArrayList<>();
    int checked = 0;
    for (int index = 0; index < BuiltInInstruments.RESOURCES.size(); index++) {
      List<String> labelled = new ArrayList<>();
      eachText(
          index,
          (where, texts) -> {
            Map<String, String> merged = texts[0];
            if (merged.isEmpty()) {
              return; // a band without labels is shown by its id in every language
            }
            labelled.add(where);
            String fr = merged.get("fr");
            String en = merged.get("en");
            if (fr == null || fr.isBlank()) {
              missing.add(where);
            } else if (en != null && en.contains(" ") && fr.equals(en)) {
              copied.add(where + ": " + fr);
            }
          });
      checked += labelled.size();
    }

    assertThat(missing).as("texts without French").isEmpty();
    assertThat(copied).as("French copied from an English sentence").isEmpty();
    assertThat(checked).as("texts checked").isGreaterThan(100);
  }

  @Test
  void theFrenchWordingOnlyAddsFrenchAndNeverLabelsWhatTheDefinitionLeavesUnlabelled() {
    List<String> wrong = new ArrayList<>();
    for (int index = 0; index < BuiltInInstruments.RESOURCES.size(); index++) {
      eachText(
          index,
          (where, texts) -> {
            Map<String, String> merged = texts[0];
            Map<String, String> defined = texts[1];
            assertThat(defined).as(where + " defined in French already").doesNotContainKey("fr");
            Set<String> expected = new HashSet<>(defined.keySet());
            if (!defined.isEmpty()) {
              expected.add("fr");
            }
            if (!merged.keySet().equals(expected)) {
              wrong.add(where + ": " + merged.keySet() + ", expected " + expected);
            }
            defined.forEach(
                (language, text) -> {
                  if (!text.equals(merged.get(language))) {
                    wrong.add(where + " [" + language + "] changed: " + merged.get(language));
                  }
                });
          });
    }

    assertThat(wrong).isEmpty();
  }

  @Test
  void theDemonstrationSpeaksFrench() {
    Instrument demo = BuiltInInstruments.catalogue().find("ifg-demo@1.0.0").orElseThrow();

    assertThat(demo.title("fr")).contains("non validé");
    assertThat(demo.section("children").orElseThrow().label("fr")).isEqualTo("Enfants");
    assertThat(demo.item("weapon").orElseThrow().label("fr")).startsWith("Une arme");
    assertThat(demo.band("HIGH").orElseThrow().label()).containsEntry("fr", "élevé");
    assertThat(demo.item("daily-care").orElseThrow().choices().get(2).label())
        .containsEntry("fr", "inquiétudes sérieuses");
    assertThat(demo.title("nl")).contains("niet gevalideerd");
    assertThat(demo.title("en")).contains("not validated");
  }

  @Test
  void theHashOfEveryBuiltInInstrumentIsItsDefinitionFilesHash() {
    for (int index = 0; index < BuiltInInstruments.RESOURCES.size(); index++) {
      Instrument merged = BuiltInInstruments.all().get(index);
      Instrument defined = definition(index);

      assertThat(merged.reference()).isEqualTo(defined.reference());
      assertThat(merged.hash()).as(merged.reference()).isEqualTo(defined.hash());
      assertThat(BuiltInInstruments.catalogue().find(defined.reference()).orElseThrow().hash())
          .isEqualTo(defined.hash());
    }
  }

  @Test
  void everyBuiltInInstrumentComesWithItsFrenchWording() {
    List<String> expected =
        BuiltInInstruments.RESOURCES.stream()
            .map(r -> r.replaceFirst("\\.json$", ".fr.json"))
            .toList();

    assertThat(BuiltInInstruments.WORDINGS).containsExactlyInAnyOrderElementsOf(expected);
    for (int index = 0; index < BuiltInInstruments.RESOURCES.size(); index++) {
      Instrument defined = definition(index);
      Wording wording = WordingJson.readResource(expected.get(index)).orElseThrow();

      assertThat(wording.language()).isEqualTo("fr");
      assertThat(wording.instrumentId()).isEqualTo(defined.id());
      assertThat(wording.version()).isEqualTo(defined.version());
      assertThat(wording.title()).isNotBlank();
    }
  }

  @Test
  void aPackagingFaultInAWordingFailsLoudly() {
    List<String> resources = BuiltInInstruments.RESOURCES;

    assertThatThrownBy(
            () -> BuiltInInstruments.load(resources, List.of(FAULTS + "missing.fr.json")))
        .isInstanceOf(UnreadableInputException.class)
        .hasMessageContaining("missing.fr.json")
        .hasMessageContaining("no such class-path resource");
    assertThatThrownBy(
            () -> BuiltInInstruments.load(resources, List.of(FAULTS + "other-instrument.fr.json")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("$.instrument")
        .hasMessageContaining("no built-in instrument 'no-such-instrument'");
    assertThatThrownBy(
            () -> BuiltInInstruments.load(resources, List.of(FAULTS + "other-version.fr.json")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("$.version");
    assertThatThrownBy(
            () -> BuiltInInstruments.load(resources, List.of(FAULTS + "unknown-label.fr.json")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("$.labels.item-99");
  }
}
