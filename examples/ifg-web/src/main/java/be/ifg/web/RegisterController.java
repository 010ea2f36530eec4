package be.ifg.web;

import be.ifg.domain.DangerAssessment;
import be.ifg.domain.DossierId;
import be.ifg.domain.InclusionCriterion;
import be.ifg.domain.Language;
import be.ifg.domain.Party;
import be.ifg.domain.PartyId;
import be.ifg.domain.PartyRole;
import be.ifg.domain.ProfessionalId;
import be.ifg.domain.SafetyMeasure;
import be.ifg.workflow.ChainApproach;
import be.ifg.workflow.Command;
import be.ifg.workflow.CommandDeclaration;
import be.ifg.workflow.Commands;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

/**
 * Registering a family: any signed-in professional may try, the library decides. The app gives the
 * new dossier an opaque id ({@link OpaqueIds#dossier()}). The form has a fixed number of party rows
 * (a row without a party id is left out) and shows the registration's guards, as the library words
 * them, next to the fields. A refused registration stores nothing and shows the form again, as it
 * was filled in, with the library's reasons.
 */
@Controller
class RegisterController {
  /** How many party rows the form offers. */
  static final int ROWS = 6;

  private final ChainApproach chain;
  private final CommandRunner commands;

  RegisterController(ChainApproach chain, CommandRunner commands) {
    this.chain = chain;
    this.commands = commands;
  }

  /** One party row as typed, every field as text. */
  record Row(
      String id, String role, String year, String how, String deferReason, String reviewBy) {}

  /**
   * The form as typed: the party rows, the inclusion criteria, the danger ({@code yes}, {@code no}
   * or blank) and the safety measures.
   */
  record Typed(List<Row> rows, Set<String> criteria, String danger, Set<String> measures) {
    static Typed empty() {
      List<Row> rows = new ArrayList<>();
      for (int i = 0; i < ROWS; i++) {
        rows.add(new Row("", "", "", "", "", ""));
      }
      return new Typed(rows, Set.of(), "", Set.of());
    }

    static Typed of(MultiValueMap<String, String> body) {
      List<Row> rows = new ArrayList<>();
      for (int i = 0; i < ROWS; i++) {
        rows.add(
            new Row(
                field(body, "partyId", i),
                field(body, "partyRole", i),
                field(body, "partyBirthYear", i),
                field(body, "partyHow", i),
                field(body, "partyDeferReason", i),
                field(body, "partyReviewBy", i)));
      }
      return new Typed(
          rows,
          new LinkedHashSet<>(values(body, "criteria")),
          field(body, "danger", 0),
          new LinkedHashSet<>(values(body, "measures")));
    }

    /**
     * The registration command for the dossier.
     *
     * @throws IllegalArgumentException if a field is not in the expected form
     * @throws java.time.DateTimeException if a review date is not a date
     */
    Command.Register command(DossierId dossier) {
      List<Party> parties = new ArrayList<>();
      List<Command.Informing> informed = new ArrayList<>();
      List<Command.Deferral> deferred = new ArrayList<>();
      for (Row r : rows) {
        if (r.id().isBlank()) {
          if (!(r.year() + r.how() + r.deferReason() + r.reviewBy()).isBlank()) {
            throw new IllegalArgumentException("a party row has fields but no party id");
          }
          continue;
        }
        PartyId party = PartyId.of(r.id().trim());
        PartyRole role = PartyRole.valueOf(r.role().trim());
        Integer year = r.year().isBlank() ? null : Integer.valueOf(r.year().trim());
        parties.add(new Party(party, role, year));
        if (!r.how().isBlank()) {
          informed.add(new Command.Informing(party, r.how().trim()));
        }
        if (!(r.deferReason() + r.reviewBy()).isBlank()) {
          LocalDate reviewBy = r.reviewBy().isBlank() ? null : LocalDate.parse(r.reviewBy().trim());
          deferred.add(new Command.Deferral(party, r.deferReason().trim(), reviewBy));
        }
      }
      Set<InclusionCriterion> chosen = EnumSet.noneOf(InclusionCriterion.class);
      criteria.forEach(c -> chosen.add(InclusionCriterion.valueOf(c)));
      Set<SafetyMeasure> started = EnumSet.noneOf(SafetyMeasure.class);
      measures.forEach(m -> started.add(SafetyMeasure.valueOf(m)));
      boolean danger =
          switch (this.danger) {
            case "yes" -> true;
            case "no" -> false;
            default -> throw new IllegalArgumentException("danger is neither yes nor no");
          };
      return new Command.Register(
          dossier, parties, chosen, informed, deferred, new DangerAssessment(danger, started));
    }

    private static String field(MultiValueMap<String, String> body, String name, int index) {
      List<String> values = values(body, name);
      String value = index < values.size() ? values.get(index) : null;
      return value == null ? "" : value;
    }

    private static List<String> values(MultiValueMap<String, String> body, String name) {
      List<String> values = body.get(name);
      return values == null ? List.of() : values;
    }
  }

  @GetMapping("/register")
  String form(@Actors.SignedIn ProfessionalId actor, Locale locale, Model model) {
    show(model, Typed.empty(), Texts.language(locale));
    return "register";
  }

  @PostMapping("/register")
  String register(
      @Actors.SignedIn ProfessionalId actor,
      @RequestParam MultiValueMap<String, String> body,
      Locale locale,
      Model model,
      RedirectAttributes redirect) {
    Language language = Texts.language(locale);
    Typed typed = Typed.of(body);
    DossierId dossier = OpaqueIds.dossier();
    RedirectAttributesModelMap outcome = new RedirectAttributesModelMap();
    if (commands.register(actor, () -> typed.command(dossier), locale, outcome)) {
      redirect.addFlashAttribute(
          Outcomes.DONE,
          Texts.BOOK.text(language, "register.done", registerLabel(language), dossier.value()));
      // the registrant who is not a member of the table may not read the dossier: back home
      return chain.tableState().hasStanding(actor)
          ? "redirect:/dossiers/" + dossier.value()
          : "redirect:/";
    }
    model.addAllAttributes(outcome.getFlashAttributes());
    show(model, typed, language);
    return "register";
  }

  private static String registerLabel(Language language) {
    return declaration().label(language);
  }

  private static CommandDeclaration declaration() {
    return Commands.of(Command.Register.class).orElseThrow();
  }

  private static void show(Model model, Typed typed, Language language) {
    CommandDeclaration register = declaration();
    model.addAttribute("form", typed);
    model.addAttribute("roles", Arrays.asList(PartyRole.values()));
    model.addAttribute("criteriaOptions", Arrays.asList(InclusionCriterion.values()));
    model.addAttribute("measureOptions", Arrays.asList(SafetyMeasure.values()));
    model.addAttribute("registerBy", register.by(language));
    model.addAttribute("guards", register.guards());
  }
}
