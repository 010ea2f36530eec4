package be.ifg.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.ifg.domain.DossierId;
import be.ifg.domain.ProfessionalId;
import be.ifg.workflow.ChainApproach;
import be.ifg.workflow.DisclosureLog;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The agenda lists the table's dossiers a page at a time (issue 16): one question to the library
 * per listed dossier, so a page asks about at most {@link AgendaController#DOSSIERS_PER_PAGE}.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"demo", "test"})
class AgendaPagingTests {
  private static final Pattern ROW = Pattern.compile("<tr>\\s*<td><a href=\"/dossiers/");

  @Autowired MockMvc mvc;
  @Autowired ChainApproach chain;
  @Autowired be.ifg.persistence.Store store;

  @Test
  void listsTwentyDossiersAPageAndAsksAboutThoseOnly() throws Exception {
    for (int i = 0; i <= AgendaController.DOSSIERS_PER_PAGE; i++) {
      Families.registered(chain);
    }
    int total = chain.dossiers(ProfessionalId.of("an")).size();
    int lastPage = (total + 19) / 20;
    DisclosureLog log = new DisclosureLog(store);

    long before = log.size();
    String first = page("");
    long asked = log.size() - before;
    assertThat(rows(first)).isEqualTo(20);
    assertThat(first).contains("id=\"dossiers-next\"").doesNotContain("id=\"dossiers-previous\"");
    assertThat(first).contains("Page 1 of " + lastPage);
    // the agenda, the list, and one summary per listed dossier
    assertThat(asked).isEqualTo(2 + 20);

    String last = page("?page=" + lastPage);
    assertThat(rows(last)).isEqualTo(total - 20 * (lastPage - 1));
    assertThat(last).contains("id=\"dossiers-previous\"").doesNotContain("id=\"dossiers-next\"");
    assertThat(page("?page=99999")).contains("Page " + lastPage + " of " + lastPage);
    assertThat(page("?page=nonsense")).contains("Page 1 of " + lastPage);
    assertThat(page("?page=-3")).contains("Page 1 of " + lastPage);
  }

  @Test
  void theFrenchAndDutchPagerSayWhereYouAre() throws Exception {
    DossierId id = Families.registered(chain);
    assertThat(id.value()).isNotBlank();
    for (int i = 0; i < AgendaController.DOSSIERS_PER_PAGE; i++) {
      Families.registered(chain);
    }
    assertThat(page("", "fr")).contains("Page 1 sur").contains("Dossiers suivants");
    assertThat(page("", "nl")).contains("Pagina 1 van").contains("Volgende dossiers");
  }

  private String page(String query) throws Exception {
    return page(query, "en");
  }

  private String page(String query, String language) throws Exception {
    return mvc.perform(get("/" + query).with(user("an")).header("Accept-Language", language))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
  }

  private static int rows(String html) {
    int start = html.indexOf("id=\"dossiers\"");
    String table = html.substring(start, html.indexOf("</table>", start));
    Matcher m = ROW.matcher(table);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
