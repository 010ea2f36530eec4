package be.ifg.workflow;

import static be.ifg.workflow.Tables.AN;
import static be.ifg.workflow.Tables.BART;
import static be.ifg.workflow.Tables.D1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import be.ifg.domain.DisclosureEntry;
import be.ifg.domain.DossierId;
import be.ifg.domain.DossierStatus;
import be.ifg.domain.Language;
import be.ifg.domain.ProposalId;
import be.ifg.domain.ProposalStatus;
import be.ifg.domain.SessionId;
import be.ifg.domain.TableEvent;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Sessions of the table: scheduling, decisions that name their session, agenda and minutes. */
class SessionTests {
  private static final SessionId S1 = SessionId.of("zitting-1");

  private static Instant inDays(int days) {
    return Tables.START.plus(Duration.ofDays(days));
  }

  private static List<String> lines(List<AgendaEntry> entries) {
    return entries.stream()
        .map(e -> e.kind() + " " + e.reference() + (e.overdue() ? " overdue" : ""))
        .collect(Collectors.toList());
  }

  private static Command.Register register(String id) {
    Command.Register r = Tables.register();
    return new Command.Register(
        DossierId.of(id), r.parties(), r.criteria(), r.informed(), r.deferred(), r.danger());
  }

  @Test
  void theCoordinatorSchedulesASessionOnceAndNotInThePast() {
    Chains c = new Chains();
    c.accepted(AN, new Command.ScheduleSession(S1, inDays(7)));

    assertThat(c.chain.tableState().session(S1)).isPresent();
    assertThat(c.rejected(AN, new Command.ScheduleSession(S1, inDays(8))).codes())
        .containsExactly(ReasonCode.INVALID_INPUT);
    assertThat(c.rejected(AN, new Command.ScheduleSession(SessionId.of("z0"), inDays(-1))).codes())
        .containsExactly(ReasonCode.INVALID_INPUT);
    assertThat(c.rejected(BART, new Command.ScheduleSession(SessionId.of("z2"), inDays(9))).codes())
        .containsExactly(ReasonCode.NOT_AUTHORIZED);
  }

  @Test
  void aDecisionNamesASessionWhoseTimeHasCome() {
    Chains c = new Chains().registered();
    c.accepted(AN, new Command.ScheduleSession(S1, inDays(7)));

    assertThat(c.rejected(AN, new Command.Accept(S1)).codes())
        .as("the session has not taken place yet")
        .containsExactly(ReasonCode.INVALID_INPUT);
    assertThat(c.rejected(AN, new Command.Accept(SessionId.of("nope"))).codes())
        .containsExactly(ReasonCode.INVALID_INPUT);
    c.clock.set(inDays(7));
    c.accepted(AN, new Command.Accept(S1));

    assertThat(c.chain.minutes(AN, S1))
        .extracting(MinutesEntry::dossier, MinutesEntry::decision, MinutesEntry::recordedBy)
        .containsExactly(tuple(D1, SessionDecisionKind.ACCEPTANCE, AN));
  }

  @Test
  void theSessionAgendaListsWhatTheTableDecides() {
    Chains c = new Chains().weighing();
    c.accepted(Tables.LIEN, register("d2"));
    c.accepted(AN, new Command.ScheduleSession(S1, inDays(7)));

    List<String> agenda = lines(c.chain.sessionAgenda(BART, S1));

    assertThat(agenda).containsExactlyInAnyOrder("READY_TO_WEIGH d1", "REGISTRATION d2");
    assertThat(c.chain.sessionAgenda(BART, SessionId.of("nope"))).isEmpty();
    assertThat(c.chain.sessionAgenda(Tables.NIELS, S1)).as("no pledge").isEmpty();
  }

  @Test
  void theMinutesListEveryDecisionOfTheSessionAndAreLogged() {
    Chains c = new Chains().weighing();
    c.accepted(Tables.LIEN, register("d2"));
    c.accepted(AN, new Command.ScheduleSession(S1, inDays(1)));
    c.clock.set(inDays(1));
    c.accepted(AN, Tables.assess());
    c.accepted(AN, new Command.AppointDirector(AN, null, S1));
    c.accepted(AN, new Command.AdoptPlan(List.of(Tables.goal("g1", "a1", "pol")), S1));
    assertThat(
            c.chain.handle(
                AN, DossierId.of("d2"), new Command.Decline("not ours", "ask the CAW", S1)))
        .isInstanceOf(Decision.Accepted.class);
    int before = c.chain.audit().size();

    List<MinutesEntry> minutes = c.chain.minutes(BART, S1);

    assertThat(minutes)
        .extracting(MinutesEntry::decision)
        .containsExactly(
            SessionDecisionKind.APPOINTMENT,
            SessionDecisionKind.ADOPTION,
            SessionDecisionKind.DECLINE);
    List<DisclosureEntry> log = c.chain.audit();
    assertThat(log).hasSize(before + 1);
    assertThat(log.get(log.size() - 1).action()).isEqualTo(Disclosure.MINUTES);
    assertThat(c.chain.minutes(Tables.STRANGER, S1)).isEmpty();
    assertThat(c.chain.status(AN, D1).orElseThrow().status()).isEqualTo(DossierStatus.WEIGHING);
  }

  @Test
  void theTableStateKnowsEverySessionOnce() {
    TableState seed = TableState.of(Tables.table());
    TableEvent.SessionScheduled scheduled =
        new TableEvent.SessionScheduled(seed.region(), AN, Tables.START, S1, inDays(7));

    TableState state = seed.evolve(scheduled);

    assertThat(state.sessions()).containsExactly(scheduled);
    assertThat(state.session(S1)).contains(scheduled);
    assertThat(state.session(SessionId.of("other"))).isEmpty();
    assertThatThrownBy(() -> state.evolve(scheduled))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("scheduled already");
  }

