package be.ifg.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.ifg.domain.DossierId;
import be.ifg.domain.PolicySignal;
import be.ifg.domain.ProfessionalId;
import be.ifg.domain.SessionId;
import be.ifg.workflow.ChainApproach;
import be.ifg.workflow.Command;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The table's pages: sessions and membership, signals, the steering report with its charts, and the
 * coordinator's disclosure log; each for the users it is for, and what everybody else gets.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"demo", "test"})
class TablePagesTests {
  private static final List<String> OUTSIDERS = List.of("eva", "fien", "gert");

  @Autowired MockMvc mvc;
  @Autowired ChainApproach chain;
  @Autowired Clock clock;

  private String page(String who, MockHttpServletRequestBuilder request, int status)
      throws Exception {
    return mvc.perform(request.with(user(who)).header("Accept-Language", "en"))
        .andExpect(status().is(status))
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  private String page(String who, String path) throws Exception {
    return page(who, get(path), 200);
  }

  /** What a page's main part holds, without the frame (which names the user and their menu). */
  private static String main(String html) {
    return html.substring(html.indexOf("<main"), html.indexOf("</main>"));
  }

  /** A session that starts in a moment, and has started when this returns. */
  private SessionId session() throws InterruptedException {
    SessionId id = SessionId.of("t-s-" + UUID.randomUUID().toString().substring(0, 8));
    java.time.Instant startsAt = clock.instant().plusMillis(300);
    Families.accepted(
        chain.handle(ProfessionalId.of("an"), new Command.ScheduleSession(id, startsAt)));
    while (!clock.instant().isAfter(startsAt)) {
      Thread.sleep(50);
    }
    return id;
  }

  private static String startsAt(LocalDateTime when) {
    return when.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm", Locale.ROOT));
  }

  @Test
  void theCoordinatorSchedulesASessionThatMembersSeeAndOthersDoNot() throws Exception {
    int before = chain.tableState().sessions().size();
    mvc.perform(
            post("/sessions")
                .param("startsAt", startsAt(LocalDateTime.now(clock).plusDays(3)))
                .with(user("an"))
                .with(csrf()))
        .andExpect(redirectedUrl("/sessions"))
        .andExpect(flash().attributeExists(Outcomes.DONE));
    assertThat(chain.tableState().sessions()).hasSize(before + 1);
    String id = chain.tableState().sessions().get(before).session().value();
    assertThat(id).startsWith("s-");
    assertThat(page("an", "/sessions")).contains(id, "id=\"schedule-session\"", "id=\"join\"");
    assertThat(page("bart", "/sessions"))
        .contains(id, "Table sessions")
        .doesNotContain("id=\"schedule-session\"", "id=\"join\"");
    for (String who : OUTSIDERS) {
      assertThat(page(who, "/sessions"))
          .as(who)
          .contains("id=\"sessions-none\"")
          .doesNotContain(id, "id=\"schedule-session\"");
    }
  }

  @Test
  void aMemberCannotScheduleNorSeatNorUnseatAndABadDateChangesNothing() throws Exception {
    int sessions = chain.tableState().sessions().size();
    mvc.perform(
            post("/sessions")
                .param("startsAt", startsAt(LocalDateTime.now(clock).plusDays(3)))
                .with(user("bart"))
                .with(csrf()))
        .andExpect(redirectedUrl("/sessions"))
        .andExpect(flash().attributeExists(Outcomes.REFUSED));
    mvc.perform(post("/sessions").param("startsAt", "next tuesday").with(user("an")).with(csrf()))
        .andExpect(flash().attributeExists(Outcomes.REFUSED));
    assertThat(chain.tableState().sessions()).hasSize(sessions);
    mvc.perform(
            post("/table/join")
                .param("member", "intruder")
                .param("partner", "pol")
                .with(user("bart"))
                .with(csrf()))
        .andExpect(flash().attributeExists(Outcomes.REFUSED));
    mvc.perform(post("/table/leave").param("member", "chris").with(user("bart")).with(csrf()))
        .andExpect(flash().attributeExists(Outcomes.REFUSED));
    assertThat(chain.tableState().isMember(ProfessionalId.of("intruder"))).isFalse();
    assertThat(chain.tableState().isMember(ProfessionalId.of("chris"))).isTrue();
  }

  @Test
  void theCoordinatorSeatsAMemberAndRecordsThatTheyLeave() throws Exception {
    String newcomer = "m-" + UUID.randomUUID().toString().substring(0, 6);
    mvc.perform(
            post("/table/join")
                .param("member", newcomer)
                .param("partner", "vk")
                .param("pledged", "yes")
                .with(user("an"))
                .with(csrf()))
        .andExpect(redirectedUrl("/sessions"))
        .andExpect(flash().attributeExists(Outcomes.DONE));
    assertThat(chain.tableState().hasStanding(ProfessionalId.of(newcomer))).isTrue();
    assertThat(page("an", "/sessions")).contains("id=\"leave-" + newcomer + "\"");
    mvc.perform(post("/table/leave").param("member", newcomer).with(user("an")).with(csrf()))
        .andExpect(flash().attributeExists(Outcomes.DONE));
    assertThat(chain.tableState().isMember(ProfessionalId.of(newcomer))).isFalse();
  }

  @Test
  void postsWithoutTheCsrfTokenAreRefused() throws Exception {
    for (String path : List.of("/sessions", "/table/join", "/table/leave", "/signals")) {
      mvc.perform(post(path).param("member", "x").param("text", "y").with(user("an")))
          .andExpect(status().isForbidden());
    }
    assertThat(chain.tableState().isMember(ProfessionalId.of("x"))).isFalse();
  }

  @Test
  void aSessionPageShowsItsAgendaAndMinutesToMembersAndNothingToOthers() throws Exception {
    SessionId session = session();
    DossierId id = Families.registered(chain);
    Families.handle(chain, "an", id, new Command.Accept(session));
    String shown = page("bart", "/sessions/" + session.value());
    assertThat(shown)
        .contains("Session " + session.value(), "acceptance", "href=\"/dossiers/" + id.value())
        .contains("id=\"minutes\"");
    for (String who : OUTSIDERS) {
      String refused = page(who, get("/sessions/" + session.value()), 403);
      assertThat(refused).as(who).doesNotContain(id.value(), "acceptance", "id=\"minutes\"");
    }
    page("bart", get("/sessions/t-s-never-scheduled"), 404);
  }

  @Test
  void aMemberRaisesASignalThatMembersAndTheSteeringReaderReadAndOthersDoNot() throws Exception {
    String text = "waiting lists for perpetrator programmes " + letters();
    mvc.perform(
            post("/signals")
                .param("category", "CAPACITY")
                .param("text", text)
                .with(user("bart"))
                .with(csrf()))
        .andExpect(redirectedUrl("/signals"))
        .andExpect(flash().attributeExists(Outcomes.DONE));
    assertThat(chain.tableState().signals()).extracting(PolicySignal::text).contains(text);
    assertThat(page("chris", "/signals")).contains(text, "capacity", "id=\"raise-signal\"");
    assertThat(page("fien", "/signals")).contains(text).doesNotContain("id=\"raise-signal\"");
    String eva = page("eva", "/signals");
    String gert = page("gert", "/signals");
    assertThat(eva).contains("id=\"signals-empty\"").doesNotContain(text);
    assertThat(main(eva)).isEqualTo(main(gert));
  }

  @Test
  void aSignalThatNamesAPartyIsRefusedWithTheLibrarysReasons() throws Exception {
    Families.registered(chain);
    String text = "sara waits too long " + letters();
    mvc.perform(
            post("/signals")
                .param("category", "WAITING_LIST")
                .param("text", text)
                .with(user("bart"))
                .with(csrf()))
        .andExpect(flash().attributeExists(Outcomes.REFUSED));
    assertThat(chain.tableState().signals()).extracting(PolicySignal::text).doesNotContain(text);
  }

  @Test
  void theSteeringReaderGetsTablesAndChartsAndEverybodyElseOneNeutralPage() throws Exception {
    Families.registered(chain);
    String report = page("fien", "/steering");
    assertThat(report)
        .contains("Steering group steering-demo", "demo-brugge")
        .contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\"")
        .contains("id=\"measure-INFLOW\"", "id=\"measure-SIGNALS\"", "Time per phase")
        .doesNotContain("style=");
    String first = null;
    for (String who : List.of("an", "bart", "eva", "gert")) {
      String other = page(who, "/steering");
      assertThat(other).as(who).contains("id=\"steering-empty\"").doesNotContain("class=\"chart\"");
      if (first == null) {
        first = main(other);
      }
      assertThat(main(other)).as(who).isEqualTo(first);
    }
  }

