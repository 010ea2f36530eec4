package be.ifg.web;

import be.ifg.domain.Language;
import be.ifg.domain.ProfessionalId;
import be.ifg.workflow.ChainApproach;
import be.ifg.workflow.LogVerification;
import be.ifg.workflow.TableLogEntry;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The disclosure log for the table's coordinator: this table's part of it as the library answers it
 * ({@link ChainApproach#disclosureLog}: the coordinator with standing only, without items or other
 * tables), newest first, and whether the log's hash chain holds ({@link
 * ChainApproach#verifyLog()}). Anybody else gets the library's empty answer, shown as one neutral
 * page, and no verification.
 */
@Controller
class LogController {
  /** How many entries the page shows, newest first. */
  static final int SHOWN = 500;

  private final ChainApproach chain;
  private final Clock clock;

  LogController(ChainApproach chain, Clock clock) {
    this.chain = chain;
    this.clock = clock;
  }

  /** An entry as the page shows it, in the page's language. */
  record Line(
      long position,
      ZonedDateTime at,
      String actor,
      @Nullable String dossier,
      String action,
      String purpose,
      String outcome,
      String outcomeCode,
      List<String> rules) {}

  @GetMapping("/log")
  String log(@Actors.SignedIn ProfessionalId actor, Locale locale, Model model) {
    Language language = Texts.language(locale);
    List<TableLogEntry> entries = chain.disclosureLog(actor);
    List<Line> lines = new ArrayList<>();
    for (TableLogEntry e : entries) {
      String outcomeCode = e.aboutItem() ? "ITEM" : String.valueOf(e.outcome());
      lines.add(
          new Line(
              e.position(),
              e.at().atZone(clock.getZone()),
              e.actor().value(),
              e.dossierId().map(d -> d.value()).orElse(null),
              word(language, "log.action.", e.action()),
              e.purpose().label(language),
              word(language, "log.outcome.", outcomeCode),
              outcomeCode,
              e.rules()));
    }
    Collections.reverse(lines);
    model.addAttribute("total", lines.size());
    model.addAttribute("lines", lines.size() > SHOWN ? lines.subList(0, SHOWN) : lines);
    model.addAttribute("shown", SHOWN);
    if (!entries.isEmpty()) {
      LogVerification v = chain.verifyLog();
      model.addAttribute("intact", v.isIntact());
      if (v instanceof LogVerification.Broken broken) {
        model.addAttribute(
            "broken", Texts.BOOK.text(language, "log.broken", broken.sequence(), broken.reason()));
      }
    }
    return "log";
  }

  /** The app's word for a code of the library, or the code itself when the app has none. */
  private static String word(Language language, String prefix, String code) {
    String key = prefix + code;
    return Texts.BOOK.has(key) ? Texts.BOOK.text(language, key) : code;
  }
}
