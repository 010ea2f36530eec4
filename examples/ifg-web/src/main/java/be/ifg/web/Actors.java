package be.ifg.web;

import be.ifg.domain.ProfessionalId;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * The actor of a request: the signed-in professional, from the session's authentication and from
 * nothing else (no parameter, header or cookie of the request can name another). A handler takes it
 * as {@code @SignedIn ProfessionalId actor}.
 */
final class Actors implements HandlerMethodArgumentResolver {
  /** Marks the handler parameter that receives the signed-in professional. */
  @Target(ElementType.PARAMETER)
  @Retention(RetentionPolicy.RUNTIME)
  @interface SignedIn {}

  private final String oidcClaim;

  Actors(String oidcClaim) {
    this.oidcClaim = oidcClaim;
  }

  @Override
  public boolean supportsParameter(MethodParameter parameter) {
    return parameter.hasParameterAnnotation(SignedIn.class)
        && parameter.getParameterType() == ProfessionalId.class;
  }

  @Override
  public ProfessionalId resolveArgument(
      MethodParameter parameter,
      ModelAndViewContainer container,
      NativeWebRequest request,
      WebDataBinderFactory binders) {
    return current(oidcClaim);
  }

  /**
   * The identity provider's user service, refusing at sign-in a token whose claim does not name a
   * professional: nobody without it gets a session.
   */
  static OAuth2UserService<OidcUserRequest, OidcUser> requiring(
      String oidcClaim, OAuth2UserService<OidcUserRequest, OidcUser> delegate) {
    return request -> checked(delegate.loadUser(request), oidcClaim);
  }

  /**
   * The identity provider's user, if its claim names a professional.
   *
   * @throws OAuth2AuthenticationException if the claim is missing, blank or no professional id
   */
  static OidcUser checked(OidcUser user, String oidcClaim) {
    String name = user.getClaimAsString(oidcClaim);
    boolean valid;
    try {
      valid = name != null && !name.isBlank() && ProfessionalId.of(name) != null;
    } catch (IllegalArgumentException e) {
      valid = false;
    }
    if (!valid) {
      throw new OAuth2AuthenticationException(
          new OAuth2Error(
              "invalid_token", "the identity provider's token names no professional", null));
    }
    return user;
  }

  /**
   * The signed-in professional.
   *
   * @throws IllegalStateException if nobody is signed in (the security chain lets no such request
   *     reach a page)
   */
  static ProfessionalId current(String oidcClaim) {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
      throw new IllegalStateException("no professional is signed in");
    }
    if (auth.getPrincipal() instanceof OidcUser oidc) {
      String name = oidc.getClaimAsString(oidcClaim);
      if (name == null || name.isBlank()) {
        throw new IllegalStateException("the identity provider's token has no " + oidcClaim);
      }
      return ProfessionalId.of(name);
    }
    return ProfessionalId.of(auth.getName());
  }
}
