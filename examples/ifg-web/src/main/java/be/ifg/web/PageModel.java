package be.ifg.web;

import be.ifg.domain.Language;
import be.ifg.domain.ProfessionalId;
import be.ifg.workflow.ChainApproach;
import be.ifg.workflow.SteeringGroup;
import be.ifg.workflow.TableState;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page's frame needs: the language, the signed-in professional's name, which menu
 * entries to offer (the table's coordinator, a steering reader), and whether this is the demo. The
 * menu only hides links; every page asks the library again.
 */
@ControllerAdvice
class PageModel {
  private final ChainApproach chain;
  private final WebSettings settings;
  private final Set<SteeringGroup> steeringGroups;

  PageModel(ChainApproach chain, WebSettings settings, Set<SteeringGroup> steeringGroups) {
    this.chain = chain;
    this.settings = settings;
    this.steeringGroups = steeringGroups;
  }

  @ModelAttribute("lang")
  Language language(Locale locale) {
    return Texts.language(locale);
  }

  @ModelAttribute("demo")
  boolean demo() {
    return settings.demo();
  }

  /**
   * The signed-in professional's name and menu: the table's state is read once per page (one read
   * of the table's stream), not once per entry.
   */
  @ModelAttribute
  void frame(Model model) {
    Optional<ProfessionalId> who = signedIn();
    model.addAttribute("me", who.map(ProfessionalId::value).orElse(null));
    if (who.isEmpty()) {
      model.addAttribute("coordinator", false);
      model.addAttribute("member", false);
      model.addAttribute("steeringReader", false);
      return;
    }
    ProfessionalId p = who.get();
    TableState table = chain.tableState();
    model.addAttribute("coordinator", table.coordinator().equals(p) && table.hasStanding(p));
    model.addAttribute("member", table.hasStanding(p));
    model.addAttribute("steeringReader", steeringGroups.stream().anyMatch(g -> g.isReader(p)));
  }

  private Optional<ProfessionalId> signedIn() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
      return Optional.empty();
    }
    return Optional.of(Actors.current(settings.oidcUserClaim()));
  }
}
