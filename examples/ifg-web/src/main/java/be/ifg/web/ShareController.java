package be.ifg.web;

import be.ifg.domain.DossierId;
import be.ifg.domain.InformationCategory;
import be.ifg.domain.ItemId;
import be.ifg.domain.Language;
import be.ifg.domain.PartnerId;
import be.ifg.domain.Party;
import be.ifg.domain.PartyId;
import be.ifg.domain.ProfessionalId;
import be.ifg.domain.Purpose;
import be.ifg.domain.RequestId;
import be.ifg.workflow.AgendaEntry;
import be.ifg.workflow.AgendaKind;
import be.ifg.workflow.ChainApproach;
import be.ifg.workflow.Command;
import be.ifg.workflow.CommandDeclaration;
import be.ifg.workflow.Commands;
import be.ifg.workflow.DossierPage;
import be.ifg.workflow.DossierSummary;
import be.ifg.workflow.DossierView;
import be.ifg.workflow.InformingStatus;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Sharing information and requests in a dossier: the items the actor may see (and those withheld,
 * without content), the open requests with their answer and waiver forms, and the forms to share,
 * to ask a partner, to record informing a party or deferring it, and to find the dossier complete.
 * The page starts from the library's read for the actor (refused: the refused page, nothing of the
 * dossier); every form's command is the library's to decide. The ids of new items and requests are
 * the app's, opaque ({@link OpaqueIds}).
 */
@Controller
class ShareController {
  /** The timeline steps that tell of requests. */
  private static final Set<String> REQUEST_STEPS =
      Set.of("InformationRequested", "RequestAnswered", "RequestWaived");

  private final ChainApproach chain;
  private final CommandRunner commands;
  private final Clock clock;

  ShareController(ChainApproach chain, CommandRunner commands, Clock clock) {
    this.chain = chain;
    this.commands = commands;
    this.clock = clock;
  }

  /**
   * An open request as this actor may know it: its id, and from the actor's agenda (when it
   * concerns the actor) its due date and whom it concerns.
   */
  record OpenRequest(
      String id, @Nullable LocalDate due, boolean overdue, List<ProfessionalId> concerns) {}

  /** A command's label and guard (who may give it; what else it needs), in the page's language. */
  record Guarded(String label, String guard) {}

  @GetMapping("/dossiers/{id}/share")
  String page(
      @Actors.SignedIn ProfessionalId actor,
      @PathVariable String id,
      @RequestParam(name = "purpose", required = false) @Nullable String purposeName,
      Locale locale,
      Model model,
      HttpServletResponse response) {
    DossierId dossier = Forms.dossier(id);
    Purpose purpose = DossierController.purpose(purposeName);
    Language language = Texts.language(locale);
    DossierPage page = chain.read(actor, dossier, purpose);
    model.addAttribute("id", dossier.value());
    model.addAttribute("purpose", purpose);
    model.addAttribute("purposes", Arrays.asList(Purpose.values()));
    if (page instanceof DossierPage.Refused refused) {
      model.addAttribute("findings", refused.rules());
      return DossierController.refusedPage(model, response);
    }
    DossierPage.Shown shown = (DossierPage.Shown) page;
    DossierView view = chain.view(actor, dossier, purpose);
    model.addAttribute("page", shown);
    model.addAttribute("view", view);
    Object itemized = view instanceof DossierView.Itemized i ? i : null;
    model.addAttribute("itemized", itemized);
    List<Party> parties =
        shown.registration().facts().map(DossierPage.Registration::parties).orElse(List.of());
    model.addAttribute("parties", parties);
    model.addAttribute(
        "informing",
        view instanceof DossierView.Itemized i ? i.informing() : List.<InformingStatus>of());
    model.addAttribute("partners", chain.tableState().table().partners());
    model.addAttribute("categories", Arrays.asList(InformationCategory.values()));
    model.addAttribute("requests", openRequests(actor, dossier));
    model.addAttribute(
        "requestSteps",
        shown.timeline().facts().orElse(List.of()).stream()
            .filter(s -> REQUEST_STEPS.contains(s.kind()))
            .toList());
    model.addAttribute("guards", guards(language));
    model.addAttribute("today", LocalDate.now(clock));
    return "share";
  }

