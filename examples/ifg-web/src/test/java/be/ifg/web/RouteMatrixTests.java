package be.ifg.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import be.ifg.persistence.Store;
import be.ifg.persistence.StreamHead;
import be.ifg.workflow.ChainApproach;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The route x role matrix of {@code routes.tsv}: every route of the app has its row, and for every
 * row, anonymous and each demo user get what the row says, and nothing of the fixture's dossier
 * where it does not allow them (see the file's header for the rules).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"demo", "test"})
class RouteMatrixTests {
  /** The demo users, in the order of the header of routes.tsv. */
  static final List<String> USERS = List.of("an", "bart", "chris", "dina", "eva", "fien", "gert");

  static final String ANONYMOUS = "anonymous";

  private static final Pattern LINK =
      Pattern.compile("(?:href|action|src)\\s*=\\s*\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);

  @Autowired MockMvc mvc;
  @Autowired ChainApproach chain;
  @Autowired Store store;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mapping;

  /** One row of routes.tsv. */
  record Row(
      int line, String method, String path, String fixture, Set<String> allowed, String body) {
    boolean isPublic() {
      return allowed.contains("public");
    }

    boolean allows(String who) {
      return isPublic() || (!who.equals(ANONYMOUS) && allowed.contains(who));
    }

    /** The route as the handler mapping names it: variables as {}, without a query. */
    String route() {
      return method + " " + normalize(path);
    }

    @Override
    public String toString() {
      return method + " " + path + " [" + fixture + "]";
    }
  }

  static String normalize(String path) {
    int query = path.indexOf('?');
    String bare = query < 0 ? path : path.substring(0, query);
    return bare.replaceAll("\\{[^}]*}", "{}");
  }

  /** The rows of routes.tsv, checked for form. */
  static List<Row> rows() {
    List<Row> rows = new ArrayList<>();
    String text;
    try (InputStream in = RouteMatrixTests.class.getResourceAsStream("/routes.tsv")) {
      assertThat(in).as("routes.tsv on the test class path").isNotNull();
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      assertThat(cells)
          .as("routes.tsv line %d: five tab-separated columns: %s", i + 1, line)
          .hasSize(5);
      String method = cells[0].trim();
      assertThat(method).as("routes.tsv line %d: method", i + 1).isIn("GET", "POST");
      Set<String> allowed = new LinkedHashSet<>();
      String who = cells[3].trim();
      if (who.equals("all")) {
        allowed.addAll(USERS);
      } else if (!who.equals("-")) {
        for (String name : who.split(",")) {
          String n = name.trim();
          assertThat(n)
              .as("routes.tsv line %d: allowed names demo users, all, public or -", i + 1)
              .isIn(concat(USERS, "public"));
          allowed.add(n);
        }
      }
      String body = cells[4].trim();
      if (method.equals("GET")) {
        assertThat(body).as("routes.tsv line %d: a GET has no body (-)", i + 1).isEqualTo("-");
      }
      rows.add(new Row(i + 1, method, cells[1].trim(), cells[2].trim(), allowed, body));
    }
    return rows;
  }

  private static List<String> concat(List<String> list, String more) {
    List<String> all = new ArrayList<>(list);
    all.add(more);
    return all;
  }

  /** The app's routes, from Spring's handler mapping: "METHOD /path/{}". */
  Set<String> appRoutes() {
    Set<String> routes = new TreeSet<>();
    for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mapping.getHandlerMethods().entrySet()) {
      if (!e.getValue().getBeanType().getPackageName().equals("be.ifg.web")) {
        continue; // the framework's own (Boot's /error): covered by WebSecurityTests
      }
      Set<org.springframework.web.bind.annotation.RequestMethod> methods =
          e.getKey().getMethodsCondition().getMethods();
      assertThat(methods)
          .as("%s names its HTTP method (GET or POST)", e.getValue().getShortLogMessage())
          .isNotEmpty();
      for (String pattern : e.getKey().getPatternValues()) {
        for (var m : methods) {
          routes.add(m.name() + " " + normalize(pattern));
        }
      }
    }
    return routes;
  }

  @Test
  void everyRouteHasExactlyOneRowAndEveryRowARoute() {
    List<Row> rows = rows();
    Map<String, List<Row>> byRoute = new LinkedHashMap<>();
    rows.forEach(r -> byRoute.computeIfAbsent(r.route(), k -> new ArrayList<>()).add(r));
    Set<String> routes = appRoutes();
    assertThat(routes).as("the app has routes").isNotEmpty();
    assertThat(routes)
        .as("routes of the app without a row in routes.tsv")
        .allSatisfy(r -> assertThat(byRoute).containsKey(r));
    assertThat(byRoute.keySet())
        .as("rows of routes.tsv without a route in the app")
        .allSatisfy(r -> assertThat(routes).contains(r));
    assertThat(byRoute.values())
        .as("routes with more than one row")
        .allSatisfy(list -> assertThat(list).hasSize(1));
  }

  @Test
  void everyHandlerTakesItsActorFromTheSessionAndNoProfessionalFromABoundObject() {
    for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mapping.getHandlerMethods().entrySet()) {
      HandlerMethod h = e.getValue();
      if (!h.getBeanType().getPackageName().equals("be.ifg.web")) {
        continue;
      }
      String where = h.getShortLogMessage();
      int signedIn = 0;
      for (org.springframework.core.MethodParameter p : h.getMethodParameters()) {
        if (p.hasParameterAnnotation(Actors.SignedIn.class)) {
          assertThat(p.getParameterType()).as(where).isEqualTo(be.ifg.domain.ProfessionalId.class);
          signedIn++;
        } else if (p.getParameterType() == be.ifg.domain.ProfessionalId.class) {
          // without @SignedIn, Spring would bind a record from the request's parameters
          assertThat(
                  p.hasParameterAnnotation(
                          org.springframework.web.bind.annotation.RequestParam.class)
                      || p.hasParameterAnnotation(
                          org.springframework.web.bind.annotation.PathVariable.class))
              .as(
                  "%s: a ProfessionalId parameter that is not the signed-in actor is named"
                      + " explicitly (@RequestParam or @PathVariable)",
                  where)
              .isTrue();
        }
      }
      boolean signInPage = e.getKey().getPatternValues().contains("/signin");
      assertThat(signedIn)
          .as("%s: one @SignedIn ProfessionalId (the sign-in page none)", where)
          .isEqualTo(signInPage ? 0 : 1);
    }
  }

  @Test
  void theSecretsCheckFindsPartyIdsAsWordsAndTextsAnywhere() {
    RouteFixtures.Fixture f = RouteFixtures.build("none", chain).as("t", RouteFixtures.PARTIES);
    assertThat(f.leaks("the bottom of the page, tomorrow, atom, kimono, saragossa")).isEmpty();
    assertThat(f.leaks("<code>tom</code> and sara, kim.")).containsExactly("sara", "tom", "kim");
    assertThat(f.leaks("/x?about=sara")).containsExactly("sara");
    RouteFixtures.Fixture accepted = RouteFixtures.build("accepted", chain);
    assertThat(accepted.leaks("at the " + Families.LOCATION + ".")).contains(Families.LOCATION);
    assertThat(accepted.locationLeaksTo("bart", Families.LOCATION)).isTrue();
    assertThat(accepted.locationLeaksTo("an", Families.LOCATION)).isFalse();
  }

  @Test
  void everyFixtureOfTheHeaderIsBuiltThroughTheLibrary() {
    be.ifg.domain.ProfessionalId an = be.ifg.domain.ProfessionalId.of("an");
    assertThat(RouteFixtures.build("none", chain).ids()).isEmpty();
    RouteFixtures.Fixture registered = RouteFixtures.build("registered", chain);
    assertThat(chain.status(an, registered.dossier().orElseThrow()).orElseThrow().status().name())
        .isEqualTo("REGISTERED");
    RouteFixtures.Fixture accepted = RouteFixtures.build("accepted", chain);
    assertThat(chain.status(an, accepted.dossier().orElseThrow()).orElseThrow().status().name())
        .isEqualTo("DOSSIER_BUILDING");
    RouteFixtures.Fixture direction = RouteFixtures.build("direction", chain);
    var summary = chain.status(an, direction.dossier().orElseThrow()).orElseThrow();
    assertThat(summary.status().name()).isEqualTo("CASE_DIRECTION");
    assertThat(summary.caseDirector()).isEqualTo(be.ifg.domain.ProfessionalId.of("dina"));
    assertThat(summary.actions()).containsKey(be.ifg.domain.ActionId.of("a1"));
    RouteFixtures.Fixture session = RouteFixtures.build("session", chain);
    assertThat(chain.tableState().sessions())
        .anyMatch(s -> s.session().value().equals(session.fill("{session}")));
    assertThat(session.fill("/sessions/{session}/x/{dossier}"))
        .isEqualTo(
            "/sessions/" + session.ids().get("session") + "/x/" + session.ids().get("dossier"));
    RouteFixtures.Fixture requested = RouteFixtures.build("requested", chain);
    assertThat(chain.status(an, requested.dossier().orElseThrow()).orElseThrow().openRequests())
        .extracting(be.ifg.domain.RequestId::value)
        .containsExactly(requested.fill("{request}"));
    RouteFixtures.Fixture member = RouteFixtures.build("member", chain);
    assertThat(
            chain.tableState().isMember(be.ifg.domain.ProfessionalId.of(member.fill("{member}"))))
        .isTrue();
    assertThat(member.fill("a={fresh}&b={fresh}&c={today}")).doesNotContain("{");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> member.fill("/x/{dossier}"))
        .hasMessageContaining("has no {dossier}");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> member.fill("/x/{item}"))
        .hasMessageContaining("does not know");
  }

  @TestFactory
  Stream<DynamicNode> theMatrix() {
    return rows().stream()
        .map(
            row ->
                DynamicContainer.dynamicContainer(
                    row.toString(),
                    Stream.concat(Stream.of(ANONYMOUS), USERS.stream())
                        .map(
                            who ->
                                DynamicTest.dynamicTest(
                                    row.method() + " " + row.path() + " as " + who,
                                    () -> check(row, who)))));
  }

  private void check(Row row, String who) throws Exception {
    RouteFixtures.Fixture fixture = RouteFixtures.build(row.fixture(), chain);
    String path = fixture.fill(row.path());
    String body = row.body().equals("-") ? "" : fixture.fill(row.body());
    boolean get = row.method().equals("GET");
    MockHttpServletRequestBuilder request =
        get ? get(URI.create(path)) : post(URI.create(path)).with(csrf());
    if (!get) {
      request.contentType(MediaType.APPLICATION_FORM_URLENCODED).content(body);
    }
    request.header("Accept-Language", "en");
    if (!who.equals(ANONYMOUS)) {
      request.with(user(who));
    }
    List<StreamHead> before = store.heads();
    MvcResult result = mvc.perform(request).andReturn();
    List<StreamHead> after = store.heads();
    MockHttpServletResponse response = result.getResponse();
    String html = response.getContentAsString(StandardCharsets.UTF_8);
    String where = row + " as " + who;

    everyResponse(where, response, html, fixture);
    if (get) {
      assertThat(after).as("%s: a GET changes no event of the store", where).isEqualTo(before);
    }
    if (!row.allows(who) && who.equals(ANONYMOUS)) {
      assertThat(response.getStatus()).as("%s: sent to sign-in", where).isEqualTo(302);
      assertThat(URI.create(response.getHeader("Location")).getPath())
          .as("%s: sent to sign-in", where)
          .isEqualTo("/signin");
      assertThat(after).as("%s: nothing changed", where).isEqualTo(before);
      assertThat(fixture.leaks(html)).as("%s: secrets in the body", where).isEmpty();
    } else if (row.allows(who) && get) {
      assertThat(response.getStatus()).as("%s: the page", where).isEqualTo(200);
      assertThat(fixture.locationLeaksTo(who, html))
          .as("%s: the victim's location shown to somebody outside its audience", where)
          .isFalse();
    } else if (row.allows(who)) {
      assertThat(response.getStatus()).as("%s: redirected after the POST", where).isEqualTo(302);
      assertThat(result.getFlashMap().get(Outcomes.REFUSED))
          .as("%s: refused although allowed", where)
          .isNull();
      assertThat(result.getFlashMap().get(Outcomes.DONE)).as("%s: done", where).isNotNull();
      assertThat(after).as("%s: the store changed", where).isNotEqualTo(before);
    } else if (get) {
      assertThat(response.getStatus()).as("%s: refused or empty", where).isIn(200, 403);
      assertThat(fixture.leaks(html)).as("%s: secrets in the body", where).isEmpty();
      if (response.getStatus() == 200) {
        fixture
            .dossier()
            .ifPresent(
                d ->
                    assertThat(html)
                        .as("%s: a page for somebody not allowed names the dossier", where)
                        .doesNotContain(d.value()));
      }
    } else {
      assertThat(after).as("%s: a refused POST changed the store", where).isEqualTo(before);
      // a form shown again may hold what its sender typed: that is no leak
      List<String> sent =
          fixture.leaks(path + "\n" + java.net.URLDecoder.decode(body, StandardCharsets.UTF_8));
      List<String> leaked = new ArrayList<>(fixture.leaks(html));
      leaked.removeAll(sent);
      if (response.getStatus() == 403) {
        assertThat(leaked).as("%s: secrets in the body", where).isEmpty();
      } else if (response.getStatus() == 200) {
        assertThat(html)
            .as("%s: the form shown again with the refusal", where)
            .contains("id=\"refused\"")
            .doesNotContain("id=\"done\"");
        assertThat(leaked).as("%s: secrets in the body", where).isEmpty();
        fixture
            .dossier()
            .ifPresent(
                d ->
                    assertThat(html)
                        .as("%s: the refused form names the dossier", where)
                        .doesNotContain(d.value()));
      } else {
        assertThat(response.getStatus()).as("%s: redirected with reasons", where).isEqualTo(302);
        assertThat(result.getFlashMap().get(Outcomes.DONE)).as("%s: done", where).isNull();
        Object refused = result.getFlashMap().get(Outcomes.REFUSED);
        assertThat(refused).as("%s: the reasons", where).isInstanceOf(List.class);
        assertThat((List<?>) refused).as("%s: the reasons", where).isNotEmpty();
        assertThat(fixture.leaks(String.valueOf(refused)))
            .as("%s: secrets in the reasons", where)
            .isEmpty();
      }
    }
  }

  /** What every response, allowed or not, must hold. */
  static void everyResponse(
      String where, MockHttpServletResponse response, String html, RouteFixtures.Fixture fixture) {
    assertThat(response.getStatus()).as("%s: no server error", where).isLessThan(500);
    String csp = response.getHeader("Content-Security-Policy");
    assertThat(csp).as("%s: CSP", where).isNotNull().doesNotContain("unsafe-inline");
    assertThat(csp).as("%s: CSP", where).contains("frame-ancestors 'none'");
    assertThat(response.getHeader("X-Content-Type-Options"))
        .as("%s: nosniff", where)
        .isEqualTo("nosniff");
    assertThat(response.getHeader("X-Frame-Options")).as("%s: no framing", where).isEqualTo("DENY");
    assertThat(response.getHeader("Referrer-Policy"))
        .as("%s: no referrer", where)
        .isEqualTo("no-referrer");
    assertThat(response.getHeader("Cache-Control"))
        .as("%s: no page is kept in a cache", where)
        .contains("no-store");
    assertThat(html.toLowerCase(java.util.Locale.ROOT))
        .as("%s: no script and no inline style", where)
        .doesNotContain("<script")
        .doesNotContain("style=")
        .doesNotContainPattern("\\son[a-z]+\\s*=");
    List<String> links = new ArrayList<>();
    Matcher m = LINK.matcher(html);
    while (m.find()) {
      links.add(m.group(1));
    }
    String location = response.getHeader("Location");
    if (location != null) {
      links.add(location);
    }
    assertThat(links)
        .as("%s: links and redirects carry no party id and no dossier content", where)
        .allSatisfy(l -> assertThat(fixture.leaks(l)).isEmpty());
  }
}
