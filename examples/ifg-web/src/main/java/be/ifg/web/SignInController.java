package be.ifg.web;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sign-in page, with a link to each configured identity provider (OIDC); Spring Security
 * handles the form's POST, the providers' redirects and sign-out.
 */
@Controller
class SignInController {
  /** An identity provider the page offers: its registration id and its name. */
  record Provider(String id, String name) {}

  private final List<Provider> providers;

  SignInController(ObjectProvider<ClientRegistrationRepository> registrations) {
    List<Provider> found = new ArrayList<>();
    if (registrations.getIfAvailable() instanceof Iterable<?> all) {
      for (Object o : all) {
        if (o instanceof ClientRegistration r) {
          found.add(new Provider(r.getRegistrationId(), r.getClientName()));
        }
      }
    }
    this.providers = List.copyOf(found);
  }

  @GetMapping("/signin")
  String signIn(Model model) {
    model.addAttribute("providers", providers);
    return "signin";
  }
}
