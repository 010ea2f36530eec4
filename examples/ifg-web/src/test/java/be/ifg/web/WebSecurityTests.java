package be.ifg.web;

import static org.assertj.core.api.Assertions.assertThat;

import be.ifg.domain.DossierId;
import be.ifg.persistence.Store;
import be.ifg.persistence.StreamHead;
import be.ifg.workflow.ChainApproach;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The app's security behaviour against the real server (Tomcat on a random port), through a
 * browser-like client that keeps cookies and follows no redirect: cookies, session fixation,
 * sign-out, CSRF on every POST route, headers, error pages, the actor that no request can change,
 * and no party ids or dossier content in URLs or logs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@ExtendWith(OutputCaptureExtension.class)
class WebSecurityTests {
  static final Map<String, String> PASSWORDS =
      Map.of(
          "an", "demo-an-4821",
          "bart", "demo-bart-7305",
          "gert", "demo-gert-0417");

  @LocalServerPort int port;
  @Autowired ChainApproach chain;
  @Autowired Store store;

  HttpSession signedIn(String who) {
    HttpSession b = new HttpSession(port);
    HttpResponse<String> r = b.signIn(who, PASSWORDS.get(who));
    assertThat(r.statusCode()).isEqualTo(302);
    assertThat(r.headers().firstValue("Location").orElseThrow()).endsWith("/");
    return b;
  }

  @Test
  void theSessionAndTheLanguageCookiesAreHttpOnlyAndSameSiteStrict() {
    HttpSession b = new HttpSession(port);
    HttpResponse<String> page = b.get("/signin?lang=fr");
    String session = HttpSession.setCookie(page, "IFGSESSION").orElseThrow();
    assertThat(session).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Strict");
    String language = HttpSession.setCookie(page, "ifg-language").orElseThrow();
    assertThat(language).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Strict");
    assertThat(page.body()).contains("lang=\"fr\"");
    HttpResponse<String> signIn =
        b.post("/signin", Map.of("username", "an", "password", PASSWORDS.get("an")));
    assertThat(HttpSession.setCookie(signIn, "IFGSESSION").orElseThrow())
        .containsIgnoringCase("HttpOnly")
        .containsIgnoringCase("SameSite=Strict");
  }

  @Test
  void theSessionIdChangesAtSignIn() {
    HttpSession b = new HttpSession(port);
    b.get("/signin");
    String before = b.cookie("IFGSESSION").orElseThrow();
    HttpResponse<String> r =
        b.post("/signin", Map.of("username", "an", "password", "demo-an-4821"));
    assertThat(r.statusCode()).isEqualTo(302);
    String after = b.cookie("IFGSESSION").orElseThrow();
    assertThat(after).isNotEqualTo(before);
    assertThat(HttpSession.withCookie(port, "/", "IFGSESSION=" + before).statusCode())
        .as("the id from before the sign-in is not signed in")
        .isEqualTo(302);
    assertThat(HttpSession.withCookie(port, "/", "IFGSESSION=" + after).statusCode())
        .isEqualTo(200);
  }

  @Test
  void signOutIsByPostAndEndsTheSessionForGood() {
    HttpSession b = signedIn("bart");
    String session = b.cookie("IFGSESSION").orElseThrow();
    assertThat(b.get("/signout").statusCode()).as("GET does not sign out").isIn(404, 405);
    assertThat(b.get("/").statusCode()).isEqualTo(200);
    b.get("/");
    HttpResponse<String> out = b.post("/signout", Map.of());
    assertThat(out.statusCode()).isEqualTo(302);
    assertThat(out.headers().firstValue("Location").orElseThrow()).endsWith("/signin?signedout");
    HttpResponse<String> old = HttpSession.withCookie(port, "/", "IFGSESSION=" + session);
    assertThat(old.statusCode()).as("the old session cookie no longer works").isEqualTo(302);
    assertThat(URI.create(old.headers().firstValue("Location").orElseThrow()).getPath())
        .isEqualTo("/signin");
    assertThat(b.get("/").statusCode()).isEqualTo(302);
  }

  @TestFactory
  Stream<DynamicTest> everyPostRouteRefusesARequestWithoutCsrfToken() {
    HttpSession an = signedIn("an");
    return RouteMatrixTests.rows().stream()
        .filter(r -> r.method().equals("POST"))
        .map(
            row ->
                DynamicTest.dynamicTest(
                    row.path(),
                    () -> {
                      RouteFixtures.Fixture f = RouteFixtures.build(row.fixture(), chain);
                      String path = f.fill(row.path());
                      String body = row.body().equals("-") ? "" : f.fill(row.body());
                      List<StreamHead> before = store.heads();
                      HttpResponse<String> r = an.postBody(path, body);
                      assertThat(r.statusCode()).as(row + " without token").isEqualTo(403);
                      HttpResponse<String> forged =
                          an.postBody(path, body + (body.isEmpty() ? "" : "&") + "_csrf=forged");
                      assertThat(forged.statusCode())
                          .as(row + " with a forged token")
                          .isEqualTo(403);
                      assertThat(store.heads()).as(row + ": nothing changed").isEqualTo(before);
                      assertThat(an.get("/").statusCode()).isEqualTo(200);
                    }));
  }

