package be.ifg.workflow.attack;

import static be.ifg.workflow.attack.Family.AN;
import static be.ifg.workflow.attack.Family.BART;
import static be.ifg.workflow.attack.Family.D1;
import static be.ifg.workflow.attack.Family.KEES;
import static be.ifg.workflow.attack.Family.LIEN;
import static be.ifg.workflow.attack.Family.NIELS;
import static be.ifg.workflow.attack.Family.REGION;
import static be.ifg.workflow.attack.Family.STRANGER;
import static org.assertj.core.api.Assertions.assertThat;

import be.ifg.domain.CaseTable;
import be.ifg.domain.DisclosureEntry;
import be.ifg.domain.DossierId;
import be.ifg.domain.PartnerId;
import be.ifg.domain.PartnerKind;
import be.ifg.domain.ProfessionalId;
import be.ifg.domain.Purpose;
import be.ifg.domain.TableMember;
import be.ifg.persistence.memory.InMemoryLogAnchor;
import be.ifg.persistence.memory.InMemoryStore;
import be.ifg.workflow.ChainApproach;
import be.ifg.workflow.Command;
import be.ifg.workflow.Disclosure;
import be.ifg.workflow.DisclosureLog;
import be.ifg.workflow.LogSigner;
import be.ifg.workflow.LogVerification;
import be.ifg.workflow.Purge;
import be.ifg.workflow.ReasonCode;
import be.ifg.workflow.Tables;
import be.ifg.workflow.TestClock;
import java.security.KeyPair;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Attacks on retention: a purge by anybody but the coordinator, a purge that would reach an active
 * dossier, and an administrator of the store who hides log entries behind tombstones.
 */
class RetentionAttackTests {
  private static final Period FIVE_YEARS = Period.ofYears(5);
  private static final KeyPair KEYS = LogSigner.generateKeyPair();

  /** D1 shared and active, d-old declined; ten years later. */
  private static Family tenYearsOn() {
    Family f = new Family();
    f.shared();
    f.ok(LIEN, Family.registration(DossierId.of("d-old")));
    assertThat(
            f.chain
                .handle(AN, DossierId.of("d-old"), new Command.Decline("no criteria", "none"))
                .isAccepted())
        .isTrue();
    f.chain.view(BART, D1, Purpose.PLAN);
    f.chain.view(BART, DossierId.of("d-old"), Purpose.PLAN);
    f.clock.advance(Period.ofYears(10));
    return f;
  }

  @Test
  void nobodyButTheCoordinatorMayPurgeAndARefusalChangesNothing() {
    Family f = tenYearsOn();
    List<DossierId> before = f.chain.dossiers(AN);

    for (ProfessionalId who : List.of(BART, NIELS, KEES, LIEN, STRANGER)) {
      Purge p = f.chain.purge(who, FIVE_YEARS);

      assertThat(p).as("%s", who).isInstanceOf(Purge.Refused.class);
      assertThat(((Purge.Refused) p).hasCode(ReasonCode.NOT_AUTHORIZED)).isTrue();
    }
    assertThat(f.chain.dossiers(AN)).isEqualTo(before);
    assertThat(f.chain.audit().stream().noneMatch(DisclosureEntry::isTombstone)).isTrue();
    assertThat(f.chain.verifyLog().isIntact()).isTrue();
  }

  @Test
  void aRefusalSaysNothingOfWhichDossiersAreDue() {
    Family due = tenYearsOn();
    Family none = new Family();
    none.shared();

    Purge withDue = due.chain.purge(BART, FIVE_YEARS);
    Purge withNone = none.chain.purge(BART, FIVE_YEARS);

    assertThat(withDue).isEqualTo(withNone);
  }

