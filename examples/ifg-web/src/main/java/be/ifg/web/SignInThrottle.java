package be.ifg.web;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sign-in throttling: after {@code failures} failed sign-ins for one name, or from one address,
 * further attempts for that name or from that address are refused for {@code lockout}, without the
 * password being checked, and the page says so in the same words whatever the name. Bounded: at
 * most {@code remembered} (100,000 unless set) names and addresses are remembered, each for the
 * lockout after its last failure. The address is the connection's ({@code getRemoteAddr()}): behind
 * a proxy, configure Spring's forwarded-header support, or every user shares the proxy's address.
 */
final class SignInThrottle extends OncePerRequestFilter implements AuthenticationFailureHandler {
  private static final int MAX_NAME = 100;

  private static final RequestMatcher SIGN_IN =
      PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/signin");

  private final int failures;
  private final Cache<String, Counter> counters;

  SignInThrottle(WebSettings.Throttle settings) {
    this.failures = Math.max(1, settings.failures());
    this.counters =
        CacheBuilder.newBuilder()
            .maximumSize(Math.max(1, settings.remembered()))
            .expireAfterWrite(settings.lockout())
            .build();
  }

  private static final class Counter {
    final AtomicInteger failed = new AtomicInteger();
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    // the same matcher as the sign-in form's processing (not the servlet path, which depends on
    // how the dispatcher is mapped): every POST the form login handles is throttled
    return !SIGN_IN.matches(request);
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (locked(nameKey(request)) || locked(addressKey(request))) {
      response.sendRedirect(request.getContextPath() + "/signin?throttled");
      return;
    }
    chain.doFilter(request, response);
  }

  @Override
  public void onAuthenticationFailure(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
      throws IOException {
    count(nameKey(request));
    count(addressKey(request));
    response.sendRedirect(request.getContextPath() + "/signin?error");
  }

  /** Forgets a name's failures after it signed in. */
  void succeeded(String name) {
    counters.invalidate("name:" + name.toLowerCase(Locale.ROOT));
  }

  /** How many names and addresses are remembered now. */
  long remembered() {
    counters.cleanUp();
    return counters.size();
  }

  boolean locked(String key) {
    Counter c = counters.getIfPresent(key);
    return c != null && c.failed.get() >= failures;
  }

  private void count(String key) {
    try {
      Counter c = counters.get(key, Counter::new);
      c.failed.incrementAndGet();
      counters.put(key, c);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String nameKey(HttpServletRequest request) {
    String name = request.getParameter("username");
    String key = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
    // no professional id is longer than 100 characters: a longer name is kept short, so that a
    // remembered name costs little whatever was sent
    return "name:" + (key.length() > MAX_NAME ? key.substring(0, MAX_NAME + 1) : key);
  }

  private static String addressKey(HttpServletRequest request) {
    return "address:" + request.getRemoteAddr();
  }
}
