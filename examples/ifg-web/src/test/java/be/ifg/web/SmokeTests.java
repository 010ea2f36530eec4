package be.ifg.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"demo", "test"})
class SmokeTests {
  @Autowired MockMvc mvc;
  @Autowired be.ifg.workflow.ChainApproach chain;

  @Test
  void theDossierPageShowsTheLocationToItsAudienceOnly() throws Exception {
    be.ifg.domain.DossierId id = Families.acceptedWithLocation(chain);
    mvc.perform(
            get("/dossiers/" + id.value())
                .param("purpose", "SAFETY")
                .with(user("an"))
                .header("Accept-Language", "en"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(Families.LOCATION)))
        .andExpect(content().string(containsString("class=\"state current")));
    mvc.perform(
            get("/dossiers/" + id.value())
                .param("purpose", "SAFETY")
                .with(user("bart"))
                .header("Accept-Language", "en"))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.not(containsString(Families.LOCATION))));
    mvc.perform(get("/dossiers/" + id.value()).with(user("gert")).header("Accept-Language", "en"))
        .andExpect(status().isForbidden())
        .andExpect(content().string(org.hamcrest.Matchers.not(containsString("sara"))));
  }

  @Test
  void anonymousIsSentToSignIn() throws Exception {
    mvc.perform(get("/"))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/signin"));
  }

  @Test
  void signInWithTheDemoPasswordShowsTheAgenda() throws Exception {
    mvc.perform(
            post("/signin").param("username", "an").param("password", "demo-an-4821").with(csrf()))
        .andExpect(redirectedUrl("/"));
    mvc.perform(get("/").with(user("an")).header("Accept-Language", "en"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("My agenda")))
        .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")));
  }

  @Test
  void theDossierPageRendersForEveryPurposeInEveryLanguage() throws Exception {
    be.ifg.domain.DossierId id = Families.acceptedWithLocation(chain);
    for (be.ifg.domain.Purpose purpose : be.ifg.domain.Purpose.values()) {
      for (String language : java.util.List.of("nl", "fr", "en")) {
        String page =
            mvc.perform(
                    get("/dossiers/" + id.value())
                        .param("purpose", purpose.name())
                        .with(user("bart"))
                        .header("Accept-Language", language))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThat(
                org.springframework.web.util.HtmlUtils.htmlUnescape(page))
            .as("%s in %s", purpose, language)
            .contains(purpose.label(be.ifg.domain.Language.of(language)))
            .doesNotContain(Families.LOCATION);
      }
    }
  }
}