  private List<OpenRequest> openRequests(ProfessionalId actor, DossierId dossier) {
    Optional<DossierSummary> summary = chain.status(actor, dossier);
    if (summary.isEmpty()) {
      return List.of();
    }
    Map<String, AgendaEntry> due = new LinkedHashMap<>();
    for (AgendaEntry e : chain.agenda(actor, dossier, LocalDate.now(clock))) {
      if (e.kind() == AgendaKind.INFORMATION_REQUEST) {
        due.put(e.reference(), e);
      }
    }
    List<OpenRequest> out = new ArrayList<>();
    for (RequestId r : summary.get().openRequests()) {
      AgendaEntry e = due.get(r.value());
      out.add(
          e == null
              ? new OpenRequest(r.value(), null, false, List.of())
              : new OpenRequest(r.value(), e.due(), e.overdue(), List.copyOf(e.concerns())));
    }
    return out;
  }

  private static Map<String, Guarded> guards(Language language) {
    Map<String, Guarded> out = new LinkedHashMap<>();
    for (Class<? extends Command> type :
        List.of(
            Command.ShareInformation.class,
            Command.RequestInformation.class,
            Command.AnswerRequest.class,
            Command.WaiveRequest.class,
            Command.InformParty.class,
            Command.DeferInforming.class,
            Command.CompleteDossier.class)) {
      CommandDeclaration d = Commands.of(type).orElseThrow();
      out.put(d.name(), new Guarded(d.label(language), d.guardText(language)));
    }
    return out;
  }

  @PostMapping("/dossiers/{id}/share")
  String share(
      @Actors.SignedIn ProfessionalId actor,
      @PathVariable String id,
      @RequestParam MultiValueMap<String, String> body,
      Locale locale,
      RedirectAttributes redirect) {
    DossierId dossier = Forms.dossier(id);
    Optional<String> answers = Forms.text(body.getFirst("answers"));
    ItemId item = OpaqueIds.item();
    if (answers.isPresent()) {
      // an answer goes to the whole table (the library gives it no audience): a form that names
      // both is not what its author meant, and is refused before the library is asked
      commands.dossier(
          actor,
          dossier,
          () -> {
            if (!values(body, "audience").isEmpty()) {
              throw new IllegalArgumentException("an answer has no audience");
            }
            return new Command.AnswerRequest(
                RequestId.of(answers.get()),
                item,
                category(body.getFirst("category")),
                parties(body),
                text(body.getFirst("reason")),
                text(body.getFirst("summary")));
          },
          locale,
          redirect);
    } else {
      commands.dossier(
          actor,
          dossier,
          () ->
              new Command.ShareInformation(
                  item,
                  category(body.getFirst("category")),
                  parties(body),
                  text(body.getFirst("reason")),
                  text(body.getFirst("summary")),
                  partners(body)),
          locale,
          redirect);
    }
    return back(dossier);
  }

  @PostMapping("/dossiers/{id}/requests")
  String request(
      @Actors.SignedIn ProfessionalId actor,
      @PathVariable String id,
      @RequestParam(name = "from", required = false) @Nullable String from,
      @RequestParam(name = "question", required = false) @Nullable String question,
      @RequestParam(name = "dueBy", required = false) @Nullable String dueBy,
      Locale locale,
      RedirectAttributes redirect) {
    DossierId dossier = Forms.dossier(id);
    RequestId request = OpaqueIds.request();
    commands.dossier(
        actor,
        dossier,
        () ->
            new Command.RequestInformation(
                request,
                PartnerId.of(Forms.required(from)),
                text(question),
                LocalDate.parse(Forms.required(dueBy))),
        locale,
        redirect);
    return back(dossier);
  }

  @PostMapping("/dossiers/{id}/requests/{request}/answer")
  String answer(
      @Actors.SignedIn ProfessionalId actor,
      @PathVariable String id,
      @PathVariable String request,
      @RequestParam MultiValueMap<String, String> body,
      Locale locale,
      RedirectAttributes redirect) {
    DossierId dossier = Forms.dossier(id);
    ItemId item = OpaqueIds.item();
    commands.dossier(
        actor,
        dossier,
        () ->
            new Command.AnswerRequest(
                RequestId.of(request),
                item,
                category(body.getFirst("category")),
                parties(body),
                text(body.getFirst("reason")),
                text(body.getFirst("summary"))),
        locale,
        redirect);
    return back(dossier);
  }

