package be.ifg.workflow.attack;

import static be.ifg.workflow.attack.Family.AN;
import static be.ifg.workflow.attack.Family.BART;
import static be.ifg.workflow.attack.Family.D1;
import static be.ifg.workflow.attack.Family.INCIDENT;
import static be.ifg.workflow.attack.Family.KEES;
import static be.ifg.workflow.attack.Family.LIEN;
import static be.ifg.workflow.attack.Family.NIELS;
import static be.ifg.workflow.attack.Family.REGION;
import static org.assertj.core.api.Assertions.assertThat;

import be.ifg.domain.DisclosureEntry;
import be.ifg.domain.ProfessionalId;
import be.ifg.domain.Purpose;
import be.ifg.domain.SessionId;
import be.ifg.domain.SignalCategory;
import be.ifg.domain.SignalId;
import be.ifg.workflow.AccessAction;
import be.ifg.workflow.ChainApproach;
import be.ifg.workflow.Command;
import be.ifg.workflow.DossierPage;
import be.ifg.workflow.DossierView;
import be.ifg.workflow.SteeringGroup;
import be.ifg.workflow.SteeringReports;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Attack: "a steering group's reader reads a dossier", "a table member reads the steering group's
 * report", "a registrant who does not sit at the table reads the table's signals". The steering
 * group sees figures and signals and nothing of any dossier; the table sees dossiers and no report.
 */
class SteeringAttackTests {
  private static final ProfessionalId SONJA = ProfessionalId.of("sonja"); // steering, not listed
  private static final ProfessionalId LIEN_STEERS =
      LIEN; // listed by the table, and a steering reader
  private static final SessionId S1 = SessionId.of("s1");

  private final Family f = new Family();
  private final SteeringGroup group =
      SteeringGroup.of("stuurgroep", Set.of(SONJA, LIEN_STEERS), Set.of(REGION));
  private final ChainApproach chain =
      ChainApproach.builder()
          .table(Family.table(REGION))
          .clock(f.clock)
          .store(f.store)
          .steeringGroup(group)
          .build();

  private void world() {
    f.shared();
    f.ok(AN, new Command.ScheduleSession(S1, f.clock.instant().plus(Duration.ofDays(1))));
    f.ok(BART, new Command.RaiseSignal(SignalId.of("g1"), SignalCategory.CAPACITY, "no room"));
  }

  @Test
  void aSteeringReaderGetsTheSignalsAndNothingOfAnyDossier() {
    world();
    LocalDate today = LocalDate.of(2026, 2, 2);
    for (ProfessionalId who : List.of(SONJA)) {
      assertThat(chain.signals(who)).hasSize(1);
      assertThat(chain.view(who, D1, Purpose.STATISTICS)).isInstanceOf(DossierView.Refused.class);
      assertThat(chain.view(who, D1, Purpose.PLAN)).isInstanceOf(DossierView.Refused.class);
      assertThat(chain.read(who, D1, Purpose.STATISTICS)).isInstanceOf(DossierPage.Refused.class);
      assertThat(chain.status(who, D1)).isEmpty();
      assertThat(chain.dossiers(who)).isEmpty();
      assertThat(chain.agenda(who, today)).isEmpty();
      assertThat(chain.agenda(who, D1, today)).isEmpty();
      assertThat(chain.sessionAgenda(who, S1)).isEmpty();
      assertThat(chain.minutes(who, S1)).isEmpty();
      assertThat(chain.decide(who, AccessAction.VIEW, D1, INCIDENT, Purpose.STATISTICS).isPermit())
          .isFalse();
    }
  }

  @Test
  void aSteeringReaderTheTableListsAsARegistrantGetsOnlyTheirOwnRegistrationsAgenda() {
    // lien registered d1 and reads the steering group's figures: being a steering reader adds the
    // signals, and nothing of the dossier beyond what a registrant who does not sit at the table
    // has
    world();
    assertThat(chain.signals(LIEN_STEERS)).hasSize(1);
    assertThat(f.chain.signals(LIEN)).as("without the group").isEmpty();
    assertThat(chain.view(LIEN_STEERS, D1, Purpose.STATISTICS))
        .isInstanceOf(DossierView.Refused.class);
    assertThat(chain.dossiers(LIEN_STEERS)).isEmpty();
    assertThat(chain.status(LIEN_STEERS, D1)).isEmpty();
    assertThat(chain.minutes(LIEN_STEERS, S1)).isEmpty();
  }

  @Test
  void aRegistrantOrAnUnpledgedMemberGetsNoSignalsAndTheQuestionIsLogged() {
    world();
    int before = chain.audit().size();
    assertThat(f.chain.signals(KEES)).isEmpty();
    assertThat(f.chain.signals(LIEN)).isEmpty();
    assertThat(f.chain.signals(NIELS)).isEmpty();
    assertThat(f.chain.signals(BART)).hasSize(1);
    List<DisclosureEntry> log = chain.audit().subList(before, chain.audit().size());
    assertThat(log).extracting(DisclosureEntry::action).containsOnly("SIGNALS");
    assertThat(log)
        .extracting(DisclosureEntry::outcome)
        .containsExactly("DENY", "DENY", "DENY", "PERMIT");
  }

  @Test
  void aTableMemberOrTheCoordinatorGetsNoReport() {
    world();
    SteeringReports reports = new SteeringReports(f.store, group, f.clock);
    LocalDate from = LocalDate.of(2026, 1, 1);
    LocalDate to = LocalDate.of(2026, 12, 31);
    for (ProfessionalId who : List.of(AN, BART, KEES, NIELS)) {
      assertThat(reports.report(who, from, to)).isEmpty();
      assertThat(reports.signals(who)).isEmpty();
    }
    assertThat(reports.report(SONJA, from, to)).isPresent();
  }

  @Test
  void aSteeringGroupOfAnotherRegionGivesItsReadersNothingHere() {
    world();
    SteeringGroup elsewhere = SteeringGroup.of("oost", Set.of(SONJA), Set.of("oost-vlaanderen"));
    ChainApproach other =
        ChainApproach.builder()
            .table(Family.table(REGION))
            .clock(f.clock)
            .store(f.store)
            .steeringGroup(elsewhere)
            .build();
    assertThat(other.signals(SONJA)).isEmpty();
    SteeringReports reports = new SteeringReports(f.store, elsewhere, f.clock);
    assertThat(reports.signals(SONJA)).isEmpty();
    assertThat(
            reports
                .report(SONJA, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))
                .orElseThrow()
                .figures(be.ifg.workflow.SteeringReport.Measure.INFLOW)
                .total()
                .text(5))
        .isEqualTo("0");
  }
}
