package be.ifg.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The brute-force attacker of small-cell suppression: given what a group of a report shows, it
 * enumerates every assignment of counts consistent with it — a shown count is its value, "&lt; t"
 * lies in 1..t-1, "x" lies in 0..infinity — and the cells summing to the total, and collects the
 * values each count can take. A hidden cell is at most the total when the total is bounded (shown,
 * or "&lt; t"), so the enumeration is exact then; under a hidden total it stops at {@code cap},
 * which only makes the attacker stronger (fewer assignments) as long as the cap is at least the
 * largest true count.
 */
final class SuppressionAttacker {
  private SuppressionAttacker() {}

  /** The possible values of each cell, then of the total (the last element). */
  static List<Set<Long>> possible(SteeringReport.Figures figures, int threshold, long cap) {
    List<SteeringReport.Count> counts = new ArrayList<>();
    figures.cells().forEach(c -> counts.add(c.count()));
    int n = counts.size();
    long[] total = range(figures.total(), threshold, cap * Math.max(1, n));
    long bound =
        figures.total() instanceof SteeringReport.Suppressed s
                && s.mark() == SteeringReport.Mark.HIDDEN
            ? cap
            : total[1];
    long[][] ranges = new long[n][];
    for (int i = 0; i < n; i++) {
      ranges[i] = range(counts.get(i), threshold, bound);
    }
    List<Set<Long>> seen = new ArrayList<>();
    for (int i = 0; i <= n; i++) {
      seen.add(new TreeSet<>());
    }
    enumerate(ranges, total, new long[n], 0, 0, seen);
    return seen;
  }

  private static long[] range(SteeringReport.Count count, int threshold, long cap) {
    if (count instanceof SteeringReport.Shown s) {
      return new long[] {s.count(), s.count()};
    }
    return ((SteeringReport.Suppressed) count).mark() == SteeringReport.Mark.SMALL
        ? new long[] {1, threshold - 1}
        : new long[] {0, cap};
  }

  private static void enumerate(
      long[][] ranges, long[] total, long[] values, int i, long sum, List<Set<Long>> seen) {
    if (sum > total[1]) {
      return;
    }
    if (i == values.length) {
      if (sum >= total[0]) {
        for (int j = 0; j < values.length; j++) {
          seen.get(j).add(values[j]);
        }
        seen.get(values.length).add(sum);
      }
      return;
    }
    for (long v = ranges[i][0]; v <= ranges[i][1]; v++) {
      values[i] = v;
      enumerate(ranges, total, values, i + 1, sum + v, seen);
    }
  }
}
