package be.ifg.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ifg.domain.DisclosureEntry;
import be.ifg.domain.DossierId;
import be.ifg.domain.ItemId;
import be.ifg.domain.Language;
import be.ifg.domain.ProfessionalId;
import be.ifg.domain.Purpose;
import be.ifg.persistence.DisclosureStore;
import be.ifg.persistence.memory.InMemoryLogAnchor;
import be.ifg.persistence.memory.InMemoryStore;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Retention: a purge removes exactly the dossiers whose retention period ended, leaves tombstones
 * in the disclosure log, and the log keeps verifying, on its own and against signed checkpoints.
 */
class RetentionTests {
  private static final Instant START = Instant.parse("2026-02-02T08:00:00Z");
  private static final ProfessionalId AN = ProfessionalId.of("an"); // coordinator
  private static final ProfessionalId BART = ProfessionalId.of("bart");
  private static final ProfessionalId LIEN = ProfessionalId.of("lien");
  private static final DossierId DECLINED = DossierId.of("d-declined");
  private static final DossierId WITHDRAWN = DossierId.of("d-withdrawn");
  private static final DossierId ACTIVE = DossierId.of("d-active");
  private static final DossierId RECENT = DossierId.of("d-recent");
  private static final Period FIVE_YEARS = Period.ofYears(5);
  private static final KeyPair KEYS = LogSigner.generateKeyPair();

  private final TestClock clock = new TestClock(START);
  private final InMemoryStore store = new InMemoryStore();
  private final InMemoryLogAnchor anchor = new InMemoryLogAnchor();

  private ChainApproach chain(boolean anchored, int every) {
    ChainApproach.Builder b =
        ChainApproach.builder().table(Tables.table()).clock(clock).store(store);
    if (anchored) {
      b.anchor(anchor, LogSigner.of(KEYS)).checkpointEvery(every);
    }
    return b.build();
  }

  private void ok(Decision d) {
    assertThat(d).as("%s", d).isInstanceOf(Decision.Accepted.class);
  }

  /**
   * A declined and a withdrawn dossier that ended six years ago, an active one as old, and one
   * registered as long ago but declined a year ago; each viewed by bart.
   */
  private ChainApproach world(ChainApproach chain) {
    ok(chain.register(LIEN, Tables.register(DECLINED)));
    ok(chain.handle(AN, DECLINED, new Command.Decline("no criteria", "contact the CAW")));
    ok(chain.register(LIEN, Tables.register(WITHDRAWN)));
    ok(chain.handle(AN, WITHDRAWN, new Command.Accept()));
    ok(chain.handle(AN, WITHDRAWN, new Command.Withdraw("the family moved abroad")));
    ok(chain.register(LIEN, Tables.register(ACTIVE)));
    ok(chain.handle(AN, ACTIVE, new Command.Accept()));
    ok(chain.register(LIEN, Tables.register(RECENT)));
    for (DossierId d : List.of(DECLINED, WITHDRAWN, ACTIVE)) {
      chain.view(BART, d, Purpose.PLAN);
      chain.decide(BART, AccessAction.VIEW, d, ItemId.of("i1"), Purpose.SAFETY);
    }
    clock.advance(Period.ofYears(5));
    ok(chain.handle(AN, RECENT, new Command.Decline("no criteria", "contact the CAW")));
    chain.view(BART, RECENT, Purpose.PLAN);
    clock.advance(Period.ofYears(1));
    return chain;
  }

  private static List<DisclosureEntry> about(ChainApproach chain, DossierId d) {
    List<DisclosureEntry> out = new ArrayList<>();
    for (DisclosureEntry e : chain.audit()) {
      if (d.equals(e.dossier())) {
        out.add(e);
      }
    }
    return out;
  }

