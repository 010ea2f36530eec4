package be.ifg.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Small-cell suppression by example: what is shown, and what the attacker cannot work out. */
class SuppressionTests {
  private static SteeringReport.Figures group(int threshold, Integer... cells) {
    return SteeringFigures.suppressed(
        SteeringReport.Measure.STATES,
        SuppressionProperties.counts(List.of(cells)),
        threshold,
        null);
  }

  private static List<String> texts(SteeringReport.Figures f, int threshold) {
    return f.cells().stream().map(c -> c.count().text(threshold)).toList();
  }

  @Test
  void largeCountsAndZerosAreShownWithTheirTotal() {
    SteeringReport.Figures f = group(5, 12, 0, 40, 7);
    assertThat(texts(f, 5)).containsExactly("12", "0", "40", "7");
    assertThat(f.total()).isEqualTo(new SteeringReport.Shown(59));
  }

  @Test
  void aSmallCountIsShownAsBelowTheThresholdAndAnotherIsHiddenSoTheTotalDoesNotGiveItAway() {
    SteeringReport.Figures f = group(5, 12, 3, 40, 7);
    // 59 - 12 - 40 - 7 would be 3: the smallest shown cell (7) is hidden as well
    assertThat(texts(f, 5)).containsExactly("12", "< 5", "40", "x");
    assertThat(f.total()).isEqualTo(new SteeringReport.Shown(62));
    assertThat(SuppressionAttacker.possible(f, 5, 40).get(1)).containsExactly(1L, 2L, 3L, 4L);
  }

  @Test
  void twoSmallCountsProtectEachOtherWhenTheirSumLeavesRoom() {
    SteeringReport.Figures f = group(5, 20, 3, 1);
    assertThat(texts(f, 5)).containsExactly("20", "< 5", "< 5");
    assertThat(SuppressionAttacker.possible(f, 5, 20).get(2)).containsExactly(1L, 2L, 3L);
  }

  @Test
  void twoOnesUnderTheTotalAreNotLeftAtOneEach() {
    // 1 + 1 = 2 with each at least 1 pins both: a zero is hidden first, then a large cell
    SteeringReport.Figures f = group(5, 30, 1, 1, 0);
    assertThat(texts(f, 5)).containsExactly("x", "< 5", "< 5", "x");
    for (int i = 1; i <= 2; i++) {
      assertThat(SuppressionAttacker.possible(f, 5, 30).get(i)).hasSizeGreaterThan(1);
    }
  }

  @Test
  void aSmallTotalIsSuppressedAndOnesThatFillItAreHidden() {
    // four ones under a total of 4: "< 5" on every cell would say each is 1
    SteeringReport.Figures f = group(5, 1, 1, 1, 1);
    assertThat(texts(f, 5)).containsOnly("x");
    assertThat(f.total().text(5)).isEqualTo("< 5");
    List<Set<Long>> possible = SuppressionAttacker.possible(f, 5, 5);
    possible.forEach(p -> assertThat(p).hasSizeGreaterThan(1));
  }

  @Test
  void aSingleSmallCountHidesNothingElseButIsNotShown() {
    SteeringReport.Figures f = group(5, 2);
    assertThat(texts(f, 5)).containsExactly("< 5");
    assertThat(f.total().text(5)).isEqualTo("< 5");
  }

  @Test
  void aGroupWhoseTotalIsSuppressedElsewhereIsHiddenWhole() {
    SteeringReport.Figures f =
        SteeringFigures.suppressed(
            SteeringReport.Measure.DECLINE_REASONS,
            Map.of("a", 3L),
            5,
            new SteeringReport.Suppressed(SteeringReport.Mark.SMALL));
    assertThat(texts(f, 5)).containsOnly("x");
    assertThat(f.total().text(5)).isEqualTo("x");
  }

  @Test
  void aGroupWhoseTotalIsShownElsewhereNeverHidesItsTotal() {
    SteeringReport.Figures f =
        SteeringFigures.suppressed(
            SteeringReport.Measure.RISK_AT_CLOSURE,
            SuppressionProperties.counts(List.of(6, 2)),
            5,
            new SteeringReport.Shown(8));
    assertThat(f.total()).isEqualTo(new SteeringReport.Shown(8));
    assertThat(texts(f, 5)).containsExactly("x", "< 5");
  }

  @Test
  void theThresholdIsConfigurable() {
    SteeringReport.Figures f = group(10, 12, 7, 40, 30);
    assertThat(texts(f, 10)).containsExactly("x", "< 10", "40", "30");
  }
}
