package be.ifg.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.ifg.domain.DossierId;
import be.ifg.domain.DossierStatus;
import be.ifg.domain.ProfessionalId;
import be.ifg.workflow.ChainApproach;
import be.ifg.workflow.Command;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The steering report's small-cell suppression seen in the page, on an application of its own (a
 * store that holds exactly one declined dossier, whatever the other tests do in theirs).
 */
@SpringBootTest(properties = "ifg.test.context=steering-suppression")
@AutoConfigureMockMvc
@ActiveProfiles({"demo", "test"})
class SteeringSuppressionTests {
  @Autowired MockMvc mvc;
  @Autowired ChainApproach chain;

  @Test
  void aSuppressedCountsTrueNumberAppearsNowhereInTheReport() throws Exception {
    DossierId declined = Families.registered(chain);
    Families.handle(chain, "an", declined, new Command.Decline("not in scope", "see the CAW"));
    ProfessionalId an = ProfessionalId.of("an");
    long notAdmitted =
        chain.dossiers(an).stream()
            .map(d -> chain.status(an, d).orElseThrow().status())
            .filter(s -> s == DossierStatus.NOT_ADMITTED)
            .count();
    assertThat(notAdmitted).as("the declined dossiers of this application").isEqualTo(1L);
    String report =
        mvc.perform(get("/steering").with(user("fien")).header("Accept-Language", "en"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    String figures =
        report.substring(
            report.indexOf("class=\"measures\""), report.indexOf("id=\"measure-SIGNALS\""));
    assertThat(figures).contains("id=\"cell-STATES-NOT_ADMITTED\">&lt; 5<", "class=\"suppressed\"");
    // no text of the figures is a count from 1 to 4 (signals are never suppressed: left out here):
    // not in a table, not on a bar
    Matcher text = Pattern.compile(">\\s*([^<]*?)\\s*<").matcher(figures);
    while (text.find()) {
      assertThat(text.group(1)).doesNotMatch("[1-4]");
    }
    // and every suppressed bar has the same length, whatever it hides
    Matcher bar =
        Pattern.compile("class=\"suppressed\" x=\"\\d+\" y=\"\\d+\" width=\"(\\d+)\"")
            .matcher(figures);
    int bars = 0;
    while (bar.find()) {
      assertThat(Integer.parseInt(bar.group(1))).isEqualTo(Charts.SUPPRESSED_W);
      bars++;
    }
    assertThat(bars).isPositive();
  }
}