  @Test
  void theOperationalTeamDecidesAProposalInASessionWhoseTimeHasCome() {
    Chains c = new Chains().directing();
    ProposalId p1 = ProposalId.of("p1");
    c.accepted(
        AN,
        new Command.ProposeAdjustment(
            p1, "the police follow up too", List.of(Tables.goal("g1", "a1", "pol"))));
    Instant held = c.clock.instant().plus(Duration.ofDays(2));
    c.accepted(AN, new Command.ScheduleSession(S1, held));

    assertThat(c.rejected(AN, new Command.DecideAdjustment(p1, true, "team", S1)).codes())
        .as("the session has not taken place yet")
        .containsExactly(ReasonCode.INVALID_INPUT);
    assertThat(
            c.rejected(AN, new Command.DecideAdjustment(p1, true, "team", SessionId.of("nope")))
                .codes())
        .containsExactly(ReasonCode.INVALID_INPUT);
    assertThat(c.dossier(D1).proposal(p1).orElseThrow().status()).isEqualTo(ProposalStatus.OPEN);
    c.clock.set(held);
    c.accepted(AN, new Command.DecideAdjustment(p1, false, "team: not now", S1));

    assertThat(c.dossier(D1).proposal(p1).orElseThrow().status())
        .isEqualTo(ProposalStatus.REJECTED);
    assertThat(c.chain.minutes(BART, S1))
        .extracting(MinutesEntry::dossier, MinutesEntry::decision, MinutesEntry::recordedBy)
        .containsExactly(tuple(D1, SessionDecisionKind.ADJUSTMENT, AN));
  }

  @Test
  void theMinutesListTheTeamsDecisionsOnAdjustments() {
    Chains c = new Chains().directing();
    c.accepted(AN, new Command.ScheduleSession(S1, c.clock.instant().plus(Duration.ofHours(1))));
    c.clock.advance(Duration.ofHours(2));
    c.accepted(
        AN,
        new Command.ProposeAdjustment(
            ProposalId.of("p1"), "a goal of its own", List.of(Tables.goal("g1", "a1", "pol"))));
    c.accepted(AN, new Command.DecideAdjustment(ProposalId.of("p1"), true, "team: adopted", S1));
    c.accepted(
        AN,
        new Command.AdjustPlan(
            "the team's own change", List.of(Tables.goal("g1", "a1", "caw")), S1));
    c.accepted(
        AN, new Command.AdjustPlan("outside the session", List.of(Tables.goal("g1", "a1", "pol"))));

    assertThat(c.chain.minutes(AN, S1))
        .extracting(MinutesEntry::decision)
        .containsExactly(SessionDecisionKind.ADJUSTMENT, SessionDecisionKind.ADJUSTMENT);
    assertThat(c.dossier(D1).planHistory()).hasSize(4);
    assertThat(SessionDecisionKind.ADJUSTMENT.label(Language.NL)).contains("bijsturing");
  }

  @Test
  void theSessionAgendaListsOpenProposalsOnly() {
    Chains c = new Chains().directing();
    ProposalId p1 = ProposalId.of("p1");
    ProposalId p2 = ProposalId.of("p2");
    for (ProposalId p : List.of(p1, p2)) {
      c.accepted(
          AN,
          new Command.ProposeAdjustment(
              p, "why " + p.value(), List.of(Tables.goal("g1", "a1", "pol"))));
    }
    LocalDate proposed = LocalDate.ofInstant(c.clock.instant(), ZoneOffset.UTC);
    c.accepted(AN, new Command.DecideAdjustment(p1, false, "team: no"));
    Instant held = c.clock.instant().plus(Duration.ofDays(3));
    c.accepted(AN, new Command.ScheduleSession(S1, held));

    List<AgendaEntry> session = c.chain.sessionAgenda(BART, S1);

    assertThat(session)
        .filteredOn(e -> e.kind() == AgendaKind.PROPOSAL)
        .extracting(AgendaEntry::reference, AgendaEntry::due, AgendaEntry::overdue)
        .containsExactly(tuple("p2", LocalDate.ofInstant(held, ZoneOffset.UTC), false));
    assertThat(c.chain.sessionAgenda(Tables.NIELS, S1)).as("no pledge").isEmpty();
    assertThat(c.chain.agenda(AN, proposed.plusDays(1)))
        .as("the coordinator records the team's decision")
        .filteredOn(e -> e.kind() == AgendaKind.PROPOSAL)
        .extracting(AgendaEntry::reference, AgendaEntry::due, AgendaEntry::overdue)
        .containsExactly(tuple("p2", proposed, true));
    assertThat(c.chain.agenda(BART, proposed)).noneMatch(e -> e.kind() == AgendaKind.PROPOSAL);
    c.clock.set(held);
    c.accepted(AN, new Command.DecideAdjustment(p2, true, "team: yes", S1));
    assertThat(c.chain.sessionAgenda(BART, S1)).noneMatch(e -> e.kind() == AgendaKind.PROPOSAL);
    assertThat(c.chain.agenda(AN, proposed)).noneMatch(e -> e.kind() == AgendaKind.PROPOSAL);
  }

  @Test
  void aDecisionWithoutASessionIsWhatItAlwaysWas() {
    Chains c = new Chains().registered();
    c.accepted(AN, new Command.ScheduleSession(S1, inDays(7)));
    c.clock.set(inDays(8));
    c.accepted(AN, new Command.Accept());

    assertThat(c.chain.minutes(AN, S1)).isEmpty();
    assertThat(c.chain.sessionAgenda(AN, S1)).isEmpty();
  }
}
