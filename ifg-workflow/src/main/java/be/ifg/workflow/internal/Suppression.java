package be.ifg.workflow.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Arrays;
import org.apiguardian.api.API;

/*
 * Small-cell suppression of one group of counts and its total.
 *
 * What a reader knows. A shown count is its value. A count marked SMALL ("< t") lies in 1..t-1; a
 * count marked HIDDEN ("x") lies in 0..infinity. The total is the sum of the cells. Nothing else.
 *
 * What is promised. Every count (cell or total) whose value lies in 1..t-1 is marked, and has at
 * least two values consistent with everything the group shows.
 *
 * How it is checked. One equation (total = sum of cells) with a box for every unknown: the values
 * a variable may take are exactly the integers of
 *   [max(lo_i, loT - sum of the others' hi), min(hi_i, hiT - sum of the others' lo)]
 * because a sum of integer intervals is an integer interval. So the check is exact, not an
 * approximation: the brute-force attacker in the tests agrees with it.
 *
 * How it suppresses. Primary: every count in 1..t-1 is SMALL. Complementary: while some small
 * count has fewer than two values, the smallest shown cell becomes HIDDEN (zeros first), then the
 * total; when nothing is shown any more and a small count is still pinned (t-1 cells of 1 under a
 * total of t-1: "< t" everywhere says each is 1), the small cells become HIDDEN too. With every
 * cell HIDDEN each small count has the values 0..t-1 or 1..t-1, at least two once t >= 3.
 *
 * A group whose total is shown elsewhere (the closed dossiers in the outflow and as the total of
 * the risk bands at closure) is suppressed with its total fixed: the total is never hidden there.
 */

/**
 * Small-cell suppression of a group of counts with its total (the design note is in the source).
 */
@API(status = INTERNAL, since = "0.2")
public final class Suppression {
  /** How a count is shown. */
  public enum Mark {
    /** Its value. */
    SHOWN,
    /** As "&lt; t": the reader knows it lies in 1..t-1. */
    SMALL,
    /** As "x": the reader knows nothing of it but that it is a count. */
    HIDDEN
  }

  private static final long INF = Long.MAX_VALUE / 4;

  private Suppression() {}

  /**
   * Suppresses a group.
   *
   * @param cells the counts, each at least 0
   * @param threshold the smallest count shown, at least 3
   * @param totalFixed whether the total is shown elsewhere and may not be hidden here
   * @return the marks of the cells, then of the total (at index {@code cells.length})
   */
  public static Mark[] suppress(long[] cells, int threshold, boolean totalFixed) {
    return suppress(cells, threshold, totalFixed, new boolean[cells.length + 1]);
  }

  /**
   * Suppresses a group in which some counts must not be shown whatever their value, because the
   * same count is suppressed in another group (a count shown here would give it away there).
   *
   * @param cells the counts, each at least 0
   * @param threshold the smallest count shown, at least 3
   * @param totalFixed whether the total is shown elsewhere and may not be hidden here
   * @param hide for each cell, then the total (at index {@code cells.length}): whether it must not
   *     be shown; a small one stays "&lt; t", another becomes "x"
   * @return the marks of the cells, then of the total (at index {@code cells.length})
   */
  public static Mark[] suppress(long[] cells, int threshold, boolean totalFixed, boolean[] hide) {
    checkNotNull(cells, "cells");
    checkNotNull(hide, "hide");
    checkArgument(
        hide.length == cells.length + 1,
        "hide has %s marks for %s cells",
        hide.length,
        cells.length);
    checkArgument(threshold >= 3, "threshold must be >= 3: %s", threshold);
    long total = 0;
    for (long c : cells) {
      checkArgument(c >= 0, "a count must be >= 0: %s", c);
      total += c;
    }
    int n = cells.length;
    long[] values = Arrays.copyOf(cells, n + 1);
    values[n] = total;
    Mark[] marks = new Mark[n + 1];
    for (int i = 0; i <= n; i++) {
      marks[i] = small(values[i], threshold) ? Mark.SMALL : Mark.SHOWN;
    }
    for (int i = 0; i <= n; i++) {
      if (hide[i] && marks[i] == Mark.SHOWN) {
        marks[i] = Mark.HIDDEN;
      }
    }
    if (totalFixed) {
      marks[n] = Mark.SHOWN;
    }
    while (!safe(values, marks, threshold)) {
      int next = -1;
      for (int i = 0; i < n; i++) {
        if (marks[i] == Mark.SHOWN && (next < 0 || values[i] < values[next])) {
          next = i;
        }
      }
      if (next >= 0) {
        marks[next] = Mark.HIDDEN;
      } else if (marks[n] == Mark.SHOWN && !totalFixed) {
        marks[n] = Mark.HIDDEN;
      } else {
        for (int i = 0; i < n; i++) {
          marks[i] = Mark.HIDDEN;
        }
        break;
      }
    }
    return marks;
  }

  private static boolean small(long value, int threshold) {
    return value >= 1 && value < threshold;
  }

  /** Whether every small count has at least two values consistent with what the marks show. */
  static boolean safe(long[] values, Mark[] marks, int threshold) {
    for (int i = 0; i < values.length; i++) {
      if (small(values[i], threshold)) {
        long[] range = range(values, marks, threshold, i);
        if (range[1] - range[0] < 1) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * The values variable {@code i} (a cell, or the total at the last index) may take given what the
   * marks show: {@code [lo, hi]}.
   */
  public static long[] range(long[] values, Mark[] marks, int threshold, int i) {
    int n = values.length - 1;
    long[] lo = new long[n + 1];
    long[] hi = new long[n + 1];
    for (int j = 0; j <= n; j++) {
      switch (marks[j]) {
        case SHOWN -> {
          lo[j] = values[j];
          hi[j] = values[j];
        }
        case SMALL -> {
          lo[j] = 1;
          hi[j] = threshold - 1;
        }
        case HIDDEN -> {
          lo[j] = 0;
          hi[j] = INF;
        }
      }
    }
    if (i == n) {
      long sumLo = 0;
      long sumHi = 0;
      for (int j = 0; j < n; j++) {
        sumLo = add(sumLo, lo[j]);
        sumHi = add(sumHi, hi[j]);
      }
      return new long[] {Math.max(lo[n], sumLo), Math.min(hi[n], sumHi)};
    }
    long othersLo = 0;
    long othersHi = 0;
    for (int j = 0; j < n; j++) {
      if (j != i) {
        othersLo = add(othersLo, lo[j]);
        othersHi = add(othersHi, hi[j]);
      }
    }
    long from = hi[n] >= INF ? lo[i] : Math.max(lo[i], lo[n] - othersHi);
    long to = hi[n] >= INF ? hi[i] : Math.min(hi[i], hi[n] - othersLo);
    return new long[] {Math.max(from, lo[i]), to};
  }

  private static long add(long a, long b) {
    return Math.min(INF, a + b);
  }
}
