package be.ifg.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An HTTP session for tests against the real server (a browser without a browser): one cookie jar,
 * redirects not followed, the CSRF token taken from the last page's forms as a browser would send
 * it.
 */
final class HttpSession {
  private static final Pattern CSRF =
      Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"");

  private final String base;
  private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
  private final HttpClient client;
  private String csrf = "";

  HttpSession(int port) {
    this.base = "http://localhost:" + port;
    this.client =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
  }

  /** GETs a path; remembers the CSRF token of the page's forms. */
  HttpResponse<String> get(String path, String... headers) {
    HttpRequest.Builder b = request(path).GET();
    if (headers.length > 0) {
      b.headers(headers);
    }
    return remember(send(b.build()));
  }

  /** POSTs a form with the last page's CSRF token. */
  HttpResponse<String> post(String path, Map<String, String> form) {
    Map<String, String> all = new LinkedHashMap<>(form);
    all.put("_csrf", csrf);
    return postRaw(path, all);
  }

  /** POSTs a form as it is (no CSRF token unless it holds one). */
  HttpResponse<String> postRaw(String path, Map<String, String> form) {
    String body =
        form.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return postBody(path, body);
  }

  /** POSTs an URL-encoded body as it is. */
  HttpResponse<String> postBody(String path, String body) {
    return remember(
        send(
            request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build()));
  }

  /** Signs in through the sign-in form; returns the form POST's answer. */
  HttpResponse<String> signIn(String name, String password) {
    get("/signin");
    HttpResponse<String> r = post("/signin", Map.of("username", name, "password", password));
    get("/");
    return r;
  }

  /** The value of a cookie in the jar. */
  Optional<String> cookie(String name) {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals(name))
        .map(HttpCookie::getValue)
        .findFirst();
  }

  /** The Set-Cookie header of a response that sets the named cookie. */
  static Optional<String> setCookie(HttpResponse<?> response, String name) {
    return response.headers().allValues("Set-Cookie").stream()
        .filter(h -> h.startsWith(name + "="))
        .findFirst();
  }

  /** The page's body with every CSRF token blanked, to compare two pages. */
  static String withoutTokens(String html) {
    return html.replaceAll("value=\"[^\"]*\"(\\s+name=\"_csrf\")", "value=\"\"$1")
        .replaceAll("(name=\"_csrf\"\\s+)value=\"[^\"]*\"", "$1value=\"\"");
  }

  HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(base + path))
        .timeout(Duration.ofSeconds(30))
        .header("Accept", "text/html")
        .header("Accept-Language", "en");
  }

  HttpResponse<String> send(HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Sends a request with exactly these cookies (no jar), e.g. an old session cookie. */
  static HttpResponse<String> withCookie(int port, String path, String cookie) {
    HttpClient bare = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    try {
      return bare.send(
          HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
              .header("Cookie", cookie)
              .header("Accept", "text/html")
              .GET()
              .build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private HttpResponse<String> remember(HttpResponse<String> response) {
    Matcher m = CSRF.matcher(response.body());
    if (m.find()) {
      csrf = m.group(1) != null ? m.group(1) : m.group(2);
    }
    return response;
  }

  /** Every value of a response's header (lower-case name). */
  static List<String> header(HttpResponse<?> response, String name) {
    return response.headers().allValues(name);
  }
}
