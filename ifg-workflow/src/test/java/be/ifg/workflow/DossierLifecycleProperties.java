package be.ifg.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import be.ifg.domain.ActionId;
import be.ifg.domain.ActionStatus;
import be.ifg.domain.CaseTable;
import be.ifg.domain.ChainEvent;
import be.ifg.domain.Dossier;
import be.ifg.domain.DossierEvent;
import be.ifg.domain.DossierStatus;
import be.ifg.domain.GoalId;
import be.ifg.domain.GoalOutcome;
import be.ifg.domain.InformationCategory;
import be.ifg.domain.ItemId;
import be.ifg.domain.PartnerId;
import be.ifg.domain.PartyId;
import be.ifg.domain.ProfessionalId;
import be.ifg.domain.RequestId;
import be.ifg.domain.TableEvent;
import be.ifg.rti.Instruments;
import be.ifg.rti.json.BuiltInInstruments;
import be.ifg.rti.json.InstrumentJson;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * Generated command sequences, valid and invalid, by generated actors with the clock moving,
 * against a small model of what must always hold.
 */
class DossierLifecycleProperties {
  private static final CaseTable TABLE = Tables.table();
  private static final Decisions DECISIONS = Decisions.of(instruments());
  private static final List<ProfessionalId> ACTORS =
      List.of(Tables.AN, Tables.BART, Tables.EMRE, Tables.NIELS, Tables.LIEN, Tables.STRANGER);

