package be.ifg.workflow;

import static be.ifg.workflow.Tables.AN;
import static be.ifg.workflow.Tables.LIEN;
import static be.ifg.workflow.Tables.START;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ifg.domain.CaseTable;
import be.ifg.domain.DisclosureEntry;
import be.ifg.domain.DossierEvent;
import be.ifg.domain.DossierId;
import be.ifg.domain.Language;
import be.ifg.domain.PartnerKind;
import be.ifg.domain.TableEvent;
import be.ifg.persistence.PersistenceException;
import be.ifg.persistence.RecordedEvent;
import be.ifg.persistence.Store;
import be.ifg.persistence.memory.InMemoryStore;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Subscriptions: global order, at-least-once delivery, resuming, the log. */
class SubscriptionTests {
  private final InMemoryStore memory = new InMemoryStore();
  private final CrashingStore store = new CrashingStore(memory);
  private final ChainApproach chain = chain(store, Tables.table());

  private static ChainApproach chain(Store store, CaseTable table) {
    return ChainApproach.builder().table(table).clock(Tables.clockAt(START)).store(store).build();
  }

  private void register(ChainApproach c, int dossiers) {
    for (int i = 1; i <= dossiers; i++) {
      assertThat(c.register(LIEN, Tables.register(DossierId.of("d" + i))))
          .isInstanceOf(Decision.Accepted.class);
    }
  }

  /** Every event of the table's streams, in global order. */
  private List<Long> tablePositions(String region) {
    List<Long> out = new ArrayList<>();
    for (RecordedEvent r : memory.readAll(0, 10_000)) {
      if (r.stream().region().filter(region::equals).isPresent()) {
        out.add(r.position());
      }
    }
    return out;
  }

  private static List<Long> positions(List<Notice> notices) {
    return notices.stream().map(Notice::position).toList();
  }

  @Test
  void aPollBySomebodyWithoutStandingIsBoundedAndGoesOnWhereItStopped() {
    register(chain, 4);
    List<Long> table = tablePositions("west-vlaanderen");
    long last = table.get(table.size() - 1);
    int before = chain.audit().size();
    Subscription outsider =
        chain.subscribe(be.ifg.domain.ProfessionalId.of("mallory"), "probe").examiningAtMost(3);

    int polls = 0;
    while (polls < 100 && !outsider.caughtUp()) {
      assertThat(outsider.poll(10, n -> {})).isZero();
      polls++;
    }
    assertThat(outsider.position()).isEqualTo(last);

    assertThat(polls).as("three events a poll").isEqualTo((table.size() + 2) / 3);
    List<DisclosureEntry> entries = chain.audit().subList(before, chain.audit().size());
    assertThat(entries)
        .as("one entry a poll, its refusing rules alone")
        .hasSize(polls)
        .allMatch(e -> e.items().isEmpty() && e.outcome().equals(Disclosure.DENY));
    assertThat(outsider.poll(10, n -> {})).isZero();
    assertThat(chain.audit()).hasSize(before + polls);
  }

  @Test
  void deliversTheTablesEventsInGlobalOrderAndThenOnlyTheNextOnes() {
    register(chain, 4);
    Subscription s = chain.subscribe(AN, "an.all");
    assertThat(s.position()).isZero();
    List<Notice> got = new ArrayList<>();

    assertThat(s.poll(3, got::add)).isEqualTo(3);
    assertThat(s.position()).isEqualTo(got.get(2).position());
    int rest = s.poll(1_000, got::add);

    assertThat(positions(got))
        .isSorted()
        .containsExactlyElementsOf(tablePositions("west-vlaanderen"));
    assertThat(rest).isEqualTo(got.size() - 3);
    assertThat(got.get(0).kind()).isEqualTo("TableConfigured");
    assertThat(got.get(0).dossierId()).isEmpty();
    assertThat(got).filteredOn(n -> n.kind().equals("Registered")).hasSize(4);
    assertThat(s.poll(100, got::add)).isZero();

    assertThat(chain.register(LIEN, Tables.register(DossierId.of("d5"))))
        .isInstanceOf(Decision.Accepted.class);
    List<Notice> next = new ArrayList<>();
    assertThat(s.poll(100, next::add)).isPositive();
    assertThat(next).allMatch(n -> n.dossierId().orElseThrow().value().equals("d5"));
    assertThat(next.get(0).position()).isGreaterThan(got.get(got.size() - 1).position());
  }

