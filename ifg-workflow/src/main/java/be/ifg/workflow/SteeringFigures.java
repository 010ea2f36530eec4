package be.ifg.workflow;

import static com.google.common.base.Preconditions.checkNotNull;

import be.ifg.domain.DossierEvent;
import be.ifg.domain.DossierStatus;
import be.ifg.domain.SignalCategory;
import be.ifg.domain.TableEvent;
import be.ifg.persistence.RecordedEvent;
import be.ifg.workflow.internal.Suppression;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The steering group's figures as a {@link Projection}: for each dossier of the group's tables only
 * the compact facts a report needs — the states it entered and when, its decline category (never
 * the reason's text), its risk band at the start of case direction and at closure — and each policy
 * signal's category and time. A report reads these facts; it never folds a dossier.
 *
 * <p>Thread-safe: every method holds the projection's lock.
 */
final class SteeringFigures implements Projection {
  private static final DossierStatus[] STATES = DossierStatus.values();
  private static final long DAY = 86_400_000L;
  static final String NONE = "none";

  private final SteeringGroup group;
  private long position;
  private final Map<String, Facts> dossiers = new HashMap<>();
  private final List<SignalFact> signals = new ArrayList<>();
  private final TreeSet<String> bands = new TreeSet<>();

  SteeringFigures(SteeringGroup group) {
    this.group = checkNotNull(group, "group");
  }

  /** What a report needs of one dossier. */
  private static final class Facts {
    final String region;
    byte[] states = new byte[6];
    long[] at = new long[6];
    int n;
    @Nullable String decline;
    @Nullable String latestBand;
    @Nullable String bandAtWeighing;
    @Nullable String bandAtClosure;
    boolean directed;

    Facts(String region) {
      this.region = region;
    }

    void enter(DossierStatus state, Instant when) {
      if (n > 0 && states[n - 1] == state.ordinal()) {
        return;
      }
      if (n == states.length) {
        states = Arrays.copyOf(states, n * 2);
        at = Arrays.copyOf(at, n * 2);
      }
      states[n] = (byte) state.ordinal();
      at[n] = when.toEpochMilli();
      n++;
    }

    @Nullable DossierStatus current() {
      return n == 0 ? null : STATES[states[n - 1]];
    }
  }

  private record SignalFact(String region, SignalCategory category, long at) {}

  @Override
  public synchronized long position() {
    return position;
  }

  @Override
  public synchronized void apply(RecordedEvent event) {
    if (event.position() <= position) {
      return;
    }
    position = event.position();
    String region = event.stream().region().orElse(null);
    if (region == null || !group.oversees(region)) {
      return;
    }
    if (event.event() instanceof TableEvent.SignalRaised s) {
      signals.add(
          new SignalFact(region, s.signal().category(), s.signal().raisedAt().toEpochMilli()));
      return;
    }
    if (!(event.event() instanceof DossierEvent e)) {
      return;
    }
    String key = event.stream().value();
    Facts f = dossiers.get(key);
    if (f == null) {
      if (!(e instanceof DossierEvent.Registered)) {
        return;
      }
      f = new Facts(region);
      dossiers.put(key, f);
    }
    if (e instanceof DossierEvent.Registered r) {
      f.enter(DossierStatus.REGISTERED, r.at());
    } else if (e instanceof DossierEvent.Accepted a) {
      f.enter(DossierStatus.DOSSIER_BUILDING, a.at());
    } else if (e instanceof DossierEvent.Declined d) {
      f.decline = group.declineCategory(d.reason());
      f.enter(DossierStatus.NOT_ADMITTED, d.at());
    } else if (e instanceof DossierEvent.DossierCompleted c) {
      f.enter(DossierStatus.WEIGHING, c.at());
    } else if (e instanceof DossierEvent.Assessed a) {
      String band = a.assessment().finalBand();
      if (band != null) {
        f.latestBand = band;
        bands.add(band);
      }
    } else if (e instanceof DossierEvent.CaseDirectionStarted c) {
      if (!f.directed) {
        f.directed = true;
        f.bandAtWeighing = f.latestBand;
      }
      f.enter(DossierStatus.CASE_DIRECTION, c.at());
    } else if (e instanceof DossierEvent.IncidentReported i) {
      if (f.current() == DossierStatus.FOLLOW_UP) {
        f.enter(DossierStatus.CASE_DIRECTION, i.at());
      }
    } else if (e instanceof DossierEvent.Concluded c) {
      f.enter(DossierStatus.FOLLOW_UP, c.at());
    } else if (e instanceof DossierEvent.Closed c) {
      f.bandAtClosure = f.latestBand;
      f.enter(DossierStatus.CLOSED, c.at());
    } else if (e instanceof DossierEvent.Withdrawn w) {
      f.enter(DossierStatus.WITHDRAWN, w.at());
    }
  }

  @Override
  public synchronized void reset() {
    position = 0;
    dossiers.clear();
    signals.clear();
    bands.clear();
  }

  /** How many dossiers the projection keeps facts of. */
  synchronized int size() {
    return dossiers.size();
  }

  /**
   * The report over the days {@code from} to {@code to} (both included, in the zone's days).
   *
   * @param threshold the smallest count shown, at least 3
   */
  synchronized SteeringReport report(LocalDate from, LocalDate to, ZoneId zone, int threshold) {
    long a = from.atStartOfDay(zone).toInstant().toEpochMilli();
    long b = to.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
    long inflow = 0;
    long reopenings = 0;
    Map<String, Long> outflow =
        keys(DossierStatus.NOT_ADMITTED, DossierStatus.CLOSED, DossierStatus.WITHDRAWN);
    Map<String, Long> states = keys(STATES);
    Map<String, Long> declines = new LinkedHashMap<>();
    group.declineCategories().keySet().forEach(k -> declines.put(k, 0L));
    declines.put(SteeringGroup.OTHER, 0L);
    Map<String, Long> atWeighing = bandKeys();
    Map<String, Long> atClosure = bandKeys();
    Map<DossierStatus, List<Long>> durations = new LinkedHashMap<>();
    for (DossierStatus p : phases()) {
      durations.put(p, new ArrayList<>());
    }
    for (Facts f : dossiers.values()) {
      if (f.at[0] >= b) {
        continue;
      }
      if (f.at[0] >= a) {
        inflow++;
      }
      DossierStatus last = STATES[f.states[0]];
      boolean firstDirection = true;
      for (int i = 0; i < f.n; i++) {
        DossierStatus s = STATES[f.states[i]];
        long t = f.at[i];
        if (t >= b) {
          break;
        }
        last = s;
        boolean in = t >= a;
        if (i > 0 && in) {
          DossierStatus left = STATES[f.states[i - 1]];
          List<Long> d = durations.get(left);
          if (d != null) {
            d.add((t - f.at[i - 1]) / DAY);
          }
          if (left == DossierStatus.FOLLOW_UP && s == DossierStatus.CASE_DIRECTION) {
            reopenings++;
          }
        }
        if (s == DossierStatus.CASE_DIRECTION) {
          if (firstDirection && in) {
            atWeighing.merge(band(f.bandAtWeighing), 1L, Long::sum);
          }
          firstDirection = false;
        }
        if (in && s.isTerminal()) {
          outflow.merge(s.name(), 1L, Long::sum);
          if (s == DossierStatus.NOT_ADMITTED) {
            declines.merge(f.decline == null ? SteeringGroup.OTHER : f.decline, 1L, Long::sum);
          } else if (s == DossierStatus.CLOSED) {
            atClosure.merge(band(f.bandAtClosure), 1L, Long::sum);
          }
        }
      }
      states.merge(last.name(), 1L, Long::sum);
    }
    Map<String, Long> byCategory = keys(SignalCategory.values());
    for (SignalFact s : signals) {
      if (s.at() >= a && s.at() < b) {
        byCategory.merge(s.category().name(), 1L, Long::sum);
      }
    }
    Map<SteeringReport.Measure, Map<String, Long>> raw =
        new EnumMap<>(SteeringReport.Measure.class);
    raw.put(SteeringReport.Measure.INFLOW, Map.of("REGISTERED", inflow));
    raw.put(SteeringReport.Measure.OUTFLOW, outflow);
    raw.put(SteeringReport.Measure.STATES, states);
    raw.put(SteeringReport.Measure.DECLINE_REASONS, declines);
    raw.put(SteeringReport.Measure.REOPENINGS, Map.of("REOPENED", reopenings));
    raw.put(SteeringReport.Measure.RISK_AT_WEIGHING, atWeighing);
    raw.put(SteeringReport.Measure.RISK_AT_CLOSURE, atClosure);
    List<SteeringReport.Figures> figures = new ArrayList<>(linkedSuppression(raw, threshold));
    figures.add(shown(byCategory));
    List<SteeringReport.PhaseTime> times = new ArrayList<>();
    durations.forEach((phase, d) -> times.add(time(phase, d, threshold)));
    return new SteeringReport(
        group.name(),
        List.copyOf(new TreeSet<>(group.regions())),
        from,
        to,
        threshold,
        figures,
        times);
  }

  /** The key of a group's total in {@link #LINKS}. */
  private static final String TOTAL = "";

  /**
   * Counts of two groups that may be equal: a dossier that left the chain approach in the period is
   * in that end state at the period's end (equal when no earlier dossier ended so, as in a table's
   * first year), and the dossiers registered in the period are all the table's dossiers in its
   * first year. One of them shown would give the other away where it is suppressed.
   */
  private static final List<Link> LINKS =
      List.of(
          new Link(
              SteeringReport.Measure.OUTFLOW, "CLOSED", SteeringReport.Measure.STATES, "CLOSED"),
          new Link(
              SteeringReport.Measure.OUTFLOW,
              "NOT_ADMITTED",
              SteeringReport.Measure.STATES,
              "NOT_ADMITTED"),
          new Link(
              SteeringReport.Measure.OUTFLOW,
              "WITHDRAWN",
              SteeringReport.Measure.STATES,
              "WITHDRAWN"),
          new Link(
              SteeringReport.Measure.INFLOW, "REGISTERED", SteeringReport.Measure.STATES, TOTAL));

  /** Two counts, each a cell (by key) or the total ({@link #TOTAL}) of a group. */
  private record Link(
      SteeringReport.Measure measure, String key, SteeringReport.Measure other, String otherKey) {}

  /**
   * Suppresses every group, then hides a count wherever a count it may equal is suppressed in
   * another group (and suppresses that group again around it), until no link is shown on one side
   * and suppressed on the other. The groups only ever hide more, so this ends.
   */
  private static List<SteeringReport.Figures> linkedSuppression(
      Map<SteeringReport.Measure, Map<String, Long>> raw, int threshold) {
    Map<SteeringReport.Measure, Set<String>> hide = new EnumMap<>(SteeringReport.Measure.class);
    raw.keySet().forEach(m -> hide.put(m, new HashSet<>()));
    while (true) {
      Map<SteeringReport.Measure, SteeringReport.Figures> f =
          new EnumMap<>(SteeringReport.Measure.class);
      for (Map.Entry<SteeringReport.Measure, Map<String, Long>> e : raw.entrySet()) {
        SteeringReport.@Nullable Count linked =
            switch (e.getKey()) {
              case DECLINE_REASONS ->
                  f.get(SteeringReport.Measure.OUTFLOW).cell(DossierStatus.NOT_ADMITTED.name());
              case RISK_AT_CLOSURE ->
                  f.get(SteeringReport.Measure.OUTFLOW).cell(DossierStatus.CLOSED.name());
              default -> null;
            };
        f.put(
            e.getKey(),
            suppressed(e.getKey(), e.getValue(), threshold, linked, hide.get(e.getKey())));
      }
      boolean changed = false;
      for (Link l : LINKS) {
        boolean one = isSuppressed(f.get(l.measure()), l.key());
        boolean other = isSuppressed(f.get(l.other()), l.otherKey());
        if (one && !other) {
          changed |= hide.get(l.other()).add(l.otherKey());
        } else if (other && !one) {
          changed |= hide.get(l.measure()).add(l.key());
        }
      }
      if (!changed) {
        return List.copyOf(f.values());
      }
    }
  }

  private static boolean isSuppressed(SteeringReport.Figures f, String key) {
    SteeringReport.Count c = key.equals(TOTAL) ? f.total() : f.cell(key);
    return c instanceof SteeringReport.Suppressed;
  }

  /** The phases a dossier spends time in before it leaves the chain approach. */
  static List<DossierStatus> phases() {
    return List.of(
        DossierStatus.REGISTERED,
        DossierStatus.DOSSIER_BUILDING,
        DossierStatus.WEIGHING,
        DossierStatus.CASE_DIRECTION,
        DossierStatus.FOLLOW_UP);
  }

  private static String band(@Nullable String band) {
    return band == null ? NONE : band;
  }

  private Map<String, Long> bandKeys() {
    Map<String, Long> m = new LinkedHashMap<>();
    bands.forEach(k -> m.put(k, 0L));
    m.put(NONE, 0L);
    return m;
  }

  private static Map<String, Long> keys(Enum<?>... values) {
    Map<String, Long> m = new LinkedHashMap<>();
    for (Enum<?> v : values) {
      m.put(v.name(), 0L);
    }
    return m;
  }

  /**
   * Suppresses a group; {@code linked} is the count of another group this group's total equals: a
   * shown one fixes the total here, a suppressed one hides the whole group.
   */
  static SteeringReport.Figures suppressed(
      SteeringReport.Measure measure,
      Map<String, Long> counts,
      int threshold,
      SteeringReport.@Nullable Count linked) {
    return suppressed(measure, counts, threshold, linked, Set.of());
  }

  /**
   * Suppresses a group as {@link #suppressed(SteeringReport.Measure, Map, int,
   * SteeringReport.Count)} does, never showing the counts named in {@code hide} (cell keys, or
   * {@link #TOTAL}).
   */
  static SteeringReport.Figures suppressed(
      SteeringReport.Measure measure,
      Map<String, Long> counts,
      int threshold,
      SteeringReport.@Nullable Count linked,
      Set<String> hide) {
    List<String> keys = new ArrayList<>(counts.keySet());
    long[] values = new long[keys.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = counts.get(keys.get(i));
    }
    List<SteeringReport.Cell> cells = new ArrayList<>();
    if (linked instanceof SteeringReport.Suppressed) {
      SteeringReport.Count hidden = new SteeringReport.Suppressed(SteeringReport.Mark.HIDDEN);
      keys.forEach(k -> cells.add(new SteeringReport.Cell(k, hidden)));
      return new SteeringReport.Figures(measure, hidden, cells);
    }
    boolean[] hidden = new boolean[values.length + 1];
    for (int i = 0; i < values.length; i++) {
      hidden[i] = hide.contains(keys.get(i));
    }
    hidden[values.length] = hide.contains(TOTAL);
    Suppression.Mark[] marks = Suppression.suppress(values, threshold, linked != null, hidden);
    long total = Arrays.stream(values).sum();
    for (int i = 0; i < values.length; i++) {
      cells.add(new SteeringReport.Cell(keys.get(i), count(values[i], marks[i])));
    }
    return new SteeringReport.Figures(measure, count(total, marks[values.length]), cells);
  }

  private static SteeringReport.Count count(long value, Suppression.Mark mark) {
    return switch (mark) {
      case SHOWN -> new SteeringReport.Shown(value);
      case SMALL -> new SteeringReport.Suppressed(SteeringReport.Mark.SMALL);
      case HIDDEN -> new SteeringReport.Suppressed(SteeringReport.Mark.HIDDEN);
    };
  }

  private static SteeringReport.Figures shown(Map<String, Long> counts) {
    List<SteeringReport.Cell> cells = new ArrayList<>();
    counts.forEach((k, v) -> cells.add(new SteeringReport.Cell(k, new SteeringReport.Shown(v))));
    long total = counts.values().stream().mapToLong(Long::longValue).sum();
    return new SteeringReport.Figures(
        SteeringReport.Measure.SIGNALS, new SteeringReport.Shown(total), cells);
  }

  private static SteeringReport.PhaseTime time(
      DossierStatus phase, List<Long> days, int threshold) {
    if (days.size() < threshold) {
      return new SteeringReport.PhaseTime(phase, null, null);
    }
    long[] sorted = days.stream().mapToLong(Long::longValue).sorted().toArray();
    return new SteeringReport.PhaseTime(phase, rank(sorted, 50), rank(sorted, 90));
  }

  /** The nearest-rank percentile: the smallest value with at least p% of the values at or below. */
  static long rank(long[] sorted, int percent) {
    int r = (int) Math.ceil(percent / 100.0 * sorted.length);
    return sorted[Math.max(0, r - 1)];
  }
}
