package be.ifg.workflow;

import static be.ifg.workflow.BasicChain.who;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ifg.domain.DangerAssessment;
import be.ifg.domain.DisclosureEntry;
import be.ifg.domain.DossierId;
import be.ifg.domain.InclusionCriterion;
import be.ifg.domain.ItemId;
import be.ifg.domain.Party;
import be.ifg.domain.PartyId;
import be.ifg.domain.PartyRole;
import be.ifg.domain.Purpose;
import be.ifg.persistence.LogAnchor;
import be.ifg.persistence.LogCheckpoint;
import be.ifg.persistence.memory.InMemoryLogAnchor;
import java.security.KeyPair;
import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The disclosure log anchored outside the store: every kind of tampering an administrator of the
 * store could do is found by a fresh log (as after a restart) that only has the store, the public
 * key and the anchor.
 */
class LogAnchoringTests {
  private static final Instant AT = Instant.parse("2026-02-05T13:00:00Z");
  private static final KeyPair KEYS = LogSigner.generateKeyPair();
  private static final KeyPair OTHER_KEYS = LogSigner.generateKeyPair();
  private static final LogSigner SIGNER = LogSigner.of(KEYS);

  private final TamperableStore store = new TamperableStore();
  private final InMemoryLogAnchor anchor = new InMemoryLogAnchor();
  private final TestClock clock = new TestClock(AT);

  private static Disclosure disclosure(int n) {
    return new Disclosure(
        AT.plusSeconds(n),
        who("emre"),
        "west-vlaanderen",
        DossierId.of("d1"),
        ItemId.of("i" + n),
        "VIEW",
        Purpose.PLAN,
        n % 2 == 0 ? "PERMIT" : "DENY",
        List.of("table-member", "pledge-signed"),
        List.of());
  }

  /** An anchored log over the test's store, after {@code n} appends. */
  private DisclosureLog written(int n, int every) {
    DisclosureLog log = new DisclosureLog(store, anchor, SIGNER, clock, every);
    for (int i = 1; i <= n; i++) {
      clock.advance(Duration.ofSeconds(1));
      log.append(disclosure(i));
    }
    return log;
  }

  /** What a verifier finds after a restart: a fresh log over the same store. */
  private LogVerification afterRestart() {
    return new DisclosureLog(store).verify(KEYS.getPublic(), anchor);
  }

  private static LogVerification.Broken broken(LogVerification v) {
    assertThat(v).isInstanceOf(LogVerification.Broken.class);
    return (LogVerification.Broken) v;
  }

  @Test
  void signsACheckpointAfterEveryAppend() {
    written(3, 1);

    List<LogCheckpoint> checkpoints = anchor.checkpoints();
    assertThat(checkpoints).extracting(LogCheckpoint::length).containsExactly(1L, 2L, 3L);
    assertThat(checkpoints.get(2).head()).isEqualTo(store.get(2).hash());
    assertThat(checkpoints.get(2).keyId()).isEqualTo(SIGNER.keyId()).matches("[0-9a-f]{16}");
    assertThat(checkpoints.get(2).at()).isEqualTo(AT.plusSeconds(3));
    assertThat(afterRestart()).isEqualTo(new LogVerification.Intact(3, store.get(2).hash()));
  }

  @Test
  void signsEveryNthAppendAndOnDemand() {
    DisclosureLog log = written(7, 3);
    assertThat(anchor.checkpoints()).extracting(LogCheckpoint::length).containsExactly(3L, 6L);

    LogCheckpoint forced = log.checkpoint();

    assertThat(forced.length()).isEqualTo(7);
    assertThat(forced.head()).isEqualTo(store.get(6).hash());
    assertThat(anchor.checkpoints()).extracting(LogCheckpoint::length).containsExactly(3L, 6L, 7L);
    assertThat(afterRestart().isIntact()).isTrue();
  }

  @Test
  void aForcedCheckpointAfterARestartCoversTheWholeLog() {
    written(4, 10);
    assertThat(anchor.checkpoints()).isEmpty();

    LogCheckpoint c = new DisclosureLog(store, anchor, SIGNER, clock, 10).checkpoint();

    assertThat(c.length()).isEqualTo(4);
    assertThat(afterRestart().isIntact()).isTrue();
  }

