package be.ifg.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import be.ifg.domain.ActionId;
import be.ifg.domain.ActionStatus;
import be.ifg.domain.Dossier;
import be.ifg.domain.DossierId;
import be.ifg.domain.GoalId;
import be.ifg.domain.GoalOutcome;
import be.ifg.domain.InformationCategory;
import be.ifg.domain.ItemId;
import be.ifg.domain.PartnerId;
import be.ifg.domain.PartyId;
import be.ifg.domain.ProfessionalId;
import be.ifg.domain.ProposalId;
import be.ifg.domain.RequestId;
import be.ifg.domain.SessionId;
import be.ifg.persistence.StreamId;
import be.ifg.persistence.memory.InMemoryStore;
import be.ifg.rti.Instruments;
import be.ifg.rti.json.BuiltInInstruments;
import be.ifg.rti.json.InstrumentJson;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * The agenda projection gives exactly the entries the fold of every dossier gives: for every actor,
 * on several dates, table-wide, per dossier and for sessions, over generated command sequences on
 * three dossiers written by two chain approaches sharing a store, with members joining and leaving,
 * directors appointed and leaving, dossiers closed and evaluated; and a projection rebuilt from
 * scratch gives the same.
 */
class AgendaProjectionProperties {
  private static final List<ProfessionalId> ACTORS =
      List.of(Tables.AN, Tables.BART, Tables.EMRE, Tables.NIELS, Tables.LIEN, Tables.STRANGER);
  private static final List<DossierId> DOSSIERS =
      List.of(DossierId.of("d0"), DossierId.of("d1"), DossierId.of("d2"));

  private static final List<Function<Integer, Command>> COMMANDS =
      List.of(
          n -> Tables.register(),
          n -> new Command.Accept(),
          n -> new Command.Decline("no criteria", "contact the CAW"),
          n -> new Command.InformParty(PartyId.of("tom"), "conversation"),
          n ->
              new Command.ShareInformation(
                  ItemId.of("i" + n),
                  InformationCategory.SOCIAL,
                  Set.of(PartyId.of("sara")),
                  "reason",
                  "summary",
                  Set.of()),
          n ->
              new Command.RequestInformation(
                  RequestId.of("r" + (n % 2)),
                  PartnerId.of(n % 3 == 0 ? "pol" : "ggz"),
                  "q",
                  LocalDate.of(2026, 3, 1).plusDays(n)),
          n -> new Command.WaiveRequest(RequestId.of("r" + (n % 2)), "answered"),
          n -> new Command.CompleteDossier(),
          n -> Tables.assess(),
          n ->
              new Command.AdoptPlan(
                  n % 4 == 0
                      ? List.of(Tables.goal("g1", "a1", "ggz"))
                      : List.of(Tables.goal("g1", "a1", "pol"))),
          n ->
              new Command.AppointDirector(
                  n % 3 == 0 ? Tables.BART : n % 3 == 1 ? Tables.EMRE : Tables.AN),
          n -> new Command.StartCaseDirection(),
          n -> new Command.UpdateAction(ActionId.of("a1"), ActionStatus.DONE),
          n -> new Command.CloseGoal(GoalId.of("g1"), GoalOutcome.ACHIEVED, "team"),
          n -> new Command.Conclude(n % 5 != 0, "stopped"),
          n -> new Command.Close(),
          n -> new Command.Evaluate("notes"),
          n -> new Command.Withdraw("moved"),
          n -> new Command.ReportProgress("fine"),
          n ->
              new Command.ProposeAdjustment(
                  ProposalId.of("p" + (n % 2)),
                  "treatment",
                  List.of(Tables.goal("g1", "a1", "pol"), Tables.goal("g2", "a2", "caw"))),
          n -> new Command.DecideAdjustment(ProposalId.of("p" + (n % 2)), n % 2 == 0, "team"),
          n -> new Command.SignPledge(),
          n ->
              n % 2 == 0
                  ? new Command.LeaveTable(n % 4 == 0 ? Tables.BART : Tables.EMRE)
                  : new Command.JoinTable(
                      n % 3 == 0 ? Tables.BART : Tables.EMRE,
                      PartnerId.of(n % 3 == 0 ? "pol" : "ggz"),
                      true),
          n -> new Command.JoinTable(Tables.LIEN, PartnerId.of("jh"), n % 2 == 0),
          n ->
              new Command.ScheduleSession(
                  SessionId.of("s" + (n % 2)), Tables.START.plus(Duration.ofDays(n))));

  private static Gen<List<int[]>> sequences() {
    Gen<int[]> step =
        SourceDSL.integers()
            .between(0, COMMANDS.size() - 1)
            .zip(
                SourceDSL.integers().between(0, 99),
                SourceDSL.integers().between(0, 40),
                (c, a, days) -> new int[] {c, a, days});
    return SourceDSL.lists().of(step).ofSizeBetween(1, 70);
  }

  private static Instruments instruments() {
    Instruments i = BuiltInInstruments.catalogue();
    i.register(InstrumentJson.readResource("tiny-instrument.json").orElseThrow());
    return i;
  }

  private static ChainApproach chain(InMemoryStore store, TestClock clock) {
    return ChainApproach.builder()
        .table(Tables.table())
        .clock(clock)
        .instruments(instruments())
        .store(store)
        .build();
  }

