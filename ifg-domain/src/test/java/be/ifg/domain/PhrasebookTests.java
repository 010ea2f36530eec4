package be.ifg.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PhrasebookTests {

  private static Phrasebook book(String nl, String fr, String en) {
    Map<String, String> files =
        Map.of(
            "t_nl.properties", nl,
            "t_fr.properties", fr,
            "t_en.properties", en);
    return Phrasebook.load(
        "t",
        name -> {
          String text = files.get(name);
          return text == null
              ? null
              : (InputStream) new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
        });
  }

  @Test
  void everyLabelOfTheDomainExistsInEveryLanguage() {
    List<Class<? extends Labelled>> types =
        List.of(
            DossierStatus.class,
            Sector.class,
            InformationCategory.class,
            PartnerKind.class,
            PartyRole.class,
            LegalBasis.class,
            Purpose.class,
            ActionStatus.class,
            GoalOutcome.class,
            AssessmentStatus.class,
            InclusionCriterion.class,
            RequestStatus.class,
            ProposalStatus.class,
            Role.class,
            SafetyMeasure.class,
            SignalCategory.class,
            CorrectionKind.class);
    int labels = 0;
    for (Class<? extends Labelled> type : types) {
      for (Labelled constant : type.getEnumConstants()) {
        for (Language language : Language.values()) {
          assertThat(constant.label(language)).as("%s in %s", constant, language).isNotBlank();
          labels++;
        }
      }
    }
    assertThat(labels).isEqualTo(Words.BOOK.keys().size() * 3);
  }

  @Test
  void labelsReadAsTheTableWritesThem() {
    assertThat(DossierStatus.DOSSIER_BUILDING.label(Language.NL)).isEqualTo("dossiervorming");
    assertThat(DossierStatus.DOSSIER_BUILDING.label(Language.FR))
        .isEqualTo("constitution du dossier");
    assertThat(PartyRole.PERPETRATOR.label("fr")).isEqualTo("auteur");
    assertThat(LegalBasis.CONTRIBUTOR_RESTRICTION.label(Language.FR))
        .isEqualTo("restriction par l'auteur de l'apport");
  }

  @Test
  void anUnknownLanguageIsRefusedWithTheListOfLanguages() {
    assertThatThrownBy(() -> DossierStatus.CLOSED.label("de"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown language 'de'; expected one of nl, fr, en");
    assertThatThrownBy(() -> Language.of("x".repeat(1000) + "\n"))
        .hasMessageContaining("'xxxxxxxxxxxxxxxx…'");
    assertThat(Language.find("NL")).isEmpty();
    assertThat(Language.of("fr")).isEqualTo(Language.FR);
  }

  @Test
  void argumentsAreWrittenInThePhrasesLanguage() {
    Phrasebook book =
        book(
            "k = {0} staat in {1}, ''quote'' {x}\n",
            "k = {0} est en {1}, l'apostrophe {x}\n", "k = {0} is in {1}, ''quote'' {x}\n");
    Phrase phrase = book.phrase("k", "d-1", DossierStatus.CLOSED);
    assertThat(phrase.text(Language.NL)).isEqualTo("d-1 staat in afgesloten, ''quote'' {x}");
    assertThat(phrase.text(Language.FR)).isEqualTo("d-1 est en clôturé, l'apostrophe {x}");
    assertThat(phrase).hasToString("d-1 is in closed, ''quote'' {x}");
    assertThat(phrase.key()).contains("k");
    assertThat(book.phrase("k", List.of("a", "b"), book.phrase("k", "c", "d")).text(Language.EN))
        .isEqualTo("a, b is in c is in d, ''quote'' {x}, ''quote'' {x}");
  }

  @Test
  void aPhraseIsCheckedWhenItIsMade() {
    Phrasebook book = book("k = {0}\n", "k = {0}\n", "k = {0}\n");
    assertThatThrownBy(() -> book.phrase("k"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("t: 'k' takes 1 arguments, not 0");
    assertThatThrownBy(() -> book.phrase("missing"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("t has no key 'missing'");
  }

  @Test
  void theThreeLanguagesMustAgree() {
    assertThatThrownBy(() -> book("a = x\nb = y\n", "a = x\n", "a = x\nb = y\n"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("t_fr.properties has no text for 'b'");
    assertThatThrownBy(() -> book("a = x\n", "a = \n", "a = x\n"))
        .hasMessage("t_fr.properties has a blank text for 'a'");
    assertThatThrownBy(() -> book("a = {0}\n", "a = {1}\n", "a = {0}\n"))
        .hasMessage("t_fr.properties: 'a' has placeholders [1], the other languages [0]");
    assertThatThrownBy(() -> book("a = {1}\n", "a = {1}\n", "a = {1}\n"))
        .hasMessage("t_en.properties: 'a' skips a placeholder: [1]");
    assertThatThrownBy(() -> Phrasebook.load("t", name -> null))
        .hasMessage("no bundle t_nl.properties");
    assertThatThrownBy(() -> book("a = x\n", "a = x\nb = y\na = z\n", "a = x\n"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("t_fr.properties gives 'a' twice");
  }

  @Test
  void wordsAnApplicationGivesNeedAllThreeLanguages() {
    Phrase phrase = Phrase.of("nl-tekst", "texte fr", "English text");
    assertThat(phrase.text(Language.FR)).isEqualTo("texte fr");
    assertThat(phrase.key()).isEmpty();
    assertThat(phrase)
        .isEqualTo(
            Phrase.of(
                Map.of(
                    Language.NL,
                    "nl-tekst",
                    Language.FR,
                    "texte fr",
                    Language.EN,
                    "English text")));
    assertThatThrownBy(() -> Phrase.of(Map.of(Language.NL, "a", Language.EN, "b")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs a text in each of nl, fr, en");
    assertThatThrownBy(() -> Phrase.of("a", " ", "b")).hasMessage("the fr text must not be blank");
  }
}