  @Test
  void purgesExactlyTheDossiersWhoseRetentionEnded() {
    ChainApproach chain = world(chain(false, 1));
    int declinedEntries = about(chain, DECLINED).size();
    int withdrawnEntries = about(chain, WITHDRAWN).size();
    List<DisclosureEntry> activeBefore = about(chain, ACTIVE);
    List<DisclosureEntry> recentBefore = about(chain, RECENT);

    Purge p = chain.purge(AN, FIVE_YEARS);

    assertThat(p).isInstanceOf(Purge.Done.class);
    Purge.Done done = (Purge.Done) p;
    assertThat(done.dossiers()).containsExactly(DECLINED, WITHDRAWN);
    assertThat(done.tombstones()).isEqualTo(declinedEntries + withdrawnEntries).isPositive();
    assertThat(done.dryRun()).isFalse();
    assertThat(about(chain, DECLINED)).isEmpty();
    assertThat(about(chain, WITHDRAWN)).isEmpty();
    assertThat(about(chain, ACTIVE)).isEqualTo(activeBefore);
    assertThat(about(chain, RECENT)).isEqualTo(recentBefore);
    assertThat(chain.audit().stream().filter(DisclosureEntry::isTombstone).count())
        .isEqualTo(done.tombstones());
    DisclosureEntry purge = chain.audit().get((int) done.entry() - 1);
    assertThat(purge.action()).isEqualTo(Retention.PURGE);
    assertThat(purge.actor()).isEqualTo(AN);
    assertThat(purge.dossier()).isNull();
    assertThat(purge.items().toString())
        .doesNotContain(DECLINED.value())
        .doesNotContain(WITHDRAWN.value())
        .contains(Retention.dossierDigest("west-vlaanderen", DECLINED));
    assertThat(chain.verifyLog().isIntact()).isTrue();
    assertThat(store.read(be.ifg.persistence.StreamId.dossier("west-vlaanderen", DECLINED)))
        .isEmpty();
    assertThat(chain.dossiers(AN)).containsExactly(ACTIVE, RECENT);
  }

  @Test
  void answersForAPurgedDossierAsForOneTheTableNeverHad() {
    ChainApproach chain = world(chain(false, 1));
    DossierId never = DossierId.of("d-never");
    chain.status(AN, DECLINED); // loaded into the cache before the purge

    chain.purge(AN, FIVE_YEARS);

    assertThat(chain.status(AN, DECLINED)).isEmpty();
    assertThat(chain.view(BART, DECLINED, Purpose.PLAN).toString().replace("d-declined", "X"))
        .isEqualTo(chain.view(BART, never, Purpose.PLAN).toString().replace("d-never", "X"));
    assertThat(chain.read(BART, DECLINED, Purpose.PLAN).toString().replace("d-declined", "X"))
        .isEqualTo(chain.read(BART, never, Purpose.PLAN).toString().replace("d-never", "X"));
    assertThat(
            chain
                .decide(BART, AccessAction.VIEW, DECLINED, ItemId.of("i1"), Purpose.SAFETY)
                .toString()
                .replace("d-declined", "X"))
        .isEqualTo(
            chain
                .decide(BART, AccessAction.VIEW, never, ItemId.of("i1"), Purpose.SAFETY)
                .toString()
                .replace("d-never", "X"));
    assertThat(chain.verifyLog().isIntact()).isTrue();
  }

  @Test
  void theAgendaForgetsThePurgedDossiersAtOnce() {
    ChainApproach chain = world(chain(false, 1));
    java.time.LocalDate today = java.time.LocalDate.ofInstant(clock.instant(), clock.getZone());
    chain.agenda(AN, today); // the projection holds every dossier before the purge

    chain.purge(AN, FIVE_YEARS);

    List<AgendaEntry> after = chain.agenda(AN, today);
    assertThat(after).extracting(AgendaEntry::dossier).doesNotContain(DECLINED, WITHDRAWN);
    assertThat(chain.agendaProjection().version(DECLINED)).isZero();
    ChainApproach fresh = chain(false, 1);
    assertThat(after).isEqualTo(fresh.agenda(AN, today));
  }

  @Test
  void aSecondPurgeFindsNothingAndIsLoggedToo() {
    ChainApproach chain = world(chain(false, 1));
    chain.purge(AN, FIVE_YEARS);
    long size = chain.audit().size();

    Purge.Done again = (Purge.Done) chain.purge(AN, FIVE_YEARS);

    assertThat(again.dossiers()).isEmpty();
    assertThat(again.tombstones()).isZero();
    assertThat(chain.audit()).hasSize((int) size + 1);
    assertThat(chain.verifyLog().isIntact()).isTrue();
  }

  @Test
  void aDryRunFindsTheSameAndChangesNothingButTheLog() {
    ChainApproach chain = world(chain(false, 1));
    int size = chain.audit().size();

    Purge.Done dry = (Purge.Done) chain.purge(AN, FIVE_YEARS, true);

    assertThat(dry.dryRun()).isTrue();
    assertThat(dry.entry()).isZero();
    assertThat(dry.dossiers()).containsExactly(DECLINED, WITHDRAWN);
    assertThat(chain.audit()).hasSize(size + 1);
    assertThat(chain.audit().stream().noneMatch(DisclosureEntry::isTombstone)).isTrue();
    assertThat(chain.dossiers(AN)).containsExactlyInAnyOrder(DECLINED, WITHDRAWN, ACTIVE, RECENT);
    Purge.Done real = (Purge.Done) chain.purge(AN, FIVE_YEARS);
    assertThat(real.dossiers()).isEqualTo(dry.dossiers());
    assertThat(real.tombstones()).isEqualTo(dry.tombstones());
  }

