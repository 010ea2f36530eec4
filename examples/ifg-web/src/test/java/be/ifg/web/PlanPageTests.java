package be.ifg.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.ifg.domain.DossierId;
import be.ifg.domain.DossierStatus;
import be.ifg.domain.Language;
import be.ifg.domain.PlanProposal;
import be.ifg.domain.ProfessionalId;
import be.ifg.domain.Purpose;
import be.ifg.workflow.ChainApproach;
import be.ifg.workflow.Command;
import be.ifg.workflow.Commands;
import be.ifg.workflow.DossierPage;
import be.ifg.workflow.DossierSummary;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

/** The plan page: the forms the lifecycle allows, each command given as the signed-in actor. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"demo", "test"})
class PlanPageTests {
  @Autowired MockMvc mvc;
  @Autowired ChainApproach chain;

  private String page(String who, DossierId id, String lang) throws Exception {
    return mvc.perform(
            get("/dossiers/" + id.value() + "/plan")
                .with(user(who))
                .header("Accept-Language", lang))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  /** Posts a plan form and returns the flash: done or refused. */
  private Map<String, ?> give(String who, DossierId id, String command, String... fields)
      throws Exception {
    MockHttpServletRequestBuilder form =
        post("/dossiers/" + id.value() + "/plan/" + command)
            .with(user(who))
            .with(csrf())
            .header("Accept-Language", "en");
    for (int i = 0; i < fields.length; i += 2) {
      form.param(fields[i], fields[i + 1]);
    }
    return mvc.perform(form).andExpect(status().is3xxRedirection()).andReturn().getFlashMap();
  }

  private DossierSummary summary(DossierId id) {
    return chain.status(ProfessionalId.of("an"), id).orElseThrow();
  }

  @Test
  void theCoordinatorAdoptsAPlanFromTheRowsAndEmptyRowsAreIgnored() throws Exception {
    DossierId id = Families.weighing(chain);
    String due = LocalDate.now().plusWeeks(3).toString();
    Map<String, ?> outcome =
        give(
            "an",
            id,
            "adopt",
            "g0.text",
            "sara feels safe at home",
            "g0.a0.text",
            "draw up a safety plan",
            "g0.a0.owner",
            "caw",
            "g0.a0.due",
            due,
            "g0.a1.text",
            "",
            "g0.a1.owner",
            "",
            "g0.a1.due",
            "",
            "g1.text",
            "kim goes to school calmly",
            "g1.a0.text",
            "talk with the school",
            "g1.a0.owner",
            "vk",
            "g1.a0.due",
            due,
            "g2.text",
            "");
    assertThat(outcome.keySet()).contains(Outcomes.DONE);
    assertThat(summary(id).planVersion()).isEqualTo(1);
    assertThat(summary(id).actions()).hasSize(2);
    String html = page("bart", id, "en");
    assertThat(html)
        .contains("sara feels safe at home")
        .contains("talk with the school")
        .contains("id=\"goal-g1\"")
        .contains("id=\"action-a2\"");
  }

  @Test
  void anOutsiderCannotAdoptAPlanAndSeesNothingOfTheDossier() throws Exception {
    DossierId id = Families.weighing(chain);
    String due = LocalDate.now().plusWeeks(3).toString();
    Map<String, ?> outcome =
        give(
            "gert",
            id,
            "adopt",
            "g0.text",
            "a goal of gert",
            "g0.a0.text",
            "an action",
            "g0.a0.owner",
            "caw",
            "g0.a0.due",
            due);
    assertThat(outcome.keySet()).contains(Outcomes.REFUSED).doesNotContain(Outcomes.DONE);
    assertThat(outcome.get(Outcomes.REFUSED).toString())
        .doesNotContain("sara")
        .doesNotContain("tom");
    assertThat(summary(id).planVersion()).isZero();
    String refused =
        mvc.perform(
                get("/dossiers/" + id.value() + "/plan")
                    .with(user("gert"))
                    .header("Accept-Language", "en"))
            .andExpect(status().isForbidden())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(refused)
        .doesNotContain("sara")
        .doesNotContain("form-adoptPlan")
        .doesNotContain("Plan version");
  }

  @Test
  void onlyTheFormsTheLifecycleAllowsAreOfferedEachWithItsGuards() throws Exception {
    DossierId weighing = Families.weighing(chain);
    String html = page("an", weighing, "en");
    assertThat(html)
        .contains("id=\"form-adoptPlan\"")
        .contains("id=\"form-appointDirector\"")
        .contains("id=\"form-startCaseDirection\"")
        .contains("id=\"form-withdraw\"")
        .doesNotContain("id=\"form-reportProgress\"")
        .doesNotContain("id=\"form-conclude\"")
        .doesNotContain("id=\"form-evaluate\"");
    String guard =
        Commands.of(Command.StartCaseDirection.class).orElseThrow().guardText(Language.EN);
    assertThat(html).contains(HtmlUtils.htmlEscape(guard));
    String dutch = page("an", weighing, "nl");
    assertThat(dutch)
        .contains(
            HtmlUtils.htmlEscape(
                Commands.of(Command.AdoptPlan.class).orElseThrow().guardText(Language.NL)))
        .contains("Wat de bibliotheek controleert");
    assertThat(page("an", weighing, "fr")).contains("Ce que la bibliothèque vérifie");

    DossierId direction = Families.direction(chain);
    assertThat(page("dina", direction, "en"))
        .contains("id=\"form-reportProgress\"")
        .contains("id=\"form-proposeAdjustment\"")
        .contains("id=\"form-closeGoal\"")
        .contains("id=\"form-conclude\"")
        .doesNotContain("id=\"form-adoptPlan\"")
        .doesNotContain("id=\"form-startCaseDirection\"");
  }

  @Test
  void theDirectorIsAppointedCaseDirectionStartsAndTheDirectorReportsProgress() throws Exception {
    DossierId id = Families.planned(chain);
    assertThat(give("bart", id, "director", "member", "dina").keySet()).contains(Outcomes.REFUSED);
    assertThat(give("an", id, "director", "member", "dina").keySet()).contains(Outcomes.DONE);
    assertThat(summary(id).caseDirector()).isEqualTo(ProfessionalId.of("dina"));
    assertThat(give("an", id, "start").keySet()).contains(Outcomes.DONE);
    assertThat(summary(id).status()).isEqualTo(DossierStatus.CASE_DIRECTION);
    // progress is the director's: bart is refused, dina is heard
    assertThat(give("bart", id, "progress", "summary", "seen at home").keySet())
        .contains(Outcomes.REFUSED);
    assertThat(give("dina", id, "progress", "summary", "sara has a safety plan").keySet())
        .contains(Outcomes.DONE);
    assertThat(give("dina", id, "progress", "summary", " ").keySet()).contains(Outcomes.REFUSED);
    assertThat(give("dina", id, "action", "action", "a1", "status", "IN_PROGRESS").keySet())
        .contains(Outcomes.DONE);
    assertThat(summary(id).actions().get(be.ifg.domain.ActionId.of("a1")))
        .isEqualTo(be.ifg.domain.ActionStatus.IN_PROGRESS);
    assertThat(give("dina", id, "inform", "party", "sara").keySet()).contains(Outcomes.DONE);
    assertThat(page("dina", id, "en")).contains("sara has a safety plan");
  }

  @Test
  void theDirectorProposesAnAdjustmentAndTheTeamDecidesOnIt() throws Exception {
    DossierId id = Families.direction(chain);
    String due = LocalDate.now().plusWeeks(5).toString();
    Map<String, ?> proposed =
        give(
            "dina",
            id,
            "propose",
            "reason",
            "kim needs her own support",
            "g0.id",
            "g1",
            "g0.text",
            "sara and kim are safe at home",
            "g0.a0.id",
            "a1",
            "g0.a0.text",
            "safety plan with sara",
            "g0.a0.owner",
            "caw",
            "g0.a0.due",
            due,
            "g1.text",
            "kim has support of her own",
            "g1.a0.text",
            "a counsellor for kim",
            "g1.a0.owner",
            "vk",
            "g1.a0.due",
            due);
    assertThat(proposed.keySet()).contains(Outcomes.DONE);
    DossierPage.Shown shown =
        (DossierPage.Shown) chain.read(ProfessionalId.of("an"), id, Purpose.PLAN);
    PlanProposal proposal = shown.plan().facts().orElseThrow().proposals().get(0);
    assertThat(proposal.goals()).hasSize(2);
    // the new goal and action got ids the plan did not use
    assertThat(proposal.goals().get(1).id().value()).isNotEqualTo("g1");
    assertThat(proposal.goals().get(1).actions().get(0).id().value()).isNotIn("a1", "a2");
    assertThat(page("an", id, "en"))
        .contains("id=\"form-decideAdjustment\"")
        .contains("kim needs her own support");
    // only the coordinator decides for the team
    assertThat(
            give(
                    "dina",
                    id,
                    "decide",
                    "proposal",
                    proposal.id().value(),
                    "adopted",
                    "yes",
                    "note",
                    "agreed")
                .keySet())
        .contains(Outcomes.REFUSED);
    assertThat(
            give(
                    "an",
                    id,
                    "decide",
                    "proposal",
                    proposal.id().value(),
                    "adopted",
                    "yes",
                    "note",
                    "agreed in the team")
                .keySet())
        .contains(Outcomes.DONE);
    assertThat(summary(id).planVersion()).isEqualTo(2);
    assertThat(page("dina", id, "en")).contains("kim has support of her own");
  }

  @Test
  void theTeamAdjustsThePlanAndTheDirectorClosesAGoal() throws Exception {
    DossierId id = Families.direction(chain);
    String due = LocalDate.now().plusWeeks(5).toString();
    assertThat(
            give(
                    "an",
                    id,
                    "adjust",
                    "reason",
                    "the school asked for a meeting",
                    "g0.id",
                    "g1",
                    "g0.text",
                    "sara and kim are safe at home",
                    "g0.a0.id",
                    "a1",
                    "g0.a0.text",
                    "safety plan with sara",
                    "g0.a0.owner",
                    "caw",
                    "g0.a0.due",
                    due,
                    "g0.a1.id",
                    "a2",
                    "g0.a1.text",
                    "meet the school",
                    "g0.a1.owner",
                    "vk",
                    "g0.a1.due",
                    due)
                .keySet())
        .contains(Outcomes.DONE);
    assertThat(summary(id).planVersion()).isEqualTo(2);
    assertThat(
            give(
                    "dina",
                    id,
                    "goal",
                    "goal",
                    "g1",
                    "outcome",
                    "ACHIEVED",
                    "decision",
                    "the team agrees the goal is reached")
                .keySet())
        .contains(Outcomes.DONE);
    assertThat(summary(id).openGoals()).isEmpty();
    assertThat(give("dina", id, "danger", "summary", "calmer now").keySet())
        .contains(Outcomes.DONE);
  }

  @Test
  void aFormWithAHalfFilledActionRowChangesNothing() throws Exception {
    DossierId id = Families.weighing(chain);
    Map<String, ?> outcome =
        give("an", id, "adopt", "g0.text", "a goal", "g0.a0.text", "an action without owner");
    assertThat(outcome.keySet()).contains(Outcomes.REFUSED);
    assertThat(outcome.get(Outcomes.REFUSED).toString())
        .contains("Goal 1, action 1: choose the partner who owns the action.");
    assertThat(summary(id).planVersion()).isZero();
  }

  @Test
  void aPostWithoutTheCsrfTokenIsRefused() throws Exception {
    DossierId id = Families.weighing(chain);
    for (String command : List.of("adopt", "director", "start", "progress", "withdraw")) {
      mvc.perform(
              post("/dossiers/" + id.value() + "/plan/" + command)
                  .with(user("an"))
                  .param("reason", "x")
                  .param("member", "dina"))
          .andExpect(status().isForbidden());
    }
    assertThat(summary(id).status()).isEqualTo(DossierStatus.WEIGHING);
    assertThat(summary(id).caseDirector()).isNull();
  }

  @Test
  void theRefusedPlanAndAssessmentPagesAreTheSameWhetherTheDossierExistsOrNot() throws Exception {
    DossierId existing = Families.direction(chain);
    DossierId missing = Families.fresh();
    for (String page : List.of("plan", "assessment")) {
      String[] bodies = new String[2];
      DossierId[] ids = {existing, missing};
      for (int i = 0; i < 2; i++) {
        bodies[i] =
            mvc.perform(
                    get("/dossiers/" + ids[i].value() + "/" + page)
                        .with(user("gert"))
                        .header("Accept-Language", "en"))
                .andExpect(status().isForbidden())
                .andReturn()
                .getResponse()
                .getContentAsString()
                .replace(ids[i].value(), "ID")
                .replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "CSRF");
      }
      assertThat(bodies[0]).isEqualTo(bodies[1]);
    }
  }

  @Test
  void anIncidentIsReportedConcludingWithOpenGoalsIsRefusedAndTheCoordinatorWithdraws()
      throws Exception {
    DossierId id = Families.direction(chain);
    assertThat(
            give(
                    "bart",
                    id,
                    "incident",
                    "summary",
                    "police called to the house",
                    "occurredAt",
                    LocalDate.now().minusDays(1) + "T21:30")
                .keySet())
        .contains(Outcomes.DONE);
    assertThat(summary(id).reassessmentDue()).isTrue();
    Map<String, ?> concluded =
        give("dina", id, "conclude", "violenceStopped", "yes", "summary", "calm for months");
    assertThat(concluded.get(Outcomes.REFUSED).toString()).contains("GOALS_OPEN");
    assertThat(summary(id).status()).isEqualTo(DossierStatus.CASE_DIRECTION);
    assertThat(give("dina", id, "withdraw", "reason", "the team decided").keySet())
        .contains(Outcomes.REFUSED);
    assertThat(give("an", id, "withdraw", "reason", "the team decided").keySet())
        .contains(Outcomes.DONE);
    assertThat(summary(id).status()).isEqualTo(DossierStatus.WITHDRAWN);
    assertThat(page("an", id, "en"))
        .contains("id=\"no-forms\"")
        .doesNotContain("id=\"form-withdraw\"");
  }
}
