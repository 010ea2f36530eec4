package be.ifg.web;

import static org.assertj.core.api.Assertions.assertThat;

import be.ifg.domain.ActionId;
import be.ifg.domain.DossierId;
import be.ifg.domain.DossierStatus;
import be.ifg.domain.GoalId;
import be.ifg.domain.InformationCategory;
import be.ifg.domain.ItemId;
import be.ifg.domain.Language;
import be.ifg.domain.PartnerId;
import be.ifg.domain.PartyId;
import be.ifg.domain.ProfessionalId;
import be.ifg.domain.Purpose;
import be.ifg.rti.Answer;
import be.ifg.workflow.Command;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * One family through the chain, played by the five demo users in turn, each in a browser of their
 * own: eva (city) registers, an (CAW, coordinator) has the table accept, the partners share, the
 * table weighs, assesses, adopts a plan and appoints dina (VK) case director, who starts case
 * direction; after each step the users look at the dossier in their browser.
 *
 * <p>One method per user action. A step whose page is not in the app yet is done through the
 * library and says which page will take it over ({@code PAGE:}); replace its body by the page's
 * clicks when the page lands, and keep the checks that follow it.
 */
class FamilyThroughTheChainBrowserTests extends BrowserTestSupport {
  static final String INCIDENT = "call-out on 3 November, tom threatened sara";
  static final String GOAL = "sara and kim are safe at home";
  static final String ACTION = "weekly contact with sara";

  private DossierId id;

  @Test
  void aFamilyGoesThroughTheChainByFiveUsersInTurn() {
    evaRegistersTheFamily();
    anSeesTheRegistrationAndHasTheTableAccept();
    anSharesTheVictimsLocationWithTheCawOnly();
    bartSharesTheIncidentWithTheTable();
    chrisReadsTheIncidentButNotTheLocation();
    anCompletesTheDossier();
    chrisAssessesTheRisk();
    anHasTheTableAdoptThePlan();
    anRecordsDinaAsCaseDirector();
    dinaStartsCaseDirection();
    everySeatSeesCaseDirectionWithDinaAndThePlan();
  }

  /** PAGE: /register (eva fills in the family); through the library until then. */
  void evaRegistersTheFamily() {
    id = Families.registered(chain);
    as("eva");
  }

  void anSeesTheRegistrationAndHasTheTableAccept() {
    Browser an = as("an").go("/");
    assertThat(an.text("dossiers")).contains(id.value());
    an.screenshot("agenda-an");
    an.dossier(id, Purpose.PLAN);
    assertThat(an.state()).isEqualTo(DossierStatus.REGISTERED.label(Language.EN));
    assertThat(an.text("registration")).contains("eva").contains("sara");
    an.press("accept");
    assertThat(an.done()).isNotEmpty();
    assertThat(an.state()).isEqualTo(DossierStatus.DOSSIER_BUILDING.label(Language.EN));
    an.screenshot("dossier-accepted-an");
  }

  /** PAGE: /dossiers/{id}/share; through the library until then. */
  void anSharesTheVictimsLocationWithTheCawOnly() {
    Families.handle(
        chain,
        "an",
        id,
        new Command.ShareInformation(
            ItemId.of("loc-" + id.value()),
            InformationCategory.VICTIM_LOCATION,
            Set.of(PartyId.of("sara")),
            "needed to plan her safety",
            Families.LOCATION,
            Set.of(PartnerId.of("caw"))));
    assertThat(as("an").dossier(id, Purpose.SAFETY).text("shown-items"))
        .contains(Families.LOCATION);
  }

  /** PAGE: /dossiers/{id}/share; through the library until then. */
  void bartSharesTheIncidentWithTheTable() {
    Families.handle(
        chain,
        "bart",
        id,
        new Command.ShareInformation(
            ItemId.of("inc-" + id.value()),
            InformationCategory.INCIDENT,
            Set.of(PartyId.of("sara"), PartyId.of("tom")),
            "the table weighs the danger",
            INCIDENT,
            Set.of()));
    assertThat(as("bart").dossier(id, Purpose.PLAN).text("shown-items"))
        .contains(INCIDENT)
        .doesNotContain(Families.LOCATION);
  }