  private static Instruments instruments() {
    Instruments i = BuiltInInstruments.catalogue();
    i.register(InstrumentJson.readResource("tiny-instrument.json").orElseThrow());
    return i;
  }

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
                  RequestId.of("r" + (n % 2)), PartnerId.of("ggz"), "q", LocalDate.of(2026, 3, 1)),
          n -> new Command.WaiveRequest(RequestId.of("r" + (n % 2)), n % 3 == 0 ? " " : "answered"),
          n -> new Command.CompleteDossier(),
          n -> Tables.assess(),
          n ->
              new Command.AdoptPlan(
                  n % 4 == 0
                      ? List.of(Tables.goal("g1", "a1", "clb"))
                      : List.of(Tables.goal("g1", "a1", "pol"))),
          n -> new Command.AppointDirector(n % 3 == 0 ? Tables.LIEN : Tables.AN),
          n -> new Command.StartCaseDirection(),
          n -> new Command.UpdateAction(ActionId.of("a1"), ActionStatus.DONE),
          n -> new Command.CloseGoal(GoalId.of("g1"), GoalOutcome.ACHIEVED, "team"),
          n -> new Command.ReportIncident("call-out", Tables.START),
          n -> new Command.Conclude(n % 5 != 0, "stopped"),
          n -> new Command.Close(),
          n -> new Command.Evaluate("notes"),
          n -> new Command.Withdraw("moved"),
          n -> new Command.ReportProgress("fine"),
          n ->
              new Command.UpdateDangerAssessment(
                  n % 2 == 0, java.util.Set.of(), n % 7 == 0 ? " " : "danger updated"),
          n ->
              new Command.ProposeAdjustment(
                  be.ifg.domain.ProposalId.of("p" + (n % 2)),
                  "treatment",
                  List.of(Tables.goal("g1", "a1", "pol"), Tables.goal("g2", "a2", "caw"))),
          n ->
              new Command.DecideAdjustment(
                  be.ifg.domain.ProposalId.of("p" + (n % 3 % 2)), n % 2 == 0, "team"),
          n -> new Command.SignPledge());

  private static Gen<List<int[]>> sequences() {
    Gen<int[]> step =
        SourceDSL.integers()
            .between(0, COMMANDS.size() - 1)
            .zip(
                SourceDSL.integers().between(0, ACTORS.size() - 1),
                SourceDSL.integers().between(0, 60),
                (c, a, days) -> new int[] {c, a, days});
    return SourceDSL.lists().of(step).ofSizeBetween(1, 60);
  }

  /** Biases the actor towards the coordinator, who may do most, so sequences get far. */
  private static ProfessionalId actor(int[] step) {
    return step[1] < 3 && step[0] != 0 ? Tables.AN : ACTORS.get(step[1]);
  }

  @Test
  void keepsTheInvariantsOverAnySequenceOfCommands() {
    qt().withExamples(300)
        .forAll(sequences())
        .checkAssert(
            steps -> {
              Instant now = Tables.START;
              TableState table = TableState.of(TABLE);
              Dossier dossier = null;
              List<DossierEvent> history = new ArrayList<>();
              for (int[] step : steps) {
                now = now.plus(Duration.ofDays(step[2]));
                Command command = COMMANDS.get(step[0]).apply(step[2]);
                Dossier before = dossier;
                Decision d =
                    DECISIONS.decide(
                        table,
                        dossier,
                        actor(step),
                        command,
                        java.time.Clock.fixed(now, ZoneOffset.UTC));
                if (d instanceof Decision.Rejected) {
                  assertThat(dossier).as("a rejection changes nothing").isSameAs(before);
                  continue;
                }
                for (ChainEvent e : ((Decision.Accepted) d).events()) {
                  if (e instanceof TableEvent t) {
                    table = table.evolve(t);
                  } else {
                    DossierEvent de = (DossierEvent) e;
                    history.add(de);
                    dossier = Dossier.evolve(dossier, de);
                  }
                }
                if (dossier == null) {
                  continue;
                }
                assertThat(dossier.status())
                    .as("the state equals the fold of the accepted events")
                    .isEqualTo(Dossier.fold(history).status());
                assertThat(dossier.version()).isEqualTo(history.size());
                if (!command.isTableCommand()) {
                  DossierStatus expected =
                      Lifecycle.standard()
                          .transition(before == null ? null : before.status(), command.name())
                          .orElseThrow()
                          .to();
                  assertThat(dossier.status())
                      .as("%s lands where the lifecycle says", command.name())
                      .isEqualTo(expected);
                }
                if (command instanceof Command.StartCaseDirection) {
                  assertThat(dossier.latestAssessment()).isPresent();
                  assertThat(dossier.plan()).isPresent();
                  assertThat(dossier.caseDirector()).isPresent();
                  assertThat(dossier.reassessmentDue()).isFalse();
                }
                long versions =
                    history.stream()
                        .filter(
                            e ->
                                e instanceof DossierEvent.PlanAdopted
                                    || e instanceof DossierEvent.PlanAdjusted
                                    || e instanceof DossierEvent.AdjustmentDecided a && a.adopted())
                        .count();
                assertThat(dossier.planHistory())
                    .as("only adoptions, adjustments and adopted proposals make plan versions")
                    .hasSize((int) versions);
                assertThat(dossier.proposals())
                    .allSatisfy(
                        p ->
                            assertThat(p.planVersion() != null)
                                .isEqualTo(p.status() == be.ifg.domain.ProposalStatus.ADOPTED));
                boolean appointed = false;
                for (DossierEvent e : history) {
                  appointed |= e instanceof DossierEvent.DirectorAppointed;
                  if (e instanceof DossierEvent.DangerAssessmentUpdated u) {
                    assertThat(u.capacity())
                        .as("the registrant's until the appointment, the director's after")
                        .isEqualTo(
                            appointed
                                ? be.ifg.domain.Role.CASE_DIRECTOR
                                : be.ifg.domain.Role.REGISTRANT);
                    if (!appointed) {
                      assertThat(u.actor()).isEqualTo(dossier.registration().registrant());
                    }
                  }
                }
                if (dossier.status() == DossierStatus.CLOSED) {
                  Instant concluded = dossier.conclusion().orElseThrow().at();
                  Instant closed = dossier.closure().orElseThrow().at();
                  assertThat(closed)
                      .as("closure never before the follow-up period after the last conclusion")
                      .isAfterOrEqualTo(
                          concluded
                              .atZone(ZoneOffset.UTC)
                              .plus(TABLE.followUpPeriod())
                              .toInstant());
                }
              }
            });
  }
}
