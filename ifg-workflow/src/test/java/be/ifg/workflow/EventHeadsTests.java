package be.ifg.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import be.ifg.domain.ChainEvent;
import be.ifg.domain.DisclosureEntry;
import be.ifg.domain.DossierId;
import be.ifg.domain.ItemId;
import be.ifg.domain.ProfessionalId;
import be.ifg.domain.Purpose;
import be.ifg.persistence.LogAnchor;
import be.ifg.persistence.LogCheckpoint;
import be.ifg.persistence.RecordedEvent;
import be.ifg.persistence.StreamId;
import be.ifg.persistence.anchor.FileLogAnchor;
import be.ifg.persistence.memory.InMemoryLogAnchor;
import be.ifg.persistence.memory.InMemoryStore;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Instant;
import java.time.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The events' heads signed by forced checkpoints (issue 15): a stream cut at its end, removed or
 * consistently re-chained in the store is found by verifying against the anchor, by a fresh chain
 * approach that has only the store, the public key and the anchor; events appended after the
 * checkpoint, a purge and checkpoints without heads keep verifying.
 */
class EventHeadsTests {
  private static final Instant START = Instant.parse("2026-02-02T08:00:00Z");
  private static final ProfessionalId AN = ProfessionalId.of("an"); // coordinator
  private static final ProfessionalId BART = ProfessionalId.of("bart");
  private static final ProfessionalId LIEN = ProfessionalId.of("lien");
  private static final DossierId OLD = DossierId.of("d-old");
  private static final DossierId OPEN = DossierId.of("d-open");
  private static final Period FIVE_YEARS = Period.ofYears(5);
  private static final KeyPair KEYS = LogSigner.generateKeyPair();

  private final TestClock clock = new TestClock(START);
  private final InMemoryStore store = new InMemoryStore();
  private final InMemoryLogAnchor anchor = new InMemoryLogAnchor();

  private ChainApproach chain(InMemoryStore s, LogAnchor a, int every) {
    return ChainApproach.builder()
        .table(Tables.table())
        .clock(clock)
        .store(s)
        .anchor(a, LogSigner.of(KEYS))
        .checkpointEvery(every)
        .build();
  }

  private static void ok(Decision d) {
    assertThat(d).as("%s", d).isInstanceOf(Decision.Accepted.class);
  }

  /** Two dossiers, one declined and one accepted, each viewed by bart. */
  private ChainApproach world(ChainApproach chain) {
    ok(chain.register(LIEN, Tables.register(OLD)));
    ok(chain.handle(AN, OLD, new Command.Decline("no criteria", "contact the CAW")));
    ok(chain.register(LIEN, Tables.register(OPEN)));
    ok(chain.handle(AN, OPEN, new Command.Accept()));
    for (DossierId d : List.of(OLD, OPEN)) {
      chain.view(BART, d, Purpose.PLAN);
    }
    return chain;
  }

  private static LogVerification afterRestart(InMemoryStore s, LogAnchor a) {
    return ChainApproach.builder()
        .table(Tables.table())
        .store(s)
        .build()
        .verifyLog(KEYS.getPublic(), a);
  }

  /**
   * The store as its administrator rewrites it: every event but those dropped appended again in
   * global order, so each stream's chain is consistent and its hashes recomputed; the disclosure
   * log copied as it is.
   */
  private static InMemoryStore rewritten(
      InMemoryStore from, BiPredicate<RecordedEvent, List<RecordedEvent>> drop) {
    List<RecordedEvent> all = from.readAll(0, Integer.MAX_VALUE);
    InMemoryStore to = new InMemoryStore();
    Map<StreamId, Long> versions = new HashMap<>();
    for (RecordedEvent r : all) {
      if (drop.test(r, all)) {
        continue;
      }
      long v = versions.getOrDefault(r.stream(), 0L);
      List<ChainEvent> one = List.of(r.event());
      versions.put(r.stream(), to.append(r.stream(), v, one));
    }
    for (DisclosureEntry e : from.readDisclosures(0, Integer.MAX_VALUE)) {
      to.appendDisclosure(e);
    }
    return to;
  }

  private static StreamId dossier(DossierId id) {
    return StreamId.dossier(Tables.table().region(), id);
  }

  private void checkpointed() {
    ChainApproach chain = world(chain(store, anchor, 1));
    LogCheckpoint c = chain.checkpointLog();
    assertThat(c.events()).isNotNull();
    assertThat(c.signedText()).contains("v=1:2;");
    assertThat(afterRestart(store, anchor).isIntact()).isTrue();
  }

