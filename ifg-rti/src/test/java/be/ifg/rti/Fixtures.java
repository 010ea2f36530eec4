package be.ifg.rti;

import be.ifg.domain.ProfessionalId;
import be.ifg.rti.json.InstrumentJson;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** Instruments and answers for tests, written compactly with single quotes for JSON quotes. */
public final class Fixtures {
  public static final LocalDate DAY = LocalDate.of(2026, 2, 19);
  public static final ProfessionalId AN = ProfessionalId.of("an");

  private Fixtures() {}

  /** JSON text with ' replaced by ". */
  public static String json(String singleQuoted) {
    return singleQuoted.replace('\'', '"');
  }

  /** An instrument from single-quoted JSON; fails the test if invalid. */
  public static Instrument instrument(String singleQuoted) {
    return InstrumentJson.parse(json(singleQuoted), "test.json").orElseThrow();
  }

  /**
   * A small instrument around the given sections, bands LOW 0 / MEDIUM 3 / HIGH 6 and rules.
   *
   * @param missing the missing object, e.g. {@code {'policy':'TREAT_AS_ABSENT'}}
   * @param override the override policy
   * @param sections the sections array
   * @param rules the rules array
   */
  public static Instrument instrument(
      String missing, String override, String sections, String rules) {
    return instrument(
        "{'id':'t','version':'1.0.0','title':{'en':'T'},'approach':'CHECKLIST','validated':false,"
            + "'licence':{'textRedistributable':true,'notice':'test'},'missing':"
            + missing
            + ",'override':'"
            + override
            + "','sections':"
            + sections
            + ",'bands':[{'id':'LOW','minScore':0},{'id':'MEDIUM','minScore':3},{'id':'HIGH','minScore':6}],"
            + "'rules':"
            + rules
            + "}");
  }

  /** An instrument with one RISK section of the given items, TREAT_AS_ABSENT, no rules. */
  public static Instrument riskItems(String items) {
    return instrument(
        "{'policy':'TREAT_AS_ABSENT'}",
        "UPWARD_ONLY",
        "[{'id':'risk','kind':'RISK','items':" + items + "}]",
        "[]");
  }

  /** The spec's tiny example instrument. */
  public static Instrument tiny() {
    return InstrumentJson.read(
            Fixtures.class.getResourceAsStream("/tiny-instrument.json"), "tiny-instrument.json")
        .orElseThrow();
  }

  /** Answers from alternating item id, answer pairs. */
  public static Map<String, Answer> answers(Object... pairs) {
    Map<String, Answer> answers = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      answers.put((String) pairs[i], (Answer) pairs[i + 1]);
    }
    return answers;
  }

  /** Scores and expects an assessment (no refusal). */
  public static Assessment score(Instrument instrument, Map<String, Answer> answers) {
    return score(AnswerSet.of(instrument, DAY, AN, answers), instrument);
  }

  /** Scores and expects an assessment (no refusal). */
  public static Assessment score(AnswerSet answers, Instrument instrument) {
    AssessmentOutcome outcome = Assessments.score(instrument, answers);
    if (outcome instanceof AssessmentOutcome.Scored) {
      return ((AssessmentOutcome.Scored) outcome).assessment();
    }
    throw new AssertionError("expected a score, got " + outcome);
  }
}