  @Test
  void theSignInPageTheRefusedPageAndTheErrorPagesCarryTheHeadersAndNoScript() {
    HttpSession anonymous = new HttpSession(port);
    HttpSession gert = signedIn("gert");
    DossierId id = Families.registered(chain);
    List<HttpResponse<String>> pages =
        List.of(
            anonymous.get("/signin"),
            anonymous.get("/signin?error"),
            anonymous.get("/css/ifg.css"),
            gert.get("/"),
            gert.get("/dossiers/" + id.value()),
            gert.get("/no-such-page"),
            gert.get("/dossiers/%20bad%20id%20"));
    assertThat(pages.get(0).body())
        .as("without a configured identity provider the sign-in page offers none")
        .doesNotContain("/oauth2/authorization")
        .doesNotContain("id=\"providers\"");
    for (HttpResponse<String> page : pages) {
      String where = page.request().uri().getPath() + " (" + page.statusCode() + ")";
      String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
      assertThat(csp).as(where).contains("default-src 'self'").doesNotContain("unsafe-inline");
      assertThat(csp).as(where).contains("script-src 'self'").contains("frame-ancestors 'none'");
      assertThat(page.headers().firstValue("X-Content-Type-Options")).as(where).hasValue("nosniff");
      assertThat(page.headers().firstValue("X-Frame-Options")).as(where).hasValue("DENY");
      assertThat(page.headers().firstValue("Referrer-Policy")).as(where).hasValue("no-referrer");
      String body = page.body().toLowerCase(Locale.ROOT);
      assertThat(body).as(where).doesNotContain("<script").doesNotContain("style=");
    }
  }