  @Test
  void refusesToSignABrokenLog() {
    written(3, 10);
    store.remove(1);
    DisclosureLog restarted = new DisclosureLog(store, anchor, SIGNER, clock, 10);

    assertThatThrownBy(restarted::checkpoint)
        .isInstanceOf(WorkflowException.class)
        .hasMessageContaining("broken at entry 2")
        .hasMessageContaining("no checkpoint was signed");
    assertThat(anchor.checkpoints()).isEmpty();
  }

  @Test
  void aLogWithoutAnAnchorCannotCheckpoint() {
    assertThatThrownBy(() -> new DisclosureLog(store).checkpoint())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no anchor");
  }

  @Test
  void detectsEntriesCutFromTheEndAfterARestart() {
    written(5, 1);
    store.remove(4);
    store.remove(3);

    LogVerification.Broken b = broken(afterRestart());

    assertThat(b.sequence()).isEqualTo(4);
    assertThat(b.reason())
        .startsWith("the log holds 3 entries but the checkpoint of 2026-02-05T13:00:04Z covers 4")
        .endsWith("entries were removed from the end");
    // the chain alone cannot tell
    assertThat(new DisclosureLog(store).verify().isIntact()).isTrue();
  }

  @Test
  void detectsARemovedEntry() {
    written(5, 1);
    store.remove(2);

    LogVerification.Broken b = broken(afterRestart());

    assertThat(b.sequence()).isEqualTo(3);
    assertThat(b.reason()).contains("removed, inserted or reordered");
  }

  @Test
  void detectsReorderedEntries() {
    written(5, 1);
    DisclosureEntry second = store.get(1);
    DisclosureEntry fourth = store.get(3);
    store.replace(1, TamperableStore.withSequence(fourth, 2));
    store.replace(3, TamperableStore.withSequence(second, 4));

    LogVerification.Broken b = broken(afterRestart());

    assertThat(b.sequence()).isEqualTo(2);
    assertThat(b.reason()).contains("reordered");
  }

  @Test
  void detectsAnEditedEntry() {
    written(5, 1);
    store.replace(2, TamperableStore.withOutcome(store.get(2), "PERMIT"));

    LogVerification.Broken b = broken(afterRestart());

    assertThat(b.sequence()).isEqualTo(3);
    assertThat(b.reason()).contains("the entry was changed");
  }

  @Test
  void detectsAWholeChainRecomputedWithFreshHashes() {
    written(5, 1);
    TamperableStore forged = new TamperableStore();
    DisclosureLog forger = new DisclosureLog(forged);
    for (int i = 1; i <= 5; i++) {
      Disclosure d = disclosure(i);
      forger.append(
          i == 3
              ? new Disclosure(
                  d.at(),
                  d.actor(),
                  d.table(),
                  d.dossier(),
                  d.item(),
                  d.action(),
                  d.purpose(),
                  "PERMIT",
                  d.rules(),
                  d.items())
              : d);
    }
    for (int i = 0; i < 5; i++) {
      store.replace(i, forged.get(i));
    }
    assertThat(new DisclosureLog(store).verify().isIntact()).as("the chain alone").isTrue();

    LogVerification.Broken b = broken(afterRestart());

    assertThat(b.sequence()).isEqualTo(3);
    assertThat(b.reason())
        .isEqualTo(
            "entry 3's hash differs from the checkpoint of 2026-02-05T13:00:03Z, signed by key "
                + SIGNER.keyId()
                + ": the log was rewritten");
  }

  @Test
  void detectsARecomputedChainCutShorterThanTheLastCheckpoint() {
    written(5, 1);
    TamperableStore forged = new TamperableStore();
    DisclosureLog forger = new DisclosureLog(forged);
    forger.append(disclosure(1));
    forger.append(disclosure(2));
    forger.append(disclosure(4));
    while (store.size() > 3) {
      store.remove(store.size() - 1);
    }
    for (int i = 0; i < 3; i++) {
      store.replace(i, forged.get(i));
    }

    LogVerification.Broken b = broken(afterRestart());

    assertThat(b.sequence()).isEqualTo(3);
    assertThat(b.reason()).contains("the log was rewritten");
  }

