package be.ifg.persistence.tck;

import static org.apiguardian.api.API.Status.MAINTAINED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ifg.domain.ChainEvent;
import be.ifg.domain.DisclosureEntry;
import be.ifg.domain.DossierEvent;
import be.ifg.domain.DossierId;
import be.ifg.domain.ProfessionalId;
import be.ifg.domain.TableEvent;
import be.ifg.persistence.RecordedEvent;
import be.ifg.persistence.RegionEvents;
import be.ifg.persistence.Store;
import be.ifg.persistence.StreamHead;
import be.ifg.persistence.StreamId;
import be.ifg.persistence.VersionConflict;
import be.ifg.persistence.json.EventChain;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The conformance kit of the persistence SPI: every adapter's tests extend this class and pass.
 *
 * <pre>{@code
 * class H2StoreConformanceTests extends StoreConformance {
 *   @TempDir Path directory;
 *
 *   private String url() {
 *     return "jdbc:h2:file:" + directory.resolve("store").toAbsolutePath();
 *   }
 *
 *   @Override
 *   protected Store newStore() {
 *     return JdbcStore.open(url());
 *   }
 *
 *   @Override
 *   protected Store reopen(Store store) {
 *     store.close();
 *     return JdbcStore.open(url());   // the same database: everything acknowledged is there
 *   }
 * }
 * }</pre>
 *
 * <p>It covers round trips of every event type ({@link SampleEvents}), optimistic concurrency (a
 * stale append refused with nothing written; {@link #writers()} threads × {@link
 * #appendsPerWriter()} appends with retries end with exactly that many events, no gaps, no
 * duplicates), the global order across streams and paging through it from a position, the names of
 * streams (a dossier of a table, {@code dossier:REGION/ID}, and one without, {@code dossier:ID}:
 * the same dossier id at two tables is two streams; the longest names the library makes; {@link
 * Store#streams()} in the order of {@link StreamId#compareTo}, whatever the database's collation),
 * purge, the disclosure log with every kind of entry, subscriptions' positions (0 until saved, only
 * forward, independent names, concurrent saves keep the highest, kept after reopening), and
 * reopening a store (everything acknowledged is still there).
 *
 * <p>Each test gets a fresh, empty store from {@link #newStore()} and closes it afterwards.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
@API(status = MAINTAINED, since = "0.1")
public abstract class StoreConformance {
  private @Nullable Store store;

  /** For subclasses. */
  protected StoreConformance() {}

  /**
   * A new, empty store. Called once before each test.
   *
   * @return the store the test runs on; the kit closes it after the test
   */
  protected abstract Store newStore();

  /**
   * The same store as a new process would see it: close this one and open its data again. A
   * non-durable store returns itself (the default).
   *
   * @param store the store to reopen; after this call the kit uses only the returned one
   * @return a store on the same data
   */
  protected Store reopen(Store store) {
    return store;
  }

  /** How many threads the concurrency tests run: 4 unless overridden. */
  protected int writers() {
    return 4;
  }

  /** How many appends each thread of the concurrency tests makes: 25 unless overridden. */
  protected int appendsPerWriter() {
    return 25;
  }

  @BeforeEach
  final void openStore() {
    store = newStore();
  }

  @AfterEach
  final void closeStore() {
    if (store != null) {
      store.close();
      store = null;
    }
  }

  /** The store of the running test. */
  protected final Store store() {
    if (store == null) {
      throw new IllegalStateException("no store: the test is not running");
    }
    return store;
  }

  private Store reopened() {
    store = reopen(store());
    return store;
  }

  private static StreamId dossier(String id) {
    return StreamId.dossier(DossierId.of(id));
  }

  private static List<ChainEvent> events(List<RecordedEvent> recorded) {
    List<ChainEvent> out = new ArrayList<>();
    recorded.forEach(r -> out.add(r.event()));
    return out;
  }

  private List<RecordedEvent> readAll() {
    List<RecordedEvent> out = new ArrayList<>();
    long after = 0;
    while (true) {
      List<RecordedEvent> page = store().readAll(after, 7);
      if (page.isEmpty()) {
        return out;
      }
      out.addAll(page);
      after = page.get(page.size() - 1).position();
    }
  }

  private List<DisclosureEntry> readDisclosures() {
    List<DisclosureEntry> out = new ArrayList<>();
    long after = 0;
    while (true) {
      List<DisclosureEntry> page = store().readDisclosures(after, 4);
      if (page.isEmpty()) {
        return out;
      }
      out.addAll(page);
      after = page.get(page.size() - 1).sequence();
    }
  }

  // ---- an empty store ----

  @Test
  void startsEmpty() {
    StreamId s = dossier("d1");
    assertThat(store().version(s)).isZero();
    assertThat(store().read(s)).isEmpty();
    assertThat(store().streams()).isEmpty();
    assertThat(store().readAll(0, 10)).isEmpty();
    assertThat(store().readDisclosures(0, 10)).isEmpty();
    assertThat(store().lastDisclosure()).isEmpty();
  }

  // ---- round trips ----

  @Test
  void roundTripsEveryDossierEventType() {
    List<DossierEvent> history = SampleEvents.dossierHistory(SampleEvents.DOSSIER);
    StreamId s = StreamId.dossier(SampleEvents.REGION, SampleEvents.DOSSIER);

    long version = store().append(s, 0, history);

    assertThat(version).isEqualTo(history.size());
    List<RecordedEvent> read = store().read(s);
    assertThat(events(read)).containsExactlyElementsOf(history);
    for (int i = 0; i < read.size(); i++) {
      assertThat(read.get(i).stream()).isEqualTo(s);
      assertThat(read.get(i).version()).isEqualTo(i + 1L);
    }
  }

  @Test
  void roundTripsEveryTableEventType() {
    List<TableEvent> events = SampleEvents.tableEvents(SampleEvents.REGION);
    StreamId s = StreamId.table(SampleEvents.REGION);

    store().append(s, 0, events);

    assertThat(events(store().read(s))).containsExactlyElementsOf(events);
  }

  @Test
  void roundTripsEveryEventTypeOneAppendEach() {
    StreamId d = StreamId.dossier(SampleEvents.REGION, SampleEvents.DOSSIER);
    StreamId t = StreamId.table(SampleEvents.REGION);
    for (ChainEvent e : SampleEvents.oneOfEach()) {
      StreamId s = e instanceof DossierEvent ? d : t;
      store().append(s, store().version(s), List.of(e));
    }

    assertThat(events(readAll())).containsExactlyElementsOf(SampleEvents.oneOfEach());
  }

  // ---- the names of streams ----

  @Test
  void keepsTheSameDossierIdAtTwoTablesApart() {
    DossierId d = DossierId.of("d1");
    StreamId west = StreamId.dossier("west-vlaanderen", d);
    StreamId oost = StreamId.dossier("oost-vlaanderen", d);
    StreamId none = StreamId.dossier(d);
    List<DossierEvent> westHistory = SampleEvents.dossierHistory("west-vlaanderen", d);
    List<DossierEvent> oostHistory =
        SampleEvents.dossierHistory("oost-vlaanderen", d).subList(0, 3);

    store().append(west, 0, westHistory);
    store().append(oost, 0, oostHistory);
    store().append(none, 0, List.of(SampleEvents.note(d, "a stream without a table")));

    assertThat(store().version(west)).isEqualTo(westHistory.size());
    assertThat(store().version(oost)).isEqualTo(3);
    assertThat(store().version(none)).isOne();
    assertThat(events(store().read(west))).containsExactlyElementsOf(westHistory);
    assertThat(events(store().read(oost))).containsExactlyElementsOf(oostHistory);
    assertThat(store().read(oost)).allMatch(r -> r.stream().equals(oost));
    assertThat(store().streams()).containsExactly(none, oost, west);
    assertThatThrownBy(() -> store().append(oost, 0, List.of(SampleEvents.note(d, "stale"))))
        .isInstanceOf(VersionConflict.class);
    assertThat(store().append(oost, 3, List.of(SampleEvents.note(d, "next")))).isEqualTo(4);
    assertThat(readAll())
        .extracting(RecordedEvent::stream)
        .containsOnly(west, oost, none)
        .filteredOn(oost::equals)
        .hasSize(4);

    assertThat(store().purge(west)).isTrue();

    assertThat(store().streams()).containsExactly(none, oost);
    assertThat(store().version(oost)).isEqualTo(4);
    assertThat(store().read(none)).hasSize(1);
  }

  @Test
  void keepsTheLongestStreamNamesTheLibraryMakes() {
    String region = "r" + "-".repeat(98) + "1";
    DossierId d = DossierId.of("d" + ".".repeat(98) + "9");
    StreamId dossier = StreamId.dossier(region, d);
    StreamId table = StreamId.table(region);
    assertThat(dossier.value()).hasSize(209);
    List<DossierEvent> history = SampleEvents.dossierHistory(region, d);
    List<TableEvent> tableEvents = SampleEvents.tableEvents(region);

    store().append(dossier, 0, history);
    store().append(table, 0, tableEvents);

    assertThat(events(store().read(dossier))).containsExactlyElementsOf(history);
    assertThat(events(store().read(table))).containsExactlyElementsOf(tableEvents);
    assertThat(store().version(dossier)).isEqualTo(history.size());
    assertThat(store().streams()).containsExactly(dossier, table);
    assertThat(readAll()).hasSize(history.size() + tableEvents.size());
    assertThat(reopened().read(dossier)).hasSize(history.size());
    assertThat(store().purge(dossier)).isTrue();
    assertThat(store().streams()).containsExactly(table);
  }

  @Test
  void listsStreamsInTheOrderOfTheirNames() {
    List<StreamId> names = new ArrayList<>();
    for (String region : List.of("a0", "a", "a.b", "a-b", "a_b", "A", "a:b")) {
      names.add(StreamId.dossier(region, DossierId.of("x")));
    }
    names.add(StreamId.dossier(DossierId.of("a")));
    names.add(StreamId.dossier(DossierId.of("a-b")));
    names.add(StreamId.table("a"));
    names.add(StreamId.table("B"));
    for (StreamId s : names) {
      Optional<DossierId> id = s.dossierId();
      List<ChainEvent> events =
          id.isPresent()
              ? List.of(SampleEvents.note(id.get(), s.value()))
              : List.of(
                  new TableEvent.PledgeSigned(
                      s.region().orElseThrow(),
                      ProfessionalId.of("an"),
                      Instant.parse("2026-02-02T08:00:00Z")));
      store().append(s, 0, events);
    }

    List<StreamId> sorted = new ArrayList<>(names);
    Collections.sort(sorted);
    assertThat(store().streams())
        .as("the order of StreamId.compareTo, not of a database collation")
        .containsExactlyElementsOf(sorted);
    assertThat(reopened().streams()).containsExactlyElementsOf(sorted);
  }

  // ---- appends and optimistic concurrency ----

  @Test
  void appendsReturnTheNewVersion() {
    StreamId s = dossier("d1");

    assertThat(store().append(s, 0, List.of(SampleEvents.note(DossierId.of("d1"), "a")))).isOne();
    assertThat(
            store()
                .append(
                    s,
                    1,
                    List.of(
                        SampleEvents.note(DossierId.of("d1"), "b"),
                        SampleEvents.note(DossierId.of("d1"), "c"))))
        .isEqualTo(3);
    assertThat(store().version(s)).isEqualTo(3);
  }

  @Test
  void refusesAStaleAppendAndWritesNothing() {
    DossierId d = DossierId.of("d1");
    StreamId s = StreamId.dossier(d);
    store().append(s, 0, List.of(SampleEvents.note(d, "a"), SampleEvents.note(d, "b")));

    assertThatThrownBy(() -> store().append(s, 1, List.of(SampleEvents.note(d, "stale"))))
        .isInstanceOfSatisfying(
            VersionConflict.class,
            c -> {
              assertThat(c.stream()).isEqualTo(s);
              assertThat(c.expected()).isOne();
              assertThat(c.actual()).isEqualTo(2);
            });
    assertThatThrownBy(() -> store().append(s, 0, List.of(SampleEvents.note(d, "stale"))))
        .isInstanceOf(VersionConflict.class);
    assertThatThrownBy(() -> store().append(s, 3, List.of(SampleEvents.note(d, "ahead"))))
        .isInstanceOf(VersionConflict.class);

    assertThat(store().version(s)).isEqualTo(2);
    assertThat(events(store().read(s)))
        .containsExactly(SampleEvents.note(d, "a"), SampleEvents.note(d, "b"));
    assertThat(readAll()).hasSize(2);
  }

  @Test
  void refusesAnAppendToAMissingStreamAtAVersionAboveZero() {
    DossierId d = DossierId.of("d1");
    StreamId s = StreamId.dossier(d);

    assertThatThrownBy(() -> store().append(s, 4, List.of(SampleEvents.note(d, "x"))))
        .isInstanceOf(VersionConflict.class);

    assertThat(store().version(s)).isZero();
    assertThat(store().streams()).isEmpty();
  }

  @Test
  void refusesAnEmptyAppendOrANegativeVersion() {
    DossierId d = DossierId.of("d1");
    StreamId s = StreamId.dossier(d);

    assertThatThrownBy(() -> store().append(s, 0, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store().append(s, -1, List.of(SampleEvents.note(d, "x"))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(store().version(s)).isZero();
  }

  @Test
  void concurrentWritersWithRetriesLoseAndDuplicateNothing() throws Exception {
    DossierId d = DossierId.of("contended");
    StreamId s = StreamId.dossier(d);
    int writers = writers();
    int appends = appendsPerWriter();

    runConcurrently(
        writers,
        w -> {
          for (int i = 0; i < appends; i++) {
            DossierEvent e = SampleEvents.note(d, "w" + w + "-" + i);
            appendWithRetries(s, e);
          }
          return null;
        });

    List<RecordedEvent> read = store().read(s);
    assertThat(read).hasSize(writers * appends);
    Set<String> summaries = new HashSet<>();
    for (int i = 0; i < read.size(); i++) {
      assertThat(read.get(i).version()).as("versions without gaps").isEqualTo(i + 1L);
      summaries.add(((DossierEvent.ProgressReported) read.get(i).event()).summary());
    }
    assertThat(summaries).as("no duplicates").hasSize(writers * appends);
    for (int w = 0; w < writers; w++) {
      List<String> own = new ArrayList<>();
      for (RecordedEvent r : read) {
        String summary = ((DossierEvent.ProgressReported) r.event()).summary();
        if (summary.startsWith("w" + w + "-")) {
          own.add(summary);
        }
      }
      List<String> expected = new ArrayList<>();
      for (int i = 0; i < appends; i++) {
        expected.add("w" + w + "-" + i);
      }
      assertThat(own).as("each writer's appends in its own order").isEqualTo(expected);
    }
    assertThat(store().version(s)).isEqualTo((long) writers * appends);
  }

  @Test
  void concurrentWritersOnSeparateStreamsShareOneGlobalOrder() throws Exception {
    int writers = writers();
    int appends = appendsPerWriter();

    runConcurrently(
        writers,
        w -> {
          DossierId d = DossierId.of("d" + w);
          for (int i = 0; i < appends; i++) {
            store()
                .append(
                    StreamId.dossier(d),
                    2L * i,
                    List.of(SampleEvents.note(d, i + "a"), SampleEvents.note(d, i + "b")));
          }
          return null;
        });

    List<RecordedEvent> all = readAll();
    assertThat(all).hasSize(writers * appends * 2);
    Set<Long> positions = new HashSet<>();
    long last = 0;
    for (RecordedEvent r : all) {
      assertThat(r.position()).as("positions strictly increase").isGreaterThan(last);
      last = r.position();
      positions.add(r.position());
    }
    assertThat(positions).hasSize(all.size());
    for (int w = 0; w < writers; w++) {
      StreamId s = dossier("d" + w);
      List<Long> versions = new ArrayList<>();
      all.stream().filter(r -> r.stream().equals(s)).forEach(r -> versions.add(r.version()));
      List<Long> expected = new ArrayList<>();
      for (long v = 1; v <= appends * 2L; v++) {
        expected.add(v);
      }
      assertThat(versions)
          .as("a stream's events in version order in the global order")
          .isEqualTo(expected);
    }
  }

  private void appendWithRetries(StreamId s, DossierEvent e) {
    for (int attempt = 0; attempt < 10_000; attempt++) {
      long version = store().version(s);
      try {
        store().append(s, version, List.of(e));
        return;
      } catch (VersionConflict conflict) {
        Thread.onSpinWait();
      }
    }
    throw new AssertionError("gave up appending " + e + " after 10000 conflicts");
  }

  /** A task of one writer in a concurrency test. */
  @FunctionalInterface
  private interface Writer {
    @Nullable Void run(int writer) throws Exception;
  }

  private static void runConcurrently(int writers, Writer task) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<@Nullable Void>> futures = new ArrayList<>();
      for (int w = 0; w < writers; w++) {
        int writer = w;
        Callable<@Nullable Void> c =
            () -> {
              start.await();
              return task.run(writer);
            };
        futures.add(pool.submit(c));
      }
      start.countDown();
      for (Future<@Nullable Void> f : futures) {
        f.get(100, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  // ---- global order ----

  @Test
  void readsAllStreamsInTheOrderOfTheirAppends() {
    List<ChainEvent> appended = new ArrayList<>();
    for (int round = 0; round < 3; round++) {
      for (String id : List.of("b", "a", "c")) {
        DossierId d = DossierId.of(id);
        DossierEvent e = SampleEvents.note(d, id + round);
        store().append(StreamId.dossier(d), round, List.of(e));
        appended.add(e);
      }
    }

    List<RecordedEvent> all = store().readAll(0, 100);

    assertThat(events(all)).containsExactlyElementsOf(appended);
    for (int i = 1; i < all.size(); i++) {
      assertThat(all.get(i).position()).isGreaterThan(all.get(i - 1).position());
    }
    assertThat(store().streams()).containsExactly(dossier("a"), dossier("b"), dossier("c"));
  }

  @Test
  void pagesThroughTheGlobalOrderFromAPosition() {
    DossierId d = DossierId.of("d1");
    for (int i = 0; i < 10; i++) {
      store().append(StreamId.dossier(d), i, List.of(SampleEvents.note(d, "n" + i)));
    }
    List<RecordedEvent> all = store().readAll(0, 100);
    assertThat(all).hasSize(10);

    List<RecordedEvent> first = store().readAll(0, 3);
    List<RecordedEvent> next = store().readAll(first.get(2).position(), 3);
    List<RecordedEvent> fromMiddle = store().readAll(all.get(6).position(), 100);

    assertThat(first).containsExactlyElementsOf(all.subList(0, 3));
    assertThat(next).containsExactlyElementsOf(all.subList(3, 6));
    assertThat(fromMiddle).containsExactlyElementsOf(all.subList(7, 10));
    assertThat(store().readAll(all.get(9).position(), 5)).isEmpty();
    assertThat(readAll()).containsExactlyElementsOf(all);
    assertThatThrownBy(() -> store().readAll(0, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  // ---- one region's events (readRegion) ----

  private static final List<String> REGIONS = List.of("a", "a_b", "aXb", "a-b", "a.b", "a:b", "A");

  /** Dossier and table streams of several regions whose names a careless prefix would mix up. */
  private void appendSeveralRegions() {
    for (int round = 0; round < 3; round++) {
      for (String region : REGIONS) {
        DossierId d = DossierId.of("d" + round);
        StreamId s = StreamId.dossier(region, d);
        List<DossierEvent> history = SampleEvents.dossierHistory(region, d);
        store().append(s, 0, history.subList(0, 2));
        if (round == 1) {
          store().append(StreamId.table(region), 0, SampleEvents.tableEvents(region));
        }
        store().append(s, 2, history.subList(2, history.size()));
      }
      store()
          .append(
              dossier("d" + round), 0, List.of(SampleEvents.note(DossierId.of("d" + round), "x")));
    }
  }

  /** What readRegion must return: readAll's events of the region's streams. */
  private List<RecordedEvent> filtered(String region) {
    return readAll().stream()
        .filter(r -> r.stream().region().filter(region::equals).isPresent())
        .toList();
  }

  /** Pages through a region with readRegion; checks each page's position on the way. */
  private List<RecordedEvent> readRegion(String region, int limit) {
    List<RecordedEvent> all = readAll();
    long end = all.isEmpty() ? 0 : all.get(all.size() - 1).position();
    List<RecordedEvent> out = new ArrayList<>();
    long after = 0;
    while (true) {
      RegionEvents page = store().readRegion(after, limit, region);
      assertThat(page.events()).hasSizeLessThanOrEqualTo(limit);
      assertThat(page.position()).isGreaterThanOrEqualTo(after);
      out.addAll(page.events());
      if (page.events().size() < limit) {
        // a short read looked at the store up to its end
        assertThat(page.position()).as("the position of a short read").isEqualTo(end);
        assertThat(store().readRegion(page.position(), limit, region).events()).isEmpty();
        return out;
      }
      assertThat(page.position()).isEqualTo(page.events().get(limit - 1).position());
      after = page.position();
    }
  }

  @Test
  void readsOneRegionAsReadAllFilteredByStream() {
    appendSeveralRegions();
    for (String region : REGIONS) {
      List<RecordedEvent> expected = filtered(region);
      assertThat(expected).isNotEmpty();
      for (int limit : List.of(1, 3, 7, 1_000)) {
        assertThat(readRegion(region, limit)).as("%s by %s", region, limit).isEqualTo(expected);
      }
    }
    assertThat(readRegion("nowhere", 5)).isEmpty();
    assertThat(readRegion("a_", 5)).isEmpty();
  }

  @Test
  void readsOneRegionFromAPositionAndAfterAPurge() {
    appendSeveralRegions();
    List<RecordedEvent> before = filtered("a_b");
    long middle = before.get(before.size() / 2).position();
    assertThat(store().readRegion(middle, 1_000, "a_b").events())
        .isEqualTo(before.stream().filter(r -> r.position() > middle).toList());

    assertThat(store().purge(StreamId.dossier("a_b", DossierId.of("d1")))).isTrue();
    assertThat(store().purge(StreamId.dossier("a", DossierId.of("d2")))).isTrue();
    DossierId d1 = DossierId.of("d1");
    store().append(StreamId.dossier("a_b", d1), 0, SampleEvents.dossierHistory("a_b", d1));

    for (String region : REGIONS) {
      assertThat(readRegion(region, 4)).as(region).isEqualTo(filtered(region));
    }
    assertThat(filtered("a_b")).isNotEqualTo(before);
  }

  @Test
  void readsAnEmptyRegionAndRefusesABadLimit() {
    RegionEvents none = store().readRegion(0, 10, "a");
    assertThat(none.events()).isEmpty();
    assertThat(none.position()).isZero();
    assertThatThrownBy(() -> store().readRegion(0, 0, "a"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store().readRegion(-1, 1, "a"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store().readRegion(0, 1, "not a region"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  // ---- purge ----

  @Test
  void purgesAStreamAndNothingElse() {
    DossierId gone = DossierId.of("gone");
    DossierId kept = DossierId.of("kept");
    store().append(StreamId.dossier(gone), 0, SampleEvents.dossierHistory(gone));
    store().append(StreamId.dossier(kept), 0, SampleEvents.dossierHistory(kept));

    assertThat(store().purge(StreamId.dossier(gone))).isTrue();

    assertThat(store().read(StreamId.dossier(gone))).isEmpty();
    assertThat(store().version(StreamId.dossier(gone))).isZero();
    assertThat(store().streams()).containsExactly(StreamId.dossier(kept));
    assertThat(readAll()).allMatch(r -> r.stream().equals(StreamId.dossier(kept)));
    assertThat(events(store().read(StreamId.dossier(kept))))
        .containsExactlyElementsOf(SampleEvents.dossierHistory(kept));
    assertThat(store().purge(StreamId.dossier(gone))).isFalse();
    assertThat(store().purge(dossier("never"))).isFalse();
  }

  @Test
  void keepsAPurgeAfterReopening() {
    DossierId gone = DossierId.of("gone");
    store().append(StreamId.dossier(gone), 0, SampleEvents.dossierHistory(gone));
    assertThat(store().purge(StreamId.dossier(gone))).isTrue();

    reopened();

    assertThat(store().read(StreamId.dossier(gone))).isEmpty();
    assertThat(store().streams()).isEmpty();
    assertThat(store().readAll(0, 100)).isEmpty();
  }

  // ---- the disclosure log ----

  @Test
  void keepsTheDisclosureLogInSequence() {
    List<DisclosureEntry> log = SampleEvents.disclosures(9);
    log.forEach(store()::appendDisclosure);

    assertThat(readDisclosures()).containsExactlyElementsOf(log);
    assertThat(store().readDisclosures(2, 3)).containsExactlyElementsOf(log.subList(2, 5));
    assertThat(store().readDisclosures(9, 3)).isEmpty();
    assertThat(store().lastDisclosure()).contains(log.get(8));
    assertThatThrownBy(() -> store().readDisclosures(0, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesADuplicateOrSkippedDisclosureSequence() {
    List<DisclosureEntry> log = SampleEvents.disclosures(3);
    store().appendDisclosure(log.get(0));
    store().appendDisclosure(log.get(1));

    assertThatThrownBy(() -> store().appendDisclosure(log.get(1)))
        .isInstanceOf(VersionConflict.class);
    assertThatThrownBy(() -> store().appendDisclosure(log.get(0)))
        .isInstanceOf(VersionConflict.class);
    DisclosureEntry skipping = SampleEvents.disclosure(4, log.get(2).hash());
    assertThatThrownBy(() -> store().appendDisclosure(skipping))
        .isInstanceOf(VersionConflict.class);

    assertThat(readDisclosures()).containsExactlyElementsOf(log.subList(0, 2));
  }

  @Test
  void concurrentDisclosureWritersKeepOneUnbrokenSequence() throws Exception {
    int writers = writers();
    int appends = appendsPerWriter();

    runConcurrently(
        writers,
        w -> {
          for (int i = 0; i < appends; i++) {
            appendDisclosureWithRetries();
          }
          return null;
        });

    List<DisclosureEntry> log = readDisclosures();
    assertThat(log).hasSize(writers * appends);
    String previous = DisclosureEntry.GENESIS;
    for (int i = 0; i < log.size(); i++) {
      assertThat(log.get(i).sequence()).isEqualTo(i + 1L);
      assertThat(log.get(i).previousHash()).isEqualTo(previous);
      previous = log.get(i).hash();
    }
  }

  private void appendDisclosureWithRetries() {
    for (int attempt = 0; attempt < 10_000; attempt++) {
      Optional<DisclosureEntry> last = store().lastDisclosure();
      long next = last.map(DisclosureEntry::sequence).orElse(0L) + 1;
      String previous = last.map(DisclosureEntry::hash).orElse(DisclosureEntry.GENESIS);
      try {
        store().appendDisclosure(SampleEvents.disclosure(next, previous));
        return;
      } catch (VersionConflict conflict) {
        Thread.onSpinWait();
      }
    }
    throw new AssertionError("gave up appending a disclosure after 10000 conflicts");
  }

  // ---- retention: tombstones in the disclosure log ----

  /** A sample log whose entries carry content digests, as entries written since 0.2 do. */
  private static List<DisclosureEntry> digestedDisclosures(int count) {
    List<DisclosureEntry> out = new ArrayList<>();
    for (DisclosureEntry e : SampleEvents.disclosures(count)) {
      out.add(
          new DisclosureEntry(
              e.sequence(),
              e.at(),
              e.actor(),
              e.table(),
              e.dossier(),
              e.item(),
              e.action(),
              e.purpose(),
              e.outcome(),
              e.rules(),
              e.items(),
              e.previousHash(),
              e.hash(),
              String.format("sha256:%064x", e.sequence() * 104_729),
              0));
    }
    return out;
  }

  @Test
  void replacesEntriesByTheirTombstonesAndKeepsThem() {
    List<DisclosureEntry> log = digestedDisclosures(6);
    log.forEach(store()::appendDisclosure);
    DisclosureEntry first = log.get(0).tombstone(6);
    DisclosureEntry third = log.get(2).tombstone(6);

    store().tombstone(List.of(third, first));

    List<DisclosureEntry> expected = new ArrayList<>(log);
    expected.set(0, first);
    expected.set(2, third);
    assertThat(readDisclosures()).containsExactlyElementsOf(expected);
    assertThat(readDisclosures().get(0).actor()).isNull();
    assertThat(readDisclosures().get(0).contentDigest()).isEqualTo(log.get(0).contentDigest());
    reopened();
    assertThat(readDisclosures()).containsExactlyElementsOf(expected);
    assertThat(store().lastDisclosure()).contains(log.get(5));
  }

  @Test
  void keepsTheTombstoneOfAnEntryWithoutContentDigest() {
    List<DisclosureEntry> log = SampleEvents.disclosures(4);
    log.forEach(store()::appendDisclosure);

    store().tombstone(List.of(log.get(1).tombstone(4)));

    assertThat(readDisclosures().get(1))
        .isEqualTo(log.get(1).tombstone(4))
        .satisfies(t -> assertThat(t.contentDigest()).isEmpty());
  }

  @Test
  void replacesATombstoneByTheSameTombstoneWithoutChange() {
    List<DisclosureEntry> log = digestedDisclosures(3);
    log.forEach(store()::appendDisclosure);
    store().tombstone(List.of(log.get(0).tombstone(3)));

    store().tombstone(List.of(log.get(0).tombstone(3)));
    store().tombstone(List.of());

    assertThat(readDisclosures().get(0)).isEqualTo(log.get(0).tombstone(3));
    assertThatThrownBy(
            () ->
                store()
                    .tombstone(
                        List.of(
                            DisclosureEntry.tombstone(
                                1,
                                log.get(0).at(),
                                log.get(0).previousHash(),
                                log.get(0).hash(),
                                log.get(0).content(),
                                2))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(readDisclosures().get(0)).isEqualTo(log.get(0).tombstone(3));
  }

  @Test
  void refusesATombstoneThatDoesNotKeepTheEntrysHashesAndChangesNothing() {
    List<DisclosureEntry> log = digestedDisclosures(5);
    log.forEach(store()::appendDisclosure);
    DisclosureEntry good = log.get(0).tombstone(5);
    DisclosureEntry e = log.get(1);
    List<DisclosureEntry> bad =
        List.of(
            DisclosureEntry.tombstone(
                2, e.at(), e.previousHash(), log.get(2).hash(), e.content(), 5),
            DisclosureEntry.tombstone(2, e.at(), log.get(2).hash(), e.hash(), e.content(), 5),
            DisclosureEntry.tombstone(
                2, e.at().plusSeconds(1), e.previousHash(), e.hash(), e.content(), 5),
            DisclosureEntry.tombstone(
                2, e.at(), e.previousHash(), e.hash(), log.get(2).content(), 5),
            DisclosureEntry.tombstone(2, e.at(), e.previousHash(), e.hash(), null, 5),
            log.get(3),
            DisclosureEntry.tombstone(9, e.at(), e.previousHash(), e.hash(), e.content(), 10));

    for (DisclosureEntry b : bad) {
      assertThatThrownBy(() -> store().tombstone(List.of(good, b)))
          .as("tombstone %s", b)
          .isInstanceOf(IllegalArgumentException.class);
      assertThat(readDisclosures()).as("all or none").containsExactlyElementsOf(log);
    }
  }

  // ---- reopening ----

  @Test
  void keepsEverythingAcknowledgedAfterReopening() {
    StreamId d = StreamId.dossier(SampleEvents.REGION, SampleEvents.DOSSIER);
    StreamId t = StreamId.table(SampleEvents.REGION);
    store().append(d, 0, SampleEvents.dossierHistory(SampleEvents.DOSSIER));
    store().append(t, 0, SampleEvents.tableEvents(SampleEvents.REGION));
    SampleEvents.disclosures(5).forEach(store()::appendDisclosure);
    List<RecordedEvent> before = readAll();
    List<StreamId> streams = store().streams();

    reopened();

    assertThat(readAll()).containsExactlyElementsOf(before);
    assertThat(store().streams()).containsExactlyElementsOf(streams);
    assertThat(store().version(d))
        .isEqualTo(SampleEvents.dossierHistory(SampleEvents.DOSSIER).size());
    assertThat(readDisclosures()).containsExactlyElementsOf(SampleEvents.disclosures(5));
    assertThat(store().lastDisclosure()).contains(SampleEvents.disclosures(5).get(4));
  }

  @Test
  void continuesAfterReopening() {
    DossierId id = DossierId.of("d1");
    StreamId s = StreamId.dossier(id);
    store().append(s, 0, List.of(SampleEvents.note(id, "before")));
    long lastPosition = store().readAll(0, 10).get(0).position();

    reopened();

    assertThatThrownBy(() -> store().append(s, 0, List.of(SampleEvents.note(id, "stale"))))
        .isInstanceOf(VersionConflict.class);
    assertThat(store().append(s, 1, List.of(SampleEvents.note(id, "after")))).isEqualTo(2);
    List<RecordedEvent> all = store().readAll(0, 10);
    assertThat(all).hasSize(2);
    assertThat(all.get(1).position()).isGreaterThan(lastPosition);
  }

  // ---- subscriptions' positions ----

  @Test
  void aSubscriptionStartsAtZeroAndKeepsWhatItSaved() {
    assertThat(store().position("mailer")).isZero();

    store().savePosition("mailer", 7);
    store().savePosition("mailer", 7);

    assertThat(store().position("mailer")).isEqualTo(7);
    store().savePosition("mailer", 12);
    assertThat(store().position("mailer")).isEqualTo(12);
  }

  @Test
  void aSubscriptionsPositionOnlyMovesForward() {
    store().savePosition("mailer", 12);

    store().savePosition("mailer", 3);
    store().savePosition("mailer", 0);

    assertThat(store().position("mailer")).isEqualTo(12);
  }

  @Test
  void subscriptionsAreIndependent() {
    store().savePosition("a", 5);
    store().savePosition("b.reminders@west-vlaanderen", 9);
    store().savePosition("A", 2);

    assertThat(store().position("a")).isEqualTo(5);
    assertThat(store().position("b.reminders@west-vlaanderen")).isEqualTo(9);
    assertThat(store().position("A")).isEqualTo(2);
    assertThat(store().position("c")).isZero();
  }

  @Test
  void keepsTheLongestSubscriptionName() {
    String longest = "s" + "x".repeat(99);
    store().savePosition(longest, 4);

    assertThat(store().position(longest)).isEqualTo(4);
  }

  @Test
  void refusesANegativePositionOrANameThatIsNotAShortId() {
    store().savePosition("mailer", 4);

    assertThatThrownBy(() -> store().savePosition("mailer", -1))
        .isInstanceOf(IllegalArgumentException.class);
    for (String bad : List.of("", " mailer", "mail er", "-mailer", "m/x", "s" + "x".repeat(100))) {
      assertThatThrownBy(() -> store().savePosition(bad, 1))
          .as("name '%s'", bad)
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> store().position(bad))
          .as("name '%s'", bad)
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(store().position("mailer")).isEqualTo(4);
  }

  @Test
  void keepsSubscriptionsPositionsAfterReopening() {
    store().savePosition("mailer", 41);
    store().savePosition("steering", 3);

    reopened();

    assertThat(store().position("mailer")).isEqualTo(41);
    assertThat(store().position("steering")).isEqualTo(3);
    store().savePosition("mailer", 42);
    assertThat(store().position("mailer")).isEqualTo(42);
  }

  @Test
  void concurrentSavesKeepTheHighestPosition() throws Exception {
    int writers = writers();
    int saves = appendsPerWriter();

    runConcurrently(
        writers,
        w -> {
          for (int i = 1; i <= saves; i++) {
            // every writer saves the shared name and its own, interleaved with the others
            store().savePosition("shared", (long) i * writers + w);
            store().savePosition("own-" + w, i);
          }
          return null;
        });

    assertThat(store().position("shared")).isEqualTo((long) saves * writers + writers - 1);
    for (int w = 0; w < writers; w++) {
      assertThat(store().position("own-" + w)).isEqualTo(saves);
    }
  }

  // ---- events prove their integrity (issue 15): each stream's hash chain and head ----

  /** The heads a chaining adapter must give: the chain of the events' written forms. */
  private static String expectedHead(StreamId stream, List<? extends ChainEvent> events) {
    String h = EventChain.GENESIS;
    for (int i = 0; i < events.size(); i++) {
      h = EventChain.link(stream, i + 1L, h, events.get(i));
    }
    return h;
  }

  @Test
  void chainsEachStreamsEventsAndGivesItsHead() {
    DossierId one = DossierId.of("one");
    List<DossierEvent> history = SampleEvents.dossierHistory(one);
    store().append(StreamId.dossier(one), 0, history.subList(0, 2));
    store().append(StreamId.dossier(one), 2, history.subList(2, history.size()));
    List<TableEvent> table = SampleEvents.tableEvents("west");
    store().append(StreamId.table("west"), 0, table);

    assertThat(store().heads())
        .as("the same events give the same heads in every adapter, however they were appended")
        .containsExactly(
            new StreamHead(
                StreamId.dossier(one),
                history.size(),
                expectedHead(StreamId.dossier(one), history)),
            new StreamHead(
                StreamId.table("west"), table.size(), expectedHead(StreamId.table("west"), table)));
    assertThat(events(store().read(StreamId.dossier(one)))).containsExactlyElementsOf(history);
  }

  @Test
  void keepsTheHeadsAfterReopeningAndDropsAPurgedStream() {
    DossierId gone = DossierId.of("gone");
    DossierId kept = DossierId.of("kept");
    store().append(StreamId.dossier(gone), 0, SampleEvents.dossierHistory(gone));
    store().append(StreamId.dossier(kept), 0, SampleEvents.dossierHistory(kept));
    store().purge(StreamId.dossier(gone));

    reopened();

    assertThat(store().heads())
        .containsExactly(
            new StreamHead(
                StreamId.dossier(kept),
                SampleEvents.dossierHistory(kept).size(),
                expectedHead(StreamId.dossier(kept), SampleEvents.dossierHistory(kept))));
    store().append(StreamId.dossier(gone), 0, SampleEvents.dossierHistory(gone).subList(0, 1));
    assertThat(store().heads().get(0))
        .as("a stream written again after its purge starts a new chain")
        .isEqualTo(
            new StreamHead(
                StreamId.dossier(gone),
                1,
                expectedHead(
                    StreamId.dossier(gone), SampleEvents.dossierHistory(gone).subList(0, 1))));
  }
}
