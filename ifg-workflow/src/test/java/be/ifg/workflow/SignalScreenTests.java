package be.ifg.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import be.ifg.domain.Language;
import be.ifg.domain.SignalCategory;
import be.ifg.domain.SignalId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A policy signal's text is refused ({@link ReasonCode#SIGNAL_IDENTIFYING}) when it could identify
 * a person: a party of the table's dossiers (sara, tom, kim in the test dossier), a national
 * register number, a phone number, a street address or a date that may be a birth date.
 */
class SignalScreenTests {
  private static final AtomicInteger IDS = new AtomicInteger();
  private final Chains c = new Chains().registered();

  private static Command.RaiseSignal signal(String text) {
    return new Command.RaiseSignal(
        SignalId.of("s" + IDS.incrementAndGet()), SignalCategory.OTHER, text);
  }

  private Decision raise(String text) {
    return c.does(Tables.AN, signal(text));
  }

  private List<String> english(String text) {
    Decision d = raise(text);
    assertThat(d).as(text).isInstanceOf(Decision.Rejected.class);
    return ((Decision.Rejected) d).reasons().stream().map(r -> r.message(Language.EN)).toList();
  }

  @Test
  void refusesTheIssuesExampleWithASpanForEachPerson() {
    Decision.Rejected r = c.rejected(Tables.AN, signal("sara lives at Kerkstraat 5 with kim"));
    assertThat(r.codes()).containsExactly(ReasonCode.SIGNAL_IDENTIFYING);
    assertThat(r.reasons()).extracting(Reason::code).containsOnly(ReasonCode.SIGNAL_IDENTIFYING);
    assertThat(r.reasons().stream().map(x -> x.message(Language.EN)))
        .containsExactly(
            "characters 1 to 4 of the signal's text are a name of a party of a dossier of this"
                + " table: a policy signal may not identify a person",
            "characters 15 to 26 of the signal's text are a street address: a policy signal may"
                + " not identify a person",
            "characters 33 to 35 of the signal's text are a name of a party of a dossier of this"
                + " table: a policy signal may not identify a person");
    assertThat(c.chain.signals(Tables.AN)).isEmpty();
  }

  @Test
  void namesPositionsAndKindsInEveryLanguageButNeverTheDossierOrTheParty() {
    Decision.Rejected r = c.rejected(Tables.AN, signal("wachtlijst voor Sára"));
    assertThat(r.reasons()).hasSize(1);
    Reason reason = r.reasons().get(0);
    assertThat(reason.message(Language.NL))
        .isEqualTo(
            "tekens 17 tot 20 van de tekst van het signaal zijn een naam van een betrokkene van"
                + " een dossier van deze tafel: een beleidssignaal mag geen persoon identificeren");
    assertThat(reason.message(Language.FR)).startsWith("les caractères 17 à 20 du texte du signal");
    assertThat(reason.message(Language.EN)).startsWith("characters 17 to 20 of the signal's text");
    for (Language l : Language.values()) {
      assertThat(reason.message(l).toLowerCase(java.util.Locale.ROOT))
          .doesNotContain("sara", "sára", "d1", "victim", "slachtoffer", "victime");
    }
  }

  @Test
  void matchesNamesWhateverTheirCaseAndAccents() {
    assertThat(english("waiting lists hit SARA's family")).hasSize(1);
    assertThat(english("Kím waited")).hasSize(1);
    assertThat(english("To\u0301m waited")).singleElement().asString().contains("1 to 4");
  }

