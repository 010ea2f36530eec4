package be.ifg.web;

import be.ifg.workflow.SteeringReport;
import com.google.common.html.HtmlEscapers;
import java.util.List;
import java.util.Locale;

/**
 * Horizontal bar charts as SVG drawn on the server, for the steering report: one bar per count, its
 * label on the left and the count as the report shows it on the right. A shown count's bar is as
 * long as its share of the largest shown count; a suppressed count ("&lt; 5" or "x") is drawn as a
 * grey bar of one fixed length whatever it hides — the report carries no value for it, and the
 * chart has none to give away. No script, no inline style: classes only ({@code .chart .bar},
 * {@code .chart .suppressed}), so the content security policy holds.
 */
final class Charts {
  static final int LABEL_W = 220;
  static final int BAR_W = 320;
  static final int ROW_H = 22;
  static final int TEXT_W = 60;

  /** The length of every suppressed count's bar, the same whatever the count. */
  static final int SUPPRESSED_W = 16;

  private Charts() {}

  /**
   * One bar of a chart.
   *
   * @param label what it counts, in the page's language
   * @param count the count as the report gives it
   */
  record Bar(String label, SteeringReport.Count count) {}

  /** The chart of the bars, titled; counts written as the report writes them. */
  static String bars(String title, List<Bar> bars, int threshold) {
    long max = 1;
    for (Bar b : bars) {
      if (b.count() instanceof SteeringReport.Shown s) {
        max = Math.max(max, s.count());
      }
    }
    int width = LABEL_W + BAR_W + TEXT_W;
    int height = Math.max(1, bars.size()) * ROW_H + 4;
    StringBuilder out = new StringBuilder();
    out.append(
            String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\""
                    + " viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\">",
                width,
                height,
                width,
                height))
        .append("<title>")
        .append(escape(title))
        .append("</title>");
    for (int i = 0; i < bars.size(); i++) {
      Bar b = bars.get(i);
      int y = 2 + i * ROW_H;
      boolean suppressed = b.count() instanceof SteeringReport.Suppressed;
      int length =
          suppressed
              ? SUPPRESSED_W
              : (int) Math.round(((SteeringReport.Shown) b.count()).count() * (double) BAR_W / max);
      out.append("<g class=\"row\"><text class=\"label\" x=\"0\" y=\"")
          .append(y + 15)
          .append("\">")
          .append(escape(b.label()))
          .append("</text>");
      out.append(
          String.format(
              Locale.ROOT,
              "<rect class=\"%s\" x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\"/>",
              suppressed ? "suppressed" : "bar",
              LABEL_W,
              y + 3,
              length,
              ROW_H - 6));
      out.append("<text class=\"count\" x=\"")
          .append(LABEL_W + length + 6)
          .append("\" y=\"")
          .append(y + 15)
          .append("\">")
          .append(escape(b.count().text(threshold)))
          .append("</text></g>");
    }
    return out.append("</svg>").toString();
  }

  private static String escape(String text) {
    return HtmlEscapers.htmlEscaper().escape(text);
  }
}
