package be.ifg.workflow;

import static be.ifg.workflow.BasicChain.who;
import static org.assertj.core.api.Assertions.assertThat;

import be.ifg.domain.DisclosureEntry;
import be.ifg.domain.DossierId;
import be.ifg.domain.ItemId;
import be.ifg.domain.Purpose;
import be.ifg.persistence.memory.InMemoryStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class DisclosureLogTests {
  private static final Instant AT = Instant.parse("2026-02-05T13:00:00Z");

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

  private static DisclosureLog filled(TamperableStore store, int n) {
    DisclosureLog log = new DisclosureLog(store);
    for (int i = 1; i <= n; i++) {
      log.append(disclosure(i));
    }
    return log;
  }

  @Test
  void chainsEveryEntryToThePreviousOne() {
    DisclosureLog log = new DisclosureLog(new InMemoryStore());
    DisclosureEntry first = log.append(disclosure(1));
    DisclosureEntry second = log.append(disclosure(2));
    assertThat(first.sequence()).isEqualTo(1);
    assertThat(first.previousHash()).isEqualTo(DisclosureEntry.GENESIS);
    assertThat(first.hash()).matches("sha256:[0-9a-f]{64}");
    assertThat(second.previousHash()).isEqualTo(first.hash());
    assertThat(second.sequence()).isEqualTo(2);
    assertThat(log.entries()).containsExactly(first, second);
    assertThat(log.size()).isEqualTo(2);
  }

  @Test
  void verifiesAnIntactLog() {
    TamperableStore store = new TamperableStore();
    DisclosureLog log = filled(store, 5);
    LogVerification v = log.verify();
    assertThat(v).isEqualTo(new LogVerification.Intact(5, store.get(4).hash()));
    assertThat(v.isIntact()).isTrue();
  }

  @Test
  void verifiesAnEmptyLog() {
    assertThat(new DisclosureLog(new InMemoryStore()).verify())
        .isEqualTo(new LogVerification.Intact(0, DisclosureEntry.GENESIS));
  }

  @Test
  void hashesEqualEntriesAlike() {
    DisclosureEntry a = new DisclosureLog(new InMemoryStore()).append(disclosure(1));
    DisclosureEntry b = new DisclosureLog(new InMemoryStore()).append(disclosure(1));
    assertThat(a.hash()).isEqualTo(b.hash());
  }

  @Test
  void detectsAChangedField() {
    TamperableStore store = new TamperableStore();
    DisclosureLog log = filled(store, 5);
    store.replace(
        2,
        TamperableStore.withOutcome(
            store.get(2), "PERMIT".equals(store.get(2).outcome()) ? "DENY" : "PERMIT"));
    LogVerification v = log.verify();
    assertThat(v).isInstanceOf(LogVerification.Broken.class);
    assertThat(((LogVerification.Broken) v).sequence()).isEqualTo(3);
    assertThat(((LogVerification.Broken) v).reason()).contains("changed");
  }

  @Test
  void detectsARemovedEntry() {
    TamperableStore store = new TamperableStore();
    DisclosureLog log = filled(store, 5);
    store.remove(1);
    LogVerification v = log.verify();
    assertThat(((LogVerification.Broken) v).sequence()).isEqualTo(2);
  }

  @Test
  void detectsARemovedEntryWhoseSuccessorsWereRenumbered() {
    TamperableStore store = new TamperableStore();
    DisclosureLog log = filled(store, 5);
    store.remove(1);
    for (int i = 1; i < store.size(); i++) {
      store.replace(i, TamperableStore.withSequence(store.get(i), i + 1L));
    }
    assertThat(((LogVerification.Broken) log.verify()).sequence()).isEqualTo(2);
  }

  @Test
  void detectsSwappedEntries() {
    TamperableStore store = new TamperableStore();
    DisclosureLog log = filled(store, 5);
    store.swap(1, 3);
    assertThat(((LogVerification.Broken) log.verify()).sequence()).isEqualTo(2);
  }

  @Test
  void detectsSwappedEntriesThatKeptTheirPlaceNumbers() {
    TamperableStore store = new TamperableStore();
    DisclosureLog log = filled(store, 5);
    DisclosureEntry second = store.get(1);
    DisclosureEntry fourth = store.get(3);
    store.replace(1, TamperableStore.withSequence(fourth, 2));
    store.replace(3, TamperableStore.withSequence(second, 4));
    assertThat(((LogVerification.Broken) log.verify()).sequence()).isEqualTo(2);
  }

  @Test
  void detectsEntriesCutFromTheEnd() {
    TamperableStore store = new TamperableStore();
    DisclosureLog log = filled(store, 5);
    store.remove(4);
    LogVerification v = log.verify();
    assertThat(((LogVerification.Broken) v).sequence()).isEqualTo(5);
    assertThat(((LogVerification.Broken) v).reason()).contains("removed from the end");
  }

  @Test
  void detectsALogRewrittenWithFreshHashes() {
    TamperableStore store = new TamperableStore();
    DisclosureLog log = filled(store, 3);
    TamperableStore forged = new TamperableStore();
    DisclosureLog forger = new DisclosureLog(forged);
    forger.append(disclosure(1));
    forger.append(disclosure(2));
    forger.append(
        new Disclosure(
            AT,
            who("emre"),
            "west-vlaanderen",
            null,
            null,
            "VIEW",
            Purpose.PLAN,
            "DENY",
            List.of(),
            List.of()));
    for (int i = 0; i < 3; i++) {
      store.replace(i, forged.get(i));
    }
    assertThat(DisclosureLog.verify(log.entries()).isIntact()).isTrue();
    assertThat(((LogVerification.Broken) log.verify()).reason()).contains("rewritten");
  }

  @Test
  void retriesWhenAnotherWriterTookTheSequence() throws Exception {
    InMemoryStore store = new InMemoryStore();
    DisclosureLog a = new DisclosureLog(store);
    DisclosureLog b = new DisclosureLog(store);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<DisclosureEntry>> futures = new ArrayList<>();
      for (int i = 1; i <= 200; i++) {
        DisclosureLog log = i % 2 == 0 ? a : b;
        Disclosure d = disclosure(i);
        futures.add(pool.submit(() -> log.append(d)));
      }
      for (Future<DisclosureEntry> f : futures) {
        f.get(30, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(a.size()).isEqualTo(200);
    assertThat(a.verify()).isInstanceOf(LogVerification.Intact.class);
    assertThat(b.verify()).isInstanceOf(LogVerification.Intact.class);
  }

  @Test
  void followsAnotherWriterWhoseEntriesCameAfterItsOwnHead() {
    // each log first tries after the head it wrote itself; the other's entries make that a
    // conflict, and the log reads the tail and chains after it, as before
    InMemoryStore store = new InMemoryStore();
    DisclosureLog a = new DisclosureLog(store);
    DisclosureLog b = new DisclosureLog(store);
    for (int i = 1; i <= 10; i++) {
      DisclosureEntry e = (i % 3 == 0 ? b : a).append(disclosure(i));
      assertThat(e.sequence()).isEqualTo(i);
    }
    assertThat(a.verify()).isInstanceOf(LogVerification.Intact.class);
    assertThat(b.verify()).isInstanceOf(LogVerification.Intact.class);
    assertThat(a.entries()).extracting(DisclosureEntry::sequence).doesNotHaveDuplicates();
  }

  @Test
  void readsALogLongerThanOnePage() {
    DisclosureLog log = filled(new TamperableStore(), 1100);
    assertThat(log.entries()).hasSize(1100);
    assertThat(log.verify())
        .isEqualTo(new LogVerification.Intact(1100, log.entries().get(1099).hash()));
  }
}