  @Test
  void aCoordinatorWithoutThePledgeMayNotPurge() {
    CaseTable table =
        CaseTable.builder(REGION)
            .partner("caw", PartnerKind.CAW)
            .partner("pol", PartnerKind.LOCAL_POLICE)
            .member(new TableMember(AN, PartnerId.of("caw"), false))
            .member("bart", "pol")
            .coordinator("an")
            .build();
    ChainApproach chain =
        ChainApproach.builder().table(table).clock(new TestClock(Family.START)).build();

    Purge p = chain.purge(AN, FIVE_YEARS);

    assertThat(((Purge.Refused) p).hasCode(ReasonCode.PLEDGE_MISSING)).isTrue();
  }

  @Test
  void aPurgeNeverReachesAnActiveDossierOrItsLogEntries() {
    Family f = tenYearsOn();
    List<DisclosureEntry> aboutD1 = about(f.chain, D1);

    Purge.Done done = (Purge.Done) f.chain.purge(AN, Period.ofDays(1));

    assertThat(done.dossiers()).containsExactly(DossierId.of("d-old"));
    assertThat(about(f.chain, D1)).isEqualTo(aboutD1).isNotEmpty();
    assertThat(f.chain.status(AN, D1)).isPresent();
    assertThat(f.chain.verifyLog().isIntact()).isTrue();
  }

  @Test
  void anAdministratorWhoTombstonesAnEntryWithoutAPurgeIsFound() {
    Family f = tenYearsOn();
    InMemoryStore store = (InMemoryStore) f.store;
    DisclosureEntry target = about(f.chain, D1).get(0);
    long last = f.chain.audit().size();

    store.tombstone(List.of(target.tombstone(last)));

    LogVerification v = f.chain.verifyLog();
    assertThat(v).isInstanceOf(LogVerification.Broken.class);
    assertThat(((LogVerification.Broken) v).reason()).contains("an entry was hidden");
  }

  @Test
  void anAdministratorWhoForgesAPurgeToHideAnActiveDossiersEntriesIsFoundByTheAnchor() {
    InMemoryStore store = new InMemoryStore();
    InMemoryLogAnchor anchor = new InMemoryLogAnchor();
    TestClock clock = new TestClock(Family.START);
    ChainApproach chain =
        ChainApproach.builder()
            .table(Family.table(REGION))
            .clock(clock)
            .store(store)
            .anchor(anchor, LogSigner.of(KEYS))
            .build();
    assertThat(chain.register(LIEN, Tables.register(D1)).isAccepted()).isTrue();
    assertThat(chain.handle(AN, D1, new Command.Accept()).isAccepted()).isTrue();
    chain.view(BART, D1, Purpose.PLAN);
    chain.view(BART, D1, Purpose.SAFETY);
    List<DisclosureEntry> hidden = about(chain, D1);

    // the administrator writes a purge entry of their own, hashed like the library's, listing
    // the active dossier's entries, then tombstones them
    List<DisclosureEntry.ItemDecision> items = new ArrayList<>();
    for (DisclosureEntry e : hidden) {
      items.add(
          new DisclosureEntry.ItemDecision(
              be.ifg.domain.ItemId.of("entry:" + e.sequence()), "TOMBSTONED", List.of("x")));
    }
    DisclosureEntry forged =
        new DisclosureLog(store)
            .append(
                new Disclosure(
                    clock.instant(),
                    AN,
                    REGION,
                    null,
                    null,
                    "PURGE",
                    Purpose.PLAN,
                    Disclosure.PERMIT,
                    List.of("retention"),
                    items));
    List<DisclosureEntry> tombstones = new ArrayList<>();
    hidden.forEach(e -> tombstones.add(e.tombstone(forged.sequence())));
    store.tombstone(tombstones);

    assertThat(about(chain, D1)).isEmpty();
    LogVerification v = chain.verifyLog(KEYS.getPublic(), anchor);
    assertThat(v).isInstanceOf(LogVerification.Broken.class);
    assertThat(((LogVerification.Broken) v).sequence()).isEqualTo(forged.sequence());
    assertThat(((LogVerification.Broken) v).reason())
        .contains("purge without a signed checkpoint of its own");
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
}
