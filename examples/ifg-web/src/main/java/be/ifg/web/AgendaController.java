package be.ifg.web;

import be.ifg.domain.DossierId;
import be.ifg.domain.Language;
import be.ifg.domain.ProfessionalId;
import be.ifg.workflow.AgendaEntry;
import be.ifg.workflow.ChainApproach;
import be.ifg.workflow.Command;
import be.ifg.workflow.DossierSummary;
import be.ifg.workflow.TableState;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * My agenda: what is due and overdue, per dossier, the dossiers I may list, and the table's
 * sessions; and the pledge of shared professional secrecy for a member who has not signed it.
 */
@Controller
class AgendaController {
  private final ChainApproach chain;
  private final Clock clock;

  AgendaController(ChainApproach chain, Clock clock) {
    this.chain = chain;
    this.clock = clock;
  }

  /**
   * How many dossiers the agenda lists per page: each listed dossier's summary is one question to
   * the library (and one entry of the disclosure log), so a table with many dossiers is paged
   * rather than asked about all of them on every visit (issue 16).
   */
  static final int DOSSIERS_PER_PAGE = 20;

  /** A dossier as the agenda lists it: its id and, if the actor may know it, its summary. */
  record Listed(DossierId id, Optional<DossierSummary> summary) {}

  @GetMapping("/")
  String agenda(
      @Actors.SignedIn ProfessionalId actor,
      @RequestParam(name = "page", required = false) @Nullable String page,
      Model model) {
    LocalDate today = LocalDate.now(clock);
    List<AgendaEntry> entries = chain.agenda(actor, today);
    List<DossierId> all = chain.dossiers(actor);
    int pages = Math.max(1, (all.size() + DOSSIERS_PER_PAGE - 1) / DOSSIERS_PER_PAGE);
    int shown = Math.min(pages, Math.max(1, pageNumber(page)));
    List<Listed> dossiers =
        all
            .subList(
                (shown - 1) * DOSSIERS_PER_PAGE, Math.min(all.size(), shown * DOSSIERS_PER_PAGE))
            .stream()
            .map(d -> new Listed(d, chain.status(actor, d)))
            .toList();
    model.addAttribute("today", today);
    model.addAttribute("entries", entries);
    model.addAttribute("dossiers", dossiers);
    model.addAttribute("dossierPage", shown);
    model.addAttribute("dossierPages", pages);
    TableState table = chain.tableState();
    model.addAttribute("sessions", table.hasStanding(actor) ? table.sessions() : List.of());
    model.addAttribute("mayPledge", table.isMember(actor) && !table.hasPledged(actor));
    return "agenda";
  }

  /** The page of the dossier list a request asks for; the first for none or a malformed one. */
  static int pageNumber(@Nullable String page) {
    if (page == null || page.isBlank() || page.length() > 6) {
      return 1;
    }
    try {
      return Integer.parseInt(page.trim());
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  @PostMapping("/pledge")
  String pledge(@Actors.SignedIn ProfessionalId actor, Locale locale, RedirectAttributes redirect) {
    Language language = Texts.language(locale);
    Outcomes.flash(
        chain.handle(actor, new Command.SignPledge()),
        Texts.BOOK.text(language, "agenda.pledge.sign"),
        language,
        redirect);
    return "redirect:/";
  }
}
