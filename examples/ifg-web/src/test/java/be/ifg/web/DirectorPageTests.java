package be.ifg.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.ifg.domain.DossierId;
import be.ifg.domain.ProfessionalId;
import be.ifg.workflow.ChainApproach;
import be.ifg.workflow.Command;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** The case director's page: only the dossiers the actor directs, without their content. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"demo", "test"})
class DirectorPageTests {
  @Autowired MockMvc mvc;
  @Autowired ChainApproach chain;

  private String page(String who, String lang) throws Exception {
    return mvc.perform(get("/director").with(user(who)).header("Accept-Language", lang))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  @Test
  void theDirectorSeesTheDossiersSheDirectsAndNoOthers() throws Exception {
    DossierId dinas = Families.direction(chain);
    DossierId barts = Families.planned(chain);
    Families.handle(chain, "an", barts, new Command.AppointDirector(ProfessionalId.of("bart")));
    Families.handle(chain, "an", barts, new Command.StartCaseDirection());
    String dina = page("dina", "en");
    assertThat(dina)
        .contains("id=\"directed-" + dinas.value() + "\"")
        .contains("/dossiers/" + dinas.value() + "/plan")
        .contains("a1")
        .contains("Next progress report due")
        .doesNotContain(barts.value())
        .doesNotContain("safety plan with sara")
        .doesNotContain("sara");
    assertThat(page("bart", "nl"))
        .contains("id=\"directed-" + barts.value() + "\"")
        .doesNotContain(dinas.value())
        .contains("Mijn casusregie");
    assertThat(page("an", "fr"))
        .doesNotContain(dinas.value())
        .doesNotContain(barts.value())
        .contains("Ma gestion de cas");
    assertThat(page("gert", "en")).contains("id=\"no-directed\"").doesNotContain(dinas.value());
  }

  @Test
  void aHandoverMovesTheDossierToTheNewDirectorsPage() throws Exception {
    DossierId id = Families.direction(chain);
    assertThat(page("dina", "en")).contains(id.value());
    Families.handle(
        chain,
        "an",
        id,
        new Command.AppointDirector(ProfessionalId.of("chris"), "dina is on leave"));
    assertThat(page("dina", "en")).doesNotContain(id.value());
    assertThat(page("chris", "en")).contains("id=\"directed-" + id.value() + "\"");
  }
}
