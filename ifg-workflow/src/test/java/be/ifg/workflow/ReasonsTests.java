package be.ifg.workflow;

import static be.ifg.workflow.Tables.AN;
import static be.ifg.workflow.Tables.BART;
import static be.ifg.workflow.Tables.LIEN;
import static be.ifg.workflow.Tables.NIELS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ifg.domain.Language;
import be.ifg.domain.Phrase;
import be.ifg.domain.Phrasebook;
import be.ifg.workflow.internal.Reasons;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The workflow's reasons in Dutch, French and English: every text there, and read in each. */
class ReasonsTests {
  private static final Phrasebook BOOK = Reasons.book();

  /**
   * Keys whose Dutch or French text may read as the English does. Empty today: add a key here only
   * with a comment on why the words are the same in that language.
   */
  private static final Set<String> SAME_AS_ENGLISH = Set.of();

  /** The number of arguments a key takes: the one count the book accepts. */
  private static int arity(String key) {
    for (int n = 0; n <= 10; n++) {
      try {
        BOOK.phrase(key, dummies(n));
        return n;
      } catch (IllegalArgumentException wrongCount) {
        // try the next count
      }
    }
    throw new AssertionError("no count of arguments fits " + key);
  }

  private static Object[] dummies(int n) {
    Object[] arguments = new Object[n];
    for (int i = 0; i < n; i++) {
      arguments[i] = "arg" + i;
    }
    return arguments;
  }

