package be.ifg.web;

import be.ifg.domain.Action;
import be.ifg.domain.ActionId;
import be.ifg.domain.ActionStatus;
import be.ifg.domain.DossierId;
import be.ifg.domain.DossierStatus;
import be.ifg.domain.Goal;
import be.ifg.domain.GoalId;
import be.ifg.domain.GoalOutcome;
import be.ifg.domain.Language;
import be.ifg.domain.PartnerId;
import be.ifg.domain.Party;
import be.ifg.domain.PartyId;
import be.ifg.domain.Plan;
import be.ifg.domain.ProfessionalId;
import be.ifg.domain.ProposalId;
import be.ifg.domain.Purpose;
import be.ifg.domain.SafetyMeasure;
import be.ifg.domain.SessionId;
import be.ifg.workflow.ChainApproach;
import be.ifg.workflow.Command;
import be.ifg.workflow.CommandDeclaration;
import be.ifg.workflow.Commands;
import be.ifg.workflow.DossierCommand;
import be.ifg.workflow.DossierPage;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The plan of a dossier and what is done with it: adopting it, appointing the case director,
 * starting case direction, informing the clients, progress, action statuses, adjustments (by the
 * team, or proposed by the director and decided by the team), closing goals, incidents, the danger
 * assessment, and the dossier's ending. The page starts from the library's read of the dossier for
 * the actor (a refused read shows nothing of it) and offers only the forms the lifecycle allows in
 * the dossier's state, each with what the library will check; every form is one command, given as
 * the signed-in actor, and the library decides.
 */
@Controller
class PlanController {
  /** How many goal rows a plan form has. */
  static final int GOALS = 3;

  /** How many action rows each goal row has. */
  static final int ACTIONS = 3;

  /** The commands of the page, in the order the page offers them. */
  static final List<Class<? extends DossierCommand>> FORMS =
      List.of(
          Command.AdoptPlan.class,
          Command.AppointDirector.class,
          Command.StartCaseDirection.class,
          Command.InformClientsOfPlan.class,
          Command.ReportProgress.class,
          Command.UpdateAction.class,
          Command.AdjustPlan.class,
          Command.ProposeAdjustment.class,
          Command.DecideAdjustment.class,
          Command.CloseGoal.class,
          Command.ReportIncident.class,
          Command.UpdateDangerAssessment.class,
          Command.Conclude.class,
          Command.Close.class,
          Command.Evaluate.class,
          Command.Withdraw.class);

  private final ChainApproach chain;
  private final CommandRunner commands;
  private final Clock clock;

  PlanController(ChainApproach chain, CommandRunner commands, Clock clock) {
    this.chain = chain;
    this.commands = commands;
    this.clock = clock;
  }

  /**
   * A form the page offers: the command's name, label, and what the library checks (who, guards).
   */
  record Form(String name, String label, String guard) {}

  /** One action row of a plan form, prefilled or empty. */
  record ActionRow(String id, String text, String owner, String due) {}

  /** One goal row of a plan form, prefilled or empty, with its action rows. */
  record GoalRow(String id, String text, List<ActionRow> actions) {}

  /** A choice of a list. */
  record Choice(String value, String label) {}

  /**
   * An action row of a plan form that lacks its owner or due date, or has a date not understood.
   */
  static final class RowProblem extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** The goal row and action row, counted from 1. */
    final int goal;

    final int action;

    /** The phrasebook key of what is expected. */
    final String expected;