  @Test
  void givesTheEntriesOfTheFoldOverAnySequenceOfCommands() {
    qt().withExamples(60)
        .forAll(sequences())
        .checkAssert(
            steps -> {
              InMemoryStore store = new InMemoryStore();
              TestClock clock = new TestClock(Tables.START);
              ChainApproach one = chain(store, clock);
              ChainApproach other = chain(store, clock);
              int n = 0;
              for (int[] step : steps) {
                clock.advance(Duration.ofDays(step[2]));
                // the coordinator most of the time, so that sequences get far
                ProfessionalId actor =
                    step[1] < 60 ? Tables.AN : ACTORS.get(step[1] % ACTORS.size());
                DossierId dossier = DOSSIERS.get(step[1] % DOSSIERS.size());
                Command command = COMMANDS.get(step[0]).apply(step[2] + step[1]);
                ChainApproach writer = step[1] % 2 == 0 ? one : other;
                if (command instanceof Command.Register) {
                  writer.register(Tables.LIEN, Tables.register(dossier));
                } else if (command instanceof TableCommand t) {
                  writer.handle(actor, t);
                } else {
                  writer.handle(actor, dossier, (DossierCommand) command);
                }
                if (++n % 15 == 0) {
                  sameAsTheFold(one, clock);
                }
              }
              sameAsTheFold(one, clock);
              sameAsTheFold(other, clock);
            });
  }

  private static void sameAsTheFold(ChainApproach chain, TestClock clock) {
    AgendaProjection projection = chain.agendaProjection();
    Projector.catchUp(chain.store(), projection);
    AgendaProjection rebuilt = new AgendaProjection(chain.seed(), chain.store(), agenda(chain));
    Projector.rebuild(chain.store(), rebuilt);
    assertThat(rebuilt.position()).isEqualTo(projection.position());
    TableState table = chain.tableState();
    sameTable(projection.table(), table);
    sameTable(rebuilt.table(), table);
    Agenda agenda = agenda(chain);
    List<Dossier> all = new ArrayList<>();
    for (StreamId s : chain.store().streams()) {
      s.dossierId().flatMap(chain::load).ifPresent(all::add);
    }
    LocalDate today = LocalDate.ofInstant(clock.instant(), clock.getZone());
    List<LocalDate> dates =
        List.of(
            LocalDate.ofInstant(Tables.START, clock.getZone()),
            LocalDate.of(2026, 3, 2),
            LocalDate.of(2026, 5, 1),
            today,
            today.plusYears(1));
    for (LocalDate date : dates) {
      assertThat(projection.sessionEntries(table, date))
          .as("the session agenda on %s", date)
          .isEqualTo(agenda.sessionEntries(table, all, date))
          .isEqualTo(rebuilt.sessionEntries(table, date));
      for (ProfessionalId actor : ACTORS) {
        List<AgendaEntry> expected = agenda.entries(table, all, actor, date);
        assertThat(projection.entries(table, actor, false, date))
            .as("the agenda of %s on %s", actor, date)
            .isEqualTo(expected)
            .isEqualTo(rebuilt.entries(table, actor, false, date));
        List<Dossier> own =
            all.stream().filter(d -> d.registration().registrant().equals(actor)).toList();
        assertThat(projection.entries(table, actor, true, date))
            .as("the agenda of %s's own registrations on %s", actor, date)
            .isEqualTo(agenda.entries(table, own, actor, date));
        for (DossierId id : DOSSIERS) {
          Optional<Dossier> d = chain.load(id);
          assertThat(projection.version(id)).isEqualTo(d.map(Dossier::version).orElse(0L));
          assertThat(projection.entries(table, id, actor, date))
              .as("the agenda of %s in %s on %s", actor, id, date)
              .isEqualTo(agenda.entries(table, d.stream().toList(), actor, date));
        }
      }
    }
  }

  /**
   * The table the projection folded from the events it saw is the one {@code tableState()} folds
   * from the table's stream: membership, seats, pledges, sessions, signals, version.
   */
  private static void sameTable(TableState projected, TableState folded) {
    assertThat(projected.version()).isEqualTo(folded.version());
    assertThat(projected.table()).isEqualTo(folded.table());
    assertThat(projected.pledges()).isEqualTo(folded.pledges());
    assertThat(projected.signals()).isEqualTo(folded.signals());
    assertThat(projected.sessions()).isEqualTo(folded.sessions());
    for (ProfessionalId p : ACTORS) {
      assertThat(projected.isMember(p)).as("%s a member", p).isEqualTo(folded.isMember(p));
      assertThat(projected.seat(p)).as("%s's seat", p).isEqualTo(folded.seat(p));
      assertThat(projected.hasPledged(p)).as("%s pledged", p).isEqualTo(folded.hasPledged(p));
      assertThat(projected.hasStanding(p)).isEqualTo(folded.hasStanding(p));
      assertThat(projected.memberSince(p)).isEqualTo(folded.memberSince(p));
      assertThat(projected.leftAt(p)).isEqualTo(folded.leftAt(p));
    }
  }

  private static Agenda agenda(ChainApproach chain) {
    return Agenda.of(chain.clock().getZone());
  }
}
