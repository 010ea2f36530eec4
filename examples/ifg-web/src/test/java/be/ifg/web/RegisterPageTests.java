package be.ifg.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.ifg.domain.DangerAssessment;
import be.ifg.domain.DossierId;
import be.ifg.domain.Language;
import be.ifg.domain.Party;
import be.ifg.domain.PartyRole;
import be.ifg.domain.ProfessionalId;
import be.ifg.workflow.ChainApproach;
import be.ifg.workflow.Command;
import be.ifg.workflow.CommandDeclaration;
import be.ifg.workflow.Commands;
import be.ifg.workflow.Decision;
import be.ifg.workflow.Reason;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

/** The registration page: the form, its guards, and what an accepted or refused form does. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"demo", "test"})
class RegisterPageTests {
  @Autowired MockMvc mvc;
  @Autowired ChainApproach chain;

  private static final ProfessionalId AN = ProfessionalId.of("an");

  /** A family of two as a filled-in form: sara informed, tom's informing deferred. */
  private static MockHttpServletRequestBuilder family(String who, String language) {
    return family(who, language, "1991", LocalDate.now().plusWeeks(2).toString());
  }

  /** The same family, with sara's birth year and tom's review date as typed. */
  private static MockHttpServletRequestBuilder family(
      String who, String language, String year, String reviewBy) {
    return post("/register")
        .with(user(who))
        .with(csrf())
        .header("Accept-Language", language)
        .param("partyId", "sara", "tom", "", "", "", "")
        .param("partyRole", "VICTIM", "PERPETRATOR", "", "", "", "")
        .param("partyBirthYear", year, "", "", "", "", "")
        .param("partyHow", "conversation at the office", "", "", "", "", "")
        .param("partyDeferReason", "", "informing him now would endanger sara", "", "", "", "")
        .param("partyReviewBy", "", reviewBy, "", "", "", "")
        .param("danger", "yes")
        .param("measures", "SAFETY_PLAN");
  }

  /** A text as a page writes it (markup characters escaped, the rest as it is). */
  static String escape(String text) {
    return HtmlUtils.htmlEscape(text, "UTF-8");
  }

  @Test
  void theFormShowsTheGuardsOfRegisteringInThePageLanguage() throws Exception {
    CommandDeclaration register = Commands.of(Command.Register.class).orElseThrow();
    String page =
        mvc.perform(get("/register").with(user("eva")).header("Accept-Language", "nl"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("id=\"register-form\"")))
            .andExpect(content().string(containsString("Een gezin aanmelden")))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains(escape(register.by(Language.NL)));
    for (CommandDeclaration.Guard g : register.guards()) {
      assertThat(page)
          .contains("id=\"guard-" + g.code().name() + "\"")
          .contains(escape(g.text(Language.NL)));
    }
    assertThat(page).contains("id=\"party-id-5\"").doesNotContain("id=\"party-id-6\"");
  }

  @Test
  void anAcceptedRegistrationGetsAnOpaqueIdAndIsStored() throws Exception {
    List<DossierId> before = chain.dossiers(AN);
    MvcResult eva =
        mvc.perform(family("eva", "en").param("criteria", "UNSAFETY", "MULTI_PROBLEM"))
            .andExpect(status().is3xxRedirection())
            .andExpect(redirectedUrl("/"))
            .andExpect(flash().attribute("done", matchesPattern(".*dossier d-[a-z2-7]{10}$")))
            .andReturn();
    List<DossierId> after = new ArrayList<>(chain.dossiers(AN));
    after.removeAll(before);
    assertThat(after).hasSize(1);
    DossierId created = after.get(0);
    assertThat(created.value()).matches("d-[a-z2-7]{10}");
    assertThat((String) eva.getFlashMap().get("done")).endsWith(created.value());
    assertThat(chain.status(AN, created).orElseThrow().status().name()).isEqualTo("REGISTERED");
    // a member of the table who registers lands on the new dossier's page
    mvc.perform(family("bart", "en").param("criteria", "UNSAFETY"))
        .andExpect(redirectedUrlPattern("/dossiers/d-*"));
  }

  @Test
  void aRefusedRegistrationShowsTheLibrarysReasonsAndStoresNothing() throws Exception {
    // no criterion, and a victim nobody informed: the library's reasons, in French
    Decision expected =
        chain.register(
            ProfessionalId.of("eva"),
            new Command.Register(
                Families.fresh(),
                List.of(Party.of("sara", PartyRole.VICTIM, 1991), Party.of("kim", PartyRole.OTHER)),
                Set.of(),
                List.of(),
                List.of(),
                DangerAssessment.of(false)));
    List<Reason> reasons = ((Decision.Rejected) expected).reasons();
    assertThat(reasons).isNotEmpty();
    List<DossierId> before = chain.dossiers(AN);
    String page =
        mvc.perform(
                post("/register")
                    .with(user("eva"))
                    .with(csrf())
                    .header("Accept-Language", "fr")
                    .param("partyId", "sara", "kim", "", "", "", "")
                    .param("partyRole", "VICTIM", "OTHER", "", "", "", "")
                    .param("partyBirthYear", "1991", "", "", "", "", "")
                    .param("danger", "no"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("id=\"refused\"")))
            .andReturn()
            .getResponse()
            .getContentAsString();
    for (Reason r : reasons) {
      assertThat(page).contains(r.code().name()).contains(escape(r.message(Language.FR)));
    }
    assertThat(page).contains("NO_CRITERIA").contains("VICTIM_NOT_INFORMED");
    // what was typed is kept
    assertThat(page).contains("value=\"sara\"").contains("value=\"1991\"");
    assertThat(chain.dossiers(AN)).isEqualTo(before);
  }

  @Test
  void somebodyTheTableDoesNotKnowIsRefusedAndNothingIsStored() throws Exception {
    List<DossierId> before = chain.dossiers(AN);
    mvc.perform(family("gert", "en").param("criteria", "UNSAFETY"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("NOT_AUTHORIZED")))
        .andExpect(content().string(not(containsString("Done:"))));
    assertThat(chain.dossiers(AN)).isEqualTo(before);
  }

  @Test
  void aMalformedFieldIsTheAppsInvalidFormAndChangesNothing() throws Exception {
    List<DossierId> before = chain.dossiers(AN);
    mvc.perform(
            family("eva", "en", "19x1", LocalDate.now().plusWeeks(2).toString())
                .param("criteria", "UNSAFETY"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("INVALID_INPUT")))
        .andExpect(
            content()
                .string(
                    containsString(
                        "The form is incomplete or a field is not in the expected form")));
    mvc.perform(family("eva", "nl", "1991", "31-02-2027").param("criteria", "UNSAFETY"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Het formulier is onvolledig")));
    assertThat(chain.dossiers(AN)).isEqualTo(before);
  }

  @Test
  void aRegistrationWithoutCsrfTokenIsForbiddenAndChangesNothing() throws Exception {
    List<DossierId> before = chain.dossiers(AN);
    mvc.perform(
            post("/register")
                .with(user("eva"))
                .param("partyId", "sara")
                .param("partyRole", "VICTIM")
                .param("partyHow", "at home")
                .param("criteria", "UNSAFETY")
                .param("danger", "no"))
        .andExpect(status().isForbidden());
    assertThat(chain.dossiers(AN)).isEqualTo(before);
  }
}
