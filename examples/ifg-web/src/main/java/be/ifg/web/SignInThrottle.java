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
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sign-in throttling: after {@code failures} failed sign-ins for one name, or from one address,
 * further attempts for that name or from that address are refused for {@code lockout}, without the
 * password being checked, and the page says so in the same words whatever the name. Bounded: at
 * most 100,000 names and addresses are remembered, each for the lockout.
 */
final class SignInThrottle extends OncePerRequestFilter implements AuthenticationFailureHandler {
  private final int failures;
  private final Cache<String, Counter> counters;

  SignInThrottle(WebSettings.Throttle settings) {
    this.failures = Math.max(1, settings.getFailures());
    this.counters =
        CacheBuilder.newBuilder()
            .maximumSize(100_000)
            .expireAfterWrite(settings.getLockout())
            .build();
  }

  private static final class Counter {
    final AtomicInteger failed = new AtomicInteger();
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !("POST".equals(request.getMethod()) && "/signin".equals(request.getServletPath()));
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
    return "name:" + (name == null ? "" : name.trim().toLowerCase(Locale.ROOT));
  }

  private static String addressKey(HttpServletRequest request) {
    return "address:" + request.getRemoteAddr();
  }
}
