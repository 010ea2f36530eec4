package be.ifg.workflow;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import be.ifg.domain.DossierStatus;
import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A steering group's figures over a period: counts in groups, each with its total, and the time
 * dossiers spent per phase — never anything of one dossier. Every count from 1 to {@code threshold
 * - 1} is suppressed (shown as "&lt; threshold"), and further counts are hidden ("x") so that no
 * suppressed count can be worked out from a group's total and its shown cells (docs/steering.md
 * states the guarantee and its limits). Immutable and thread-safe.
 *
 * @param group the steering group's name
 * @param regions the regions of the tables it covers, in name order
 * @param from the first day of the period
 * @param to the last day of the period (included)
 * @param threshold the smallest count shown
 * @param figures the groups of counts, one per {@link Measure}, in the order of the enum
 * @param phases the time spent per phase, one per phase in lifecycle order
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record SteeringReport(
    String group,
    List<String> regions,
    LocalDate from,
    LocalDate to,
    int threshold,
    List<Figures> figures,
    List<PhaseTime> phases) {

  /** Validates the report. */
  public SteeringReport {
    checkNotNull(group, "group");
    regions = ImmutableList.copyOf(regions);
    checkArgument(!to.isBefore(from), "the period ends before it starts: %s > %s", from, to);
    checkArgument(threshold >= 3, "threshold must be >= 3: %s", threshold);
    figures = ImmutableList.copyOf(figures);
    phases = ImmutableList.copyOf(phases);
  }

  /** The group of counts of a measure. */
  public Figures figures(Measure measure) {
    return figures.stream()
        .filter(f -> f.measure() == measure)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no figures for " + measure));
  }

  /** What a group of counts counts. */
  @API(status = EXPERIMENTAL, since = "0.2")
  public enum Measure {
    /** Dossiers registered in the period: one cell. */
    INFLOW,
    /** Dossiers that left the chain approach in the period, by the state they ended in. */
    OUTFLOW,
    /** Dossiers registered before the period's end, by their state at its end. */
    STATES,
    /**
     * Registrations declined in the period, by the group's decline category; its total is the
     * outflow's {@code NOT_ADMITTED}.
     */
    DECLINE_REASONS,
    /** Times a dossier in follow-up went back to case direction in the period: one cell. */
    REOPENINGS,
    /**
     * Dossiers whose case direction started in the period, by the risk band of the last complete
     * assessment before it ({@code none} without one).
     */
    RISK_AT_WEIGHING,
    /**
     * Dossiers closed in the period, by the risk band of their last complete assessment; its total
     * is the outflow's {@code CLOSED}.
     */
    RISK_AT_CLOSURE,
    /**
     * Policy signals raised in the period, by category: never suppressed, since signals concern
     * bottlenecks, not families, and the readers read each signal.
     */
    SIGNALS
  }

  /** A count as the report shows it: its value, or a mark. */
  @API(status = EXPERIMENTAL, since = "0.2")
  public sealed interface Count permits Shown, Suppressed {
    /** The value, if shown. */
    Optional<Long> value();

    /** The count as text: the value, "&lt; threshold" or "x". */
    String text(int threshold);
  }

  /**
   * A count shown as it is.
   *
   * @param count the count
   */
  @API(status = EXPERIMENTAL, since = "0.2")
  public record Shown(long count) implements Count {
    /** Validates the count. */
    public Shown {
      checkArgument(count >= 0, "a count must be >= 0: %s", count);
    }

    @Override
    public Optional<Long> value() {
      return Optional.of(count);
    }

    @Override
    public String text(int threshold) {
      return Long.toString(count);
    }
  }

  /**
   * A count not shown; it carries no value.
   *
   * @param mark why
   */
  @API(status = EXPERIMENTAL, since = "0.2")
  public record Suppressed(Mark mark) implements Count {
    /** Validates the mark. */
    public Suppressed {
      checkNotNull(mark, "mark");
    }

    @Override
    public Optional<Long> value() {
      return Optional.empty();
    }

    @Override
    public String text(int threshold) {
      return mark == Mark.SMALL ? "< " + threshold : "x";
    }
  }

  /** Why a count is not shown. */
  @API(status = EXPERIMENTAL, since = "0.2")
  public enum Mark {
    /** Primary: the count lies in 1 .. threshold - 1. Shown as "&lt; threshold". */
    SMALL,
    /**
     * Complementary: hidden so that a small count cannot be worked out from the others; it may be
     * any count, 0 included. Shown as "x".
     */
    HIDDEN
  }

  /**
   * One count of a group.
   *
   * @param key what it counts: a state's name, a category, a band, or {@code none}/{@code other}
   * @param count the count
   */
  @API(status = EXPERIMENTAL, since = "0.2")
  public record Cell(String key, Count count) {
    /** Validates the cell. */
    public Cell {
      checkNotNull(key, "key");
      checkNotNull(count, "count");
    }
  }

  /**
   * The counts of one measure with their total.
   *
   * @param measure what is counted
   * @param total the sum of the cells
   * @param cells the cells
   */
  @API(status = EXPERIMENTAL, since = "0.2")
  public record Figures(Measure measure, Count total, List<Cell> cells) {
    /** Validates the group. */
    public Figures {
      checkNotNull(measure, "measure");
      checkNotNull(total, "total");
      cells = ImmutableList.copyOf(cells);
    }

    /** The count of a key; a key the group does not have counts 0. */
    public Count cell(String key) {
      return cells.stream()
          .filter(c -> c.key().equals(key))
          .map(Cell::count)
          .findFirst()
          .orElse(new Shown(0));
    }
  }

  /**
   * The days dossiers spent in one phase, over the dossiers that left it in the period: the median
   * and the 90th percentile (nearest rank, whole days). Both are left out ({@code null}) when fewer
   * dossiers than the threshold left the phase, so that a figure never describes a small group.
   *
   * @param phase the phase
   * @param medianDays the median, or {@code null} when suppressed
   * @param p90Days the 90th percentile, or {@code null} when suppressed
   */
  @API(status = EXPERIMENTAL, since = "0.2")
  public record PhaseTime(DossierStatus phase, @Nullable Long medianDays, @Nullable Long p90Days) {
    /** Validates the figure. */
    public PhaseTime {
      checkNotNull(phase, "phase");
      checkArgument(
          (medianDays == null) == (p90Days == null), "median and p90 are shown or left out both");
    }

    /** Whether the figures are shown. */
    public boolean shown() {
      return medianDays != null;
    }
  }
}
