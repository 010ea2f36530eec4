package be.ifg.web;

import be.ifg.domain.AssessmentReference;
import be.ifg.domain.DossierId;
import be.ifg.domain.DossierStatus;
import be.ifg.domain.Language;
import be.ifg.domain.ProfessionalId;
import be.ifg.domain.Purpose;
import be.ifg.rti.Answer;
import be.ifg.rti.AssessmentChange;
import be.ifg.rti.Band;
import be.ifg.rti.ChoiceOption;
import be.ifg.rti.Instrument;
import be.ifg.rti.Instruments;
import be.ifg.rti.Item;
import be.ifg.rti.ItemType;
import be.ifg.rti.OverridePolicy;
import be.ifg.rti.OverrideRequest;
import be.ifg.rti.Section;
import be.ifg.workflow.ChainApproach;
import be.ifg.workflow.Command;
import be.ifg.workflow.CommandDeclaration;
import be.ifg.workflow.Commands;
import be.ifg.workflow.DossierView;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The risk assessment of a dossier: a form generated from an instrument of the library's catalogue
 * (its sections, items, answer types; the instrument's own texts in the languages it has), the
 * professional-judgement override with its rationale, the latest explained result and the change
 * since the assessment before. The page starts from the library's view of the dossier for the actor
 * (one question in the disclosure log); a refused view shows nothing of it. Answers go to the
 * library as {@link Command.Assess}; an answer left empty is missing, and the result says so.
 */
@Controller
class AssessmentController {
  /** The form field of an item's answer: this prefix and the item id. */
  static final String ANSWER = "answer.";

  /** The instrument the form shows when nothing else decides, if the catalogue has it. */
  static final String PREFERRED = "ifg-demo";

  private static final String UNKNOWN = "UNKNOWN";
  private static final String NOT_APPLICABLE = "NOT_APPLICABLE";

  private final ChainApproach chain;
  private final CommandRunner commands;

  AssessmentController(ChainApproach chain, CommandRunner commands) {
    this.chain = chain;
    this.commands = commands;
  }

  /** One choice of an answer list. */
  record Option(String value, String label) {}

  /** One item as the form asks it. */
  record Field(
      String item,
      String name,
      String label,
      String type,
      List<Option> options,
      List<String> help,
      boolean critical) {}

  /** One section of the form. */
  record SectionForm(String id, String label, List<Field> fields) {}

  /** An assessment as the page explains it, all in the page's language. */
  record Result(
      String instrument,
      LocalDate at,
      String assessor,
      String status,
      String score,
      String maxScore,
      String scoreBand,
      String band,
      String finalBand,
      List<String> firedRules,
      List<String> missing,
      @Nullable String overrideRationale) {}

  /** What changed from the assessment before to the latest. */
  record Change(
      List<String> changedItems,
      String scoreDelta,
      String previousBand,
      String currentBand,
      String movement,
      boolean sameInstrument) {}

  @GetMapping("/dossiers/{id}/assessment")
  String assessment(
      @Actors.SignedIn ProfessionalId actor,
      @PathVariable String id,
      @RequestParam(name = "instrument", required = false) @Nullable String reference,
      Locale locale,
      Model model,
      HttpServletResponse response) {
    DossierId dossier = Forms.dossier(id);
    Language language = Texts.language(locale);
    String tag = language.tag();
    DossierView view = chain.view(actor, dossier, Purpose.PLAN);
    model.addAttribute("id", dossier.value());
    if (view instanceof DossierView.Refused refused) {
      model.addAttribute("findings", refused.rules());
      return DossierController.refusedPage(model, response);
    }
    List<AssessmentReference> assessments =
        view instanceof DossierView.Itemized itemized ? itemized.assessments() : List.of();
    Instruments catalogue = chain.instruments();
    Instrument instrument = chosen(catalogue, reference, assessments).orElse(null);
    @Nullable DossierStatus state = view.header().status();
    CommandDeclaration assess = Commands.of(Command.Assess.class).orElseThrow();
    model.addAttribute("state", state);
    model.addAttribute("allowed", chain.lifecycle().allows(state, assess.name()));
    model.addAttribute("guard", assess.guardText(language));
    model.addAttribute(
        "instruments",
        catalogue.all().stream().map(i -> new Option(i.reference(), i.title(tag))).toList());
    model.addAttribute("instrument", instrument);
    if (instrument != null) {
      model.addAttribute("reference", instrument.reference());
      model.addAttribute("title", instrument.title(tag));
      model.addAttribute("sections", form(instrument, language));
      model.addAttribute("overrideBands", overrideBands(instrument, tag));
      model.addAttribute(
          "overridePolicy", Texts.BOOK.text(language, "assess.override." + instrument.override()));
    }
    List<Result> results = new ArrayList<>();
    for (AssessmentReference a : assessments) {
      results.add(result(a, catalogue, language));
    }
    model.addAttribute("results", results);
    model.addAttribute("latest", results.isEmpty() ? null : results.get(results.size() - 1));
    Optional<AssessmentChange> change =
        view instanceof DossierView.Itemized itemized
            ? itemized.latestChange(catalogue)
            : Optional.empty();
    model.addAttribute(
        "change",
        change
            .map(c -> change(c, catalogue.find(last(assessments)).orElse(null), language))
            .orElse(null));
    return "assessment";
  }

  @PostMapping("/dossiers/{id}/assessment")
  String assess(
      @Actors.SignedIn ProfessionalId actor,
      @PathVariable String id,
      @RequestParam Map<String, String> form,
      Locale locale,
      RedirectAttributes redirect) {
    DossierId dossier = Forms.dossier(id);
    Language language = Texts.language(locale);
    String reference = Forms.text(form.get("instrument")).orElse("");
    Optional<Instrument> instrument =
        reference.isEmpty() ? Optional.empty() : chain.instruments().find(reference);
    String target =
        UriComponentsBuilder.fromPath("/dossiers/{id}/assessment")
            .queryParamIfPresent("instrument", Optional.of(reference).filter(r -> !r.isEmpty()))
            .buildAndExpand(dossier.value())
            .encode()
            .toUriString();
    String label = Commands.of(Command.Assess.class).orElseThrow().label(language);
    if (instrument.isEmpty()) {
      Outcomes.invalid(Texts.BOOK.text(language, "assess.noInstrument"), label, redirect);
      return "redirect:" + target;
    }
    Instrument i = instrument.get();
    Map<String, Answer> answers = new LinkedHashMap<>();
    for (Item item : i.items()) {
      Optional<String> given = Forms.text(form.get(ANSWER + item.id()));
      if (given.isEmpty()) {
        continue;
      }
      Optional<Answer> answer = answer(item, given.get());
      if (answer.isEmpty()) {
        Outcomes.invalid(
            Texts.BOOK.text(
                language,
                "assess.badAnswer",
                item.label(language.tag()),
                Texts.BOOK.text(language, "assess.help." + item.type().name())),
            label,
            redirect);
        return "redirect:" + target;
      }
      answers.put(item.id(), answer.get());
    }
    Optional<String> band = Forms.text(form.get("override"));
    OverrideRequest override =
        band.map(b -> new OverrideRequest(b, Forms.text(form.get("rationale")).orElse(""), actor))
            .orElse(null);
    commands.dossier(
        actor,
        dossier,
        () -> new Command.Assess(i.id(), i.version(), answers, override),
        locale,
        redirect);
    return "redirect:" + target;
  }

  /** The instrument the page shows: the one asked for, the latest assessment's, or the default. */
  private static Optional<Instrument> chosen(
      Instruments catalogue, @Nullable String reference, List<AssessmentReference> assessments) {
    if (reference != null && !reference.isBlank()) {
      Optional<Instrument> asked = catalogue.find(reference.trim());
      if (asked.isPresent()) {
        return asked;
      }
    }
    if (!assessments.isEmpty()) {
      Optional<Instrument> used = catalogue.find(last(assessments));
      if (used.isPresent()) {
        return used;
      }
    }
    Optional<Instrument> preferred = catalogue.latest(PREFERRED);
    if (preferred.isPresent()) {
      return preferred;
    }
    return catalogue.all().stream().findFirst();
  }

  private static String last(List<AssessmentReference> assessments) {
    if (assessments.isEmpty()) {
      return "";
    }
    AssessmentReference a = assessments.get(assessments.size() - 1);
    return a.instrumentId() + "@" + a.instrumentVersion();
  }

  /** The form of an instrument: its sections and items, each with its answers and help. */
  static List<SectionForm> form(Instrument instrument, Language language) {
    String tag = language.tag();
    List<SectionForm> sections = new ArrayList<>();
    for (Section s : instrument.sections()) {
      List<Field> fields = new ArrayList<>();
      for (Item item : s.items()) {
        List<String> help = new ArrayList<>();
        help.add(Texts.BOOK.text(language, "assess.help." + item.type().name()));
        if (item.cap() != null) {
          help.add(Texts.BOOK.text(language, "assess.help.cap", item.cap()));
        }
        if (item.critical()) {
          help.add(Texts.BOOK.text(language, "assess.help.critical"));
        }
        if (item.notApplicableAllowed()) {
          help.add(Texts.BOOK.text(language, "assess.help.na"));
        }
        help.add(Texts.BOOK.text(language, "assess.help.empty"));
        fields.add(
            new Field(
                item.id(),
                ANSWER + item.id(),
                item.label(tag),
                item.type().name(),
                options(item, language),
                help,
                item.critical()));
      }
      sections.add(new SectionForm(s.id(), s.label(tag), fields));
    }
    return sections;
  }

  /** The answers a list offers for an item; empty for an item answered in a text field. */
  private static List<Option> options(Item item, Language language) {
    List<Option> options = new ArrayList<>();
    switch (item.type()) {
      case YES_NO -> {
        options.add(new Option("YES", Texts.BOOK.text(language, "assess.yes")));
        options.add(new Option("NO", Texts.BOOK.text(language, "assess.no")));
      }
      case ORDINAL ->
          item.options().forEach(o -> options.add(new Option(o.toString(), o.toString())));
      case CHOICE -> {
        for (ChoiceOption c : item.choices()) {
          options.add(new Option(c.value(), localized(c.label(), language.tag(), c.value())));
        }
      }
      default -> {
        return List.of();
      }
    }
    options.add(new Option(UNKNOWN, Texts.BOOK.text(language, "assess.unknown")));
    if (item.notApplicableAllowed()) {
      options.add(new Option(NOT_APPLICABLE, Texts.BOOK.text(language, "assess.na")));
    }
    return options;
  }

  /** A form's answer to an item, or empty when it is not an answer of the item's type. */
  static Optional<Answer> answer(Item item, String given) {
    if (given.equals(UNKNOWN)) {
      return Optional.of(Answer.unknown());
    }
    if (given.equals(NOT_APPLICABLE) || given.equalsIgnoreCase("n/a")) {
      return item.notApplicableAllowed() ? Optional.of(Answer.notApplicable()) : Optional.empty();
    }
    Answer answer;
    try {
      answer =
          switch (item.type()) {
            case YES_NO ->
                given.equals("YES")
                    ? Answer.yes()
                    : given.equals("NO") ? Answer.no() : Answer.unknown();
            case ORDINAL -> Answer.ordinal(Integer.parseInt(given));
            case CHOICE -> Answer.choice(given);
            case COUNT -> Answer.count(Integer.parseInt(given));
            case EVENTS ->
                new Answer.Events(
                    java.util.Arrays.stream(given.split("[,;\\s]+"))
                        .filter(s -> !s.isBlank())
                        .map(LocalDate::parse)
                        .toList());
          };
    } catch (IllegalArgumentException | java.time.DateTimeException e) {
      return Optional.empty();
    }
    if (item.type() == ItemType.YES_NO && answer instanceof Answer.Unknown) {
      return Optional.empty();
    }
    return item.problemWith(answer).isEmpty() ? Optional.of(answer) : Optional.empty();
  }

  /** The bands an override may name under the instrument's policy (none for NONE). */
  private static List<Option> overrideBands(Instrument instrument, String tag) {
    if (instrument.override() == OverridePolicy.NONE) {
      return List.of();
    }
    return instrument.bands().stream()
        .map(b -> new Option(b.id(), localized(b.label(), tag, b.id())))
        .toList();
  }

  private static Result result(AssessmentReference a, Instruments catalogue, Language language) {
    String tag = language.tag();
    Optional<Instrument> instrument = catalogue.find(a.instrumentId(), a.instrumentVersion());
    String none = Texts.BOOK.text(language, "assess.none");
    return new Result(
        instrument.map(i -> i.title(tag)).orElse(a.instrumentId() + "@" + a.instrumentVersion()),
        a.assessedAt(),
        a.assessor().value(),
        a.status().label(language),
        a.score().toPlainString(),
        a.maxScore() == null ? none : a.maxScore().toPlainString(),
        band(instrument, a.scoreBand(), tag, none),
        band(instrument, a.band(), tag, none),
        band(instrument, a.finalBand(), tag, none),
        a.firedRules(),
        a.missing().stream().map(m -> itemLabel(instrument, m, tag)).toList(),
        a.overrideRationale());
  }

  private static Change change(
      AssessmentChange c, @Nullable Instrument instrument, Language language) {
    String tag = language.tag();
    Optional<Instrument> i = Optional.ofNullable(instrument);
    String none = Texts.BOOK.text(language, "assess.none");
    return new Change(
        c.changedItems().stream().map(m -> itemLabel(i, m, tag)).toList(),
        (c.scoreDelta().signum() > 0 ? "+" : "") + c.scoreDelta().toPlainString(),
        band(i, c.previousBand(), tag, none),
        band(i, c.currentBand(), tag, none),
        Texts.BOOK.text(language, "assess.movement." + c.movement().name()),
        c.sameInstrument());
  }

  private static String band(
      Optional<Instrument> instrument, @Nullable String id, String tag, String none) {
    if (id == null) {
      return none;
    }
    return instrument
        .flatMap(i -> i.band(id))
        .map((Band b) -> localized(b.label(), tag, id))
        .orElse(id);
  }

  private static String itemLabel(Optional<Instrument> instrument, String item, String tag) {
    return instrument.flatMap(i -> i.item(item)).map(i -> i.label(tag)).orElse(item);
  }

  /** A text of the instrument in a language, else in English, else any, else the fallback. */
  static String localized(Map<String, String> texts, String tag, String fallback) {
    if (texts.containsKey(tag)) {
      return texts.get(tag);
    }
    if (texts.containsKey("en")) {
      return texts.get("en");
    }
    return texts.values().stream().findFirst().orElse(fallback);
  }
}
