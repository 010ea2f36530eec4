package be.ifg.rti;

import static be.ifg.rti.Fixtures.AN;
import static be.ifg.rti.Fixtures.DAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import be.ifg.domain.AssessmentStatus;
import com.google.common.collect.Lists;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Properties of scoring over generated answer sets for an instrument that uses every item type,
 * every rule type and all four section kinds.
 */
class AssessmentsProperties {
  private static final String CHOICE =
      "'type':'CHOICE','options':[{'value':'green','weight':0},{'value':'orange','weight':1},{'value':'red','weight':2}]";

  private static Instrument instrument(String missing) {
    return Fixtures.instrument(
        "{'id':'p','version':'1.0.0','title':{'en':'P'},'approach':'CHECKLIST','missing':"
            + missing
            + ",'override':'UPWARD_ONLY','sections':["
            + "{'id':'risk','kind':'RISK','items':[{'id':'y1','type':'YES_NO','critical':true},"
            + "{'id':'y2','type':'YES_NO','weight':2},{'id':'o1','type':'ORDINAL','options':[0,1,2,3]},"
            + "{'id':'c1',"
            + CHOICE
            + "},{'id':'c2',"
            + CHOICE
            + "},{'id':'n1','type':'COUNT','cap':4}]},"
            + "{'id':'vul','kind':'VULNERABILITY','items':[{'id':'v1','type':'YES_NO','notApplicableAllowed':true}]},"
            + "{'id':'child','kind':'CHILD','items':[{'id':'k1','type':'ORDINAL','options':[0,1,2],'weight':2}]},"
            + "{'id':'prot','kind':'PROTECTIVE','items':[{'id':'p1','type':'YES_NO','weight':3},"
            + "{'id':'p2','type':'ORDINAL','options':[0,1,2]},{'id':'p3',"
            + CHOICE
            + "}]}],"
            + "'bands':[{'id':'LOW','minScore':0},{'id':'MEDIUM','minScore':5},{'id':'HIGH','minScore':11}],"
            + "'rules':[{'id':'crit','type':'ANY_CRITICAL','minBand':'HIGH'},"
            + "{'id':'reds','type':'COUNT_IN_SECTION','section':'risk','answer':'red','atLeast':2,'minBand':'HIGH'},"
            + "{'id':'k','type':'K_OF_N','items':['y2','o1','v1'],'atLeast':2,'minBand':'MEDIUM'}]}");
  }

  private static final Instrument ABSENT = instrument("{'policy':'TREAT_AS_ABSENT'}");
  private static final Instrument RESCALE = instrument("{'policy':'EXCLUDE_AND_RESCALE'}");

  /** Each item's possible answers, lowest contribution first (UNKNOWN handled apart). */
  private static List<Answer> domain(Item item) {
    List<Answer> answers = new ArrayList<>();
    switch (item.type()) {
      case YES_NO:
        answers.add(Answer.no());
        answers.add(Answer.yes());
        break;
      case ORDINAL:
        item.options().forEach(o -> answers.add(Answer.ordinal(o)));
        break;
      case CHOICE:
        item.choices().forEach(c -> answers.add(Answer.choice(c.value())));
        break;
      default:
        for (int n = 0; n <= 6; n++) {
          answers.add(Answer.count(n));
        }
    }
    return answers;
  }

  /**
   * Answers from one seed per item: 0 is UNKNOWN (when allowed), 1 NOT_APPLICABLE where allowed.
   */
  private static Map<String, Answer> answers(
      Instrument instrument, List<Integer> seeds, boolean unknowns) {
    Map<String, Answer> answers = new LinkedHashMap<>();
    List<Item> items = instrument.items();
    for (int i = 0; i < items.size(); i++) {
      Item item = items.get(i);
      int seed = seeds.get(i);
      if (unknowns && seed % 11 == 0) {
        continue;
      }
      if (item.notApplicableAllowed() && seed % 7 == 0) {
        answers.put(item.id(), Answer.notApplicable());
        continue;
      }
      List<Answer> domain = domain(item);
      answers.put(item.id(), domain.get(seed % domain.size()));
    }
    return answers;
  }

