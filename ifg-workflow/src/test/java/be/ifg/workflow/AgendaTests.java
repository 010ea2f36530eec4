package be.ifg.workflow;

import static be.ifg.workflow.Tables.AN;
import static be.ifg.workflow.Tables.BART;
import static be.ifg.workflow.Tables.EMRE;
import static be.ifg.workflow.Tables.LIEN;
import static org.assertj.core.api.Assertions.assertThat;

import be.ifg.domain.ActionId;
import be.ifg.domain.ActionStatus;
import be.ifg.domain.PartnerId;
import be.ifg.domain.PartyId;
import be.ifg.domain.RequestId;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AgendaTests {

  private static List<String> lines(List<AgendaEntry> entries) {
    return entries.stream()
        .map(e -> e.kind() + " " + e.reference() + (e.overdue() ? " overdue" : ""))
        .collect(Collectors.toList());
  }

  @Test
  void showsAnOverdueReviewOfADeferredPerpetrator() {
    Chains c = new Chains().building();
    assertThat(lines(c.chain.agenda(LIEN, LocalDate.of(2026, 3, 3))))
        .contains("INFORMING_REVIEW tom overdue");
    c.accepted(AN, new Command.InformParty(PartyId.of("tom"), "conversation"));
    assertThat(lines(c.chain.agenda(AN, LocalDate.of(2026, 3, 3))))
        .noneMatch(l -> l.startsWith("INFORMING_REVIEW"));
  }

  @Test
  void showsOpenRequestsToTheAskedPartnerOnly() {
    Chains c = new Chains().building();
    c.accepted(
        AN,
        new Command.RequestInformation(
            RequestId.of("r1"), PartnerId.of("ggz"), "in treatment?", LocalDate.of(2026, 2, 12)));
    assertThat(lines(c.chain.agenda(EMRE, LocalDate.of(2026, 2, 13))))
        .containsExactly("INFORMATION_REQUEST r1 overdue");
    assertThat(lines(c.chain.agenda(BART, LocalDate.of(2026, 2, 13)))).isEmpty();
  }

  @Test
  void showsReportsAndActionsToTheDirectorAndOwners() {
    Chains c = new Chains().directing();
    LocalDate later = LocalDate.of(2026, 4, 15);
    assertThat(lines(c.chain.agenda(AN, later)))
        .contains("PROGRESS_REPORT d1 overdue", "ACTION a1 overdue");
    assertThat(lines(c.chain.agenda(BART, later))).containsExactly("ACTION a1 overdue");
    assertThat(lines(c.chain.agenda(EMRE, later))).isEmpty();
    c.accepted(BART, new Command.UpdateAction(ActionId.of("a1"), ActionStatus.DONE));
    assertThat(lines(c.chain.agenda(BART, later))).isEmpty();
  }

  @Test
  void movesTheNextReportAfterEachReport() {
    Chains c = new Chains().directing();
    c.clock.advance(Period.ofWeeks(5));
    c.accepted(AN, new Command.ReportProgress("on track"));
    LocalDate in7Weeks = LocalDate.of(2026, 2, 2).plusWeeks(7);
    assertThat(lines(c.chain.agenda(AN, in7Weeks))).contains("PROGRESS_REPORT d1");
  }

  @Test
  void showsTheFollowUpEndAndThenTheEvaluation() {
    Chains c = new Chains().followingUp();
    c.accepted(AN, new Command.InformParty(PartyId.of("tom"), "conversation"));
    LocalDate end = LocalDate.of(2026, 8, 2);
    assertThat(lines(c.chain.agenda(AN, end))).containsExactly("FOLLOW_UP_END d1");
    assertThat(lines(c.chain.agenda(AN, end.plusDays(1))))
        .containsExactly("FOLLOW_UP_END d1 overdue");
    c.clock.advance(Period.ofMonths(6));
    c.accepted(AN, new Command.Close());
    assertThat(lines(c.chain.agenda(AN, end.plusDays(1)))).containsExactly("EVALUATION d1 overdue");
    c.accepted(EMRE, new Command.Evaluate("fine"));
    assertThat(c.chain.agenda(AN, end.plusDays(1))).isEmpty();
  }
}
