package be.ifg.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import be.ifg.domain.DossierId;
import be.ifg.domain.ProfessionalId;
import be.ifg.workflow.ChainApproach;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Sign-in through an organisation's identity provider (OIDC), configured with a fake client
 * registration (no network): the sign-in page offers it, the claim names the actor, a token without
 * the claim is refused, and the table's membership still decides what the actor sees.
 */
@SpringBootTest(
    properties = {
      "spring.security.oauth2.client.registration.org.client-id=ifg-web",
      "spring.security.oauth2.client.registration.org.client-secret=not-a-secret",
      "spring.security.oauth2.client.registration.org.client-name=Stad Brugge",
      "spring.security.oauth2.client.registration.org.authorization-grant-type=authorization_code",
      "spring.security.oauth2.client.registration.org.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
      "spring.security.oauth2.client.registration.org.scope=openid,profile",
      "spring.security.oauth2.client.provider.org.authorization-uri=https://idp.example.invalid/authorize",
      "spring.security.oauth2.client.provider.org.token-uri=https://idp.example.invalid/token",
      "spring.security.oauth2.client.provider.org.jwk-set-uri=https://idp.example.invalid/jwks",
      "spring.security.oauth2.client.provider.org.user-name-attribute=sub"
    })
@AutoConfigureMockMvc
@ActiveProfiles({"demo", "test"})
class OidcTests {
  @Autowired MockMvc mvc;
  @Autowired ChainApproach chain;

  @AfterEach
  void clear() {
    SecurityContextHolder.clearContext();
  }

  static DefaultOidcUser user(Map<String, Object> claims) {
    OidcIdToken token =
        new OidcIdToken("token-value", Instant.now(), Instant.now().plusSeconds(300), claims);
    return new DefaultOidcUser(List.of(new SimpleGrantedAuthority("OIDC_USER")), token, "sub");
  }

  static void signIn(OidcUser user) {
    SecurityContextHolder.getContext()
        .setAuthentication(new OAuth2AuthenticationToken(user, user.getAuthorities(), "org"));
  }

  @Test
  void theSignInPageOffersTheConfiguredProvider() throws Exception {
    String page =
        mvc.perform(get("/signin").header("Accept-Language", "en"))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(page)
        .contains("id=\"provider-org\"")
        .contains("href=\"/oauth2/authorization/org\"")
        .contains("Sign in with Stad Brugge");
    MockHttpServletResponse start =
        mvc.perform(get("/oauth2/authorization/org")).andReturn().getResponse();
    assertThat(start.getStatus()).isEqualTo(302);
    URI to = URI.create(start.getRedirectedUrl());
    assertThat(to.getHost()).isEqualTo("idp.example.invalid");
    assertThat(to.getQuery())
        .contains("client_id=ifg-web")
        .contains("response_type=code")
        .contains("state=")
        .contains("nonce=");
  }

  @Test
  void theClaimNamesTheActor() {
    signIn(user(Map.of("sub", "x-7731", "preferred_username", "dina")));
    assertThat(Actors.current("preferred_username")).isEqualTo(ProfessionalId.of("dina"));
    signIn(
        user(Map.of("sub", "x-7731", "ifg_professional_id", "bart", "preferred_username", "an")));
    assertThat(Actors.current("ifg_professional_id")).isEqualTo(ProfessionalId.of("bart"));
  }

  @Test
  void aTokenWithoutTheClaimIsRefused() {
    DefaultOidcUser without = user(Map.of("sub", "x-7731", "email", "dina@example.invalid"));
    assertThatThrownBy(() -> Actors.checked(without, "preferred_username"))
        .isInstanceOf(OAuth2AuthenticationException.class);
    DefaultOidcUser blank = user(Map.of("sub", "x-7731", "preferred_username", " "));
    assertThatThrownBy(() -> Actors.checked(blank, "preferred_username"))
        .isInstanceOf(OAuth2AuthenticationException.class);
    DefaultOidcUser control = user(Map.of("sub", "x-7731", "preferred_username", "dina\n"));
    assertThatThrownBy(() -> Actors.checked(control, "preferred_username"))
        .isInstanceOf(OAuth2AuthenticationException.class);
    assertThat(
            Actors.checked(
                user(Map.of("sub", "x", "preferred_username", "dina")), "preferred_username"))
        .isNotNull();
    signIn(without);
    assertThatThrownBy(() -> Actors.current("preferred_username"))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void theTableStillDecidesForAnIdentityProvidersUser() throws Exception {
    DossierId id = Families.acceptedWithLocation(chain);
    OidcUser dina = user(Map.of("sub", "x-1", "preferred_username", "dina"));
    OidcUser stranger = user(Map.of("sub", "x-2", "preferred_username", "gert"));
    MockHttpServletResponse member =
        mvc.perform(
                get("/dossiers/" + id.value())
                    .with(oidcLogin().oidcUser(dina))
                    .header("Accept-Language", "en"))
            .andReturn()
            .getResponse();
    assertThat(member.getStatus()).isEqualTo(200);
    assertThat(member.getContentAsString(StandardCharsets.UTF_8))
        .contains("id=\"signed-in-as\">dina<")
        .contains("sara")
        .doesNotContain(Families.LOCATION);
    MockHttpServletResponse other =
        mvc.perform(
                get("/dossiers/" + id.value())
                    .with(oidcLogin().oidcUser(stranger))
                    .header("Accept-Language", "en"))
            .andReturn()
            .getResponse();
    assertThat(other.getStatus()).isEqualTo(403);
    assertThat(other.getContentAsString(StandardCharsets.UTF_8)).doesNotContain("sara");
  }
}
