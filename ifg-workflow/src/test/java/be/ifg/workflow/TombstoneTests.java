package be.ifg.workflow;

import static be.ifg.workflow.BasicChain.who;
import static org.assertj.core.api.Assertions.assertThat;

import be.ifg.domain.DisclosureEntry;
import be.ifg.domain.DossierId;
import be.ifg.domain.ItemId;
import be.ifg.domain.Purpose;
import be.ifg.persistence.memory.InMemoryLogAnchor;
import java.security.KeyPair;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tombstones in the disclosure log: what verification still checks of an entry whose content a
 * purge removed, and what it reports of a tombstone nobody ordered, for entries hashed with a
 * content digest (since 0.2) and entries written before.
 */
class TombstoneTests {
  private static final Instant AT = Instant.parse("2026-02-05T13:00:00Z");
  private static final KeyPair KEYS = LogSigner.generateKeyPair();

  private final TamperableStore store = new TamperableStore();

  private static Disclosure view(int n) {
    return new Disclosure(
        AT.plusSeconds(n),
        who("emre"),
        "west-vlaanderen",
        DossierId.of("d1"),
        ItemId.of("i" + n),
        "VIEW",
        Purpose.PLAN,
        "PERMIT",
        List.of("table-member"),
        List.of());
  }

  /** A purge entry listing the given sequences as tombstoned. */
  private static Disclosure purge(int n, long... sequences) {
    List<DisclosureEntry.ItemDecision> items = new ArrayList<>();
    String dossier = "dossier:" + Retention.dossierDigest("west-vlaanderen", DossierId.of("d1"));
    items.add(new DisclosureEntry.ItemDecision(ItemId.of(dossier), Retention.PURGED, List.of()));
    for (long s : sequences) {
      items.add(
          new DisclosureEntry.ItemDecision(
              ItemId.of("entry:" + s), Retention.TOMBSTONED, List.of(dossier)));
    }
    return new Disclosure(
        AT.plusSeconds(n),
        who("an"),
        "west-vlaanderen",
        null,
        null,
        Retention.PURGE,
        Purpose.PLAN,
        Disclosure.PERMIT,
        List.of(Retention.RULE),
        items);
  }

  /** An entry as version 0.1 wrote it: no content digest, its hash over every field. */
  private static DisclosureEntry oldScheme(long sequence, Disclosure d, String previous) {
    DisclosureEntry unhashed =
        new DisclosureEntry(
            sequence,
            d.at(),
            d.actor(),
            d.table(),
            d.dossier(),
            d.item(),
            d.action(),
            d.purpose(),
            d.outcome(),
            d.rules(),
            d.items(),
            previous,
            "sha256:unknown");
    return new DisclosureEntry(
        sequence,
        d.at(),
        d.actor(),
        d.table(),
        d.dossier(),
        d.item(),
        d.action(),
        d.purpose(),
        d.outcome(),
        d.rules(),
        d.items(),
        previous,
        ChainHash.of(unhashed));
  }

  private static LogVerification.Broken broken(LogVerification v) {
    assertThat(v).isInstanceOf(LogVerification.Broken.class);
    return (LogVerification.Broken) v;
  }

  /** Entries 1–3 views, 4 a purge of 1 and 2, 5 a view; 1 and 2 tombstoned. */
  private DisclosureLog purged() {
    DisclosureLog log = new DisclosureLog(store);
    for (int i = 1; i <= 3; i++) {
      log.append(view(i));
    }
    DisclosureEntry p = log.appendPurge(purge(4, 1, 2));
    log.append(view(5));
    log.tombstone(List.of(store.get(0).tombstone(p.sequence()), store.get(1).tombstone(4)));
    return log;
  }

  @Test
  void aLogWithTombstonesOfItsPurgeVerifies() {
    DisclosureLog log = purged();

    assertThat(store.get(0).isTombstone()).isTrue();
    assertThat(store.get(0).actor()).isNull();
    assertThat(log.verify()).isEqualTo(new LogVerification.Intact(5, store.get(4).hash()));
    assertThat(new DisclosureLog(store).verify().isIntact()).isTrue();
    assertThat(Retention.tombstones(log.entries())).isEqualTo(2);
  }

  @Test
  void reportsAnEntryReplacedByATombstoneWithoutAPurge() {
    DisclosureLog log = new DisclosureLog(store);
    for (int i = 1; i <= 4; i++) {
      log.append(view(i));
    }
    store.replace(1, store.get(1).tombstone(3)); // entry 3 is no purge

    LogVerification.Broken b = broken(new DisclosureLog(store).verify());
    assertThat(b.sequence()).isEqualTo(2);
    assertThat(b.reason()).contains("is not a purge").contains("an entry was hidden");

    store.replace(1, store.get(1).tombstone(3).tombstone(3));
    store.replace(
        1,
        DisclosureEntry.tombstone(
            2,
            store.get(1).at(),
            store.get(1).previousHash(),
            store.get(1).hash(),
            store.get(1).content(),
            99));
    assertThat(broken(new DisclosureLog(store).verify()).reason()).contains("does not exist");
  }

  @Test
  void reportsATombstoneItsPurgeDoesNotList() {
    purged();
    // entry 3 made a tombstone of purge 4, which lists only 1 and 2
    store.replace(2, store.get(2).tombstone(4));

    LogVerification.Broken b = broken(new DisclosureLog(store).verify());
    assertThat(b.sequence()).isEqualTo(3);
    assertThat(b.reason()).contains("does not list it");
  }

