package be.ifg.workflow.attack;

import static be.ifg.workflow.attack.Family.AN;
import static be.ifg.workflow.attack.Family.BART;
import static be.ifg.workflow.attack.Family.D1;
import static be.ifg.workflow.attack.Family.KEES;
import static be.ifg.workflow.attack.Family.LIEN;
import static be.ifg.workflow.attack.Family.NIELS;
import static be.ifg.workflow.attack.Family.STRANGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import be.ifg.domain.ActionId;
import be.ifg.domain.GoalId;
import be.ifg.domain.InformationCategory;
import be.ifg.domain.PartnerId;
import be.ifg.domain.ProfessionalId;
import be.ifg.domain.ProposalId;
import be.ifg.domain.SessionId;
import be.ifg.persistence.Store;
import be.ifg.persistence.memory.InMemoryStore;
import be.ifg.workflow.AgendaEntry;
import be.ifg.workflow.AgendaKind;
import be.ifg.workflow.Command;
import be.ifg.workflow.MinutesEntry;
import be.ifg.workflow.ReasonCode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Attack: "a member schedules sessions or records decisions in a session that is not the table's",
 * and "the agenda and minutes of a session tell somebody without standing what the table decided,
 * or tell anybody more of a dossier than they may know".
 */
class SessionAttackTests {
  private static final SessionId S1 = SessionId.of("zitting-1");
  private static final SessionId NEVER = SessionId.of("zitting-never");
  private final Family f = new Family();

  private Instant soon() {
    return f.clock.instant().plus(Duration.ofHours(1));
  }

  /** A session held now, in which d1 was accepted and its victim location shared since. */
  private void heldSession() {
    f.ok(LIEN, Family.registration(D1));
    f.ok(AN, new Command.ScheduleSession(S1, soon()));
    f.clock.advance(Duration.ofHours(2));
    f.ok(AN, new Command.Accept(S1));
    f.ok(BART, Family.share(Family.INCIDENT, InformationCategory.INCIDENT));
    f.ok(AN, Family.share(Family.SHELTER, InformationCategory.VICTIM_LOCATION));
  }

  @Test
  void onlyTheCoordinatorSchedulesASession() {
    for (ProfessionalId who : List.of(BART, NIELS, KEES, LIEN, STRANGER)) {
      assertThat(f.no(who, new Command.ScheduleSession(S1, soon())).codes())
          .as(who.value())
          .containsExactly(ReasonCode.NOT_AUTHORIZED);
    }
    assertThat(f.chain.tableState().sessions()).isEmpty();
  }

  @Test
  void nobodyWithoutStandingLearnsWhetherASessionExistsOrWhatItDecided() {
    heldSession();
    int before = f.chain.audit().size();
    for (ProfessionalId who : List.of(NIELS, KEES, LIEN, STRANGER)) {
      assertThat(f.chain.sessionAgenda(who, S1)).as(who.value()).isEmpty();
      assertThat(f.chain.sessionAgenda(who, NEVER)).as(who.value()).isEmpty();
      assertThat(f.chain.minutes(who, S1)).as(who.value()).isEmpty();
      assertThat(f.chain.minutes(who, NEVER)).as(who.value()).isEmpty();
    }
    assertThat(f.chain.audit())
        .as("every question is logged, for an existing session and one that is not alike")
        .hasSize(before + 16);
    assertThat(f.chain.audit().subList(before, before + 16))
        .allMatch(e -> e.outcome().equals("DENY"));
  }

  @Test
  void aMemberWhoLeftReadsNoMinutes() {
    heldSession();
    assertThat(f.chain.minutes(BART, S1)).hasSize(1);
    f.ok(AN, new Command.LeaveTable(BART));
    assertThat(f.chain.minutes(BART, S1)).isEmpty();
    assertThat(f.chain.sessionAgenda(BART, S1)).isEmpty();
  }

  @Test
  void aSessionOfAnotherTableCannotCarryThisTablesDecision() {
    Store store = new InMemoryStore();
    Family west = new Family(store);
    Family east = new Family(store, Family.table("oost-vlaanderen"));
    east.ok(AN, new Command.ScheduleSession(S1, east.clock.instant().plus(Duration.ofHours(1))));
    east.clock.advance(Duration.ofHours(2));
    west.clock.advance(Duration.ofHours(2));
    west.ok(LIEN, Family.registration(D1));

    assertThat(west.no(AN, new Command.Accept(S1)).codes())
        .as("oost-vlaanderen's session is, at west-vlaanderen, one that was never scheduled")
        .containsExactly(ReasonCode.INVALID_INPUT);
    assertThat(west.chain.minutes(AN, S1)).isEmpty();
    assertThat(east.chain.minutes(AN, S1)).isEmpty();
  }

  @Test
  void aSessionOfAnotherTableCannotCarryTheTeamsDecisionOnAnAdjustment() {
    Store store = new InMemoryStore();
    Family west = new Family(store);
    Family east = new Family(store, Family.table("oost-vlaanderen"));
    east.ok(AN, new Command.ScheduleSession(S1, east.clock.instant().plus(Duration.ofHours(1))));
    west.directedBy(BART);
    ProposalId p1 = ProposalId.of("p1");
    west.ok(
        BART,
        new Command.ProposeAdjustment(
            p1,
            "the police follow up",
            List.of(
                new Command.PlannedGoal(
                    GoalId.of("g1"),
                    "sara is safe at home",
                    List.of(
                        new Command.PlannedAction(
                            ActionId.of("a1"),
                            "barring order",
                            PartnerId.of("pol"),
                            LocalDate.of(2026, 3, 1)))))));
    west.clock.advance(Duration.ofHours(2));
    east.clock.advance(Duration.ofHours(2));

    assertThat(west.no(AN, new Command.DecideAdjustment(p1, true, "team", S1)).codes())
        .as("oost-vlaanderen's session is, at west-vlaanderen, one that was never scheduled")
        .containsExactly(ReasonCode.INVALID_INPUT);
    assertThat(west.no(BART, new Command.DecideAdjustment(p1, true, "team")).codes())
        .as("the director does not adopt their own proposal, in a session or not")
        .containsExactly(ReasonCode.NOT_AUTHORIZED);
    assertThat(east.chain.sessionAgenda(AN, S1))
        .as("another table's proposal is not on this table's session agenda")
        .isEmpty();
    assertThat(west.chain.agenda(AN, LocalDate.of(2026, 3, 1)))
        .extracting(AgendaEntry::kind, AgendaEntry::reference)
        .contains(tuple(AgendaKind.PROPOSAL, "p1"));
    assertThat(east.chain.minutes(AN, S1)).isEmpty();
  }

  @Test
  void theMinutesShowNoFactOfTheDossier() {
    heldSession();
    List<MinutesEntry> minutes = f.chain.minutes(BART, S1);

    assertThat(minutes).hasSize(1);
    assertThat(minutes.get(0).toString())
        .as("the minutes name the decision, never a dossier's item, party or content")
        .doesNotContain("i2", "i1", "sara", "tom", "VICTIM_LOCATION", "conversation");
    assertThat(f.chain.minutes(NIELS, S1)).as("the unpledged member").isEmpty();
  }
}
