package be.ifg.rti;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import be.ifg.domain.AssessmentReference;
import be.ifg.domain.AssessmentStatus;
import be.ifg.domain.ItemContribution;
import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/*
 * How scoring works
 * =================
 *
 * This class implements the normative scoring section of the instrument format
 * (spec/instrument-format.md). It is a pure function of (instrument, answers): no clock, no state,
 * no I/O, so the same input always gives the same assessment, whatever the order of the answers.
 *
 * 1. Answers. Every item of every section is visited in the instrument's order. An item is
 *    MISSING when it has no answer or the answer UNKNOWN; it contributes 0 and is listed in
 *    `missing`, whatever its section (protective items count as missing too, and count against
 *    maxMissing and BLOCK: an unanswered protective factor is information the table lacks). An
 *    item answered NOT_APPLICABLE (only where the item allows it) is neither missing nor counted
 *    in any maximum; it is reported with 0 points. Every other answered item is reported in
 *    `contributions` with its unscaled points.
 *
 * 2. Contributions. YES_NO: weight if YES, else 0. ORDINAL: answer x weight. CHOICE: the chosen
 *    option's weight. COUNT: min(count, cap) x weight (no cap: count x weight). EVENTS: the number
 *    of dates in the window of the FIRST EVENTS_IN_WINDOW rule naming the item (the window is
 *    (assessedAt - windowDays, assessedAt]), or all dates when no rule names it, x weight.
 *
 * 3. Sums. `score` is the sum over RISK, VULNERABILITY and CHILD sections; `protectiveScore` the
 *    sum over PROTECTIVE sections, reported beside the score and never subtracted from it.
 *    `maxScore` sums the maxima of the applicable (not NOT_APPLICABLE) risk items; an item's
 *    maximum is its largest possible contribution, and items without one (COUNT without cap,
 *    EVENTS) are left out of maxScore. Their points do count in the score, so with such items the
 *    score can exceed maxScore.
 *
 * 4. Missing policy. TREAT_AS_ABSENT: nothing more. EXCLUDE_AND_RESCALE: score = raw x (max of
 *    all applicable risk items / max of the answered ones), rounded HALF_UP to 2 decimals, where
 *    only items with a maximum enter either max (an unbounded item cannot say how much is
 *    missing). When nothing with a maximum is missing the ratio is 1 and the score stays the
 *    integer raw sum. When every bounded risk item is missing (answered max 0, total max > 0) no
 *    ratio exists: the score stays raw and the status becomes INSUFFICIENT_INFORMATION. BLOCK:
 *    any missing item makes the status INCOMPLETE. Whatever the policy, more missing items than
 *    maxMissing makes the status INSUFFICIENT_INFORMATION (this check comes first).
 *
 * 5. Rules are evaluated whatever the status, so `firedRules` explains even an incomplete
 *    assessment; missing and NOT_APPLICABLE answers never make a rule fire. Rules read answers
 *    literally, whatever the section: a critical PROTECTIVE item, or a rule that names protective
 *    items or a protective section, counts those answers as the instrument's author wrote it (the
 *    protective points themselves still never enter `score` nor scoreBand). ANY_CRITICAL: a
 *    critical item answered YES (other types: with a non-zero contribution). COUNT_IN_SECTION: at
 *    least atLeast items of the section whose answer text equals `answer` exactly. K_OF_N: at
 *    least atLeast listed items answered YES (other types: non-zero contribution).
 *    EVENTS_IN_WINDOW: at least atLeast dates in (assessedAt - windowDays, assessedAt].
 *
 * 6. Bands, only when COMPLETE. scoreBand = the highest band whose minScore <= score; band = the
 *    highest of scoreBand and every fired rule's minBand; finalBand = band, or the override's
 *    band. When not COMPLETE all three are null.
 *
 * 7. Override. Refused (a value, not an exception) with RATIONALE_REQUIRED when the rationale is
 *    blank or `by` is absent, and with OVERRIDE_NOT_ALLOWED when the instrument's policy is NONE,
 *    when UPWARD_ONLY and the band asked for is below `band`, or when there is no band to
 *    override (status not COMPLETE). All reasons that apply are given.
 *
 * Numbers are BigDecimal throughout and normalised (trailing zeros stripped, never a negative
 * scale), so an integral score is written as an integer.
 */
/** Scores answer sets against instruments; see the block comment above for how. */
final class Scoring {
  private Scoring() {}

