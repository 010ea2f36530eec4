package be.ifg.web;

import static org.assertj.core.api.Assertions.assertThat;

import be.ifg.domain.DossierId;
import be.ifg.domain.DossierStatus;
import be.ifg.domain.InformationCategory;
import be.ifg.domain.Language;
import be.ifg.domain.ProfessionalId;
import be.ifg.domain.Purpose;
import be.ifg.domain.SessionId;
import be.ifg.workflow.Command;
import be.ifg.workflow.Decision;
import be.ifg.workflow.Reason;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The app in a real browser (headless Chromium): what each seat at the table sees of the same
 * dossier, a refused action with the library's reasons, the language switch. Every test makes fresh
 * dossiers through the library ({@link Families}); each user has a browser of their own.
 */
class BrowserTests extends BrowserTestSupport {

  @Test
  void theVictimsLocationIsSeenByItsAudienceAndLeavesNoTraceForTheOthers() {
    DossierId withLocation = Families.acceptedWithLocation(chain);
    DossierId twin = Families.registered(chain);
    Families.handle(chain, "an", twin, new Command.Accept(null));
    for (Purpose purpose : List.of(Purpose.SAFETY, Purpose.PLAN)) {
      Browser an = as("an").dossier(withLocation, purpose);
      assertThat(an.text("shown-items")).as("an (CAW) for %s", purpose).contains(Families.LOCATION);
      assertThat(an.source()).contains("data-category=\"VICTIM_LOCATION\"");
      an.screenshotWhole("dossier-location-an-" + purpose.name().toLowerCase(Locale.ROOT));
      for (String other : List.of("bart", "dina")) {
        Browser b = as(other).dossier(withLocation, purpose);
        assertThat(b.source())
            .as("%s for %s: not the text, not the category, not the item", other, purpose)
            .doesNotContain(Families.LOCATION)
            .doesNotContain("VICTIM_LOCATION")
            .doesNotContain("loc-" + withLocation.value())
            .doesNotContainIgnoringCase(InformationCategory.VICTIM_LOCATION.label(Language.EN));
        assertThat(b.has("withheld-items"))
            .as("%s for %s: no withheld line", other, purpose)
            .isFalse();
        String seen = masked(b.pageText(), withLocation);
        String nothingShared = masked(as(other).dossier(twin, purpose).pageText(), twin);
        assertThat(seen)
            .as(
                "%s for %s: the same page as a dossier where nothing was shared (no count)",
                other, purpose)
            .isEqualTo(nothingShared);
      }
    }
    as("bart").dossier(withLocation, Purpose.SAFETY).screenshot("dossier-location-bart-safety");
  }

  @Test
  void aRefusedAcceptShowsTheLibrarysReasonsInThePagesLanguageAndChangesNothing() {
    DossierId id = Families.registered(chain);
    // bart (police, not the coordinator) opens the registration; meanwhile an has the table accept
    Browser bart = as("bart").dossier(id, Purpose.PLAN);
    assertThat(bart.has("accept")).isTrue();
    Browser an = as("an").dossier(id, Purpose.PLAN);
    an.press("accept");
    assertThat(an.done()).isNotEmpty();
    String accepted = an.state();
    String timeline = an.text("timeline");
    // bart presses Accept on the page he still has open: the library refuses (the state moved on)
    bart.press("accept");
    bart.screenshot("refused-accept-en");
    Decision again = chain.handle(ProfessionalId.of("bart"), id, new Command.Accept(null));
    assertThat(again).isInstanceOf(Decision.Rejected.class);
    List<String> reasons =
        ((Decision.Rejected) again).reasons().stream().map(r -> r.message(Language.EN)).toList();
    assertThat(bart.refusal())
        .as("the refusal on bart's page: %s", bart.pageText())
        .startsWith("Refused: ")
        .contains(reasons);
    assertThat(bart.refusalCodes())
        .containsExactlyElementsOf(
            ((Decision.Rejected) again).reasons().stream().map(r -> r.code().name()).toList());
    assertThat(bart.done()).isEmpty();
    assertThat(bart.state()).as("the state is unchanged").isEqualTo(accepted);
    assertThat(bart.text("timeline")).as("nothing recorded").isEqualTo(timeline);
    assertThat(chain.status(ProfessionalId.of("an"), id).orElseThrow().status().name())
        .isEqualTo("DOSSIER_BUILDING");
  }