  @Test
  void refusesAnybodyButThePledgedCoordinatorAndChangesNothing() {
    ChainApproach chain = world(chain(false, 1));
    int size = chain.audit().size();

    Purge bart = chain.purge(BART, FIVE_YEARS);
    Purge lien = chain.purge(LIEN, FIVE_YEARS);

    assertThat(bart).isInstanceOf(Purge.Refused.class);
    assertThat(((Purge.Refused) bart).hasCode(ReasonCode.NOT_AUTHORIZED)).isTrue();
    assertThat(((Purge.Refused) lien).hasCode(ReasonCode.NOT_AUTHORIZED)).isTrue();
    Reason reason = ((Purge.Refused) bart).reasons().get(0);
    assertThat(reason.message(Language.EN)).contains("purge the dossiers");
    assertThat(reason.message(Language.NL)).contains("bewaartermijn");
    assertThat(reason.message(Language.FR)).contains("délai de conservation");
    List<DisclosureEntry> log = chain.audit();
    assertThat(log).hasSize(size + 2);
    assertThat(log.get(size).outcome()).isEqualTo(Disclosure.DENY);
    assertThat(log.get(size).action()).isEqualTo(Retention.PURGE);
    assertThat(log.stream().noneMatch(DisclosureEntry::isTombstone)).isTrue();
    assertThat(chain.dossiers(AN)).hasSize(4);
  }

  @Test
  void refusesAPeriodOfZeroOrLess() {
    ChainApproach chain = world(chain(false, 1));

    assertThatThrownBy(() -> chain.purge(AN, Period.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("longer than zero");
    assertThatThrownBy(() -> chain.purge(AN, Period.ofYears(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void keepsTheLogVerifyingAgainstItsSignedCheckpoints() {
    for (int every : List.of(1, 7)) {
      TestClock c = new TestClock(START);
      InMemoryStore s = new InMemoryStore();
      InMemoryLogAnchor a = new InMemoryLogAnchor();
      ChainApproach chain =
          ChainApproach.builder()
              .table(Tables.table())
              .clock(c)
              .store(s)
              .anchor(a, LogSigner.of(KEYS))
              .checkpointEvery(every)
              .build();
      ok(chain.register(LIEN, Tables.register(DECLINED)));
      ok(chain.handle(AN, DECLINED, new Command.Decline("no criteria", "contact the CAW")));
      chain.view(BART, DECLINED, Purpose.PLAN);
      chain.view(BART, DECLINED, Purpose.SAFETY);
      c.advance(Period.ofYears(6));

      Purge.Done done = (Purge.Done) chain.purge(AN, FIVE_YEARS);

      assertThat(done.tombstones()).isEqualTo(2);
      assertThat(a.checkpoints()).anyMatch(cp -> cp.length() == done.entry());
      assertThat(chain.verifyLog(KEYS.getPublic(), a).isIntact()).as("every %s", every).isTrue();
      chain.checkpointLog();
      assertThat(new DisclosureLog(s).verify(KEYS.getPublic(), a).isIntact()).isTrue();
    }
  }

  @Test
  void aStoreThatCannotKeepTombstonesFailsThePurgeBeforeAnythingChanges() {
    DisclosureStore appendOnly =
        new DisclosureStore() {
          @Override
          public void appendDisclosure(DisclosureEntry entry) {}

          @Override
          public List<DisclosureEntry> readDisclosures(long afterSequence, int limit) {
            return List.of();
          }

          @Override
          public Optional<DisclosureEntry> lastDisclosure() {
            return Optional.empty();
          }
        };
    DisclosureLog l = new DisclosureLog(appendOnly);
    assertThatThrownBy(l::checkTombstones).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void anEndedDossierStillInUseIsNotDue() {
    ChainApproach chain = chain(false, 1);
    ok(chain.register(LIEN, Tables.register(DECLINED)));
    ok(chain.handle(AN, DECLINED, new Command.Decline("no criteria", "contact the CAW")));
    clock.advance(Period.ofYears(5).minusDays(1));

    assertThat(((Purge.Done) chain.purge(AN, FIVE_YEARS)).dossiers()).isEmpty();
    clock.advance(Duration.ofDays(2));
    assertThat(((Purge.Done) chain.purge(AN, FIVE_YEARS)).dossiers()).containsExactly(DECLINED);
    assertThat(chain.status(AN, DECLINED)).isEqualTo(Optional.empty());
  }
}