  @Test
  void detectsTheAnchorAheadOfTheStoreAfterARestartThatKeptWriting() {
    written(5, 1);
    // the store is cut back while the application is down; the restarted application appends on
    store.remove(4);
    store.remove(3);
    DisclosureLog restarted = new DisclosureLog(store, anchor, SIGNER, clock, 1);
    restarted.append(disclosure(6));

    LogVerification.Broken b = broken(afterRestart());

    assertThat(b.sequence()).isEqualTo(4);
    assertThat(b.reason())
        .startsWith("entry 4's hash differs from the checkpoint of 2026-02-05T13:00:04Z")
        .endsWith("the log was rewritten");
  }

  @Test
  void detectsTheAnchorAheadOfAStoreCutBackAndCheckpointedAgain() {
    written(5, 1);
    store.remove(4);
    store.remove(3);
    LogCheckpoint forced = new DisclosureLog(store, anchor, SIGNER, clock, 1).checkpoint();
    assertThat(forced.length()).isEqualTo(3);

    LogVerification.Broken b = broken(afterRestart());

    assertThat(b.sequence()).isEqualTo(4);
    assertThat(b.reason()).contains("covers 4: entries were removed from the end");
  }

  @Test
  void reportsCheckpointsOutOfOrder() {
    written(3, 1);
    List<LogCheckpoint> kept = anchor.checkpoints();
    LogAnchor shuffled = new InMemoryLogAnchor();
    shuffled.append(kept.get(0));
    shuffled.append(kept.get(2));
    shuffled.append(kept.get(1));

    LogVerification.Broken b = broken(new DisclosureLog(store).verify(KEYS.getPublic(), shuffled));

    assertThat(b.sequence()).isEqualTo(3);
    assertThat(b.reason())
        .isEqualTo(
            "the checkpoint of 2026-02-05T13:00:02Z covers 2 entries but the earlier checkpoint of"
                + " 2026-02-05T13:00:03Z covers 3 entries: the anchor's checkpoints are out of order"
                + " (two writers share one anchor, or its lines were moved)");
  }

  @Test
  void refusesCheckpointsWhenVerifiedWithTheWrongKey() {
    written(3, 1);

    LogVerification.Broken b =
        broken(new DisclosureLog(store).verify(OTHER_KEYS.getPublic(), anchor));

    assertThat(b.sequence()).isEqualTo(1);
    assertThat(b.reason())
        .contains("is signed by key " + SIGNER.keyId())
        .contains("which is not a trusted key (" + LogSigner.keyId(OTHER_KEYS.getPublic()) + ")");
  }

  @Test
  void reportsACheckpointSignedByAnotherKey() {
    written(3, 1);
    LogSigner intruder = LogSigner.of(OTHER_KEYS);
    anchor.append(intruder.sign(3, store.get(2).hash(), AT.plusSeconds(60)));

    LogVerification.Broken b = broken(afterRestart());

    assertThat(b.sequence()).isEqualTo(3);
    assertThat(b.reason())
        .startsWith("the checkpoint of 2026-02-05T13:01:00Z is signed by key " + intruder.keyId());
  }

  @Test
  void reportsACheckpointWhoseSignatureDoesNotVerify() {
    written(3, 1);
    LogCheckpoint real = anchor.checkpoints().get(2);
    LogAnchor altered = new InMemoryLogAnchor();
    for (LogCheckpoint c : anchor.checkpoints().subList(0, 2)) {
      altered.append(c);
    }
    altered.append(new LogCheckpoint(2, real.head(), real.at(), real.keyId(), real.signature()));

    LogVerification.Broken b = broken(new DisclosureLog(store).verify(KEYS.getPublic(), altered));

    assertThat(b.reason()).contains("does not carry a valid signature of key " + SIGNER.keyId());
  }

