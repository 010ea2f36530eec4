package be.ifg.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may reach which page, and how a professional signs in.
 *
 * <ul>
 *   <li>Every page but sign-in, the style sheet and the error page needs a signed-in professional;
 *       what the page then shows is the library's decision for that professional.
 *   <li>Passwords are bcrypt hashes ({@link PasswordEncoderFactories}' delegating encoder, so an
 *       Argon2 hash is accepted too); failed sign-ins are throttled ({@link SignInThrottle}).
 *   <li>CSRF tokens on every form (Spring Security's default, on), a new session id at sign-in,
 *       sign-out by POST only, and a content security policy without inline script or style.
 *   <li>Sign-in through an organisation's identity provider (OIDC) when one is configured with
 *       {@code spring.security.oauth2.client.registration.*} (see {@code docs/web.md}).
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {
  /** The content security policy: nothing inline, nothing from elsewhere, no framing. */
  static final String CSP =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  @Bean
  InMemoryUserDetailsManager users(
      WebSettings settings, ResourceLoader loader, PasswordEncoder encoder) {
    return Users.load(loader, settings.users(), settings.demo(), encoder);
  }

  @Bean
  SecurityFilterChain securityFilterChain(
      HttpSecurity http,
      WebSettings settings,
      ObjectProvider<ClientRegistrationRepository> identityProviders)
      throws Exception {
    // not a bean: Boot would register a Filter bean for every request, outside the security chain
    SignInThrottle throttle = new SignInThrottle(settings.throttle());
    AuthenticationSuccessHandler success =
        (HttpServletRequest request, HttpServletResponse response, Authentication auth) -> {
          throttle.succeeded(auth.getName());
          redirectHome(request, response);
        };
    http.authorizeHttpRequests(
            a ->
                a.requestMatchers("/signin", "/css/**", "/error", "/favicon.ico")
                    .permitAll()
                    .anyRequest()
                    .authenticated())
        .formLogin(
            f ->
                f.loginPage("/signin")
                    .loginProcessingUrl("/signin")
                    .successHandler(success)
                    .failureHandler(throttle)
                    .permitAll())
        .logout(l -> l.logoutUrl("/signout").logoutSuccessUrl("/signin?signedout"))
        .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
        .headers(
            h ->
                h.contentSecurityPolicy(c -> c.policyDirectives(CSP))
                    .referrerPolicy(r -> r.policy(ReferrerPolicy.NO_REFERRER))
                    .frameOptions(f -> f.deny()))
        .addFilterBefore(throttle, UsernamePasswordAuthenticationFilter.class);
    if (identityProviders.getIfAvailable() != null) {
      // the claim naming the professional is checked at sign-in: no session without it
      http.oauth2Login(
          o ->
              o.loginPage("/signin")
                  .successHandler(success)
                  .userInfoEndpoint(
                      u ->
                          u.oidcUserService(
                              Actors.requiring(settings.oidcUserClaim(), new OidcUserService()))));
    }
    return http.build();
  }

  private static void redirectHome(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.sendRedirect(request.getContextPath() + "/");
  }
}