  @Test
  void keepsOtherTablesEventsOut() {
    ChainApproach other =
        chain(
            store,
            CaseTable.builder("oost-vlaanderen")
                .partner("caw", PartnerKind.CAW)
                .member("an", "caw")
                .professional("lien", "clb")
                .coordinator("an")
                .build());
    register(other, 2);
    register(chain, 2);
    List<Notice> here = new ArrayList<>();
    List<Notice> there = new ArrayList<>();

    chain.subscribe(AN, "an.west").poll(1_000, here::add);
    other.subscribe(AN, "an.oost").poll(1_000, there::add);

    assertThat(positions(here)).containsExactlyElementsOf(tablePositions("west-vlaanderen"));
    assertThat(positions(there)).containsExactlyElementsOf(tablePositions("oost-vlaanderen"));
  }

  @Test
  void oneNameAtTwoTablesOrForTwoSubscribersIsTwoSubscriptions() {
    ChainApproach other =
        chain(
            store,
            CaseTable.builder("oost-vlaanderen")
                .partner("caw", PartnerKind.CAW)
                .member("an", "caw")
                .professional("lien", "clb")
                .coordinator("an")
                .build());
    register(chain, 2);
    register(other, 2);
    Subscription west = chain.subscribe(AN, "mail");
    Subscription oost = other.subscribe(AN, "mail");
    Subscription bart = chain.subscribe(Tables.BART, "mail");

    west.poll(1_000, n -> {});

    assertThat(west.storedAs()).isEqualTo("west-vlaanderen:an:mail");
    assertThat(oost.storedAs()).isEqualTo("oost-vlaanderen:an:mail");
    assertThat(west.position()).isPositive();
    assertThat(oost.position()).isZero();
    assertThat(bart.position()).isZero();
    List<Notice> oostNotices = new ArrayList<>();
    oost.poll(1_000, oostNotices::add);
    assertThat(positions(oostNotices)).containsExactlyElementsOf(tablePositions("oost-vlaanderen"));
    assertThatThrownBy(() -> chain.subscribe(AN, "x".repeat(90)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("REGION:SUBSCRIBER:NAME");
  }

  @Test
  void aHandlerThatThrowsKeepsWhatItHandledAndGetsTheFailedNoticeAgain() {
    register(chain, 3);
    Subscription s = chain.subscribe(AN, "an.failing");
    List<Notice> handled = new ArrayList<>();

    assertThatThrownBy(
            () ->
                s.poll(
                    100,
                    n -> {
                      if (handled.size() == 2) {
                        throw new IllegalStateException("the mail server is down");
                      }
                      handled.add(n);
                    }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the mail server is down");

    assertThat(s.position()).isEqualTo(handled.get(1).position());
    List<Notice> again = new ArrayList<>();
    s.poll(100, again::add);
    handled.addAll(again);
    assertThat(positions(handled)).containsExactlyElementsOf(tablePositions("west-vlaanderen"));
  }

  @Test
  void aCrashBeforeTheSaveRedeliversToTheNextProcessWhichSkipsByPosition() {
    register(chain, 3);
    List<Long> acted = new ArrayList<>();
    long[] last = {0};
    java.util.function.Consumer<Notice> idempotent =
        n -> {
          if (n.position() <= last[0]) {
            return; // handled before the crash
          }
          acted.add(n.position());
          last[0] = n.position();
        };

    store.crashing = true;
    assertThatThrownBy(() -> chain.subscribe(AN, "an.mail").poll(4, idempotent))
        .isInstanceOf(PersistenceException.class);
    store.crashing = false;
    assertThat(acted).hasSize(4);
    assertThat(chain.subscribe(AN, "an.mail").position()).isZero();

    // the next process: a new chain approach over the same store
    ChainApproach restarted = chain(store, Tables.table());
    List<Notice> delivered = new ArrayList<>();
    restarted
        .subscribe(AN, "an.mail")
        .poll(
            1_000,
            n -> {
              delivered.add(n);
              idempotent.accept(n);
            });

    assertThat(positions(delivered).subList(0, 4))
        .as("delivered again")
        .containsExactlyElementsOf(acted.subList(0, 4));
    assertThat(acted)
        .as("acted on once each")
        .containsExactlyElementsOf(tablePositions("west-vlaanderen"));
    assertThat(restarted.subscribe(AN, "an.mail").position())
        .isEqualTo(acted.get(acted.size() - 1));
  }

  @Test
  void eachPollThatDecidesIsOneLogEntryAndAnIdlePollWritesNone() {
    register(chain, 2);
    Subscription s = chain.subscribe(AN, "an.log");
    int before = chain.audit().size();
    int delivered = s.poll(100, n -> {});
    s.poll(100, n -> {});

    List<DisclosureEntry> entries = chain.audit().subList(before, chain.audit().size());
    assertThat(entries).hasSize(1);
    DisclosureEntry e = entries.get(0);
    assertThat(e.action()).isEqualTo(Disclosure.SUBSCRIPTION);
    assertThat(e.outcome()).isEqualTo(Disclosure.PERMIT);
    assertThat(e.actor()).isEqualTo(AN);
    assertThat(e.items()).hasSize(delivered);
    assertThat(e.items().get(0).item().value()).startsWith("event:");
    assertThat(chain.verifyLog().isIntact()).isTrue();
  }

  @Test
  void refusesABadNameOrMax() {
    assertThatThrownBy(() -> chain.subscribe(AN, "an mail"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("subscription name");
    Subscription s = chain.subscribe(AN, "an.mail");
    assertThatThrownBy(() -> s.poll(0, n -> {}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("max");
  }

  @Test
  void aNoticeReadsInEveryLanguage() {
    register(chain, 1);
    List<Notice> got = new ArrayList<>();
    chain.subscribe(AN, "an.words").poll(100, got::add);
    Notice registered =
        got.stream().filter(n -> n.kind().equals("Registered")).findFirst().orElseThrow();

    assertThat(registered.text().text(Language.EN))
        .isEqualTo("dossier d1: the family was registered");
    assertThat(registered.text().text(Language.NL))
        .isEqualTo("in dossier d1: het gezin werd aangemeld");
    assertThat(registered.text().text(Language.FR))
        .isEqualTo("dossier d1 : la famille a été signalée");
    assertThat(got.get(0).text().text(Language.EN))
        .isEqualTo("the table: the table was configured");
    assertThat(new Notice(9, null, "SomethingNew", START).text().text(Language.EN))
        .isEqualTo("the table: another step was recorded");
  }

  @Test
  void everyEventKindHasWordsInEveryLanguage() {
    List<Class<?>> kinds = new ArrayList<>();
    kinds.addAll(List.of(DossierEvent.class.getPermittedSubclasses()));
    kinds.addAll(List.of(TableEvent.class.getPermittedSubclasses()));
    for (Class<?> kind : kinds) {
      String key = "notice.kind." + kind.getSimpleName();
      assertThat(Words.BOOK.has(key)).as(key).isTrue();
      for (Language language : List.of(Language.NL, Language.FR)) {
        assertThat(Words.BOOK.text(language, key))
            .as(key)
            .isNotEqualTo(Words.BOOK.text(Language.EN, key));
      }
    }
  }
}