  @Test
  void trustsEveryKeyOfARotation() {
    DisclosureLog before = written(3, 1);
    before.checkpoint();
    LogSigner next = LogSigner.of(OTHER_KEYS);
    DisclosureLog after = new DisclosureLog(store, anchor, next, clock, 1);
    after.append(disclosure(4));
    PublicKey oldKey = KEYS.getPublic();
    PublicKey newKey = OTHER_KEYS.getPublic();

    assertThat(
            Checkpoints.verify(
                store.readDisclosures(0, 100), List.of(oldKey, newKey), anchor.checkpoints()))
        .isEqualTo(new LogVerification.Intact(4, store.get(3).hash()));
    assertThat(broken(new DisclosureLog(store).verify(newKey, anchor)).reason())
        .contains("signed by key " + SIGNER.keyId());
  }

  @Test
  void verifiesAnEmptyLog() {
    DisclosureLog log = written(0, 1);
    assertThat(afterRestart()).isEqualTo(new LogVerification.Intact(0, DisclosureEntry.GENESIS));

    LogCheckpoint c = log.checkpoint();

    assertThat(c.length()).isZero();
    assertThat(c.head()).isEqualTo(DisclosureEntry.GENESIS);
    assertThat(afterRestart()).isEqualTo(new LogVerification.Intact(0, DisclosureEntry.GENESIS));
  }

  @Test
  void detectsAnEmptiedLog() {
    written(2, 1);
    store.remove(1);
    store.remove(0);

    LogVerification.Broken b = broken(afterRestart());

    assertThat(b.sequence()).isEqualTo(1);
    assertThat(b.reason()).startsWith("the log holds 0 entries but");
  }

  @Test
  void entriesAfterTheLastCheckpointAreProtectedByTheChainAlone() {
    written(5, 3);
    store.remove(4);

    assertThat(afterRestart().isIntact()).isTrue();
  }

  @Test
  void theSdkAnchorsItsLogAndVerifiesItAfterARestart() {
    be.ifg.persistence.memory.InMemoryStore shared = new be.ifg.persistence.memory.InMemoryStore();
    ChainApproach chain =
        ChainApproach.builder()
            .table(BasicChain.table())
            .clock(clock)
            .store(shared)
            .anchor(anchor, SIGNER)
            .checkpointEvery(2)
            .build();
    assertThat(
            chain.register(
                who("lien"),
                new Command.Register(
                    DossierId.of("d1"),
                    List.of(
                        Party.of("sara", PartyRole.VICTIM, 1991),
                        Party.of("tom", PartyRole.PERPETRATOR, 1988)),
                    Set.of(InclusionCriterion.UNSAFETY),
                    List.of(new Command.Informing(PartyId.of("sara"), "conversation at school")),
                    List.of(
                        new Command.Deferral(
                            PartyId.of("tom"),
                            "would endanger sara",
                            LocalDate.parse("2026-03-02"))),
                    DangerAssessment.of(true))))
        .isInstanceOf(Decision.Accepted.class);
    for (int i = 0; i < 5; i++) {
      AccessDecision unused =
          chain.decide(
              who("emre"), AccessAction.VIEW, DossierId.of("d1"), ItemId.of("i1"), Purpose.PLAN);
    }
    assertThat(anchor.checkpoints()).extracting(LogCheckpoint::length).containsExactly(2L, 4L);

    assertThat(chain.checkpointLog().length()).isEqualTo(5);
    ChainApproach restarted =
        ChainApproach.builder().table(BasicChain.table()).store(shared).build();
    assertThat(restarted.verifyLog(KEYS.getPublic(), anchor))
        .isEqualTo(new LogVerification.Intact(5, chain.audit().get(4).hash()));
    assertThat(
            restarted
                .verifyLog(List.of(KEYS.getPublic(), OTHER_KEYS.getPublic()), anchor)
                .isIntact())
        .isTrue();
    assertThat(restarted.verifyLog(OTHER_KEYS.getPublic(), anchor).isIntact()).isFalse();
  }
}
