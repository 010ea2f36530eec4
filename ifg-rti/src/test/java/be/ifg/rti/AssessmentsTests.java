package be.ifg.rti;

import static be.ifg.rti.Fixtures.AN;
import static be.ifg.rti.Fixtures.DAY;
import static be.ifg.rti.Fixtures.answers;
import static be.ifg.rti.Fixtures.instrument;
import static be.ifg.rti.Fixtures.riskItems;
import static be.ifg.rti.Fixtures.score;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ifg.domain.AssessmentReference;
import be.ifg.domain.AssessmentStatus;
import be.ifg.domain.ItemContribution;
import be.ifg.domain.ProfessionalId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AssessmentsTests {

  private static final Map<String, Answer> TINY_ANSWERS =
      answers(
          "escalating", Answer.yes(),
          "threat-to-kill", Answer.no(),
          "severity", Answer.ordinal(1),
          "call-outs",
              Answer.events(
                  LocalDate.parse("2025-11-03"),
                  LocalDate.parse("2025-12-28"),
                  LocalDate.parse("2026-01-30")),
          "child-witness", Answer.yes(),
          "support-network", Answer.yes(),
          "in-treatment", Answer.unknown());

  @Test
  void scoresTheTinyExampleAsTheSpecImplies() {
    Assessment a = score(Fixtures.tiny(), TINY_ANSWERS);

    assertThat(a.status()).isEqualTo(AssessmentStatus.COMPLETE);
    assertThat(a.score()).isEqualTo(new BigDecimal("7"));
    assertThat(a.maxScore()).isEqualTo(new BigDecimal("7"));
    assertThat(a.scoreBand()).isEqualTo("HIGH");
    assertThat(a.band()).isEqualTo("HIGH");
    assertThat(a.finalBand()).isEqualTo("HIGH");
    assertThat(a.protectiveScore()).isEqualTo(BigDecimal.ONE);
    assertThat(a.firedRules()).containsExactly("escalation");
    assertThat(a.missing()).containsExactly("in-treatment");
    assertThat(a.contributions())
        .extracting(ItemContribution::item, c -> c.points().intValueExact())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("escalating", 1),
            org.assertj.core.groups.Tuple.tuple("threat-to-kill", 0),
            org.assertj.core.groups.Tuple.tuple("severity", 2),
            org.assertj.core.groups.Tuple.tuple("call-outs", 3),
            org.assertj.core.groups.Tuple.tuple("child-witness", 1),
            org.assertj.core.groups.Tuple.tuple("support-network", 1));
  }

  @Test
  void qualifiesTheCaseBesideItsWeighing() {
    Qualification q = score(Fixtures.tiny(), TINY_ANSWERS).qualification();

    assertThat(q.problems())
        .containsExactly(
            Map.entry("violence", List.of("escalating", "severity", "call-outs")),
            Map.entry("children", List.of("child-witness")));
    assertThat(q.problemAreas()).containsExactly("violence", "children");
    assertThat(q.protectiveFactors()).containsExactly("support-network");
  }

  @Test
  void yesNoContributesItsWeightOnlyForYes() {
    Instrument i = riskItems("[{'id':'a','type':'YES_NO','weight':3},{'id':'b','type':'YES_NO'}]");

    assertThat(score(i, answers("a", Answer.yes(), "b", Answer.no())).score())
        .isEqualTo(new BigDecimal("3"));
    assertThat(score(i, answers("a", Answer.no(), "b", Answer.yes())).score())
        .isEqualTo(new BigDecimal("1"));
    assertThat(score(i, answers()).maxScore()).isEqualTo(new BigDecimal("4"));
  }

  @Test
  void ordinalContributesAnswerTimesWeight() {
    Instrument i = riskItems("[{'id':'a','type':'ORDINAL','options':[0,1,2],'weight':2}]");

    Assessment a = score(i, answers("a", Answer.ordinal(2)));

    assertThat(a.score()).isEqualTo(new BigDecimal("4"));
    assertThat(a.maxScore()).isEqualTo(new BigDecimal("4"));
  }

  @Test
  void choiceContributesTheChosenOptionsWeight() {
    Instrument i =
        riskItems(
            "[{'id':'a','type':'CHOICE','options':[{'value':'red','weight':2},{'value':'blue','weight':1},{'value':'yellow','weight':0}]}]");

    assertThat(score(i, answers("a", Answer.choice("blue"))).score()).isEqualTo(BigDecimal.ONE);
    assertThat(score(i, answers("a", Answer.choice("yellow"))).score()).isEqualTo(BigDecimal.ZERO);
    assertThat(score(i, answers()).maxScore()).isEqualTo(new BigDecimal("2"));
  }

  @Test
  void countContributesTheCappedCountTimesWeight() {
    Instrument i =
        riskItems("[{'id':'a','type':'COUNT','weight':2,'cap':3},{'id':'b','type':'COUNT'}]");

    Assessment a = score(i, answers("a", Answer.count(7), "b", Answer.count(4)));

    assertThat(a.score()).isEqualTo(new BigDecimal("10"));
    assertThat(a.maxScore())
        .as("a COUNT without cap has no maximum")
        .isEqualTo(new BigDecimal("6"));
  }

  @Test
  void eventsCountOnlyTheDatesInTheFirstNamingRulesWindow() {
    Instrument i =
        instrument(
            "{'policy':'TREAT_AS_ABSENT'}",
            "UPWARD_ONLY",
            "[{'id':'risk','kind':'RISK','items':[{'id':'e','type':'EVENTS','weight':2}]}]",
            "[{'id':'w30','type':'EVENTS_IN_WINDOW','item':'e','atLeast':9,'windowDays':30,'minBand':'HIGH'},"
                + "{'id':'w365','type':'EVENTS_IN_WINDOW','item':'e','atLeast':9,'windowDays':365,'minBand':'HIGH'}]");

    Assessment a =
        score(
            i,
            answers(
                "e",
                Answer.events(
                    DAY, // in: the window ends on assessedAt, inclusive
                    DAY.minusDays(29), // in
                    DAY.minusDays(30), // out: the window's start is exclusive
                    DAY.plusDays(1), // out: after the assessment
                    DAY.minusDays(200)))); // out of the first rule's window

    assertThat(a.score()).isEqualTo(new BigDecimal("4"));
    assertThat(a.maxScore()).as("EVENTS have no maximum").isEqualTo(BigDecimal.ZERO);
  }

  @Test
  void eventsWithoutANamingRuleCountAllDates() {
    Instrument i = riskItems("[{'id':'e','type':'EVENTS'}]");

    Assessment a = score(i, answers("e", Answer.events(DAY.minusYears(5), DAY, DAY.plusDays(3))));

    assertThat(a.score()).isEqualTo(new BigDecimal("3"));
  }

  @Test
  void notApplicableIsNeitherMissingNorInTheMaximum() {
    Instrument i =
        riskItems(
            "[{'id':'a','type':'YES_NO'},{'id':'b','type':'YES_NO','notApplicableAllowed':true}]");

    Assessment a = score(i, answers("a", Answer.yes(), "b", Answer.notApplicable()));

    assertThat(a.missing()).isEmpty();
    assertThat(a.maxScore()).isEqualTo(BigDecimal.ONE);
    assertThat(a.contributions())
        .extracting(ItemContribution::answer)
        .containsExactly("YES", "NOT_APPLICABLE");
  }

  @Test
  void treatAsAbsentCountsMissingItemsAsZero() {
    Instrument i = riskItems("[{'id':'a','type':'YES_NO'},{'id':'b','type':'YES_NO'}]");

    Assessment a = score(i, answers("a", Answer.yes(), "b", Answer.unknown()));

    assertThat(a.status()).isEqualTo(AssessmentStatus.COMPLETE);
    assertThat(a.score()).isEqualTo(BigDecimal.ONE);
    assertThat(a.maxScore()).isEqualTo(new BigDecimal("2"));
    assertThat(a.missing()).containsExactly("b");
    assertThat(a.rescaled()).isFalse();
  }

  @Test
  void excludeAndRescaleScalesTheScoreAndRoundsHalfUp() {
    Instrument i =
        instrument(
            "{'policy':'EXCLUDE_AND_RESCALE'}",
            "UPWARD_ONLY",
            "[{'id':'risk','kind':'RISK','items':[{'id':'a','type':'YES_NO'},{'id':'b','type':'YES_NO'},"
                + "{'id':'c','type':'YES_NO'},{'id':'d','type':'YES_NO'}]},"
                + "{'id':'p','kind':'PROTECTIVE','items':[{'id':'p1','type':'YES_NO'}]}]",
            "[]");

    Assessment a = score(i, answers("a", Answer.yes(), "b", Answer.yes(), "c", Answer.no()));

    // raw 2 × (max 4 ÷ answered max 3) = 2.666… → 2.67
    assertThat(a.score()).isEqualTo(new BigDecimal("2.67"));
    assertThat(a.maxScore()).isEqualTo(new BigDecimal("4"));
    assertThat(a.scoreBand()).isEqualTo("LOW");
    assertThat(a.missing()).containsExactly("d", "p1");
    assertThat(a.rescaled()).isTrue();
  }

  @Test
  void excludeAndRescaleKeepsTheRawScoreWhenOnlyUnboundedOrProtectiveItemsAreMissing() {
    Instrument i =
        instrument(
            "{'policy':'EXCLUDE_AND_RESCALE'}",
            "UPWARD_ONLY",
            "[{'id':'risk','kind':'RISK','items':[{'id':'a','type':'YES_NO'},{'id':'e','type':'EVENTS'}]},"
                + "{'id':'p','kind':'PROTECTIVE','items':[{'id':'p1','type':'YES_NO'}]}]",
            "[]");

    Assessment a = score(i, answers("a", Answer.yes()));

    assertThat(a.score()).isEqualTo(BigDecimal.ONE);
    assertThat(a.rescaled()).isFalse();
  }

  @Test
  void excludeAndRescaleWithEveryBoundedItemMissingHasInsufficientInformation() {
    Instrument i =
        instrument(
            "{'policy':'EXCLUDE_AND_RESCALE'}",
            "UPWARD_ONLY",
            "[{'id':'risk','kind':'RISK','items':[{'id':'a','type':'YES_NO'},{'id':'e','type':'EVENTS'}]}]",
            "[]");

    Assessment a = score(i, answers("e", Answer.events(DAY)));

    assertThat(a.status()).isEqualTo(AssessmentStatus.INSUFFICIENT_INFORMATION);
    assertThat(a.band()).isNull();
  }

  @Test
  void blockMakesAnyMissingItemIncompleteWithoutBand() {
    Instrument i =
        instrument(
            "{'policy':'BLOCK'}",
            "UPWARD_ONLY",
            "[{'id':'risk','kind':'RISK','items':[{'id':'a','type':'YES_NO','critical':true},{'id':'b','type':'YES_NO'}]}]",
            "[{'id':'crit','type':'ANY_CRITICAL','minBand':'HIGH'}]");

    Assessment a = score(i, answers("a", Answer.yes()));

    assertThat(a.status()).isEqualTo(AssessmentStatus.INCOMPLETE);
    assertThat(a.scoreBand()).isNull();
    assertThat(a.band()).isNull();
    assertThat(a.finalBand()).isNull();
    assertThat(a.firedRules()).as("rules are still reported").containsExactly("crit");
    assertThat(score(i, answers("a", Answer.yes(), "b", Answer.no())).status())
        .isEqualTo(AssessmentStatus.COMPLETE);
  }

  @Test
  void moreMissingThanMaxMissingHasInsufficientInformationWhateverThePolicy() {
    for (String policy : new String[] {"TREAT_AS_ABSENT", "EXCLUDE_AND_RESCALE", "BLOCK"}) {
      Instrument i =
          instrument(
              "{'policy':'" + policy + "','maxMissing':1}",
              "UPWARD_ONLY",
              "[{'id':'risk','kind':'RISK','items':[{'id':'a','type':'YES_NO'},{'id':'b','type':'YES_NO'},{'id':'c','type':'YES_NO'}]}]",
              "[]");

      Assessment a = score(i, answers("a", Answer.yes(), "b", Answer.unknown()));

      assertThat(a.status()).as(policy).isEqualTo(AssessmentStatus.INSUFFICIENT_INFORMATION);
      assertThat(a.band()).as(policy).isNull();
      assertThat(a.missing()).containsExactly("b", "c");
    }
  }

  @Test
  void anyCriticalLiftsTheBandWhenACriticalItemIsYesOrNonZero() {
    Instrument i =
        instrument(
            "{'policy':'TREAT_AS_ABSENT'}",
            "UPWARD_ONLY",
            "[{'id':'risk','kind':'RISK','items':[{'id':'a','type':'YES_NO','critical':true},"
                + "{'id':'o','type':'ORDINAL','options':[0,1,2],'critical':true}]}]",
            "[{'id':'crit','type':'ANY_CRITICAL','minBand':'HIGH'}]");

    Assessment yes = score(i, answers("a", Answer.yes()));
    Assessment ordinal = score(i, answers("a", Answer.no(), "o", Answer.ordinal(1)));
    Assessment none = score(i, answers("a", Answer.no(), "o", Answer.ordinal(0)));

    assertThat(yes.scoreBand()).isEqualTo("LOW");
    assertThat(yes.band()).isEqualTo("HIGH");
    assertThat(yes.firedRules()).containsExactly("crit");
    assertThat(ordinal.band()).isEqualTo("HIGH");
    assertThat(none.firedRules()).isEmpty();
    assertThat(none.band()).isEqualTo("LOW");
  }

  @Test
  void countInSectionLiftsTheBandAtTwoReds() {
    String choice =
        "'type':'CHOICE','options':[{'value':'red','weight':2},{'value':'orange','weight':1},{'value':'green','weight':0}]";
    Instrument i =
        instrument(
            "{'policy':'TREAT_AS_ABSENT'}",
            "UPWARD_ONLY",
            "[{'id':'part','kind':'RISK','items':[{'id':'a',"
                + choice
                + "},{'id':'b',"
                + choice
                + "},{'id':'c',"
                + choice
                + "}]},"
                + "{'id':'other','kind':'RISK','items':[{'id':'d',"
                + choice
                + "}]}]",
            "[{'id':'two-reds','type':'COUNT_IN_SECTION','section':'part','answer':'red','atLeast':2,'minBand':'HIGH'}]");

    Assessment two = score(i, answers("a", Answer.choice("red"), "b", Answer.choice("red")));
    Assessment split = score(i, answers("a", Answer.choice("red"), "d", Answer.choice("red")));

    assertThat(two.firedRules()).containsExactly("two-reds");
    assertThat(two.scoreBand()).isEqualTo("MEDIUM");
    assertThat(two.band()).isEqualTo("HIGH");
    assertThat(split.firedRules()).as("reds in different parts").isEmpty();
  }

  @Test
  void kOfNLiftsTheBandWhenEnoughListedItemsArePresent() {
    Instrument i =
        instrument(
            "{'policy':'TREAT_AS_ABSENT'}",
            "UPWARD_ONLY",
            "[{'id':'risk','kind':'RISK','items':[{'id':'a','type':'YES_NO'},{'id':'b','type':'YES_NO'},"
                + "{'id':'c','type':'COUNT','weight':0}]}]",
            "[{'id':'k','type':'K_OF_N','items':['a','b','c'],'atLeast':2,'minBand':'MEDIUM'}]");

    assertThat(score(i, answers("a", Answer.yes(), "b", Answer.yes())).band()).isEqualTo("MEDIUM");
    assertThat(score(i, answers("a", Answer.yes(), "c", Answer.count(3))).firedRules())
        .as("a weight-0 count contributes nothing, so it is not present")
        .isEmpty();
    assertThat(score(i, answers("a", Answer.yes(), "b", Answer.no())).band()).isEqualTo("LOW");
  }

  @Test
  void eventsInWindowFiresAtEnoughDatesInTheWindow() {
    Instrument i = Fixtures.tiny();
    Map<String, Answer> two =
        answers(
            "call-outs",
            Answer.events(LocalDate.parse("2025-02-19"), DAY.minusDays(1), DAY),
            "escalating",
            Answer.no());

    Assessment a = score(i, two);

    assertThat(a.firedRules()).as("2025-02-19 is exactly 365 days before: outside").isEmpty();
    assertThat(a.score()).isEqualTo(new BigDecimal("2"));
  }

  @Test
  void scoresProtectiveFactorsApartAndNeverNetsThem() {
    Instrument i =
        instrument(
            "{'policy':'TREAT_AS_ABSENT'}",
            "UPWARD_ONLY",
            "[{'id':'risk','kind':'RISK','items':[{'id':'a','type':'YES_NO','weight':4}]},"
                + "{'id':'child','kind':'CHILD','items':[{'id':'c','type':'YES_NO'}]},"
                + "{'id':'vul','kind':'VULNERABILITY','items':[{'id':'v','type':'YES_NO'}]},"
                + "{'id':'prot','kind':'PROTECTIVE','items':[{'id':'p','type':'ORDINAL','options':[0,1,2],'weight':5}]}]",
            "[]");

    Assessment a =
        score(
            i,
            answers(
                "a", Answer.yes(), "c", Answer.yes(), "v", Answer.yes(), "p", Answer.ordinal(2)));

    assertThat(a.score()).isEqualTo(new BigDecimal("6"));
    assertThat(a.maxScore()).isEqualTo(new BigDecimal("6"));
    assertThat(a.protectiveScore()).isEqualTo(new BigDecimal("10"));
    assertThat(a.band()).isEqualTo("HIGH");
  }

  @Test
  void rulesCountProtectiveItemsTheInstrumentNamesButTheScoreNeverDoes() {
    Instrument i =
        instrument(
            "{'policy':'TREAT_AS_ABSENT'}",
            "UPWARD_ONLY",
            "[{'id':'risk','kind':'RISK','items':[{'id':'a','type':'YES_NO'}]},"
                + "{'id':'prot','kind':'PROTECTIVE','items':[{'id':'p','type':'YES_NO','critical':true,'weight':5},"
                + "{'id':'q','type':'YES_NO'}]}]",
            "[{'id':'crit','type':'ANY_CRITICAL','minBand':'MEDIUM'},"
                + "{'id':'both','type':'K_OF_N','items':['p','q'],'atLeast':2,'minBand':'HIGH'},"
                + "{'id':'section','type':'COUNT_IN_SECTION','section':'prot','answer':'NO','atLeast':2,'minBand':'HIGH'}]");

    Assessment critical = score(i, answers("a", Answer.no(), "p", Answer.yes(), "q", Answer.no()));
    Assessment both = score(i, answers("a", Answer.no(), "p", Answer.yes(), "q", Answer.yes()));
    Assessment none = score(i, answers("a", Answer.no(), "p", Answer.no(), "q", Answer.no()));

    assertThat(critical.firedRules()).containsExactly("crit");
    assertThat(critical.score()).isEqualTo(new BigDecimal("0"));
    assertThat(critical.scoreBand()).isEqualTo("LOW");
    assertThat(critical.band()).isEqualTo("MEDIUM");
    assertThat(critical.protectiveScore()).isEqualTo(new BigDecimal("5"));
    assertThat(both.firedRules()).containsExactly("crit", "both");
    assertThat(both.band()).isEqualTo("HIGH");
    assertThat(none.firedRules()).containsExactly("section");
  }

  @Test
  void choiceContributesTheOptionsWeightWhateverTheItemWeight() {
    Instrument i =
        riskItems(
            "[{'id':'c','type':'CHOICE','weight':3,'options':[{'value':'red','weight':2},{'value':'green','weight':0}]}]");

    Assessment a = score(i, answers("c", Answer.choice("red")));

    assertThat(a.score()).isEqualTo(new BigDecimal("2"));
    assertThat(a.maxScore()).isEqualTo(new BigDecimal("2"));
  }

  private static AssessmentOutcome withOverride(
      Instrument i, String band, String rationale, ProfessionalId by) {
    return Assessments.score(
        i,
        AnswerSet.of(i, DAY, AN, answers("a", Answer.yes()))
            .withOverride(new OverrideRequest(band, rationale, by)));
  }

  private static Instrument overridable(String policy) {
    return instrument(
        "{'policy':'TREAT_AS_ABSENT'}",
        policy,
        "[{'id':'risk','kind':'RISK','items':[{'id':'a','type':'YES_NO','weight':3},{'id':'b','type':'YES_NO'}]}]",
        "[]");
  }

  @Test
  void acceptsAnUpwardOverrideWithRationaleAndAssessor() {
    AssessmentOutcome outcome =
        withOverride(overridable("UPWARD_ONLY"), "HIGH", "she fears for her life", AN);

    assertThat(outcome).isInstanceOf(AssessmentOutcome.Scored.class);
    Assessment a = ((AssessmentOutcome.Scored) outcome).assessment();
    assertThat(a.band()).isEqualTo("MEDIUM");
    assertThat(a.finalBand()).isEqualTo("HIGH");
    assertThat(a.toReference().overrideRationale()).isEqualTo("she fears for her life");
  }

  @Test
  void refusesADownwardOverrideWhenOnlyUpwardIsAllowed() {
    AssessmentOutcome outcome = withOverride(overridable("UPWARD_ONLY"), "LOW", "judgement", AN);

    assertThat(outcome).isInstanceOf(AssessmentOutcome.Refused.class);
    assertThat(((AssessmentOutcome.Refused) outcome).codes())
        .containsExactly("OVERRIDE_NOT_ALLOWED");
  }

  @Test
  void acceptsADownwardOverrideWhenAnyIsAllowed() {
    AssessmentOutcome outcome = withOverride(overridable("ANY"), "LOW", "judgement", AN);

    assertThat(((AssessmentOutcome.Scored) outcome).assessment().finalBand()).isEqualTo("LOW");
  }

  @Test
  void refusesEveryOverrideWhenNoneIsAllowed() {
    AssessmentOutcome outcome = withOverride(overridable("NONE"), "HIGH", "judgement", AN);

    assertThat(((AssessmentOutcome.Refused) outcome).codes())
        .containsExactly("OVERRIDE_NOT_ALLOWED");
  }

  @Test
  void refusesAnOverrideWithoutRationaleOrAssessor() {
    AssessmentOutcome blank = withOverride(overridable("ANY"), "HIGH", "  ", AN);
    AssessmentOutcome anonymous = withOverride(overridable("ANY"), "HIGH", "judgement", null);
    AssessmentOutcome both = withOverride(overridable("NONE"), "HIGH", "", null);

    assertThat(((AssessmentOutcome.Refused) blank).codes()).containsExactly("RATIONALE_REQUIRED");
    assertThat(((AssessmentOutcome.Refused) anonymous).codes())
        .containsExactly("RATIONALE_REQUIRED");
    assertThat(((AssessmentOutcome.Refused) both).codes())
        .containsExactly("RATIONALE_REQUIRED", "OVERRIDE_NOT_ALLOWED");
  }

  @Test
  void refusesAnOverrideWhenThereIsNoBand() {
    Instrument i =
        instrument(
            "{'policy':'BLOCK'}",
            "ANY",
            "[{'id':'risk','kind':'RISK','items':[{'id':'a','type':'YES_NO'},{'id':'b','type':'YES_NO'}]}]",
            "[]");

    AssessmentOutcome outcome = withOverride(i, "HIGH", "judgement", AN);

    assertThat(((AssessmentOutcome.Refused) outcome).codes())
        .containsExactly("OVERRIDE_NOT_ALLOWED");
  }

  @Test
  void refusesAnswersThatDoNotFitTheInstrument() {
    Instrument i = riskItems("[{'id':'a','type':'YES_NO'}]");

    assertThatThrownBy(() -> score(i, answers("zz", Answer.yes())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("zz");
    assertThatThrownBy(() -> score(i, answers("a", Answer.count(1))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expected YES, NO");
    assertThatThrownBy(() -> score(i, answers("a", Answer.notApplicable())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("NOT_APPLICABLE");
  }

  @Test
  void makesAReferenceTheDossierCanKeep() {
    Assessment a = score(Fixtures.tiny(), TINY_ANSWERS);

    AssessmentReference r = a.toReference();

    assertThat(r.instrumentId()).isEqualTo("tiny-example");
    assertThat(r.instrumentVersion()).isEqualTo("0.1.0");
    assertThat(r.instrumentHash()).isEqualTo(a.instrument().hash()).startsWith("sha256:");
    assertThat(r.status()).isEqualTo(AssessmentStatus.COMPLETE);
    assertThat(r.score()).isEqualTo(new BigDecimal("7"));
    assertThat(r.finalBand()).isEqualTo("HIGH");
    assertThat(r.firedRules()).containsExactly("escalation");
    assertThat(r.missing()).containsExactly("in-treatment");
    assertThat(r.contributions()).hasSize(6);
    assertThat(r.contributions().get(3).answer()).isEqualTo("2025-11-03,2025-12-28,2026-01-30");
    assertThat(r.assessedAt()).isEqualTo(DAY);
    assertThat(r.assessor()).isEqualTo(AN);
    assertThat(r.overrideRationale()).isNull();
  }

  @Test
  void comparesTwoAssessmentsOfOneDossier() {
    Instrument i = Fixtures.tiny();
    Assessment before = score(i, TINY_ANSWERS);
    Map<String, Answer> later = new java.util.LinkedHashMap<>(TINY_ANSWERS);
    later.put("call-outs", Answer.events());
    later.put("in-treatment", Answer.yes());
    Assessment after = score(i, later);

    AssessmentChange change = Assessments.compare(before, after);

    assertThat(change.changedItems()).containsExactly("call-outs", "in-treatment");
    assertThat(change.scoreDelta()).isEqualTo(new BigDecimal("-3"));
    assertThat(change.protectiveDelta()).isEqualTo(BigDecimal.ONE);
    assertThat(change.previousBand()).isEqualTo("HIGH");
    assertThat(change.currentBand()).isEqualTo("MEDIUM");
    assertThat(change.movement()).isEqualTo(BandMovement.DOWN);
    assertThat(change.sameInstrument()).isTrue();
    assertThat(Assessments.compare(after, before).movement()).isEqualTo(BandMovement.UP);
    assertThat(Assessments.compare(before, before).movement()).isEqualTo(BandMovement.SAME);
    assertThat(Assessments.compare(before, before).changedItems()).isEmpty();
  }

  @Test
  void comparesWithAnIncompleteAssessmentAsNotComparable() {
    Instrument i =
        instrument(
            "{'policy':'BLOCK'}",
            "ANY",
            "[{'id':'risk','kind':'RISK','items':[{'id':'a','type':'YES_NO'},{'id':'b','type':'YES_NO'}]}]",
            "[]");
    Assessment complete = score(i, answers("a", Answer.yes(), "b", Answer.yes()));
    Assessment incomplete = score(i, answers("a", Answer.yes()));

    AssessmentChange change = Assessments.compare(complete, incomplete);

    assertThat(change.movement()).isEqualTo(BandMovement.NOT_COMPARABLE);
    assertThat(change.changedItems()).containsExactly("b");
  }
}
