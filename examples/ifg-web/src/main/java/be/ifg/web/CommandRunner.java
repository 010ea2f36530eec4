package be.ifg.web;

import be.ifg.domain.DossierId;
import be.ifg.domain.Language;
import be.ifg.domain.ProfessionalId;
import be.ifg.workflow.ChainApproach;
import be.ifg.workflow.Command;
import be.ifg.workflow.Commands;
import be.ifg.workflow.Decision;
import be.ifg.workflow.DossierCommand;
import be.ifg.workflow.TableCommand;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Gives a form's command to the library as the signed-in actor and carries the decision to the next
 * page ({@link Outcomes}). A form the command's own checks refuse (a blank text, a date in the
 * wrong form) changes nothing and comes back with the app's words for it; the library's refusals
 * come back with the library's reasons.
 */
@Component
class CommandRunner {
  private final ChainApproach chain;

  CommandRunner(ChainApproach chain) {
    this.chain = chain;
  }

  /**
   * Builds and gives a dossier command.
   *
   * @return whether the library accepted it
   */
  boolean dossier(
      ProfessionalId actor,
      DossierId dossier,
      Supplier<? extends DossierCommand> command,
      Locale locale,
      RedirectAttributes redirect) {
    return run(command, c -> chain.handle(actor, dossier, (DossierCommand) c), locale, redirect);
  }

  /**
   * Builds and gives a table command.
   *
   * @return whether the library accepted it
   */
  boolean table(
      ProfessionalId actor,
      Supplier<? extends TableCommand> command,
      Locale locale,
      RedirectAttributes redirect) {
    return run(command, c -> chain.handle(actor, (TableCommand) c), locale, redirect);
  }

  /**
   * Builds and gives a registration.
   *
   * @return whether the library accepted it
   */
  boolean register(
      ProfessionalId actor,
      Supplier<Command.Register> command,
      Locale locale,
      RedirectAttributes redirect) {
    return run(command, c -> chain.register(actor, (Command.Register) c), locale, redirect);
  }

  private boolean run(
      Supplier<? extends Command> build,
      java.util.function.Function<Command, Decision> give,
      Locale locale,
      RedirectAttributes redirect) {
    Language language = Texts.language(locale);
    Command command;
    try {
      command = build.get();
    } catch (IllegalArgumentException | NullPointerException | java.time.DateTimeException e) {
      Outcomes.invalid(
          Texts.BOOK.text(language, "form.invalid"),
          Texts.BOOK.text(language, "form.this"),
          redirect);
      return false;
    }
    String label = Commands.of(command).label(language);
    return Outcomes.flash(give.apply(command), label, language, redirect);
  }
}