  @Test
  void errorPagesShowNoStackTraceNorMessageAndAMalformedIdIsANotFound() {
    HttpSession an = signedIn("an");
    HttpResponse<String> unknownPath = an.get("/no-such-page");
    HttpResponse<String> malformed = an.get("/dossiers/%20bad%20id%20");
    HttpResponse<String> tooLong = an.get("/dossiers/" + "x".repeat(300));
    HttpResponse<String> malformedPost = an.post("/dossiers/%20bad%20id%20/accept", Map.of());
    for (HttpResponse<String> r : List.of(unknownPath, malformed, tooLong, malformedPost)) {
      assertThat(r.statusCode()).as(r.request().uri().toString()).isEqualTo(404);
      assertThat(r.body())
          .as(r.request().uri().toString())
          .doesNotContain("Exception")
          .doesNotContain("exception")
          .doesNotContain("at be.ifg")
          .doesNotContain("at org.")
          .doesNotContain("trace")
          .doesNotContain("dossier id must be")
          .doesNotContain("NOT_FOUND")
          .doesNotContain("Whitelabel")
          .doesNotContain("Tomcat");
    }
    // what the firewall or the server itself refuses: still no trace, exception or server name
    for (String path : List.of("/dossiers/a%2Fb", "/dossiers/x;jsessionid=1", "/dossiers/%ZZ")) {
      String raw = raw("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
      assertThat(raw).as(path).startsWith("HTTP/1.1 4");
      assertThat(raw)
          .as(path)
          .doesNotContain("Exception")
          .doesNotContain("exception")
          .doesNotContain("Tomcat")
          .doesNotContain("at org.")
          .doesNotContain("Whitelabel");
    }
    assertThat(HttpSession.withoutTokens(malformed.body()))
        .as("a malformed dossier id is answered as any unknown address")
        .isEqualTo(HttpSession.withoutTokens(unknownPath.body()));
    assertThat(HttpSession.withoutTokens(tooLong.body()))
        .isEqualTo(HttpSession.withoutTokens(unknownPath.body()));
  }

  /** A request written by hand, for what an HTTP client would not send; the raw answer. */
  String raw(String request) {
    try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
      socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      return new String(
          socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void anUnknownDossierIsAnsweredAsADossierThatIsNotForYou() {
    HttpSession gert = signedIn("gert");
    DossierId existing = Families.acceptedWithLocation(chain);
    DossierId unknown = Families.fresh();
    HttpResponse<String> a = gert.get("/dossiers/" + existing.value());
    HttpResponse<String> b = gert.get("/dossiers/" + unknown.value());
    assertThat(a.statusCode()).isEqualTo(403);
    assertThat(b.statusCode()).isEqualTo(403);
    assertThat(HttpSession.withoutTokens(a.body()).replace(existing.value(), "ID"))
        .isEqualTo(HttpSession.withoutTokens(b.body()).replace(unknown.value(), "ID"));
  }

  @Test
  void nothingInTheRequestChangesTheActor() {
    HttpSession gert = signedIn("gert");
    DossierId id = Families.acceptedWithLocation(chain);
    String[] spoof = {
      "X-Forwarded-User", "an",
      "X-Remote-User", "an",
      "Remote-User", "an",
      "X-Auth-Request-User", "an",
      "Authorization",
          "Basic " + java.util.Base64.getEncoder().encodeToString("an:demo-an-4821".getBytes()),
      "Cookie", "actor=an; username=an; user=an"
    };
    HttpResponse<String> agenda = gert.get("/?username=an&actor=an&user=an&principal=an", spoof);
    assertThat(agenda.statusCode()).isEqualTo(200);
    assertThat(agenda.body()).contains("id=\"signed-in-as\">gert<").doesNotContain(">an<");
    HttpResponse<String> page =
        gert.get("/dossiers/" + id.value() + "?username=an&actor=an&purpose=SAFETY", spoof);
    assertThat(page.statusCode()).isEqualTo(403);
    assertThat(page.body()).doesNotContain("sara").doesNotContain(Families.LOCATION);
    List<StreamHead> before = store.heads();
    DossierId registered = Families.registered(chain);
    before = store.heads();
    HttpResponse<String> accept =
        gert.post(
            "/dossiers/" + registered.value() + "/accept", Map.of("username", "an", "actor", "an"));
    assertThat(accept.statusCode()).isEqualTo(302);
    assertThat(store.heads())
        .as("gert's accept, even naming an, changes nothing")
        .isEqualTo(before);
    HttpResponse<String> after = gert.get("/dossiers/" + registered.value());
    assertThat(after.statusCode()).isEqualTo(403);
    HttpSession anonymous = new HttpSession(port);
    HttpResponse<String> noSession = anonymous.get("/?username=an&actor=an", spoof);
    assertThat(noSession.statusCode())
        .as("a header or parameter does not sign anybody in")
        .isEqualTo(302);
  }

  @Test
  void noPartyIdNorDossierContentInUrlsOrTheLogs(CapturedOutput output) {
    LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
    List<String> loggers =
        List.of("org.springframework.web", "org.springframework.security", "be.ifg");
    loggers.forEach(l -> logging.setLogLevel(l, LogLevel.DEBUG));
    String declineReason = "declined because tom threatens the Zandstraat shelter";
    DossierId shared = Families.acceptedWithLocation(chain);
    try {
      DossierId toAccept = Families.registered(chain);
      DossierId toDecline = Families.registered(chain);
      HttpSession an = signedIn("an");
      HttpSession bart = signedIn("bart");
      for (String purpose : List.of("SAFETY", "PLAN")) {
        HttpResponse<String> page = an.get("/dossiers/" + shared.value() + "?purpose=" + purpose);
        assertThat(page.statusCode()).isEqualTo(200);
        linksNameNoSecret(page, declineReason);
        linksNameNoSecret(
            bart.get("/dossiers/" + shared.value() + "?purpose=" + purpose), declineReason);
      }
      an.get("/dossiers/" + toAccept.value());
      HttpResponse<String> accepted =
          an.post("/dossiers/" + toAccept.value() + "/accept", Map.of());
      assertThat(accepted.headers().firstValue("Location").orElseThrow())
          .endsWith("/dossiers/" + toAccept.value());
      linksNameNoSecret(an.get("/dossiers/" + toAccept.value()), declineReason);
      HttpResponse<String> declined =
          an.post(
              "/dossiers/" + toDecline.value() + "/decline",
              Map.of("reason", declineReason, "advice", "sara may call the CAW line"));
      assertThat(declined.headers().firstValue("Location").orElseThrow())
          .endsWith("/dossiers/" + toDecline.value());
      linksNameNoSecret(an.get("/dossiers/" + toDecline.value()), declineReason);
      linksNameNoSecret(an.get("/"), declineReason);
      bart.post(
          "/dossiers/" + shared.value() + "/decline",
          Map.of("reason", declineReason, "advice", "sara"));
    } finally {
      loggers.forEach(l -> logging.setLogLevel(l, null));
    }
    String logs = output.getAll();
    assertThat(logs)
        .as("the flow's requests were logged (at DEBUG), with the dossier's id only")
        .contains("/dossiers/" + shared.value());
    for (String secret :
        List.of(
            Families.LOCATION,
            "needed to plan her safety",
            "conversation at home",
            "informing him now would endanger",
            declineReason,
            "sara may call")) {
      assertThat(logs).as("the logs hold %s", secret).doesNotContain(secret);
    }
    for (String party : RouteFixtures.PARTIES) {
      assertThat(RouteFixtures.found(logs, party)).as("the logs name %s", party).isFalse();
    }
  }

  private static void linksNameNoSecret(HttpResponse<String> page, String declineReason) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("(?:href|action|src)=\"([^\"]*)\"").matcher(page.body());
    while (m.find()) {
      String link = m.group(1);
      for (String party : RouteFixtures.PARTIES) {
        assertThat(RouteFixtures.found(link, party)).as("link %s names %s", link, party).isFalse();
      }
      assertThat(link).doesNotContain("Zandstraat").doesNotContain("threatens");
    }
    page.headers()
        .firstValue("Location")
        .ifPresent(l -> assertThat(l).doesNotContain("sara").doesNotContain("Zandstraat"));
  }
}