  @PostMapping("/dossiers/{id}/requests/{request}/waive")
  String waive(
      @Actors.SignedIn ProfessionalId actor,
      @PathVariable String id,
      @PathVariable String request,
      @RequestParam(name = "reason", required = false) @Nullable String reason,
      Locale locale,
      RedirectAttributes redirect) {
    DossierId dossier = Forms.dossier(id);
    commands.dossier(
        actor,
        dossier,
        () -> new Command.WaiveRequest(RequestId.of(request), text(reason)),
        locale,
        redirect);
    return back(dossier);
  }

  @PostMapping("/dossiers/{id}/inform")
  String inform(
      @Actors.SignedIn ProfessionalId actor,
      @PathVariable String id,
      @RequestParam(name = "party", required = false) @Nullable String party,
      @RequestParam(name = "how", required = false) @Nullable String how,
      Locale locale,
      RedirectAttributes redirect) {
    DossierId dossier = Forms.dossier(id);
    commands.dossier(
        actor,
        dossier,
        () -> new Command.InformParty(PartyId.of(Forms.required(party)), text(how)),
        locale,
        redirect);
    return back(dossier);
  }

  @PostMapping("/dossiers/{id}/defer")
  String defer(
      @Actors.SignedIn ProfessionalId actor,
      @PathVariable String id,
      @RequestParam(name = "party", required = false) @Nullable String party,
      @RequestParam(name = "reason", required = false) @Nullable String reason,
      @RequestParam(name = "reviewBy", required = false) @Nullable String reviewBy,
      Locale locale,
      RedirectAttributes redirect) {
    DossierId dossier = Forms.dossier(id);
    commands.dossier(
        actor,
        dossier,
        () ->
            new Command.DeferInforming(
                PartyId.of(Forms.required(party)),
                text(reason),
                Forms.text(reviewBy).map(LocalDate::parse).orElse(null)),
        locale,
        redirect);
    return back(dossier);
  }

  @PostMapping("/dossiers/{id}/complete")
  String complete(
      @Actors.SignedIn ProfessionalId actor,
      @PathVariable String id,
      Locale locale,
      RedirectAttributes redirect) {
    DossierId dossier = Forms.dossier(id);
    commands.dossier(actor, dossier, Command.CompleteDossier::new, locale, redirect);
    return back(dossier);
  }

  private static String back(DossierId dossier) {
    return "redirect:/dossiers/" + dossier.value() + "/share";
  }

  /**
   * A free text, trimmed; blank or absent is given to the library as blank, so that its own reason
   * (a need-to-know reason, a summary, a question is required) is what the form shows.
   */
  private static String text(@Nullable String value) {
    return Forms.text(value).orElse("");
  }

  /** The category of a form: one of {@link InformationCategory}'s names. */
  private static InformationCategory category(@Nullable String value) {
    return InformationCategory.valueOf(Forms.required(value));
  }

  /** The parties an item is about: the checked ones, and any typed in the free field. */
  private static Set<PartyId> parties(MultiValueMap<String, String> body) {
    Set<PartyId> out = new LinkedHashSet<>();
    for (String v : values(body, "about")) {
      for (String part : v.split("[,\\s]+")) {
        if (!part.isBlank()) {
          out.add(PartyId.of(part));
        }
      }
    }
    return out;
  }

  /** The partners an item is restricted to (none: the whole table). */
  private static Set<PartnerId> partners(MultiValueMap<String, String> body) {
    Set<PartnerId> out = new LinkedHashSet<>();
    for (String v : values(body, "audience")) {
      if (!v.isBlank()) {
        out.add(PartnerId.of(v.trim()));
      }
    }
    return out;
  }

  private static List<String> values(MultiValueMap<String, String> body, String name) {
    List<String> values = body.get(name);
    return values == null ? List.of() : values;
  }
}