  private static Assessment score(Instrument i, Map<String, Answer> answers) {
    return Fixtures.score(AnswerSet.of(i, DAY, AN, answers), i);
  }

  private static int rank(Instrument i, Assessment a) {
    return a.band() == null ? -1 : i.bandRank(a.band());
  }

  private static final int ITEMS = ABSENT.items().size();

  @Test
  void scoringIsDeterministicAndIndependentOfAnswerOrder() {
    qt().forAll(lists().of(integers().between(0, 1000)).ofSize(ITEMS))
        .checkAssert(
            seeds -> {
              for (Instrument i : List.of(ABSENT, RESCALE)) {
                Map<String, Answer> answers = answers(i, seeds, true);
                Map<String, Answer> reversed = new LinkedHashMap<>();
                Lists.reverse(new ArrayList<>(answers.keySet()))
                    .forEach(k -> reversed.put(k, answers.get(k)));

                assertThat(score(i, reversed).toReference())
                    .isEqualTo(score(i, answers).toReference());
                assertThat(score(i, answers)).isEqualTo(score(i, answers));
              }
            });
  }

  @Test
  void raisingAnySingleRiskAnswerNeverLowersTheScoreOrTheBand() {
    qt().forAll(lists().of(integers().between(0, 1000)).ofSize(ITEMS), integers().between(0, 1000))
        .checkAssert(
            (seeds, pick) -> {
              for (Instrument i : List.of(ABSENT, RESCALE)) {
                Map<String, Answer> answers = answers(i, seeds, true);
                List<Item> risk =
                    i.sections().stream()
                        .filter(s -> s.kind().isRisk())
                        .flatMap(s -> s.items().stream())
                        .toList();
                Item item = risk.get(pick % risk.size());
                Answer current = answers.get(item.id());
                List<Answer> domain = domain(item);
                int index = current == null ? -1 : domain.indexOf(current);
                if (index < 0 || index == domain.size() - 1) {
                  continue;
                }
                Map<String, Answer> raised = new LinkedHashMap<>(answers);
                raised.put(item.id(), domain.get(index + 1));

                Assessment before = score(i, answers);
                Assessment after = score(i, raised);

                assertThat(after.score()).isGreaterThanOrEqualTo(before.score());
                assertThat(rank(i, after)).isGreaterThanOrEqualTo(rank(i, before));
              }
            });
  }

  @Test
  void protectiveAnswersNeverChangeTheScoreOrTheBand() {
    qt().forAll(
            lists().of(integers().between(0, 1000)).ofSize(ITEMS),
            lists().of(integers().between(0, 1000)).ofSize(ITEMS))
        .checkAssert(
            (seeds, other) -> {
              for (Instrument i : List.of(ABSENT, RESCALE)) {
                Map<String, Answer> answers = answers(i, seeds, true);
                Map<String, Answer> otherAnswers = answers(i, other, true);
                Map<String, Answer> changed = new LinkedHashMap<>(answers);
                for (Item p : i.section("prot").orElseThrow().items()) {
                  changed.remove(p.id());
                  if (otherAnswers.containsKey(p.id())) {
                    changed.put(p.id(), otherAnswers.get(p.id()));
                  }
                }

                Assessment before = score(i, answers);
                Assessment after = score(i, changed);

                assertThat(after.score()).isEqualTo(before.score());
                assertThat(after.band()).isEqualTo(before.band());
                assertThat(after.firedRules()).isEqualTo(before.firedRules());
              }
            });
  }

  @Test
  void scoreStaysBetweenZeroAndMaxScore() {
    qt().forAll(lists().of(integers().between(0, 1000)).ofSize(ITEMS))
        .checkAssert(
            seeds -> {
              for (Instrument i : List.of(ABSENT, RESCALE)) {
                Assessment a = score(i, answers(i, seeds, true));

                assertThat(a.score().signum()).isGreaterThanOrEqualTo(0);
                if (a.status() == AssessmentStatus.COMPLETE || i == ABSENT) {
                  assertThat(a.score()).isLessThanOrEqualTo(a.maxScore());
                }
                assertThat(a.protectiveScore().signum()).isGreaterThanOrEqualTo(0);
              }
            });
  }
}
