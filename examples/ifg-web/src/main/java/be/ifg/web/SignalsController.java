package be.ifg.web;

import be.ifg.domain.PolicySignal;
import be.ifg.domain.ProfessionalId;
import be.ifg.domain.SignalCategory;
import be.ifg.domain.SignalId;
import be.ifg.workflow.ChainApproach;
import be.ifg.workflow.Command;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The table's policy signals: what the library lets the signed-in professional read ({@link
 * ChainApproach#signals}: members with standing and the readers of a steering group that oversees
 * the table; anybody else the same empty answer, shown as "none to show"), and the form to raise
 * one. A signal belongs to the table, not to a dossier: it is a table command, and the library
 * screens its text for anything that could identify a person.
 */
@Controller
class SignalsController {
  private final ChainApproach chain;
  private final CommandRunner commands;
  private final Clock clock;

  SignalsController(ChainApproach chain, CommandRunner commands, Clock clock) {
    this.chain = chain;
    this.commands = commands;
    this.clock = clock;
  }

  @GetMapping("/signals")
  String signals(@Actors.SignedIn ProfessionalId actor, Model model) {
    List<PolicySignal> signals = chain.signals(actor);
    model.addAttribute("signals", signals);
    model.addAttribute("zone", clock.getZone());
    model.addAttribute("categories", Arrays.asList(SignalCategory.values()));
    return "signals";
  }

  @PostMapping("/signals")
  String raise(
      @Actors.SignedIn ProfessionalId actor,
      @RequestParam(name = "category", required = false) @Nullable String category,
      @RequestParam(name = "text", required = false) @Nullable String text,
      Locale locale,
      RedirectAttributes redirect) {
    commands.table(
        actor,
        () ->
            new Command.RaiseSignal(
                SignalId.of("sig-" + UUID.randomUUID().toString().substring(0, 8)),
                SignalCategory.valueOf(Forms.required(category).toUpperCase(Locale.ROOT)),
                Forms.required(text)),
        locale,
        redirect);
    return "redirect:/signals";
  }
}
