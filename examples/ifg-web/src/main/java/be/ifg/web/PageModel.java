package be.ifg.web;

import be.ifg.domain.Language;
import be.ifg.domain.ProfessionalId;
import be.ifg.workflow.ChainApproach;
import be.ifg.workflow.SteeringGroup;
import be.ifg.workflow.TableState;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
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
    return settings.isDemo();
  }

  @ModelAttribute("me")
  @Nullable String me() {
    return signedIn().map(ProfessionalId::value).orElse(null);
  }

  /**
   * Whether the signed-in professional is the table's coordinator ({@code coordinator}) and has
   * standing at the table ({@code member}), from one reading of the table per request.
   */
  @ModelAttribute
  void table(Model model) {
    Optional<ProfessionalId> me = signedIn();
    @Nullable TableState table = me.isPresent() ? chain.tableState() : null;
    model.addAttribute(
        "coordinator", table != null && table.coordinator().equals(me.orElseThrow()));
    model.addAttribute("member", table != null && table.hasStanding(me.orElseThrow()));
  }

  @ModelAttribute("steeringReader")
  boolean steeringReader() {
    return signedIn().map(p -> steeringGroups.stream().anyMatch(g -> g.isReader(p))).orElse(false);
  }

  private Optional<ProfessionalId> signedIn() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
      return Optional.empty();
    }
    return Optional.of(Actors.current(settings.getOidcUserClaim()));
  }
}