  private static void brokenByHeads(LogVerification v) {
    assertThat(v).isInstanceOf(LogVerification.Broken.class);
    assertThat(((LogVerification.Broken) v).reason())
        .startsWith("the events' heads differ from the checkpoint of ");
  }

  @Test
  void aStreamCutAtItsEndIsFound() {
    checkpointed();
    StreamId cut = dossier(OLD);
    long last = store.version(cut);

    InMemoryStore tampered =
        rewritten(store, (r, all) -> r.stream().equals(cut) && r.version() == last);

    assertThat(tampered.read(cut)).hasSize((int) last - 1);
    brokenByHeads(afterRestart(tampered, anchor));
  }

  @Test
  void aRemovedStreamIsFound() {
    checkpointed();
    StreamId gone = dossier(OPEN);

    InMemoryStore tampered = rewritten(store, (r, all) -> r.stream().equals(gone));

    assertThat(tampered.read(gone)).isEmpty();
    brokenByHeads(afterRestart(tampered, anchor));
  }

  @Test
  void aConsistentlyRechainedStreamIsFound() {
    checkpointed();
    StreamId stream = dossier(OLD);

    // the first event dropped and every later one renumbered and chained again: the stream reads
    // as intact, and so does the disclosure log
    InMemoryStore tampered =
        rewritten(store, (r, all) -> r.stream().equals(stream) && r.version() == 1);

    assertThat(tampered.read(stream)).isNotEmpty();
    assertThat(ChainApproach.builder().table(Tables.table()).store(tampered).build().verifyLog())
        .isInstanceOf(LogVerification.Intact.class);
    brokenByHeads(afterRestart(tampered, anchor));
  }

  @Test
  void eventsAppendedAfterTheCheckpointKeepItIntact() {
    ChainApproach chain = world(chain(store, anchor, 1));
    chain.checkpointLog();
    long before = store.version(dossier(OPEN));

    ok(chain.handle(AN, OPEN, new Command.Withdraw("the family moved abroad")));
    ok(chain.register(LIEN, Tables.register(DossierId.of("d-new"))));

    assertThat(store.version(dossier(OPEN))).isGreaterThan(before);
    assertThat(afterRestart(store, anchor).isIntact()).isTrue();
  }

  @Test
  void aPurgeSignsTheHeadsAgainOnceItsStreamsAreGone() {
    ChainApproach chain = world(chain(store, anchor, 3));
    chain.checkpointLog();
    clock.advance(Period.ofYears(6));

    Purge.Done done = (Purge.Done) chain.purge(AN, FIVE_YEARS);

    assertThat(done.dossiers()).containsExactly(OLD);
    assertThat(store.read(dossier(OLD))).isEmpty();
    LogCheckpoint last = anchor.checkpoints().get(anchor.checkpoints().size() - 1);
    assertThat(last.events()).isNotNull();
    assertThat(last.length()).isGreaterThanOrEqualTo(done.entry());
    assertThat(afterRestart(store, anchor).isIntact()).isTrue();

    // and a stream removed after the purge is found against the heads signed after it
    InMemoryStore tampered = rewritten(store, (r, all) -> r.stream().equals(dossier(OPEN)));
    brokenByHeads(afterRestart(tampered, anchor));
  }

  @Test
  void checkpointsWithoutHeadsKeepVerifyingAsBefore() {
    ChainApproach chain = world(chain(store, anchor, 1));
    AccessDecision unused =
        chain.decide(BART, AccessAction.VIEW, OPEN, ItemId.of("i1"), Purpose.PLAN);

    assertThat(anchor.checkpoints()).isNotEmpty().allMatch(c -> c.events() == null);
    assertThat(anchor.checkpoints().get(0).signedText()).contains("v=1:1;");
    assertThat(afterRestart(store, anchor).isIntact()).isTrue();
    // without heads signed, a removed stream is the chain's business alone (documented)
    InMemoryStore tampered = rewritten(store, (r, all) -> r.stream().equals(dossier(OPEN)));
    assertThat(afterRestart(tampered, anchor).isIntact()).isTrue();
  }

  @Test
  void aFileAnchorKeepsTheHeadsAndTheirSignature(@TempDir Path dir) {
    FileLogAnchor file = new FileLogAnchor(dir.resolve("anchor.log"));
    ChainApproach chain = world(chain(store, file, 2));
    LogCheckpoint signed = chain.checkpointLog();

    assertThat(file.checkpoints()).contains(signed);
    assertThat(afterRestart(store, file).isIntact()).isTrue();
    brokenByHeads(
        afterRestart(rewritten(store, (r, all) -> r.stream().equals(dossier(OLD))), file));
  }
}