  @Test
  void aBadPeriodIsAOneLineErrorNotAStackTrace() throws Exception {
    assertThat(page("fien", get("/steering").param("from", "31/01/2026"), 400))
        .contains("write it as YYYY-MM-DD")
        .doesNotContain("Exception");
    assertThat(
            page(
                "fien",
                get("/steering").param("from", "2026-05-01").param("to", "2026-04-01"),
                400))
        .contains("The period ends before it starts");
    assertThat(
            page(
                "fien",
                get("/steering").param("from", "2026-01-01").param("to", "2026-12-31"),
                200))
        .contains("value=\"2026-01-01\"", "value=\"2026-12-31\"");
  }

  @Test
  void theCoordinatorReadsTheTablesLogAndItsVerificationAndNobodyElseDoes() throws Exception {
    DossierId id = Families.acceptedWithLocation(chain);
    page("bart", "/dossiers/" + id.value() + "?purpose=SAFETY");
    page("gert", get("/dossiers/" + id.value()), 403);
    String log = page("an", "/log");
    assertThat(log)
        .contains("id=\"log-intact\"", "chain of hashes is intact")
        .contains("this disclosure log", "a dossier page", "href=\"/dossiers/" + id.value())
        .doesNotContain(Families.LOCATION, "loc-" + id.value(), "victim-location");
    assertThat(
            mvc.perform(get("/log").with(user("an")).header("Accept-Language", "fr"))
                .andReturn()
                .getResponse()
                .getContentAsString())
        .contains("La chaîne de hachages du journal est intacte");
    String first = null;
    for (String who : List.of("bart", "chris", "eva", "fien", "gert")) {
      String other = page(who, "/log");
      assertThat(other)
          .as(who)
          .contains("id=\"log-empty\"")
          .doesNotContain("log-intact", id.value(), "id=\"log\"");
      if (first == null) {
        first = main(other);
      }
      assertThat(main(other)).as(who).isEqualTo(first);
    }
  }

  private static String letters() {
    StringBuilder b = new StringBuilder();
    for (char c : UUID.randomUUID().toString().toCharArray()) {
      if (Character.isLetter(c)) {
        b.append(c);
      }
    }
    return b.toString();
  }
}