  @Test
  void anAcceptInASessionStillToComeIsRefusedInFrenchAndTheDossierStaysRegistered() {
    DossierId id = Families.registered(chain);
    SessionId session = SessionId.of("s-" + id.value());
    Families.accepted(
        chain.handle(
            ProfessionalId.of("an"),
            new Command.ScheduleSession(session, Instant.now().plus(Duration.ofDays(7)))));
    try (Browser bart = fresh()) {
      bart.go("/signin").language("fr").signIn("bart").dossier(id, Purpose.PLAN);
      String registered = DossierStatus.REGISTERED.label(Language.FR);
      assertThat(bart.state()).isEqualTo(registered);
      bart.choose("accept-session", session.value()).press("accept");
      bart.screenshot("refused-accept-fr");
      Decision asked = chain.handle(ProfessionalId.of("bart"), id, new Command.Accept(session));
      assertThat(asked).isInstanceOf(Decision.Rejected.class);
      List<Reason> reasons = ((Decision.Rejected) asked).reasons();
      assertThat(bart.refusal())
          .as("the refusal in French: %s", bart.pageText())
          .startsWith("Refusé : ")
          .contains(reasons.stream().map(r -> r.message(Language.FR)).toList());
      assertThat(bart.refusalCodes())
          .containsExactlyElementsOf(reasons.stream().map(r -> r.code().name()).toList());
      assertThat(bart.state()).as("still registered").isEqualTo(registered);
      assertThat(bart.has("accept")).as("the table may still decide").isTrue();
    }
    assertThat(chain.status(ProfessionalId.of("an"), id).orElseThrow().status())
        .isEqualTo(DossierStatus.REGISTERED);
  }

  @Test
  void theLanguageSwitchChangesThePagesWordsAndTheChoiceSticks() {
    DossierId id = Families.acceptedWithLocation(chain);
    try (Browser b = fresh()) {
      b.go("/signin");
      assertThat(b.text("sign-in")).isEqualTo("Sign in");
      b.language("nl");
      assertThat(b.pageLanguage()).isEqualTo("nl");
      assertThat(b.text("sign-in")).isEqualTo("Aanmelden");
      b.screenshot("signin-nl");
      b.language("fr");
      assertThat(b.text("sign-in")).isEqualTo("Se connecter");
      b.language("en");
      assertThat(b.text("sign-in")).isEqualTo("Sign in");
      b.screenshot("signin-en");
      b.language("fr").signIn("chris");
      assertThat(b.pageLanguage()).as("the choice sticks across sign-in").isEqualTo("fr");
      assertThat(b.pageText()).contains("Mon agenda");
      b.screenshot("agenda-fr");
      b.dossier(id, Purpose.PLAN);
      assertThat(b.pageLanguage()).isEqualTo("fr");
      assertThat(b.pageText())
          .contains(Texts.BOOK.text(Language.FR, "dossier.lifecycle"))
          .contains(DossierStatus.DOSSIER_BUILDING.label(Language.FR));
      b.screenshot("dossier-fr");
      b.language("nl");
      assertThat(b.pageText())
          .contains("Mijn agenda")
          .contains(Texts.BOOK.text(Language.NL, "dossier.lifecycle"));
      b.go("/");
      assertThat(b.pageLanguage()).isEqualTo("nl");
      assertThat(b.pageText()).contains("Mijn agenda");
      b.screenshot("agenda-nl");
      b.language("en");
      assertThat(b.pageText()).contains("My agenda");
      b.signOut();
      assertThat(b.text("sign-in")).as("still English after signing out").isEqualTo("Sign in");
    }
  }

  /** The page's text without the dossier's id and times (which differ between two dossiers). */
  private static String masked(String text, DossierId id) {
    return text.replace(id.value(), "<dossier>")
        .replaceAll("\\d{4}-\\d{2}-\\d{2}(T[0-9:.]+Z?| \\d{2}:\\d{2})", "<time>");
  }
}
