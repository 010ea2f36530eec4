package be.ifg.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.ifg.domain.DossierId;
import be.ifg.domain.DossierStatus;
import be.ifg.domain.ProfessionalId;
import be.ifg.domain.Purpose;
import be.ifg.domain.RequestId;
import be.ifg.workflow.ChainApproach;
import be.ifg.workflow.Command;
import be.ifg.workflow.DossierView;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The share-and-requests page: what each seat sees of what was shared, the request flow, informing,
 * and that nobody outside the table learns anything of the dossier.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"demo", "test"})
class SharePageTests {
  @Autowired MockMvc mvc;
  @Autowired ChainApproach chain;

  private static final ProfessionalId AN = ProfessionalId.of("an");

  private String page(String who, DossierId id, Purpose purpose, String language) throws Exception {
    return mvc.perform(
            get("/dossiers/" + id.value() + "/share")
                .param("purpose", purpose.name())
                .with(user(who))
                .header("Accept-Language", language))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  private static MockHttpServletRequestBuilder form(String who, String path) {
    return post(path).with(user(who)).with(csrf()).header("Accept-Language", "en");
  }

  private int shownTo(String who, DossierId id) {
    DossierView view = chain.view(ProfessionalId.of(who), id, Purpose.SAFETY);
    return ((DossierView.Itemized) view).shown().size();
  }

  @Test
  void aMemberSharesAndEachSeatSeesWhatItMay() throws Exception {
    DossierId id = Families.acceptedWithLocation(chain);
    String share = "/dossiers/" + id.value() + "/share";
    mvc.perform(
            form("bart", share)
                .param("category", "HOUSING")
                .param("about", "sara", "kim")
                .param("reason", "to plan a safe return home")
                .param("summary", "the lease ends in March")
                .param("audience", "pol"))
        .andExpect(redirectedUrl(share))
        .andExpect(flash().attribute("done", "share information"));
    mvc.perform(
            form("bart", share)
                .param("category", "SOCIAL")
                .param("about", "tom")
                .param("reason", "the table plans his support")
                .param("summary", "he lost his job last month"))
        .andExpect(redirectedUrl(share))
        .andExpect(flash().attributeExists("done"));

    String bart = page("bart", id, Purpose.PLAN, "en");
    assertThat(bart)
        .contains("the lease ends in March")
        .contains("he lost his job last month")
        .contains("the whole table");
    String chris = page("chris", id, Purpose.PLAN, "fr");
    assertThat(chris)
        .contains("he lost his job last month")
        .doesNotContain("the lease ends in March")
        .doesNotContain("to plan a safe return home")
        .contains("id=\"share-withheld-items\"")
        .contains("Retenu");
  }

  @Test
  void theVictimsLocationIsShownToItsAudienceOnlyAndLeavesNoTraceElsewhere() throws Exception {
    DossierId id = Families.acceptedWithLocation(chain);
    assertThat(page("an", id, Purpose.SAFETY, "en")).contains(Families.LOCATION);
    for (String who : List.of("bart", "chris", "dina")) {
      for (Purpose purpose : Purpose.values()) {
        assertThat(page(who, id, purpose, "en"))
            .as("%s, %s", who, purpose)
            .doesNotContain(Families.LOCATION)
            .doesNotContain("needed to plan her safety")
            .doesNotContain("loc-" + id.value())
            .doesNotContain("data-category=\"VICTIM_LOCATION\"")
            .doesNotContain("id=\"share-withheld-items\"");
      }
    }
  }

  @Test
  void aRequestIsAskedAnsweredByTheAskedPartnerAndTheDossierCompleted() throws Exception {
    DossierId id = Families.acceptedWithLocation(chain);
    String base = "/dossiers/" + id.value();
    mvc.perform(
            form("bart", base + "/requests")
                .param("from", "jh")
                .param("question", "Is a probation measure running for tom?")
                .param("dueBy", LocalDate.now().plusDays(10).toString()))
        .andExpect(redirectedUrl(base + "/share"))
        .andExpect(flash().attribute("done", "request information"));
    List<RequestId> open = chain.status(AN, id).orElseThrow().openRequests();
    assertThat(open).hasSize(1);
    String request = open.get(0).value();
    assertThat(request).matches("r-[a-z2-7]{10}");

    String chris = page("chris", id, Purpose.PLAN, "en");
    assertThat(chris)
        .contains("id=\"request-" + request + "\"")
        .contains("id=\"answer-form-" + request + "\"")
        .contains("Is a probation measure running for tom?")
        // the history names the request with its question, so the open request can be told
        .contains("(request " + request + "): Is a probation measure running for tom?");
    // the table cannot find the dossier complete while the request is open
    mvc.perform(form("an", base + "/complete")).andExpect(flash().attributeExists("refused"));
    // bart's seat was not asked: the library refuses his answer
    mvc.perform(
            form("bart", base + "/requests/" + request + "/answer")
                .param("category", "SOCIAL")
                .param("about", "tom")
                .param("reason", "asked by the table")
                .param("summary", "nothing known"))
        .andExpect(flash().attributeExists("refused"));
    mvc.perform(
            form("chris", base + "/requests/" + request + "/answer")
                .param("category", "SOCIAL")
                .param("about", "tom")
                .param("reason", "asked by the table")
                .param("summary", "a probation measure runs until June"))
        .andExpect(flash().attribute("done", "answer"));
    assertThat(chain.status(AN, id).orElseThrow().openRequests()).isEmpty();
    assertThat(page("bart", id, Purpose.PLAN, "en"))
        .contains("a probation measure runs until June")
        .contains(request)
        .contains("id=\"no-open-requests\"");
    mvc.perform(form("an", base + "/complete")).andExpect(flash().attributeExists("done"));
    assertThat(chain.status(AN, id).orElseThrow().status()).isEqualTo(DossierStatus.WEIGHING);
  }

  @Test
  void theShareFormAnswersARequestWhenItNamesOneAndARequestCanBeWaived() throws Exception {
    DossierId id = Families.acceptedWithLocation(chain);
    String base = "/dossiers/" + id.value();
    LocalDate due = LocalDate.now().plusDays(5);
    Families.handle(
        chain,
        "dina",
        id,
        new Command.RequestInformation(
            RequestId.of("r-one"), be.ifg.domain.PartnerId.of("pol"), "Call-outs?", due));
    Families.handle(
        chain,
        "dina",
        id,
        new Command.RequestInformation(
            RequestId.of("r-two"), be.ifg.domain.PartnerId.of("jh"), "Measures?", due));
    // an answer goes to the whole table: one with an audience is the app's invalid form
    mvc.perform(
            form("bart", base + "/share")
                .param("category", "INCIDENT")
                .param("about", "tom")
                .param("reason", "asked by the table")
                .param("summary", "two call-outs this year")
                .param("audience", "pol")
                .param("answers", "r-one"))
        .andExpect(flash().attributeExists("refused"));
    mvc.perform(
            form("bart", base + "/share")
                .param("category", "INCIDENT")
                .param("about", "tom")
                .param("reason", "asked by the table")
                .param("summary", "two call-outs this year")
                .param("answers", "r-one"))
        .andExpect(flash().attribute("done", "answer"));
    mvc.perform(form("an", base + "/requests/r-two/waive").param("reason", ""))
        .andExpect(flash().attributeExists("refused"));
    mvc.perform(form("an", base + "/requests/r-two/waive").param("reason", "known already"))
        .andExpect(flash().attributeExists("done"));
    assertThat(chain.status(AN, id).orElseThrow().openRequests()).isEmpty();
    assertThat(page("dina", id, Purpose.PLAN, "en")).contains("two call-outs this year");
  }

  @Test
  void informingIsRecordedOrDeferredFromThePage() throws Exception {
    DossierId id = Families.acceptedWithLocation(chain);
    String base = "/dossiers/" + id.value();
    mvc.perform(
            form("an", base + "/defer")
                .param("party", "kim")
                .param("reason", "her father would learn of it")
                .param("reviewBy", "next week"))
        .andExpect(flash().attributeExists("refused"));
    mvc.perform(
            form("an", base + "/defer")
                .param("party", "kim")
                .param("reason", "her father would learn of it")
                .param("reviewBy", LocalDate.now().plusWeeks(1).toString()))
        .andExpect(flash().attributeExists("done"));
    assertThat(page("an", id, Purpose.PLAN, "en"))
        .containsPattern(
            "(?s)<code>kim</code>[^<]*<span>indirect victim</span>:\\s*"
                + "<span>informing deferred, to review by "
                + LocalDate.now().plusWeeks(1));
    mvc.perform(form("an", base + "/inform").param("party", "tom").param("how", ""))
        .andExpect(flash().attributeExists("refused"));
    mvc.perform(form("an", base + "/inform").param("party", "tom").param("how", "by letter"))
        .andExpect(flash().attributeExists("done"));
    // the registrant, who is not a member, records informing too (the page itself is not hers)
    mvc.perform(form("eva", base + "/inform").param("party", "kim").param("how", "with her mother"))
        .andExpect(flash().attributeExists("done"));
    assertThat(page("an", id, Purpose.PLAN, "en"))
        .containsPattern(
            "(?s)<code>tom</code>[^<]*<span>perpetrator</span>:\\s*<span>informed</span>")
        .containsPattern(
            "(?s)<code>kim</code>[^<]*<span>indirect victim</span>:\\s*<span>informed</span>");
  }

  @Test
  void somebodyOutsideTheTableSeesNothingOfTheDossierAndChangesNothing() throws Exception {
    DossierId id = Families.acceptedWithLocation(chain);
    String base = "/dossiers/" + id.value();
    int before = shownTo("an", id);
    for (String who : List.of("gert", "eva", "fien")) {
      mvc.perform(get(base + "/share").with(user(who)).header("Accept-Language", "en"))
          .andExpect(status().isForbidden())
          .andExpect(content().string(containsString("id=\"refused-page\"")))
          .andExpect(content().string(not(containsString("sara"))))
          .andExpect(content().string(not(containsString(Families.LOCATION))))
          .andExpect(content().string(not(containsString("share-form"))));
    }
    mvc.perform(
            form("gert", base + "/share")
                .param("category", "OTHER")
                .param("about", "sara")
                .param("reason", "curious")
                .param("summary", "planted by an outsider"))
        .andExpect(redirectedUrl(base + "/share"))
        .andExpect(flash().attributeExists("refused"));
    mvc.perform(
            form("gert", base + "/requests")
                .param("from", "caw")
                .param("question", "where is she?")
                .param("dueBy", LocalDate.now().plusDays(3).toString()))
        .andExpect(flash().attributeExists("refused"));
    assertThat(shownTo("an", id)).isEqualTo(before);
    assertThat(chain.status(AN, id).orElseThrow().openRequests()).isEmpty();
  }

  @Test
  void aMalformedFormIsTheAppsInvalidFormAndChangesNothing() throws Exception {
    DossierId id = Families.acceptedWithLocation(chain);
    String base = "/dossiers/" + id.value();
    int before = shownTo("an", id);
    String invalid = Texts.BOOK.text(be.ifg.domain.Language.EN, "form.invalid");
    mvc.perform(
            form("an", base + "/share")
                .param("category", "GOSSIP")
                .param("about", "sara")
                .param("reason", "r")
                .param("summary", "s"))
        .andExpect(
            flash().attribute("refused", List.of(new Outcomes.Shown("INVALID_INPUT", invalid))));
    mvc.perform(
            form("an", base + "/requests")
                .param("from", "jh")
                .param("question", "q?")
                .param("dueBy", "tomorrow"))
        .andExpect(
            flash().attribute("refused", List.of(new Outcomes.Shown("INVALID_INPUT", invalid))));
    mvc.perform(form("an", base + "/requests/not a request id/waive").param("reason", "r"))
        .andExpect(
            flash().attribute("refused", List.of(new Outcomes.Shown("INVALID_INPUT", invalid))));
    assertThat(shownTo("an", id)).isEqualTo(before);
    assertThat(chain.status(AN, id).orElseThrow().openRequests()).isEmpty();
  }

  @Test
  void aPostWithoutCsrfTokenIsForbiddenAndChangesNothing() throws Exception {
    DossierId id = Families.acceptedWithLocation(chain);
    int before = shownTo("an", id);
    mvc.perform(
            post("/dossiers/" + id.value() + "/share")
                .with(user("an"))
                .param("category", "OTHER")
                .param("about", "sara")
                .param("reason", "r")
                .param("summary", "without a token"))
        .andExpect(status().isForbidden());
    mvc.perform(post("/dossiers/" + id.value() + "/complete").with(user("an")))
        .andExpect(status().isForbidden());
    assertThat(shownTo("an", id)).isEqualTo(before);
    assertThat(chain.status(AN, id).orElseThrow().status())
        .isEqualTo(DossierStatus.DOSSIER_BUILDING);
  }
}