  static AssessmentOutcome score(Instrument instrument, AnswerSet answers) {
    checkNotNull(instrument, "instrument must not be null");
    checkNotNull(answers, "answers must not be null");
    checkArgument(
        instrument.id().equals(answers.instrumentId())
            && instrument.version().equals(answers.instrumentVersion()),
        "answers are for %s@%s, not for %s",
        answers.instrumentId(),
        answers.instrumentVersion(),
        instrument.reference());
    Map<String, Item> items = itemsById(instrument);
    for (Map.Entry<String, Answer> entry : answers.answers().entrySet()) {
      Item item =
          Optional.ofNullable(items.get(entry.getKey()))
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "instrument "
                              + instrument.reference()
                              + " has no item '"
                              + entry.getKey()
                              + "'"));
      Optional<String> problem = item.problemWith(entry.getValue());
      checkArgument(problem.isEmpty(), "answer to %s: %s", item.id(), problem.orElse(""));
    }

    Map<String, Integer> windows = eventWindows(instrument);
    LocalDate assessedAt = answers.assessedAt();
    BigDecimal raw = BigDecimal.ZERO;
    BigDecimal protective = BigDecimal.ZERO;
    BigDecimal allMax = BigDecimal.ZERO;
    BigDecimal answeredMax = BigDecimal.ZERO;
    List<String> missing = new ArrayList<>();
    List<ItemContribution> contributions = new ArrayList<>();
    Map<String, BigDecimal> points = new HashMap<>();

    for (Section section : instrument.sections()) {
      for (Item item : section.items()) {
        Answer answer = answers.answers().get(item.id());
        boolean isMissing = answer == null || answer.isMissing();
        boolean notApplicable = answer instanceof Answer.NotApplicable;
        if (isMissing) {
          missing.add(item.id());
        } else {
          BigDecimal p =
              notApplicable
                  ? BigDecimal.ZERO
                  : contribution(item, answer, windows.get(item.id()), assessedAt);
          points.put(item.id(), p);
          contributions.add(new ItemContribution(item.id(), answer.text(), normalise(p)));
          if (section.kind().isRisk()) {
            raw = raw.add(p);
          } else {
            protective = protective.add(p);
          }
        }
        if (section.kind().isRisk() && !notApplicable && item.maximum().isPresent()) {
          BigDecimal max = item.maximum().get();
          allMax = allMax.add(max);
          if (!isMissing) {
            answeredMax = answeredMax.add(max);
          }
        }
      }
    }

    AssessmentStatus status = AssessmentStatus.COMPLETE;
    if (instrument.missing().maxMissing() != null
        && missing.size() > instrument.missing().maxMissing()) {
      status = AssessmentStatus.INSUFFICIENT_INFORMATION;
    } else if (instrument.missing().policy() == MissingPolicy.BLOCK && !missing.isEmpty()) {
      status = AssessmentStatus.INCOMPLETE;
    }

    BigDecimal score = raw;
    boolean rescaled = false;
    if (instrument.missing().policy() == MissingPolicy.EXCLUDE_AND_RESCALE
        && allMax.compareTo(answeredMax) != 0) {
      if (answeredMax.signum() == 0) {
        status = AssessmentStatus.INSUFFICIENT_INFORMATION;
      } else {
        score = raw.multiply(allMax).divide(answeredMax, 2, RoundingMode.HALF_UP);
        rescaled = true;
      }
    }
    score = normalise(score);

    List<String> fired = firedRules(instrument, items, answers, points);

    String scoreBand = null;
    String band = null;
    String finalBand = null;
    if (status == AssessmentStatus.COMPLETE) {
      scoreBand = instrument.bandFor(score).id();
      int rank = instrument.bandRank(scoreBand);
      for (Rule rule : instrument.rules()) {
        if (fired.contains(rule.id())) {
          rank = Math.max(rank, instrument.bandRank(rule.minBand()));
        }
      }
      band = instrument.bands().get(rank).id();
      finalBand = band;
    }

    OverrideRequest override = answers.override();
    if (override != null) {
      List<Refusal> refusals = refusals(instrument, status, band, override);
      if (!refusals.isEmpty()) {
        return new AssessmentOutcome.Refused(refusals);
      }
      finalBand = override.band();
    }

    return new AssessmentOutcome.Scored(
        new Assessment(
            instrument,
            answers,
            status,
            score,
            normalise(allMax),
            scoreBand,
            band,
            finalBand,
            normalise(protective),
            fired,
            missing,
            contributions,
            rescaled));
  }

  private static List<Refusal> refusals(
      Instrument instrument,
      AssessmentStatus status,
      @org.jspecify.annotations.Nullable String band,
      OverrideRequest override) {
    checkArgument(
        instrument.bandRank(override.band()) >= 0,
        "override band %s is not a band of %s",
        override.band(),
        instrument.reference());
    List<Refusal> refusals = new ArrayList<>();
    if (override.rationale().isBlank()) {
      refusals.add(
          new Refusal(
              Refusal.Reason.RATIONALE_REQUIRED,
              "an override of the band needs a rationale: why does professional judgement differ?"));
    }
    if (override.by() == null) {
      refusals.add(
          new Refusal(
              Refusal.Reason.RATIONALE_REQUIRED,
              "an override of the band must say who makes it (by)"));
    }
    if (instrument.override() == OverridePolicy.NONE) {
      refusals.add(
          new Refusal(
              Refusal.Reason.OVERRIDE_NOT_ALLOWED,
              "instrument " + instrument.reference() + " allows no override of the band"));
    } else if (band == null) {
      refusals.add(
          new Refusal(
              Refusal.Reason.OVERRIDE_NOT_ALLOWED,
              "the assessment is "
                  + status
                  + ", so it has no band to override; answer the missing items first"));
    } else if (instrument.override() == OverridePolicy.UPWARD_ONLY
        && instrument.bandRank(override.band()) < instrument.bandRank(band)) {
      refusals.add(
          new Refusal(
              Refusal.Reason.OVERRIDE_NOT_ALLOWED,
              "instrument "
                  + instrument.reference()
                  + " allows upward overrides only: "
                  + override.band()
                  + " is below the band "
                  + band));
    }
    return refusals;
  }

  /** Item id → window in days, from the first EVENTS_IN_WINDOW rule naming the item. */
  private static Map<String, Integer> eventWindows(Instrument instrument) {
    Map<String, Integer> windows = new HashMap<>();
    for (Rule rule : instrument.rules()) {
      if (rule instanceof Rule.EventsInWindow) {
        Rule.EventsInWindow r = (Rule.EventsInWindow) rule;
        windows.putIfAbsent(r.item(), r.windowDays());
      }
    }
    return windows;
  }

  private static BigDecimal contribution(
      Item item, Answer answer, @org.jspecify.annotations.Nullable Integer window, LocalDate at) {
    if (answer instanceof Answer.YesNo) {
      return ((Answer.YesNo) answer).yes() ? item.weight() : BigDecimal.ZERO;
    } else if (answer instanceof Answer.Ordinal) {
      return item.weight().multiply(BigDecimal.valueOf(((Answer.Ordinal) answer).value()));
    } else if (answer instanceof Answer.Choice) {
      String value = ((Answer.Choice) answer).value();
      return item.choices().stream()
          .filter(c -> c.value().equals(value))
          .map(ChoiceOption::weight)
          .findFirst()
          .orElse(BigDecimal.ZERO);
    } else if (answer instanceof Answer.Count) {
      long count = ((Answer.Count) answer).value();
      if (item.cap() != null) {
        count = Math.min(count, item.cap());
      }
      return item.weight().multiply(BigDecimal.valueOf(count));
    } else if (answer instanceof Answer.Events) {
      List<LocalDate> dates = ((Answer.Events) answer).dates();
      long count =
          window == null
              ? dates.size()
              : dates.stream().filter(d -> inWindow(d, at, window)).count();
      return item.weight().multiply(BigDecimal.valueOf(count));
    }
    return BigDecimal.ZERO;
  }

  private static boolean inWindow(LocalDate date, LocalDate assessedAt, int windowDays) {
    return date.isAfter(assessedAt.minusDays(windowDays)) && !date.isAfter(assessedAt);
  }

  /** Whether an answered item counts as "positive" for ANY_CRITICAL and K_OF_N. */
  private static boolean positive(
      Item item, @org.jspecify.annotations.Nullable Answer answer, Map<String, BigDecimal> points) {
    if (answer == null || answer.isMissing() || answer instanceof Answer.NotApplicable) {
      return false;
    }
    if (item.type() == ItemType.YES_NO) {
      return ((Answer.YesNo) answer).yes();
    }
    BigDecimal p = points.get(item.id());
    return p != null && p.signum() > 0;
  }

  /**
   * The instrument's items by id, made once per scoring: {@link Instrument#item} walks every
   * section on each call, which made scoring quadratic in the number of items.
   */
  private static Map<String, Item> itemsById(Instrument instrument) {
    Map<String, Item> items = new HashMap<>();
    for (Section section : instrument.sections()) {
      for (Item item : section.items()) {
        items.put(item.id(), item);
      }
    }
    return items;
  }

  private static List<String> firedRules(
      Instrument instrument,
      Map<String, Item> items,
      AnswerSet answers,
      Map<String, BigDecimal> points) {
    List<String> fired = new ArrayList<>();
    Map<String, Answer> given = answers.answers();
    for (Rule rule : instrument.rules()) {
      boolean fires;
      if (rule instanceof Rule.AnyCritical) {
        fires =
            instrument.items().stream()
                .filter(Item::critical)
                .anyMatch(i -> positive(i, given.get(i.id()), points));
      } else if (rule instanceof Rule.CountInSection) {
        Rule.CountInSection r = (Rule.CountInSection) rule;
        long count =
            instrument.section(r.section()).map(Section::items).orElse(List.of()).stream()
                .map(i -> given.get(i.id()))
                .filter(a -> a != null && !a.isMissing() && !(a instanceof Answer.NotApplicable))
                .filter(a -> a.text().equals(r.answer()))
                .count();
        fires = count >= r.atLeast();
      } else if (rule instanceof Rule.KOfN) {
        Rule.KOfN r = (Rule.KOfN) rule;
        long count =
            r.items().stream()
                .map(id -> checkNotNull(items.get(id), "rule %s names unknown item %s", r.id(), id))
                .filter(i -> positive(i, given.get(i.id()), points))
                .count();
        fires = count >= r.atLeast();
      } else {
        Rule.EventsInWindow r = (Rule.EventsInWindow) rule;
        Answer a = given.get(r.item());
        long count =
            a instanceof Answer.Events
                ? ((Answer.Events) a)
                    .dates().stream()
                        .filter(d -> inWindow(d, answers.assessedAt(), r.windowDays()))
                        .count()
                : 0;
        fires = count >= r.atLeast();
      }
      if (fires) {
        fired.add(rule.id());
      }
    }
    return ImmutableList.copyOf(fired);
  }

  static AssessmentChange compare(
      AssessmentReference previous, AssessmentReference current, Instrument instrument) {
    checkNotNull(previous, "previous must not be null");
    checkNotNull(current, "current must not be null");
    checkNotNull(instrument, "instrument must not be null");
    Map<String, String> before = answerTexts(previous);
    Map<String, String> after = answerTexts(current);
    Set<String> ids = new LinkedHashSet<>();
    instrument.items().forEach(i -> ids.add(i.id()));
    ids.addAll(before.keySet());
    ids.addAll(after.keySet());
    List<String> changed = new ArrayList<>();
    for (String id : ids) {
      if (!before.getOrDefault(id, "").equals(after.getOrDefault(id, ""))) {
        changed.add(id);
      }
    }
    String from = previous.finalBand();
    String to = current.finalBand();
    BandMovement movement = BandMovement.NOT_COMPARABLE;
    if (from != null && to != null) {
      int a = instrument.bandRank(from);
      int b = instrument.bandRank(to);
      if (a >= 0 && b >= 0) {
        movement = b > a ? BandMovement.UP : b < a ? BandMovement.DOWN : BandMovement.SAME;
      }
    }
    return new AssessmentChange(
        changed,
        normalise(current.score().subtract(previous.score())),
        normalise(current.protectiveScore().subtract(previous.protectiveScore())),
        from,
        to,
        movement,
        previous.instrumentHash().equals(current.instrumentHash()));
  }

  /** Item id → answer text; missing items map to "UNKNOWN", unknown items are absent. */
  private static Map<String, String> answerTexts(AssessmentReference reference) {
    Map<String, String> texts = new HashMap<>();
    reference.missing().forEach(id -> texts.put(id, "UNKNOWN"));
    reference.contributions().forEach(c -> texts.put(c.item(), c.answer()));
    return texts;
  }

  /** Strips trailing zeros without ever giving a negative scale (so 10 stays 10, not 1E+1). */
  static BigDecimal normalise(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
