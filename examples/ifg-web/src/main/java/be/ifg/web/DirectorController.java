package be.ifg.web;

import be.ifg.domain.ActionId;
import be.ifg.domain.ActionStatus;
import be.ifg.domain.DossierId;
import be.ifg.domain.ProfessionalId;
import be.ifg.workflow.AgendaEntry;
import be.ifg.workflow.AgendaKind;
import be.ifg.workflow.ChainApproach;
import be.ifg.workflow.DossierSummary;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The case director's page: the dossiers where the signed-in actor is the case director in office,
 * each with what is due in it, its open goals, its actions and their statuses, and the next
 * progress report due. Built from the library's summaries and agenda only (no content of a dossier:
 * goal and action ids and statuses; the plan page shows their texts through a read).
 */
@Controller
class DirectorController {
  private final ChainApproach chain;
  private final Clock clock;

  DirectorController(ChainApproach chain, Clock clock) {
    this.chain = chain;
    this.clock = clock;
  }

  /** One dossier the actor directs. */
  record Directed(
      DossierId id,
      DossierSummary summary,
      List<AgendaEntry> due,
      Optional<LocalDate> nextReport,
      List<ActionState> actions) {}

  /** An action of the plan by its id, with its status. */
  record ActionState(ActionId id, ActionStatus status) {}

  @GetMapping("/director")
  String director(@Actors.SignedIn ProfessionalId actor, Model model) {
    LocalDate today = LocalDate.now(clock);
    List<Directed> directed = new ArrayList<>();
    for (DossierId d : chain.dossiers(actor)) {
      Optional<DossierSummary> summary = chain.status(actor, d);
      if (summary.isEmpty() || !actor.equals(summary.get().caseDirector())) {
        continue;
      }
      List<AgendaEntry> due = chain.agenda(actor, d, today);
      Optional<LocalDate> report =
          due.stream()
              .filter(e -> e.kind() == AgendaKind.PROGRESS_REPORT)
              .map(AgendaEntry::due)
              .min(LocalDate::compareTo);
      directed.add(
          new Directed(
              d,
              summary.get(),
              due,
              report,
              summary.get().actions().entrySet().stream()
                  .map(e -> new ActionState(e.getKey(), e.getValue()))
                  .toList()));
    }
    model.addAttribute("today", today);
    model.addAttribute("directed", directed);
    return "director";
  }
}
