package be.ifg.web.load;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/** What the virtual users measured: one sample per request, and the table made of them. */
final class Figures {
  /** One request: which page, its status (0 for an exception), how long, whether it was right. */
  record Sample(String page, boolean write, int status, long nanos, boolean ok, String problem) {}

  /** One row of the table. */
  record Row(
      String page,
      int requests,
      int errors,
      double p50,
      double p95,
      double p99,
      double max,
      double perSecond) {}

  private final Collection<Sample> samples = new ConcurrentLinkedQueue<>();

  void add(Sample s) {
    samples.add(s);
  }

  List<Sample> samples() {
    return List.copyOf(samples);
  }

  List<Sample> problems() {
    return samples.stream().filter(s -> !s.ok()).toList();
  }

  /** The rows: per page, then all pages read (GET), then every request. */
  List<Row> rows(double seconds) {
    Map<String, List<Sample>> byPage = new TreeMap<>();
    for (Sample s : samples) {
      byPage.computeIfAbsent(s.page(), p -> new ArrayList<>()).add(s);
    }
    Map<String, List<Sample>> all = new LinkedHashMap<>(byPage);
    all.put("all pages (GET)", samples.stream().filter(s -> !s.write()).toList());
    all.put("all requests", List.copyOf(samples));
    List<Row> rows = new ArrayList<>();
    all.forEach((page, list) -> rows.add(row(page, list, seconds)));
    return rows;
  }

  private static Row row(String page, List<Sample> list, double seconds) {
    long[] nanos = list.stream().mapToLong(Sample::nanos).sorted().toArray();
    int errors = (int) list.stream().filter(s -> !s.ok()).count();
    return new Row(
        page,
        nanos.length,
        errors,
        ms(percentile(nanos, 50)),
        ms(percentile(nanos, 95)),
        ms(percentile(nanos, 99)),
        ms(nanos.length == 0 ? 0 : nanos[nanos.length - 1]),
        nanos.length / seconds);
  }

  /** The nearest-rank percentile of sorted values. */
  static long percentile(long[] sorted, int p) {
    if (sorted.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
  }

  private static double ms(long nanos) {
    return nanos / 1_000_000.0;
  }

  /** The table in Markdown. */
  static String markdown(List<Row> rows) {
    StringBuilder b = new StringBuilder();
    b.append("| page | requests | errors | p50 ms | p95 ms | p99 ms | max ms | per second |\n");
    b.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
    for (Row r : rows) {
      b.append(
          String.format(
              Locale.ROOT,
              "| %s | %d | %d | %.1f | %.1f | %.1f | %.1f | %.1f |%n",
              r.page(),
              r.requests(),
              r.errors(),
              r.p50(),
              r.p95(),
              r.p99(),
              r.max(),
              r.perSecond()));
    }
    return b.toString();
  }
}