  @Test
  void rendersEveryKeyInEveryLanguageWithoutLeftovers() {
    assertThat(BOOK.keys()).hasSizeGreaterThan(100);
    List<String> problems = new ArrayList<>();
    for (String key : BOOK.keys()) {
      int n = arity(key);
      Phrase phrase = BOOK.phrase(key, dummies(n));
      for (Language language : Language.values()) {
        String text = phrase.text(language);
        if (text.isBlank()) {
          problems.add(key + " is blank in " + language);
        }
        if (text.contains("%s") || text.contains("%d")) {
          problems.add(key + " still has a format specifier in " + language + ": " + text);
        }
        if (Pattern.compile("\\{\\d").matcher(text).find()) {
          problems.add(key + " has an unfilled placeholder in " + language + ": " + text);
        }
        for (int i = 0; i < n; i++) {
          if (!text.contains("arg" + i)) {
            problems.add(key + " drops argument " + i + " in " + language);
          }
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void translatesEveryKeyIntoDutchAndFrench() {
    List<String> copies = new ArrayList<>();
    for (String key : BOOK.keys()) {
      if (SAME_AS_ENGLISH.contains(key)) {
        continue;
      }
      Phrase phrase = BOOK.phrase(key, dummies(arity(key)));
      for (Language language : List.of(Language.NL, Language.FR)) {
        if (phrase.text(language).equals(phrase.text(Language.EN))) {
          copies.add(key + " (" + language + ")");
        }
      }
    }
    assertThat(copies).isEmpty();
  }

  @Test
  void usesEveryKeyAndOnlyKeysTheBookHas() throws IOException {
    Path sources = Path.of("src/main/java/be/ifg/workflow");
    String code;
    try (Stream<Path> files = Files.walk(sources)) {
      code =
          files
              .filter(f -> f.toString().endsWith(".java"))
              .map(ReasonsTests::read)
              .collect(Collectors.joining("\n"));
    }
    Set<String> literals = new TreeSet<>();
    Matcher m = Pattern.compile("\"([a-z]+(?:-[a-z]+)*\\.[a-z]+(?:-[a-z]+)*)\"").matcher(code);
    while (m.find()) {
      literals.add(m.group(1));
    }
    assertThat(literals).as("keys the code names").isSubsetOf(BOOK.keys());
    List<String> unused = BOOK.keys().stream().filter(k -> !literals.contains(k)).toList();
    assertThat(unused).as("keys no code uses").isEmpty();
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void refusesAKeyTheBookDoesNotHave() {
    assertThatThrownBy(() -> Reasons.reason(ReasonCode.INVALID_INPUT, "no.such-key"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no.such-key");
    assertThatThrownBy(() -> Reasons.reason(ReasonCode.INVALID_INPUT, "item.unknown", "d1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("takes 2 arguments");
  }

  @Test
  void givesACommandInTheWrongStateItsReasonInEachLanguage() {
    Chains c = new Chains().registered();
    Reason reason = only(c.rejected(AN, new Command.CompleteDossier()));
    assertThat(reason.code()).isEqualTo(ReasonCode.NOT_ALLOWED_IN_STATE);
    assertThat(reason.message())
        .isEqualTo(
            "completeDossier is not allowed while dossier d1 is REGISTERED (aangemeld); it is"
                + " allowed in [DOSSIER_BUILDING]");
    assertThat(reason.message(Language.EN)).isEqualTo(reason.message());
    assertThat(reason.message(Language.NL))
        .isEqualTo(
            "completeDossier is niet toegestaan zolang dossier d1 de status ‘aangemeld’"
                + " (REGISTERED) heeft; wel toegestaan bij: dossiervorming");
    assertThat(reason.message(Language.FR))
        .isEqualTo(
            "completeDossier n'est pas permis tant que le dossier d1 a le statut « signalé »"
                + " (REGISTERED) ; permis aux statuts : constitution du dossier");
  }

  @Test
  void tellsANonMemberInEachLanguageThatOnlyMembersMayAct() {
    Reason reason = only(new Chains().registered().rejected(LIEN, new Command.Accept()));
    assertThat(reason.code()).isEqualTo(ReasonCode.NOT_AUTHORIZED);
    assertThat(reason.message()).startsWith("lien is not a member of the case table of ");
    assertThat(reason.message()).endsWith(" and may not accept");
    assertThat(reason.message(Language.NL))
        .startsWith("lien is geen lid van de overlegtafel van ")
        .endsWith(" en mag het commando accept niet geven");
    assertThat(reason.message(Language.FR))
        .startsWith("lien n'est pas membre de la table de concertation de ")
        .endsWith(" et ne peut pas donner la commande accept");
  }

  @Test
  void writesTheActAndTheFieldOfAGuardInTheReasonsLanguage() {
    Chains c = new Chains().directing();
    Reason notDirector = only(c.rejected(BART, new Command.ReportProgress("going well")));
    assertThat(notDirector.message())
        .isEqualTo(
            "only the case director may report progress; bart is not the case director of"
                + " dossier d1");
    assertThat(notDirector.message(Language.NL))
        .isEqualTo(
            "alleen de casusregisseur mag over de voortgang rapporteren; bart is niet de"
                + " casusregisseur van dossier d1");
    assertThat(notDirector.message(Language.FR))
        .isEqualTo(
            "seul le gestionnaire de cas peut rendre compte de l'avancement ; bart n'est pas le"
                + " gestionnaire de cas du dossier d1");

    Reason unpledged = only(c.rejected(NIELS, new Command.ReportProgress("going well")));
    assertThat(unpledged.code()).isEqualTo(ReasonCode.PLEDGE_MISSING);
    assertThat(unpledged.message(Language.NL)).contains("geheimhoudingsverklaring");
    assertThat(unpledged.message(Language.FR)).contains("engagement de confidentialité");

    Reason blank = only(c.rejected(AN, new Command.Withdraw(" ")));
    assertThat(blank.message()).isEqualTo("the reason must not be blank");
    assertThat(blank.message(Language.NL)).isEqualTo("de reden mag niet leeg zijn");
    assertThat(blank.message(Language.FR)).isEqualTo("la raison ne peut pas être vide");
  }

  @Test
  void makesAReasonFromAnApplicationsOwnWords() {
    Reason reason =
        new Reason(
            ReasonCode.INVALID_INPUT,
            Phrase.of("buiten de regio", "hors de la région", "outside the region"));
    assertThat(Arrays.stream(Language.values()).map(reason::message))
        .containsExactly("buiten de regio", "hors de la région", "outside the region");
    assertThat(reason).hasToString("INVALID_INPUT: outside the region");
  }

  private static Reason only(Decision.Rejected rejected) {
    assertThat(rejected.reasons()).hasSize(1);
    return rejected.reasons().get(0);
  }
}
