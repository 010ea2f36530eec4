package be.ifg.web;

import be.ifg.domain.DossierStatus;
import be.ifg.domain.Language;
import be.ifg.domain.ProfessionalId;
import be.ifg.domain.SignalCategory;
import be.ifg.workflow.SteeringReport;
import be.ifg.workflow.SteeringReports;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The steering report: for a reader of a steering group, the group's figures over a period (the
 * last twelve months unless chosen) as tables and as bar charts drawn on the server ({@link
 * Charts}); suppressed counts stay marks ("&lt; 5", "x"), never their value. Whoever is not a
 * reader gets the library's empty answer, shown as one neutral page, the same for everybody. The
 * groups' {@link SteeringReports} come from the wiring ({@code ChainConfiguration}).
 */
@Controller
class SteeringController {
  private final List<SteeringReports> reports;
  private final Clock clock;

  SteeringController(List<SteeringReports> reports, Clock clock) {
    this.clock = clock;
    this.reports = reports;
  }

  /** One row of a measure's table. */
  record Row(String key, String label, String text, boolean suppressed) {}

  /** A measure as the page shows it: its table and its chart. */
  record Measure(String id, String label, List<Row> rows, String total, String chart) {}

  /** A phase's time as the page shows it. */
  record Phase(String label, @Nullable Long median, @Nullable Long p90) {}

  /** A group's report as the page shows it. */
  record Shown(
      String group,
      List<String> regions,
      int threshold,
      List<Measure> measures,
      List<Phase> phases) {}

  @GetMapping("/steering")
  String steering(
      @Actors.SignedIn ProfessionalId actor,
      @RequestParam(name = "from", required = false) @Nullable String fromText,
      @RequestParam(name = "to", required = false) @Nullable String toText,
      Locale locale,
      Model model,
      HttpServletResponse response) {
    Language language = Texts.language(locale);
    LocalDate today = LocalDate.now(clock);
    LocalDate to;
    LocalDate from;
    try {
      to = Forms.text(toText).map(LocalDate::parse).orElse(today);
      from = Forms.text(fromText).map(LocalDate::parse).orElse(to.minusYears(1).plusDays(1));
    } catch (DateTimeParseException e) {
      return problem(model, response, Texts.BOOK.text(language, "steering.badDate"), today);
    }
    if (to.isBefore(from)) {
      return problem(model, response, Texts.BOOK.text(language, "steering.badPeriod"), today);
    }
    model.addAttribute("from", from);
    model.addAttribute("to", to);
    List<Shown> shown = new ArrayList<>();
    for (SteeringReports r : reports) {
      Optional<SteeringReport> report = r.report(actor, from, to);
      report.ifPresent(rep -> shown.add(shown(rep, language)));
    }
    model.addAttribute("reports", shown);
    return "steering";
  }

  private static String problem(
      Model model, HttpServletResponse response, String message, LocalDate today) {
    response.setStatus(HttpStatus.BAD_REQUEST.value());
    model.addAttribute("problem", message);
    model.addAttribute("from", today.minusYears(1).plusDays(1));
    model.addAttribute("to", today);
    model.addAttribute("reports", List.of());
    return "steering";
  }

  private static Shown shown(SteeringReport report, Language language) {
    List<Measure> measures = new ArrayList<>();
    for (SteeringReport.Figures f : report.figures()) {
      String label = Texts.BOOK.text(language, "steering.measure." + f.measure().name());
      List<Row> rows = new ArrayList<>();
      List<Charts.Bar> bars = new ArrayList<>();
      for (SteeringReport.Cell c : f.cells()) {
        String cellLabel = label(c.key(), f.measure(), language);
        boolean suppressed = c.count() instanceof SteeringReport.Suppressed;
        rows.add(new Row(c.key(), cellLabel, c.count().text(report.threshold()), suppressed));
        bars.add(new Charts.Bar(cellLabel, c.count()));
      }
      measures.add(
          new Measure(
              f.measure().name(),
              label,
              rows,
              f.total().text(report.threshold()),
              Charts.bars(label, bars, report.threshold())));
    }
    List<Phase> phases =
        report.phases().stream()
            .map(p -> new Phase(p.phase().label(language), p.medianDays(), p.p90Days()))
            .toList();
    return new Shown(report.group(), report.regions(), report.threshold(), measures, phases);
  }

  /** A cell's key in words: a state, a signal category, none or other; a band as it is. */
  static String label(String key, SteeringReport.Measure measure, Language language) {
    if (measure == SteeringReport.Measure.SIGNALS) {
      for (SignalCategory c : SignalCategory.values()) {
        if (c.name().equals(key)) {
          return c.label(language);
        }
      }
    }
    for (DossierStatus s : DossierStatus.values()) {
      if (s.name().equals(key)) {
        return s.label(language);
      }
    }
    String word = "steering.key." + key;
    return Texts.BOOK.has(word) ? Texts.BOOK.text(language, word) : key;
  }
}
