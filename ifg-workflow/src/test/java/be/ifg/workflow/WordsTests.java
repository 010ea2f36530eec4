package be.ifg.workflow;

import static be.ifg.workflow.BasicChain.withTwoItems;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import be.ifg.domain.Labelled;
import be.ifg.domain.Language;
import be.ifg.domain.Phrase;
import be.ifg.domain.Purpose;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class WordsTests {
  /**
   * Words that read the same in French or Dutch as in English, on purpose: the agenda's "action" is
   * an action in French too.
   */
  private static final Set<String> SAME_AS_ENGLISH = Set.of("AgendaKind.ACTION/fr");

  private static final List<Language> TRANSLATED = List.of(Language.NL, Language.FR);

  /** Checks that a text is written out and, in Dutch and French, not left in English. */
  private static void assertWritten(String what, Language language, String text, String english) {
    assertThat(text).as(what + " " + language).isNotBlank().doesNotContain("%s");
    assertThat(text)
        .as(what + " " + language + " has a placeholder left")
        .doesNotContainPattern("\\{[0-9]}");
    if (language != Language.EN && !SAME_AS_ENGLISH.contains(what + "/" + language.tag())) {
      assertThat(text).as(what + " " + language + " is still English").isNotEqualTo(english);
    }
  }

  private static void assertLabelled(String what, Labelled labelled) {
    String english = labelled.label(Language.EN);
    for (Language language : Language.values()) {
      assertWritten(what, language, labelled.label(language), english);
    }
  }

  private static void assertPhrase(String what, Phrase phrase) {
    String english = phrase.text(Language.EN);
    for (Language language : Language.values()) {
      assertWritten(what, language, phrase.text(language), english);
    }
  }

  @Test
  void labelsEveryCommandAndGuardsItInEveryLanguage() {
    for (CommandDeclaration d : Commands.all()) {
      assertLabelled(d.name(), d);
      assertPhrase(d.name() + " by", d.by());
      for (CommandDeclaration.Guard g : d.guards()) {
        assertPhrase(d.name() + " guard " + g.code(), g.text());
      }
      for (Language language : Language.values()) {
        assertThat(d.guardText(language)).as(d.name()).startsWith(d.by(language));
      }
      assertThat(d.guardText()).isEqualTo(d.guardText(Language.EN));
    }
    assertThat(Commands.named("shareInformation").orElseThrow().label(Language.FR))
        .isEqualTo("partager une information");
    assertThat(Commands.named("appointDirector").orElseThrow().guardText(Language.FR))
        .startsWith("coordinateur de la table, qui consigne la décision de la table; ")
        .contains("ayant signé l'engagement de confidentialité");
  }

  @Test
  void usesEveryCommandWordOfThePhrasebook() {
    Set<String> used = new HashSet<>();
    for (CommandDeclaration d : Commands.all()) {
      used.add(d.label().key().orElseThrow());
      used.add(d.by().key().orElseThrow());
      d.guards().forEach(g -> used.add(g.text().key().orElseThrow()));
    }
    Set<String> book = new TreeSet<>();
    Words.BOOK.keys().stream().filter(k -> k.startsWith("command.")).forEach(book::add);
    assertThat(book).isEqualTo(new TreeSet<>(used));
  }

  @Test
  void labelsTheWorkflowsEnumsInEveryLanguage() {
    for (AccessAction a : AccessAction.values()) {
      assertLabelled("AccessAction." + a.name(), a);
    }
    for (AgendaKind k : AgendaKind.values()) {
      assertLabelled("AgendaKind." + k.name(), k);
    }
    assertThat(AccessAction.FORWARD.label("nl")).isEqualTo("doorgeven");
    assertThat(AgendaKind.DIRECTOR_VACANT.label("fr"))
        .isEqualTo("poste de gestionnaire de cas vacant");
  }

  @Test
  void writesEveryRuleSentenceInEveryLanguage() {
    List<String> keys = new ArrayList<>();
    Words.BOOK.keys().stream().filter(k -> k.startsWith("rule.")).forEach(keys::add);
    assertThat(keys).hasSizeGreaterThan(BaselineRule.values().length);
    for (String key : keys) {
      Object[] arguments = arguments(key);
      Phrase phrase = Words.BOOK.phrase(key, arguments);
      assertPhrase(key, phrase);
      for (Language language : Language.values()) {
        for (Object argument : arguments) {
          assertThat(phrase.text(language)).as(key + " " + language).contains((String) argument);
        }
      }
    }
    for (BaselineRule rule : BaselineRule.values()) {
      assertThat(Words.BOOK.has("rule." + rule.id())).as(rule.id()).isTrue();
      for (Language language : TRANSLATED) {
        assertThat(rule.description(language)).isNotEqualTo(rule.description(Language.EN));
      }
    }
  }

  /** As many distinct arguments as the key's text has placeholders. */
  private static Object[] arguments(String key) {
    for (int n = 0; n <= 10; n++) {
      Object[] arguments = new Object[n];
      for (int i = 0; i < n; i++) {
        arguments[i] = "arg" + i + "x";
      }
      try {
        Words.BOOK.phrase(key, arguments);
        return arguments;
      } catch (IllegalArgumentException wrongNumber) {
        // try one more
      }
    }
    throw new AssertionError(key + " takes more than ten arguments");
  }

  @Test
  void explainsARealDecisionInFrench() {
    AccessDecision denied =
        NeedToKnow.baseline().decide(withTwoItems().view("fien", "i2", Purpose.PLAN));
    assertThat(denied.rules().get(0).text(Language.FR))
        .isEqualTo(
            "i2 est un lieu de séjour de la victime : seuls le gestionnaire de cas et caw le"
                + " voient, et fien n'a reçu aucun accès pour plan d'action");
    AccessDecision permitted =
        NeedToKnow.baseline().decide(withTwoItems().view("emre", "i1", Purpose.PLAN));
    List<String> french = permitted.rules().stream().map(r -> r.text("fr")).toList();
    assertThat(french)
        .contains(
            "emre a signé l'engagement de confidentialité",
            "« plan d'action » est l'une des finalités de la table");
    assertThat(String.join("\n", french)).contains("au stade « constitution du dossier »");
    assertThat(permitted.rules().get(0).toString())
        .isEqualTo(
            "table-member (art. 458ter Criminal Code): "
                + permitted.rules().get(0).text(Language.EN));
  }

  @Test
  void writesAFindingWhenItIsFirstRead() {
    RuleFinding finding =
        NeedToKnow.baseline()
            .decide(withTwoItems().view("emre", "i1", Purpose.PLAN))
            .rules()
            .get(0);
    assertThat(finding.text().key()).contains("rule.table-member.permit");
    assertThat(finding.text(Language.NL)).isEqualTo(finding.text("nl"));
  }

  @Test
  void refusesALanguageItDoesNotSpeak() {
    CommandDeclaration accept = Commands.named("accept").orElseThrow();
    RuleFinding finding =
        NeedToKnow.baseline()
            .decide(withTwoItems().view("emre", "i1", Purpose.PLAN))
            .rules()
            .get(0);
    List<Runnable> asks =
        List.of(
            () -> accept.label("de"),
            () -> AccessAction.VIEW.label("de"),
            () -> AgendaKind.ACTION.label("de"),
            () -> finding.text("de"),
            () -> BaselineRule.NO_FORWARD.description("de"));
    for (Runnable ask : asks) {
      assertThatIllegalArgumentException()
          .isThrownBy(ask::run)
          .withMessageContaining("'de'")
          .withMessageContaining("nl, fr, en");
    }
    assertThat(accept.label("fr")).isEqualTo("accepter");
  }
}
