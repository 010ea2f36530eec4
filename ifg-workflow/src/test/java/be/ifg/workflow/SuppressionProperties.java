package be.ifg.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Small-cell suppression over random groups, checked by the brute-force attacker: whatever the
 * counts, every count from 1 to threshold - 1 (a cell or the total) is suppressed and keeps at
 * least two values consistent with everything the group shows, and what is shown is true.
 */
class SuppressionProperties {

  @Test
  void noSmallCountCanBeWorkedOutFromWhatAGroupShows() {
    qt().withExamples(400)
        .forAll(lists().of(integers().between(0, 9)).ofSizeBetween(1, 4), integers().between(3, 6))
        .checkAssert(SuppressionProperties::holds);
  }

  @Test
  void noSmallCountCanBeWorkedOutWhenTheTotalIsShownElsewhere() {
    qt().withExamples(300)
        .forAll(lists().of(integers().between(0, 9)).ofSizeBetween(1, 4), integers().between(3, 6))
        .assuming((cells, t) -> cells.stream().mapToLong(Integer::longValue).sum() >= t)
        .checkAssert(
            (cells, t) -> {
              long total = cells.stream().mapToLong(Integer::longValue).sum();
              check(
                  cells,
                  t,
                  SteeringFigures.suppressed(
                      SteeringReport.Measure.RISK_AT_CLOSURE,
                      counts(cells),
                      t,
                      new SteeringReport.Shown(total)));
            });
  }

  static void holds(List<Integer> cells, int threshold) {
    check(
        cells,
        threshold,
        SteeringFigures.suppressed(SteeringReport.Measure.OUTFLOW, counts(cells), threshold, null));
  }

  static Map<String, Long> counts(List<Integer> cells) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (int i = 0; i < cells.size(); i++) {
      counts.put("c" + i, (long) cells.get(i));
    }
    return counts;
  }

  static void check(List<Integer> cells, int threshold, SteeringReport.Figures figures) {
    long total = cells.stream().mapToLong(Integer::longValue).sum();
    long cap = total + threshold;
    List<Set<Long>> possible = SuppressionAttacker.possible(figures, threshold, cap);
    for (int i = 0; i <= cells.size(); i++) {
      long truth = i < cells.size() ? cells.get(i) : total;
      SteeringReport.Count count =
          i < cells.size() ? figures.cells().get(i).count() : figures.total();
      assertThat(possible.get(i)).as("%s: the truth of %d is possible", cells, i).contains(truth);
      if (count instanceof SteeringReport.Shown s) {
        assertThat(s.count()).as("%s: shown %d", cells, i).isEqualTo(truth);
        assertThat(truth < 1 || truth >= threshold).as("%s: %d is small", cells, i).isTrue();
      } else if (((SteeringReport.Suppressed) count).mark() == SteeringReport.Mark.SMALL) {
        assertThat(truth).as("%s: < t on %d", cells, i).isBetween(1L, threshold - 1L);
      }
      if (truth >= 1 && truth < threshold) {
        assertThat(possible.get(i))
            .as("%s (t=%d): the small count %d at %d is worked out", cells, threshold, truth, i)
            .hasSizeGreaterThanOrEqualTo(2);
      }
    }
  }
}
