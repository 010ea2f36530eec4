package be.ifg.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.ifg.domain.DossierId;
import be.ifg.rti.Answer;
import be.ifg.rti.Instrument;
import be.ifg.rti.Item;
import be.ifg.rti.Section;
import be.ifg.workflow.ChainApproach;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

/** The risk assessment page: the form generated from the instrument, the result explained. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"demo", "test"})
class AssessmentPageTests {
  @Autowired MockMvc mvc;
  @Autowired ChainApproach chain;

  private String page(String who, DossierId id, String lang) throws Exception {
    return mvc.perform(
            get("/dossiers/" + id.value() + "/assessment")
                .with(user(who))
                .header("Accept-Language", lang))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  @Test
  void theFormAsksEverySectionAndItemOfTheDemoInstrumentInEachLanguage() throws Exception {
    DossierId id = Families.weighing(chain);
    Instrument demo = Families.demoInstrument(chain);
    Map<String, String> words =
        Map.of("nl", "Nieuwe taxatie", "fr", "Nouvelle évaluation", "en", "New assessment");
    for (String lang : List.of("nl", "fr", "en")) {
      String html = page("an", id, lang);
      assertThat(html).contains(words.get(lang)).contains("id=\"assessment-form\"");
      assertThat(html).contains(HtmlUtils.htmlEscape(demo.title(lang), "UTF-8"));
      for (Section s : demo.sections()) {
        assertThat(html).contains("id=\"section-" + s.id() + "\"");
        assertThat(html).contains(HtmlUtils.htmlEscape(s.label(lang), "UTF-8"));
        for (Item item : s.items()) {
          assertThat(html)
              .contains("name=\"answer." + item.id() + "\"")
              .contains(HtmlUtils.htmlEscape(item.label(lang), "UTF-8"));
        }
      }
    }
    // the instrument has Dutch texts of its own, and French ones from its built-in French wording
    assertThat(page("an", id, "nl"))
        .contains(HtmlUtils.htmlEscape(demo.items().get(0).label("nl"), "UTF-8"));
    assertThat(page("an", id, "fr"))
        .contains(HtmlUtils.htmlEscape(demo.items().get(0).label("fr"), "UTF-8"))
        .doesNotContain(HtmlUtils.htmlEscape(demo.items().get(0).label("en"), "UTF-8"))
        .contains("Répondez oui ou non.");
  }

  @Test
  void aFormWithMissingAnswersIsScoredAndTheResultNamesTheMissingOnes() throws Exception {
    DossierId id = Families.weighing(chain);
    Instrument demo = Families.demoInstrument(chain);
    Map<String, Answer> calm = Families.calmAnswers(demo);
    List<Item> items = demo.items();
    Item skipped1 = items.get(1);
    Item skipped2 = items.get(items.size() - 1);
    MockHttpServletRequestBuilder form =
        post("/dossiers/" + id.value() + "/assessment")
            .with(user("an"))
            .with(csrf())
            .header("Accept-Language", "en")
            .param("instrument", demo.reference());
    for (Item item : items) {
      if (item != skipped1 && item != skipped2) {
        form.param("answer." + item.id(), answerText(calm.get(item.id())));
      }
    }
    MvcResult posted = mvc.perform(form).andExpect(status().is3xxRedirection()).andReturn();
    assertThat(posted.getFlashMap().keySet()).contains(Outcomes.DONE);
    String html = page("an", id, "en");
    assertThat(html).contains("id=\"missing-answers\"");
    String missing = html.substring(html.indexOf("id=\"missing-answers\""));
    missing = missing.substring(0, missing.indexOf("</ul>"));
    assertThat(missing)
        .contains(HtmlUtils.htmlEscape(skipped1.label("en")))
        .contains(HtmlUtils.htmlEscape(skipped2.label("en")))
        .doesNotContain(HtmlUtils.htmlEscape(items.get(0).label("en")));
    assertThat(html).contains("Latest result").contains("id=\"result-band\"");
  }

  @Test
  void anOverrideWithoutRationaleIsRefusedWithTheLibrarysReasons() throws Exception {
    DossierId id = Families.weighing(chain);
    Instrument demo = Families.demoInstrument(chain);
    MockHttpServletRequestBuilder form =
        post("/dossiers/" + id.value() + "/assessment")
            .with(user("an"))
            .with(csrf())
            .header("Accept-Language", "en")
            .param("instrument", demo.reference())
            .param("override", "HIGH")
            .param("rationale", "  ");
    Families.calmAnswers(demo).forEach((k, v) -> form.param("answer." + k, answerText(v)));
    MvcResult posted = mvc.perform(form).andExpect(status().is3xxRedirection()).andReturn();
    @SuppressWarnings("unchecked")
    List<Outcomes.Shown> reasons =
        (List<Outcomes.Shown>) posted.getFlashMap().get(Outcomes.REFUSED);
    assertThat(reasons).extracting(Outcomes.Shown::code).contains("RATIONALE_REQUIRED");
    assertThat(page("an", id, "en")).contains("id=\"no-result\"");
    // with a rationale the same override is recorded and shown
    MockHttpServletRequestBuilder again =
        post("/dossiers/" + id.value() + "/assessment")
            .with(user("an"))
            .with(csrf())
            .param("instrument", demo.reference())
            .param("override", "HIGH")
            .param("rationale", "the children witnessed the last incident");
    Families.calmAnswers(demo).forEach((k, v) -> again.param("answer." + k, answerText(v)));
    assertThat(mvc.perform(again).andReturn().getFlashMap().keySet()).contains(Outcomes.DONE);
    assertThat(page("an", id, "en"))
        .contains("the children witnessed the last incident")
        .contains("Final band");
  }

  @Test
  void aSecondAssessmentShowsTheChangeOverTime() throws Exception {
    DossierId id = Families.weighing(chain);
    Instrument demo = Families.demoInstrument(chain);
    for (String weapon : List.of("NO", "YES")) {
      MockHttpServletRequestBuilder form =
          post("/dossiers/" + id.value() + "/assessment")
              .with(user("an"))
              .with(csrf())
              .param("instrument", demo.reference());
      Families.calmAnswers(demo)
          .forEach(
              (k, v) -> form.param("answer." + k, k.equals("weapon") ? weapon : answerText(v)));
      assertThat(mvc.perform(form).andReturn().getFlashMap().keySet()).contains(Outcomes.DONE);
    }
    String html = page("an", id, "nl");
    assertThat(html)
        .contains("id=\"change\"")
        .contains("hoger")
        .contains(HtmlUtils.htmlEscape(demo.item("weapon").orElseThrow().label("nl")))
        .contains("id=\"assessments\"");
  }

  @Test
  void anOutsiderSeesNothingOfTheDossierAndCannotAssess() throws Exception {
    DossierId id = Families.weighing(chain);
    Instrument demo = Families.demoInstrument(chain);
    String html =
        mvc.perform(
                get("/dossiers/" + id.value() + "/assessment")
                    .with(user("gert"))
                    .header("Accept-Language", "en"))
            .andExpect(status().isForbidden())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(html).doesNotContain("sara").doesNotContain("assessment-form");
    MockHttpServletRequestBuilder form =
        post("/dossiers/" + id.value() + "/assessment")
            .with(user("gert"))
            .with(csrf())
            .param("instrument", demo.reference());
    Families.calmAnswers(demo).forEach((k, v) -> form.param("answer." + k, answerText(v)));
    assertThat(mvc.perform(form).andReturn().getFlashMap().keySet()).contains(Outcomes.REFUSED);
    assertThat(page("an", id, "en")).contains("id=\"no-result\"");
  }

  @Test
  void anAnswerOfTheWrongFormIsNamedAndNothingIsRecorded() throws Exception {
    DossierId id = Families.weighing(chain);
    Instrument demo = Families.demoInstrument(chain);
    Item count =
        demo.items().stream()
            .filter(i -> i.type() == be.ifg.rti.ItemType.COUNT)
            .findFirst()
            .orElseThrow();
    MvcResult posted =
        mvc.perform(
                post("/dossiers/" + id.value() + "/assessment")
                    .with(user("an"))
                    .with(csrf())
                    .header("Accept-Language", "en")
                    .param("instrument", demo.reference())
                    .param("answer." + count.id(), "many"))
            .andReturn();
    @SuppressWarnings("unchecked")
    List<Outcomes.Shown> reasons =
        (List<Outcomes.Shown>) posted.getFlashMap().get(Outcomes.REFUSED);
    assertThat(reasons.get(0).text()).contains(count.label("en")).contains("whole number");
    assertThat(page("an", id, "en")).contains("id=\"no-result\"");
  }

  @Test
  void aPostWithoutTheCsrfTokenIsRefused() throws Exception {
    DossierId id = Families.weighing(chain);
    mvc.perform(
            post("/dossiers/" + id.value() + "/assessment")
                .with(user("an"))
                .param("instrument", "ifg-demo"))
        .andExpect(status().isForbidden());
    assertThat(page("an", id, "en")).contains("id=\"no-result\"");
  }

  /** The form value of an answer: its text; an empty list of dates is an empty field. */
  static String answerText(Answer answer) {
    return answer instanceof Answer.Events e && e.dates().isEmpty() ? "" : answer.text();
  }
}