  @Test
  void reportsAnEditedTombstone() {
    purged();
    DisclosureEntry t = store.get(1);

    store.replace(
        1,
        DisclosureEntry.tombstone(
            2, t.at().plusSeconds(1), t.previousHash(), t.hash(), t.content(), 4));
    assertThat(broken(new DisclosureLog(store).verify()).reason())
        .contains("the tombstone was changed");

    store.replace(
        1,
        DisclosureEntry.tombstone(
            2, t.at(), t.previousHash(), t.hash(), "sha256:" + "0".repeat(64), 4));
    assertThat(broken(new DisclosureLog(store).verify()).sequence()).isEqualTo(2);

    // a tombstone that drops its digest, to pass as one of an old entry, no longer links
    store.replace(1, DisclosureEntry.tombstone(2, t.at(), t.previousHash(), t.hash(), null, 4));
    assertThat(new DisclosureLog(store).verify().isIntact()).isTrue();
    store.replace(
        1,
        DisclosureEntry.tombstone(
            2, t.at(), t.previousHash(), "sha256:" + "1".repeat(64), null, 4));
    assertThat(broken(new DisclosureLog(store).verify()).sequence()).isEqualTo(3);
  }

  @Test
  void reportsAChangedEntryWithItsContentDigestKept() {
    DisclosureLog log = new DisclosureLog(store);
    log.append(view(1));
    log.append(view(2));
    DisclosureEntry e = store.get(0);

    store.replace(0, TamperableStore.withOutcome(e, "DENY"));
    assertThat(broken(log.verify()).sequence()).isEqualTo(1);
    store.replace(
        0,
        new DisclosureEntry(
            1,
            e.at(),
            e.actor(),
            e.table(),
            e.dossier(),
            e.item(),
            e.action(),
            e.purpose(),
            "DENY",
            e.rules(),
            e.items(),
            e.previousHash(),
            e.hash(),
            e.content(),
            0));
    assertThat(broken(log.verify()).reason()).contains("content digest");
  }

  @Test
  void keepsAnOldSchemeLogVerifyingWithNewEntriesAfterIt() {
    DisclosureEntry first = oldScheme(1, view(1), DisclosureEntry.GENESIS);
    DisclosureEntry second = oldScheme(2, view(2), first.hash());
    store.appendDisclosure(first);
    store.appendDisclosure(second);
    DisclosureLog log = new DisclosureLog(store);
    DisclosureEntry third = log.append(view(3));

    assertThat(first.contentDigest()).isEmpty();
    assertThat(third.contentDigest()).isPresent();
    assertThat(log.verify().isIntact()).isTrue();

    store.replace(0, TamperableStore.withOutcome(first, "DENY"));
    assertThat(broken(new DisclosureLog(store).verify()).sequence()).isEqualTo(1);
  }

  @Test
  void tombstonesAnOldSchemeEntryByItsLinkAlone() {
    DisclosureEntry first = oldScheme(1, view(1), DisclosureEntry.GENESIS);
    DisclosureEntry second = oldScheme(2, view(2), first.hash());
    store.appendDisclosure(first);
    store.appendDisclosure(second);
    DisclosureLog log = new DisclosureLog(store);
    log.appendPurge(purge(3, 1));
    log.tombstone(List.of(first.tombstone(3)));

    assertThat(store.get(0).contentDigest()).isEmpty();
    assertThat(new DisclosureLog(store).verify().isIntact()).isTrue();

    // its hash cannot be recomputed, but the next entry's link holds it in place
    store.replace(
        0,
        DisclosureEntry.tombstone(
            1, first.at(), first.previousHash(), "sha256:" + "9".repeat(64), null, 3));
    assertThat(broken(new DisclosureLog(store).verify()).sequence()).isEqualTo(2);
  }

  @Test
  void reportsAPurgeEntryWithoutACheckpointOfItsOwn() {
    InMemoryLogAnchor anchor = new InMemoryLogAnchor();
    DisclosureLog log = new DisclosureLog(store, anchor, LogSigner.of(KEYS), new TestClock(AT), 1);
    log.append(view(1));
    log.append(view(2));
    log.append(view(3));
    assertThat(log.verify(KEYS.getPublic(), anchor).isIntact()).isTrue();

    // somebody with the store but not the key tombstones entry 2 and writes a purge listing it
    DisclosureLog forger = new DisclosureLog(store);
    DisclosureEntry forged = forger.append(purge(4, 2));
    store.replace(1, store.get(1).tombstone(forged.sequence()));

    assertThat(new DisclosureLog(store).verify().isIntact())
        .as("the chain alone cannot tell")
        .isTrue();
    LogVerification.Broken b = broken(new DisclosureLog(store).verify(KEYS.getPublic(), anchor));
    assertThat(b.sequence()).isEqualTo(4);
    assertThat(b.reason()).contains("purge without a signed checkpoint of its own");

    // the application's own purge is vouched for, even when checkpoints are rarer
    TamperableStore other = new TamperableStore();
    InMemoryLogAnchor otherAnchor = new InMemoryLogAnchor();
    DisclosureLog own =
        new DisclosureLog(other, otherAnchor, LogSigner.of(KEYS), new TestClock(AT), 10);
    own.append(view(1));
    own.checkpoint();
    own.append(view(2));
    own.appendPurge(purge(3, 2));
    own.tombstone(List.of(other.get(1).tombstone(3)));
    own.append(view(4));
    assertThat(new DisclosureLog(other).verify(KEYS.getPublic(), otherAnchor).isIntact()).isTrue();
  }
}
