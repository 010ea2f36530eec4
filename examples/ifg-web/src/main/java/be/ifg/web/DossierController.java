package be.ifg.web;

import be.ifg.domain.DossierId;
import be.ifg.domain.Language;
import be.ifg.domain.ProfessionalId;
import be.ifg.domain.Purpose;
import be.ifg.domain.SessionId;
import be.ifg.workflow.ChainApproach;
import be.ifg.workflow.Command;
import be.ifg.workflow.DossierPage;
import be.ifg.workflow.DossierView;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The dossier page: the library's {@link ChainApproach#read read} and {@link ChainApproach#view
 * view} of the dossier for the signed-in actor and the chosen purpose, the lifecycle with the
 * current state marked, and the table's decisions on a registration (accept, decline). A refused
 * read shows the refusing rules and nothing of the dossier, with status 403, the same whether the
 * dossier exists or not.
 */
@Controller
class DossierController {
  private final ChainApproach chain;
  private final CommandRunner commands;

  DossierController(ChainApproach chain, CommandRunner commands) {
    this.chain = chain;
    this.commands = commands;
  }

  @GetMapping("/dossiers/{id}")
  String dossier(
      @Actors.SignedIn ProfessionalId actor,
      @PathVariable String id,
      @RequestParam(name = "purpose", required = false) @Nullable String purposeName,
      Locale locale,
      Model model,
      HttpServletResponse response) {
    DossierId dossier = Forms.dossier(id);
    Purpose purpose = purpose(purposeName);
    Language language = Texts.language(locale);
    DossierPage page = chain.read(actor, dossier, purpose);
    model.addAttribute("id", dossier.value());
    model.addAttribute("purpose", purpose);
    model.addAttribute("purposes", Arrays.asList(Purpose.values()));
    if (page instanceof DossierPage.Refused refused) {
      model.addAttribute("findings", refused.rules());
      return refusedPage(model, response);
    }
    DossierPage.Shown shown = (DossierPage.Shown) page;
    DossierView view = chain.view(actor, dossier, purpose);
    model.addAttribute("page", shown);
    model.addAttribute("view", view);
    model.addAttribute("summary", chain.status(actor, dossier).orElse(null));
    model.addAttribute(
        "lifecycle",
        LifecycleDiagram.svg(chain.lifecycle(), shown.header().state().orElse(null), language));
    model.addAttribute("sessions", chain.tableState().sessions());
    return "dossier";
  }

  /** Shows the refused page with status 403. */
  static String refusedPage(Model model, HttpServletResponse response) {
    response.setStatus(HttpStatus.FORBIDDEN.value());
    return "refused";
  }

  @PostMapping("/dossiers/{id}/accept")
  String accept(
      @Actors.SignedIn ProfessionalId actor,
      @PathVariable String id,
      @RequestParam(name = "session", required = false) @Nullable String session,
      Locale locale,
      RedirectAttributes redirect) {
    DossierId dossier = Forms.dossier(id);
    commands.dossier(actor, dossier, () -> new Command.Accept(session(session)), locale, redirect);
    return "redirect:/dossiers/" + dossier.value();
  }

  @PostMapping("/dossiers/{id}/decline")
  String decline(
      @Actors.SignedIn ProfessionalId actor,
      @PathVariable String id,
      @RequestParam(name = "reason", required = false) @Nullable String reason,
      @RequestParam(name = "advice", required = false) @Nullable String advice,
      @RequestParam(name = "session", required = false) @Nullable String session,
      Locale locale,
      RedirectAttributes redirect) {
    DossierId dossier = Forms.dossier(id);
    commands.dossier(
        actor,
        dossier,
        () -> new Command.Decline(Forms.required(reason), Forms.required(advice), session(session)),
        locale,
        redirect);
    return "redirect:/dossiers/" + dossier.value();
  }

  /** The purpose of a request; PLAN unless another is named. */
  static Purpose purpose(@Nullable String name) {
    if (name != null) {
      for (Purpose p : Purpose.values()) {
        if (p.name().equalsIgnoreCase(name)) {
          return p;
        }
      }
    }
    return Purpose.PLAN;
  }

  /** The session a decision is taken in, when the form names one. */
  static @Nullable SessionId session(@Nullable String value) {
    return Forms.text(value).map(SessionId::of).orElse(null);
  }
}
