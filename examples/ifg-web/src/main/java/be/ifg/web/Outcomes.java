package be.ifg.web;

import be.ifg.domain.Language;
import be.ifg.workflow.Decision;
import be.ifg.workflow.Reason;
import java.util.List;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What a form's command came to, carried to the next page in the session (never in the URL): done,
 * or refused with every reason the library gave, in the page's language.
 */
final class Outcomes {
  /** The flash attribute of an accepted command: the command's label. */
  static final String DONE = "done";

  /** The flash attribute of a refused command: its reasons, each a code and a sentence. */
  static final String REFUSED = "refused";

  private Outcomes() {}

  /** One reason as a page shows it. */
  record Shown(String code, String text) {}

  /**
   * Puts the decision into the flash attributes and says whether it was accepted.
   *
   * @param label what was asked, in the page's language
   */
  static boolean flash(
      Decision decision, String label, Language language, RedirectAttributes redirect) {
    if (decision instanceof Decision.Rejected rejected) {
      redirect.addFlashAttribute(REFUSED, reasons(rejected.reasons(), language));
      redirect.addFlashAttribute("refusedWhat", label);
      return false;
    }
    redirect.addFlashAttribute(DONE, label);
    return true;
  }

  /** The reasons in a language. */
  static List<Shown> reasons(List<Reason> reasons, Language language) {
    return reasons.stream().map(r -> new Shown(r.code().name(), r.message(language))).toList();
  }

  /** A form the app itself refuses before asking the library (a field missing or malformed). */
  static void invalid(String message, String label, RedirectAttributes redirect) {
    redirect.addFlashAttribute(REFUSED, List.of(new Shown("INVALID_INPUT", message)));
    redirect.addFlashAttribute("refusedWhat", label);
  }
}
