package be.ifg.web.load;

import be.ifg.domain.DossierId;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One professional at the keyboard: signs in with their own session (own cookies), then until the
 * end browses (the agenda, the big dossier, other dossiers) and now and then acts (the table's
 * decision on a fresh registration, or sharing an item when the app has that form), with a pause
 * between pages. Each request's time and status go to the {@link Figures} while the measurement
 * window is open.
 */
final class VirtualUser {
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  private static final Duration TIMEOUT = Duration.ofSeconds(10);
  private static final Duration SIGN_IN_TIMEOUT = Duration.ofSeconds(60);
  private static final List<String> LANGUAGES = List.of("nl", "fr", "en");

  /** What every user shares: the dossiers, the window, the counts. */
  record Plan(
      DossierId big,
      List<DossierId> others,
      Queue<DossierId> undecided,
      boolean share,
      long measureFrom,
      long measureTo,
      long stopAt,
      long thinkMillis,
      Figures figures,
      AtomicLong dossierReads,
      AtomicLong agendaReads,
      Queue<DossierId> decided,
      AtomicLong shares) {}

  private final String name;
  private final String password;
  private final URI base;
  private Plan plan;
  private final Random random;
  private final String language;
  private final HttpClient http;
  private String csrf = "";

  VirtualUser(String name, String password, URI base, int number) {
    this.name = name;
    this.password = password;
    this.base = base;
    this.random = new Random(4211L * (number + 1));
    this.language = LANGUAGES.get(number % LANGUAGES.size());
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(SIGN_IN_TIMEOUT)
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .build();
  }