    RowProblem(int goal, int action, String expected) {
      super("goal " + goal + ", action " + action + ": " + expected);
      this.goal = goal;
      this.action = action;
      this.expected = expected;
    }
  }

  @GetMapping("/dossiers/{id}/plan")
  String plan(
      @Actors.SignedIn ProfessionalId actor,
      @PathVariable String id,
      Locale locale,
      Model model,
      HttpServletResponse response) {
    DossierId dossier = Forms.dossier(id);
    Language language = Texts.language(locale);
    DossierPage page = chain.read(actor, dossier, Purpose.PLAN);
    model.addAttribute("id", dossier.value());
    if (page instanceof DossierPage.Refused refused) {
      model.addAttribute("findings", refused.rules());
      return DossierController.refusedPage(model, response);
    }
    DossierPage.Shown shown = (DossierPage.Shown) page;
    @Nullable DossierStatus state = shown.header().state().orElse(null);
    Map<String, Form> forms = new LinkedHashMap<>();
    for (Class<? extends DossierCommand> type : FORMS) {
      CommandDeclaration d = Commands.of(type).orElseThrow();
      if (chain.lifecycle().allows(state, d.name())) {
        forms.put(d.name(), new Form(d.name(), d.label(language), d.guardText(language)));
      }
    }
    DossierPage.Plans plans = shown.plan().facts().orElse(null);
    Plan current = plans == null ? null : plans.current().orElse(null);
    List<Party> parties = shown.registration().facts().map(r -> r.parties()).orElse(List.of());
    model.addAttribute("state", state);
    model.addAttribute("forms", forms);
    model.addAttribute("plans", plans);
    model.addAttribute("current", current);
    model.addAttribute("summary", chain.status(actor, dossier).orElse(null));
    model.addAttribute("directors", shown.directors().facts().orElse(List.of()));
    model.addAttribute("progress", shown.progress().facts().orElse(List.of()));
    model.addAttribute("parties", parties);
    model.addAttribute(
        "members",
        chain.tableState().table().members().stream()
            .map(m -> new Choice(m.id().value(), m.id().value() + " (" + m.partner().value() + ")"))
            .toList());
    model.addAttribute(
        "partners",
        chain.tableState().table().partners().stream()
            .map(p -> new Choice(p.id().value(), p.id().value() + " — " + p.kind().label(language)))
            .toList());
    model.addAttribute("sessions", chain.tableState().sessions());
    model.addAttribute("statuses", List.of(ActionStatus.values()));
    model.addAttribute("outcomes", List.of(GoalOutcome.values()));
    model.addAttribute("measures", List.of(SafetyMeasure.values()));
    model.addAttribute("emptyRows", rows(null));
    model.addAttribute("currentRows", rows(current));
    model.addAttribute("openGoals", current == null ? List.of() : current.openGoals());
    model.addAttribute("actions", current == null ? List.of() : current.actions().toList());
    model.addAttribute(
        "openProposals",
        plans == null ? List.of() : plans.proposals().stream().filter(p -> p.isOpen()).toList());
    return "plan";
  }

  /** The goal rows of a plan form: the plan's goals and actions, then empty rows. */
  static List<GoalRow> rows(@Nullable Plan plan) {
    List<GoalRow> rows = new ArrayList<>();
    if (plan != null) {
      for (Goal g : plan.goals()) {
        List<ActionRow> actions = new ArrayList<>();
        for (Action a : g.actions()) {
          actions.add(
              new ActionRow(a.id().value(), a.text(), a.owner().value(), a.due().toString()));
        }
        while (actions.size() < ACTIONS) {
          actions.add(new ActionRow("", "", "", ""));
        }
        rows.add(new GoalRow(g.id().value(), g.text(), actions));
      }
    }
    int empty = plan == null ? GOALS : Math.max(1, GOALS - rows.size());
    for (int i = 0; i < empty; i++) {
      rows.add(
          new GoalRow(
              "",
              "",
              IntStream.range(0, ACTIONS).mapToObj(j -> new ActionRow("", "", "", "")).toList()));
    }
    return rows;
  }

  @PostMapping("/dossiers/{id}/plan/adopt")
  String adopt(
      @Actors.SignedIn ProfessionalId actor,
      @PathVariable String id,
      @RequestParam Map<String, String> form,
      Locale locale,
      RedirectAttributes redirect) {
    Optional<List<Command.PlannedGoal>> goals =
        goals(form, Set.of(), Command.AdoptPlan.class, locale, redirect);
    if (goals.isEmpty()) {
      return back(id);
    }
    return give(
        actor, id, () -> new Command.AdoptPlan(goals.get(), session(form)), locale, redirect);
  }

  @PostMapping("/dossiers/{id}/plan/director")
  String director(
      @Actors.SignedIn ProfessionalId actor,
      @PathVariable String id,
      @RequestParam Map<String, String> form,
      Locale locale,
      RedirectAttributes redirect) {
    return give(
        actor,
        id,
        () ->
            new Command.AppointDirector(
                ProfessionalId.of(Forms.required(form.get("member"))),
                Forms.text(form.get("reason")).orElse(null),
                session(form)),
        locale,
        redirect);
  }

  @PostMapping("/dossiers/{id}/plan/start")
  String start(
      @Actors.SignedIn ProfessionalId actor,
      @PathVariable String id,
      Locale locale,
      RedirectAttributes redirect) {
    return give(actor, id, Command.StartCaseDirection::new, locale, redirect);
  }

  @PostMapping("/dossiers/{id}/plan/inform")
  String inform(
      @Actors.SignedIn ProfessionalId actor,
      @PathVariable String id,
      @RequestParam(name = "party", required = false) @Nullable List<String> parties,
      Locale locale,
      RedirectAttributes redirect) {
    return give(
        actor,
        id,
        () ->
            new Command.InformClientsOfPlan(
                (parties == null ? List.<String>of() : parties)
                    .stream().filter(p -> !p.isBlank()).map(PartyId::of).toList()),
        locale,
        redirect);
  }

  @PostMapping("/dossiers/{id}/plan/progress")
  String progress(
      @Actors.SignedIn ProfessionalId actor,
      @PathVariable String id,
      @RequestParam(name = "summary", required = false) @Nullable String summary,
      Locale locale,
      RedirectAttributes redirect) {
    return give(
        actor, id, () -> new Command.ReportProgress(Forms.required(summary)), locale, redirect);
  }

  @PostMapping("/dossiers/{id}/plan/action")
  String action(
      @Actors.SignedIn ProfessionalId actor,
      @PathVariable String id,
      @RequestParam(name = "action", required = false) @Nullable String action,
      @RequestParam(name = "status", required = false) @Nullable String status,
      Locale locale,
      RedirectAttributes redirect) {
    return give(
        actor,
        id,
        () ->
            new Command.UpdateAction(
                ActionId.of(Forms.required(action)), ActionStatus.valueOf(Forms.required(status))),
        locale,
        redirect);
  }

  @PostMapping("/dossiers/{id}/plan/adjust")
  String adjust(
      @Actors.SignedIn ProfessionalId actor,
      @PathVariable String id,
      @RequestParam Map<String, String> form,
      Locale locale,
      RedirectAttributes redirect) {
    Optional<List<Command.PlannedGoal>> goals =
        goals(form, planIds(actor, id), Command.AdjustPlan.class, locale, redirect);
    if (goals.isEmpty()) {
      return back(id);
    }
    return give(
        actor,
        id,
        () ->
            new Command.AdjustPlan(Forms.required(form.get("reason")), goals.get(), session(form)),
        locale,
        redirect);
  }

  @PostMapping("/dossiers/{id}/plan/propose")
  String propose(
      @Actors.SignedIn ProfessionalId actor,
      @PathVariable String id,
      @RequestParam Map<String, String> form,
      Locale locale,
      RedirectAttributes redirect) {
    Optional<List<Command.PlannedGoal>> goals =
        goals(form, planIds(actor, id), Command.ProposeAdjustment.class, locale, redirect);
    if (goals.isEmpty()) {
      return back(id);
    }
    ProposalId proposal =
        ProposalId.of("p-" + java.util.UUID.randomUUID().toString().substring(0, 8));
    return give(
        actor,
        id,
        () ->
            new Command.ProposeAdjustment(
                proposal, Forms.required(form.get("reason")), goals.get()),
        locale,
        redirect);
  }

  @PostMapping("/dossiers/{id}/plan/decide")
  String decide(
      @Actors.SignedIn ProfessionalId actor,
      @PathVariable String id,
      @RequestParam Map<String, String> form,
      Locale locale,
      RedirectAttributes redirect) {
    return give(
        actor,
        id,
        () ->
            new Command.DecideAdjustment(
                ProposalId.of(Forms.required(form.get("proposal"))),
                yes(Forms.required(form.get("adopted"))),
                Forms.required(form.get("note")),
                session(form)),
        locale,
        redirect);
  }

  @PostMapping("/dossiers/{id}/plan/goal")
  String closeGoal(
      @Actors.SignedIn ProfessionalId actor,
      @PathVariable String id,
      @RequestParam Map<String, String> form,
      Locale locale,
      RedirectAttributes redirect) {
    return give(
        actor,
        id,
        () ->
            new Command.CloseGoal(
                GoalId.of(Forms.required(form.get("goal"))),
                GoalOutcome.valueOf(Forms.required(form.get("outcome"))),
                Forms.required(form.get("decision"))),
        locale,
        redirect);
  }

  @PostMapping("/dossiers/{id}/plan/incident")
  String incident(
      @Actors.SignedIn ProfessionalId actor,
      @PathVariable String id,
      @RequestParam Map<String, String> form,
      Locale locale,
      RedirectAttributes redirect) {
    return give(
        actor,
        id,
        () ->
            new Command.ReportIncident(
                Forms.required(form.get("summary")),
                Forms.text(form.get("occurredAt"))
                    .map(t -> LocalDateTime.parse(t).atZone(clock.getZone()).toInstant())
                    .orElse(clock.instant())),
        locale,
        redirect);
  }

  @PostMapping("/dossiers/{id}/plan/danger")
  String danger(
      @Actors.SignedIn ProfessionalId actor,
      @PathVariable String id,
      @RequestParam(name = "dangerPresent", required = false) @Nullable String present,
      @RequestParam(name = "measure", required = false) @Nullable List<String> measures,
      @RequestParam(name = "summary", required = false) @Nullable String summary,
      Locale locale,
      RedirectAttributes redirect) {
    return give(
        actor,
        id,
        () -> {
          Set<SafetyMeasure> chosen = EnumSet.noneOf(SafetyMeasure.class);
          if (measures != null) {
            measures.forEach(m -> chosen.add(SafetyMeasure.valueOf(m)));
          }
          return new Command.UpdateDangerAssessment(
              present != null, chosen, Forms.required(summary));
        },
        locale,
        redirect);
  }

  @PostMapping("/dossiers/{id}/plan/conclude")
  String conclude(
      @Actors.SignedIn ProfessionalId actor,
      @PathVariable String id,
      @RequestParam(name = "violenceStopped", required = false) @Nullable String stopped,
      @RequestParam(name = "summary", required = false) @Nullable String summary,
      Locale locale,
      RedirectAttributes redirect) {
    return give(
        actor,
        id,
        () -> new Command.Conclude(stopped != null, Forms.required(summary)),
        locale,
        redirect);
  }

  @PostMapping("/dossiers/{id}/plan/close")
  String close(
      @Actors.SignedIn ProfessionalId actor,
      @PathVariable String id,
      @RequestParam Map<String, String> form,
      Locale locale,
      RedirectAttributes redirect) {
    return give(actor, id, () -> new Command.Close(session(form)), locale, redirect);
  }

  @PostMapping("/dossiers/{id}/plan/evaluate")
  String evaluate(
      @Actors.SignedIn ProfessionalId actor,
      @PathVariable String id,
      @RequestParam Map<String, String> form,
      Locale locale,
      RedirectAttributes redirect) {
    return give(
        actor,
        id,
        () -> new Command.Evaluate(Forms.required(form.get("notes")), session(form)),
        locale,
        redirect);
  }

  @PostMapping("/dossiers/{id}/plan/withdraw")
  String withdraw(
      @Actors.SignedIn ProfessionalId actor,
      @PathVariable String id,
      @RequestParam(name = "reason", required = false) @Nullable String reason,
      Locale locale,
      RedirectAttributes redirect) {
    return give(actor, id, () -> new Command.Withdraw(Forms.required(reason)), locale, redirect);
  }

  private String give(
      ProfessionalId actor,
      String id,
      Supplier<? extends DossierCommand> command,
      Locale locale,
      RedirectAttributes redirect) {
    DossierId dossier = Forms.dossier(id);
    commands.dossier(actor, dossier, command, locale, redirect);
    return "redirect:/dossiers/" + dossier.value() + "/plan";
  }

  private static String back(String id) {
    return "redirect:/dossiers/" + Forms.dossier(id).value() + "/plan";
  }

  /**
   * The goals of a plan form, or empty when an action row lacks its owner or due date: then the
   * form comes back saying which row and what is expected, and nothing is asked of the library.
   */
  private static Optional<List<Command.PlannedGoal>> goals(
      Map<String, String> form,
      Set<String> taken,
      Class<? extends DossierCommand> command,
      Locale locale,
      RedirectAttributes redirect) {
    try {
      return Optional.of(goals(form, taken));
    } catch (RowProblem p) {
      Language language = Texts.language(locale);
      Outcomes.invalid(
          Texts.BOOK.text(
              language, "plan.badRow", p.goal, p.action, Texts.BOOK.text(language, p.expected)),
          Commands.of(command).orElseThrow().label(language),
          redirect);
      return Optional.empty();
    }
  }

  /**
   * The ids the dossier's plans already use, so that a new goal or action gets a new id (an id of a
   * dropped goal would bring back its closure). Empty when the actor may not read the plan; the
   * library then refuses the command anyway.
   */
  private Set<String> planIds(ProfessionalId actor, String id) {
    Set<String> ids = new HashSet<>();
    DossierPage page = chain.read(actor, Forms.dossier(id), Purpose.PLAN);
    if (page instanceof DossierPage.Shown shown) {
      shown
          .plan()
          .facts()
          .ifPresent(
              plans -> {
                for (Plan p : plans.versions()) {
                  addIds(p.goals(), ids);
                }
                plans.proposals().forEach(pr -> addIds(pr.goals(), ids));
              });
    }
    return ids;
  }

  private static void addIds(List<Goal> goals, Set<String> ids) {
    for (Goal g : goals) {
      ids.add(g.id().value());
      g.actions().forEach(a -> ids.add(a.id().value()));
    }
  }

  /**
   * The goals of a plan form: the goal rows {@code g<i>.text} with their action rows {@code
   * g<i>.a<j>.text/owner/due}; a row left empty is skipped, an action row half filled fails the
   * form's own check. A row's id comes from its hidden field (a goal or action of the plan kept),
   * or the app gives it a new one ({@code g<n>}, {@code a<n>}) that neither the form nor {@code
   * taken} uses.
   */
  static List<Command.PlannedGoal> goals(Map<String, String> form, Set<String> taken) {
    Set<String> used = new HashSet<>(taken);
    for (int i = 0; i < rowsIn(form); i++) {
      Forms.text(form.get("g" + i + ".id")).ifPresent(used::add);
      for (int j = 0; j < ACTIONS; j++) {
        Forms.text(form.get("g" + i + ".a" + j + ".id")).ifPresent(used::add);
      }
    }
    List<Command.PlannedGoal> goals = new ArrayList<>();
    for (int i = 0; i < rowsIn(form); i++) {
      String g = "g" + i;
      Optional<String> text = Forms.text(form.get(g + ".text"));
      List<Command.PlannedAction> actions = new ArrayList<>();
      for (int j = 0; j < ACTIONS; j++) {
        String a = g + ".a" + j;
        Optional<String> actionText = Forms.text(form.get(a + ".text"));
        Optional<String> owner = Forms.text(form.get(a + ".owner"));
        Optional<String> due = Forms.text(form.get(a + ".due"));
        if (actionText.isEmpty() && owner.isEmpty() && due.isEmpty()) {
          continue;
        }
        String actionId = Forms.text(form.get(a + ".id")).orElseGet(() -> fresh("a", used));
        int goalRow = i + 1;
        int actionRow = j + 1;
        PartnerId partner =
            PartnerId.of(
                owner.orElseThrow(() -> new RowProblem(goalRow, actionRow, "plan.bad.owner")));
        LocalDate date;
        try {
          date =
              LocalDate.parse(
                  due.orElseThrow(() -> new RowProblem(goalRow, actionRow, "plan.bad.due")));
        } catch (java.time.format.DateTimeParseException e) {
          throw new RowProblem(goalRow, actionRow, "plan.bad.due");
        }
        actions.add(
            new Command.PlannedAction(ActionId.of(actionId), actionText.orElse(""), partner, date));
      }
      if (text.isEmpty() && actions.isEmpty()) {
        continue;
      }
      String goalId = Forms.text(form.get(g + ".id")).orElseGet(() -> fresh("g", used));
      goals.add(new Command.PlannedGoal(GoalId.of(goalId), text.orElse(""), actions));
    }
    return goals;
  }

  /** How many goal rows the form has: the fixed rows, or more when a plan's goals were shown. */
  private static int rowsIn(Map<String, String> form) {
    int n = GOALS;
    while (n < 100 && (form.containsKey("g" + n + ".text") || form.containsKey("g" + n + ".id"))) {
      n++;
    }
    return n;
  }

  private static String fresh(String prefix, Set<String> used) {
    for (int n = 1; ; n++) {
      String id = prefix + n;
      if (used.add(id)) {
        return id;
      }
    }
  }

  private static @Nullable SessionId session(Map<String, String> form) {
    return DossierController.session(form.get("session"));
  }

  private static boolean yes(String value) {
    if (value.equals("yes")) {
      return true;
    }
    if (value.equals("no")) {
      return false;
    }
    throw new IllegalArgumentException("adopted must be yes or no");
  }
}