  @Test
  void findsNoNameInsideAnotherWord() {
    assertThat(raise("tomorrow the kimono, the sarabande and atom"))
        .isInstanceOf(Decision.Accepted.class);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "the 2026 budget of the CAW is too small",
        "call the CAW on Mondays: nobody answers",
        "in 1991 there was no chain approach",
        "a waiting list of 1234 days",
        "the Kerkstraat office closes at noon",
        "three families at the table, 12 sessions a year",
        "the hotline 1712 is unknown to schools",
        "mis en place depuis 3 mois, sans résultat",
        "the order 12345678901 was lost",
        "12/13/2020 is no date",
        "we met on 2026-02-30 or so"
      })
  void passesTextsThatIdentifyNobody(String text) {
    assertThat(raise(text)).as(text).isInstanceOf(Decision.Accepted.class);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "85.07.30-033.28",
        "85073003328",
        "85 07 30 033 28",
        "01.02.03-123.45",
        "00012556777"
      })
  void refusesNationalRegisterNumbers(String number) {
    assertThat(english("the number " + number + " was in the file"))
        .singleElement()
        .asString()
        .contains("characters 12 to " + (11 + number.length()) + " ")
        .contains("a national register number");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0470 12 34 56",
        "0470/12.34.56",
        "+32 470 12 34 56",
        "+32470123456",
        "0032 9 123 45 67",
        "09 123 45 67",
        "02/123.45.67"
      })
  void refusesPhoneNumbers(String number) {
    assertThat(english("call " + number + " tonight"))
        .singleElement()
        .asString()
        .contains("characters 6 to " + (5 + number.length()) + " ")
        .contains("a phone number");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Kerkstraat 5",
        "Kerkstraat 5a",
        "kortrijksesteenweg 1024",
        "Frankrijklei 12",
        "Sint-Pietersnieuwstraat 41",
        "rue de la Loi 16",
        "avenue Louise 54",
        "chaussée de Wavre 1000",
        "16 rue de la Loi"
      })
  void refusesStreetAddresses(String address) {
    assertThat(english("they live at " + address + ", near the school"))
        .singleElement()
        .asString()
        .contains("characters 14 to " + (13 + address.length()) + " ")
        .contains("a street address");
  }

  @ParameterizedTest
  @ValueSource(strings = {"12/03/1985", "1/3/1985", "12.03.1985", "12-03-1985", "1985-03-12"})
  void refusesDatesThatMayBeBirthDates(String date) {
    assertThat(english("born " + date + " in Brugge"))
        .singleElement()
        .asString()
        .contains("characters 6 to " + (5 + date.length()) + " ")
        .contains("a date that may be a birth date");
  }

  @Test
  void namesTenSpansAndCountsTheRest() {
    List<String> reasons = english("sara ".repeat(13));
    assertThat(reasons).hasSize(11);
    assertThat(reasons.get(10))
        .isEqualTo("and 3 more spans of the signal's text could identify a person");
  }

  @Test
  void refusesATooLongTextBeforeScreeningIt() {
    Decision.Rejected r = c.rejected(Tables.AN, signal("sara ".repeat(401)));
    assertThat(r.codes()).containsExactly(ReasonCode.INVALID_INPUT);
    assertThat(r.reasons().get(0).message())
        .isEqualTo("the signal's text has 2005 characters; a signal has at most 2000");
  }

  /**
   * Texts built to make a backtracking matcher work hard: long runs of digits, separators and
   * letters, street words without numbers. The screen's patterns are bounded (see SignalScreen), so
   * each position is tried a constant number of steps: these finish at once. No timing is asserted;
   * a catastrophic pattern would hang the build instead.
   */
  @Test
  void screensAdversarialTextsOfTheLongestLengthInLinearTime() {
    List<String> texts =
        List.of(
            "1".repeat(2_000),
            "1.".repeat(1_000),
            "0 ".repeat(1_000),
            "+32".repeat(666),
            "a".repeat(1_999) + "!",
            "straat ".repeat(285),
            "rue de la ".repeat(200),
            "12/".repeat(666),
            "sa".repeat(1_000));
    for (String text : texts) {
      assertThat(text.length()).isLessThanOrEqualTo(2_000);
      assertThat(raise(text)).isNotNull();
    }
  }

  @Test
  void screensPatternsOnlyWhenDecidedWithoutTheTablesDossiers() {
    Decisions decisions = Decisions.of(be.ifg.rti.json.BuiltInInstruments.catalogue());
    TableState table = c.chain.tableState();
    java.time.Clock clock = c.clock;
    assertThat(decisions.decide(table, null, Tables.AN, signal("sara waits"), clock))
        .isInstanceOf(Decision.Accepted.class);
    assertThat(
            decisions.decide(
                table, null, List.of(c.dossier(Tables.D1)), Tables.AN, signal("sara waits"), clock))
        .isInstanceOf(Decision.Rejected.class);
    assertThat(decisions.decide(table, null, Tables.AN, signal("call 0470 12 34 56"), clock))
        .isInstanceOf(Decision.Rejected.class);
  }
}