  /** Browses and acts until the plan's end; call after {@link #signIn}. */
  void browse(Plan plan) {
    this.plan = plan;
    try {
      // users do not all start on the same millisecond
      Thread.sleep((long) (random.nextDouble() * plan.thinkMillis()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    while (System.nanoTime() < plan.stopAt() && !Thread.currentThread().isInterrupted()) {
      double r = random.nextDouble();
      if (r < 0.25) {
        agenda();
      } else if (r < 0.60) {
        dossier("dossier (500 items)", plan.big(), random.nextInt(5) == 0 ? "SAFETY" : "PLAN");
      } else if (r < 0.90 || !act()) {
        dossier("dossier (other)", other(), "PLAN");
      }
      try {
        Thread.sleep(plan.thinkMillis() / 2 + (long) (random.nextDouble() * plan.thinkMillis()));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Signs in through the form, as a browser does: the form's token, then the POST. */
  void signIn() throws IOException, InterruptedException {
    HttpResponse<String> form = send(get("/signin", SIGN_IN_TIMEOUT));
    if (form.statusCode() != 200) {
      throw new IllegalStateException("the sign-in page answered " + form.statusCode());
    }
    token(form.body());
    HttpResponse<String> done =
        send(
            post(
                "/signin",
                Map.of("username", List.of(name), "password", List.of(password)),
                SIGN_IN_TIMEOUT));
    String to = done.headers().firstValue("Location").orElse("");
    if (done.statusCode() != 302 || !URI.create(to).getPath().equals("/")) {
      throw new IllegalStateException(name + " could not sign in: " + done.statusCode() + " " + to);
    }
    HttpResponse<String> home = send(get("/", SIGN_IN_TIMEOUT));
    if (home.statusCode() != 200) {
      throw new IllegalStateException(
          name + " signed in, then the agenda answered " + home.statusCode());
    }
    token(home.body());
  }

  /**
   * Gets a page that must answer 200 (outside the figures).
   *
   * @throws IllegalStateException if it does not
   */
  void get200(String path) throws IOException, InterruptedException {
    HttpResponse<String> r = send(get(path));
    if (r.statusCode() != 200) {
      throw new IllegalStateException(path + " answered " + r.statusCode());
    }
  }

  /** Whether the app answers POST on a path: its OPTIONS lists POST. */
  boolean takesPost(String path) throws IOException, InterruptedException {
    HttpResponse<String> r =
        send(
            HttpRequest.newBuilder(base.resolve(path))
                .timeout(TIMEOUT)
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .build());
    return r.statusCode() == 200
        && r.headers().firstValue("Allow").orElse("").toUpperCase().contains("POST");
  }

  private void agenda() {
    page("agenda", "/", "id=\"dossiers\"", plan.agendaReads());
  }

  private void dossier(String label, DossierId id, String purpose) {
    page(
        label,
        "/dossiers/" + id.value() + "?purpose=" + purpose,
        "id=\"information\"",
        plan.dossierReads());
  }

  private void page(String label, String path, String marker, AtomicLong count) {
    long start = System.nanoTime();
    try {
      HttpResponse<String> r = send(get(path));
      long nanos = System.nanoTime() - start;
      count.incrementAndGet();
      boolean ok = r.statusCode() == 200 && r.body().contains(marker);
      if (ok) {
        token(r.body());
      }
      record(label, false, start, r.statusCode(), nanos, ok, ok ? "" : "status " + r.statusCode());
    } catch (IOException e) {
      record(label, false, start, 0, System.nanoTime() - start, false, e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Acts if there is something to do: false when this user has nothing to act on. */
  private boolean act() {
    if ("an".equals(name)) {
      DossierId fresh = plan.undecided().poll();
      if (fresh != null) {
        boolean accept = random.nextInt(3) != 0;
        Map<String, List<String>> fields =
            accept
                ? Map.of("session", List.of(""))
                : Map.of(
                    "reason", List.of("the family is already followed elsewhere"),
                    "advice", List.of("contact the CAW's reception"));
        if (form(
            accept ? "accept (POST)" : "decline (POST)",
            "/dossiers/" + fresh.value() + (accept ? "/accept" : "/decline"),
            fields,
            fresh)) {
          plan.decided().add(fresh);
        }
        return true;
      }
    }
    if (plan.share()) {
      DossierId d = other();
      int n = random.nextInt(1000);
      if (form(
          "share (POST)",
          "/dossiers/" + d.value() + "/share",
          Map.of(
              "category", List.of(n % 2 == 0 ? "SOCIAL" : "HOUSING"),
              "about", List.of("sara", "kim"),
              "reason", List.of("needed to plan the family's safety"),
              "summary", List.of("a follow-up call with the family, nothing new to report " + n),
              "audience", List.of("caw", "pol", "jh", "vk")),
          "/dossiers/" + d.value() + "/share")) {
        plan.shares().incrementAndGet();
      }
      return true;
    }
    return false;
  }

  private boolean form(String label, String path, Map<String, List<String>> fields, DossierId d) {
    return form(label, path, fields, "/dossiers/" + d.value());
  }

  /** A form's POST: accepted or refused, the app answers with a redirect to {@code back}. */
  private boolean form(String label, String path, Map<String, List<String>> fields, String back) {
    long start = System.nanoTime();
    try {
      HttpResponse<String> r = send(post(path, fields));
      long nanos = System.nanoTime() - start;
      String to = r.headers().firstValue("Location").orElse("");
      boolean ok = r.statusCode() == 302 && URI.create(to).getPath().equals(back);
      record(label, true, start, r.statusCode(), nanos, ok, ok ? "" : "status " + r.statusCode());
      return ok;
    } catch (IOException e) {
      record(label, true, start, 0, System.nanoTime() - start, false, e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return false;
  }

  private DossierId other() {
    return plan.others().get(random.nextInt(plan.others().size()));
  }

  private void record(
      String label, boolean write, long start, int status, long nanos, boolean ok, String why) {
    if (!ok || (start >= plan.measureFrom() && start < plan.measureTo())) {
      // a failure counts whenever it happens; times only inside the measurement window
      plan.figures().add(new Figures.Sample(label, write, status, nanos, ok, why));
    }
  }

  private void token(String body) {
    Matcher m = CSRF.matcher(body);
    if (m.find()) {
      csrf = m.group(1);
    }
  }

  private HttpRequest get(String path) {
    return get(path, TIMEOUT);
  }

  private HttpRequest get(String path, Duration timeout) {
    return HttpRequest.newBuilder(base.resolve(path))
        .timeout(timeout)
        .header("Accept-Language", language)
        .GET()
        .build();
  }

  private HttpRequest post(String path, Map<String, List<String>> fields) {
    return post(path, fields, TIMEOUT);
  }

  private HttpRequest post(String path, Map<String, List<String>> fields, Duration timeout) {
    String body =
        fields.entrySet().stream()
            .flatMap(e -> e.getValue().stream().map(v -> encode(e.getKey()) + "=" + encode(v)))
            .collect(Collectors.joining("&"));
    body = body + (body.isEmpty() ? "" : "&") + "_csrf=" + encode(csrf);
    return HttpRequest.newBuilder(base.resolve(path))
        .timeout(timeout)
        .header("Accept-Language", language)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }

  private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