  void chrisReadsTheIncidentButNotTheLocation() {
    Browser chris = as("chris").dossier(id, Purpose.PLAN);
    assertThat(chris.text("shown-items")).contains(INCIDENT);
    assertThat(chris.source()).doesNotContain(Families.LOCATION).doesNotContain("VICTIM_LOCATION");
    chris.screenshot("dossier-shared-chris");
  }

  /** PAGE: a "dossier complete" button (dossier page or /share); through the library until then. */
  void anCompletesTheDossier() {
    Families.handle(chain, "an", id, new Command.CompleteDossier());
    assertThat(as("an").dossier(id, Purpose.PLAN).state())
        .isEqualTo(DossierStatus.WEIGHING.label(Language.EN));
  }

  /** PAGE: /dossiers/{id}/assessment; through the library until then. */
  void chrisAssessesTheRisk() {
    Families.handle(
        chain, "chris", id, new Command.Assess("yes-count-checklist", "1.0.0", checklist(3), null));
  }

  /**
   * The answers to the built-in 20-item checklist: the first {@code yes} items yes, the rest no.
   */
  private static Map<String, Answer> checklist(int yes) {
    Map<String, Answer> answers = new LinkedHashMap<>();
    for (int i = 1; i <= 20; i++) {
      answers.put("item-" + i, i <= yes ? Answer.yes() : Answer.no());
    }
    return answers;
  }

  /** PAGE: /dossiers/{id}/plan; through the library until then. */
  void anHasTheTableAdoptThePlan() {
    Families.handle(
        chain,
        "an",
        id,
        new Command.AdoptPlan(
            List.of(
                new Command.PlannedGoal(
                    GoalId.of("g1"),
                    GOAL,
                    List.of(
                        new Command.PlannedAction(
                            ActionId.of("a1"),
                            ACTION,
                            PartnerId.of("vk"),
                            LocalDate.now().plusWeeks(2)))))));
    assertThat(as("bart").dossier(id, Purpose.PLAN).text("plan")).contains(GOAL).contains(ACTION);
  }

  /** PAGE: /director; through the library until then. */
  void anRecordsDinaAsCaseDirector() {
    Families.handle(chain, "an", id, new Command.AppointDirector(ProfessionalId.of("dina")));
  }

  /** PAGE: /director (or the dossier page); through the library until then. */
  void dinaStartsCaseDirection() {
    Families.handle(chain, "dina", id, new Command.StartCaseDirection());
  }

  void everySeatSeesCaseDirectionWithDinaAndThePlan() {
    String caseDirection = DossierStatus.CASE_DIRECTION.label(Language.EN);
    for (String member : List.of("an", "bart", "chris", "dina")) {
      Browser b = as(member).dossier(id, Purpose.PLAN);
      assertThat(b.state()).as(member).isEqualTo(caseDirection);
      assertThat(b.text("summary")).as(member).contains("dina");
      assertThat(b.text("plan")).as(member).contains(GOAL);
      assertThat(b.has("table-decision")).as(member).isFalse();
    }
    assertThat(as("dina").go("/").text("agenda")).contains(id.value());
    as("dina").dossier(id, Purpose.PLAN).screenshot("dossier-case-direction-dina");
    // eva registered the family but sits at no table: nothing of the dossier
    Browser eva = as("eva").dossier(id, Purpose.PLAN);
    assertThat(eva.has("refused-page")).as("eva gets the refusal page").isTrue();
    assertThat(eva.source()).doesNotContain(GOAL).doesNotContain(INCIDENT).doesNotContain("sara");
  }
}
