package be.ifg.web;

import be.ifg.domain.DossierStatus;
import be.ifg.domain.Language;
import be.ifg.workflow.Lifecycle;
import com.google.common.html.HtmlEscapers;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The dossier lifecycle as an SVG drawn on the server: the states in the lifecycle's order, one box
 * each, the state-changing transitions as arcs on the right (each with its command as a tooltip),
 * and the current state marked. No script, no inline style: classes only, styled by the app's style
 * sheet, so the content security policy holds.
 */
final class LifecycleDiagram {
  private static final int BOX_W = 260;
  private static final int BOX_H = 28;
  private static final int GAP = 12;
  private static final int LEFT = 10;

  private LifecycleDiagram() {}

  /** The diagram, with {@code current} marked when it is known. */
  static String svg(Lifecycle lifecycle, @Nullable DossierStatus current, Language language) {
    List<DossierStatus> states = lifecycle.states();
    int height = states.size() * (BOX_H + GAP) + GAP;
    int width = LEFT + BOX_W + 40 + states.size() * 14;
    StringBuilder out = new StringBuilder();
    out.append(
            String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"lifecycle\" role=\"img\""
                    + " viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\">",
                width,
                height,
                width,
                height))
        .append("<title>")
        .append(escape(Texts.BOOK.text(language, "dossier.lifecycle")))
        .append("</title>");
    out.append(
        "<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"6\""
            + " markerHeight=\"6\" orient=\"auto-start-reverse\"><path d=\"M 0 0 L 10 5 L 0 10"
            + " z\" class=\"arrowhead\"/></marker></defs>");
    int lane = 0;
    for (Lifecycle.Transition t : lifecycle.transitions()) {
      if (!t.changesState() || t.from() == null) {
        continue;
      }
      int from = states.indexOf(t.from());
      int to = states.indexOf(t.to());
      int x = LEFT + BOX_W;
      int y1 = middle(from);
      int y2 = middle(to);
      int bulge = 20 + (lane++ % states.size()) * 6 + Math.abs(to - from) * 4;
      out.append(
              String.format(
                  Locale.ROOT,
                  "<path class=\"transition%s\" d=\"M %d %d C %d %d, %d %d, %d %d\""
                      + " marker-end=\"url(#arrow)\"><title>",
                  t.from() == current ? " from-current" : "",
                  x,
                  y1,
                  x + bulge,
                  y1,
                  x + bulge,
                  y2,
                  x,
                  y2))
          .append(escape(t.command()))
          .append("</title></path>");
    }
    for (int i = 0; i < states.size(); i++) {
      DossierStatus s = states.get(i);
      int y = GAP + i * (BOX_H + GAP);
      boolean marked = s == current;
      out.append(
              String.format(
                  Locale.ROOT,
                  "<g class=\"state%s%s\"><rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\""
                      + " rx=\"6\"/><text x=\"%d\" y=\"%d\">",
                  marked ? " current" : "",
                  s.isTerminal() ? " terminal" : "",
                  LEFT,
                  y,
                  BOX_W,
                  BOX_H,
                  LEFT + 10,
                  y + 19))
          .append(marked ? "▶ " : "")
          .append(escape(s.label(language)))
          .append("</text></g>");
    }
    return out.append("</svg>").toString();
  }

  private static int middle(int index) {
    return GAP + index * (BOX_H + GAP) + BOX_H / 2;
  }

  private static String escape(String text) {
    return HtmlEscapers.htmlEscaper().escape(text);
  }
}
