package be.ifg.workflow;

import static be.ifg.workflow.Tables.AN;
import static be.ifg.workflow.Tables.BART;
import static be.ifg.workflow.Tables.EMRE;
import static be.ifg.workflow.Tables.LIEN;
import static org.assertj.core.api.Assertions.assertThat;

import be.ifg.domain.CaseTable;
import be.ifg.domain.DossierId;
import be.ifg.domain.PartnerId;
import be.ifg.domain.PartnerKind;
import be.ifg.domain.RequestId;
import be.ifg.persistence.EventStore;
import be.ifg.persistence.Store;
import be.ifg.persistence.StreamId;
import be.ifg.persistence.memory.InMemoryStore;
import be.ifg.rti.Instruments;
import be.ifg.rti.json.BuiltInInstruments;
import be.ifg.rti.json.InstrumentJson;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class AgendaProjectionTests {
  private static final LocalDate LATER = LocalDate.of(2026, 4, 15);
  private final InMemoryStore store = new InMemoryStore();
  private final TestClock clock = new TestClock(Tables.START);

  private ChainApproach chain() {
    Instruments instruments = BuiltInInstruments.catalogue();
    instruments.register(InstrumentJson.readResource("tiny-instrument.json").orElseThrow());
    return ChainApproach.builder()
        .table(Tables.table())
        .clock(clock)
        .instruments(instruments)
        .store(store)
        .build();
  }

  private static void accepted(Decision d) {
    assertThat(d).isInstanceOf(Decision.Accepted.class);
  }

  private static void building(ChainApproach chain, DossierId id) {
    accepted(chain.register(LIEN, Tables.register(id)));
    accepted(chain.handle(AN, id, new Command.Accept()));
  }

  private static Command.RequestInformation request(String id, String partner) {
    return new Command.RequestInformation(
        RequestId.of(id), PartnerId.of(partner), "in treatment?", LocalDate.of(2026, 2, 12));
  }

  @Test
  void seesWhatAnotherProcessWroteToTheSameStore() {
    ChainApproach mine = chain();
    ChainApproach theirs = chain();
    building(mine, Tables.D1);
    assertThat(mine.agenda(EMRE, LATER)).isEmpty();
    accepted(theirs.handle(AN, Tables.D1, request("r1", "ggz")));
    assertThat(mine.agenda(EMRE, LATER)).extracting(AgendaEntry::reference).containsExactly("r1");
    assertThat(mine.agenda(EMRE, Tables.D1, LATER))
        .extracting(AgendaEntry::reference)
        .containsExactly("r1");
    building(theirs, DossierId.of("d2"));
    accepted(theirs.handle(AN, DossierId.of("d2"), request("r2", "ggz")));
    assertThat(mine.agenda(EMRE, LATER))
        .extracting(AgendaEntry::reference)
        .containsExactly("r1", "r2");
  }

  @Test
  void catchesUpWithTheNewEventsOnlyAndReadsNothingWhenNothingIsNew() {
    ChainApproach chain = chain();
    building(chain, Tables.D1);
    chain.agenda(AN, LATER);
    long position = chain.agendaProjection().position();
    assertThat(position).isPositive();
    chain.agenda(AN, LATER);
    assertThat(chain.agendaProjection().position()).isEqualTo(position);
    accepted(chain.handle(AN, Tables.D1, request("r1", "ggz")));
    chain.agenda(AN, LATER);
    assertThat(chain.agendaProjection().position()).isGreaterThan(position);
  }

  @Test
  void rebuildsToTheSameAnswer() {
    ChainApproach chain = chain();
    building(chain, Tables.D1);
    building(chain, DossierId.of("d2"));
    accepted(chain.handle(AN, Tables.D1, request("r1", "ggz")));
    accepted(chain.handle(AN, DossierId.of("d2"), request("r2", "pol")));
    List<List<AgendaEntry>> before = new ArrayList<>();
    for (var actor : List.of(AN, BART, EMRE, LIEN)) {
      before.add(chain.agenda(actor, LATER));
    }
    AgendaProjection old = chain.agendaProjection();
    long applied = chain.rebuildProjections();
    assertThat(applied).isEqualTo(store.readAll(0, Integer.MAX_VALUE).size());
    assertThat(chain.agendaProjection()).isNotSameAs(old);
    List<List<AgendaEntry>> after = new ArrayList<>();
    for (var actor : List.of(AN, BART, EMRE, LIEN)) {
      after.add(chain.agenda(actor, LATER));
    }
    assertThat(after).isEqualTo(before);
    assertThat(before.get(0)).isNotEmpty();
  }

  @Test
  void forgetsAPurgedDossier() {
    ChainApproach chain = chain();
    building(chain, Tables.D1);
    building(chain, DossierId.of("d2"));
    accepted(chain.handle(AN, Tables.D1, request("r1", "ggz")));
    accepted(chain.handle(AN, DossierId.of("d2"), request("r2", "ggz")));
    assertThat(chain.agenda(EMRE, LATER)).hasSize(2);
    store.purge(StreamId.dossier(chain.region(), Tables.D1));
    // a question about the dossier notices that its stream went away
    assertThat(chain.agenda(EMRE, Tables.D1, LATER)).isEmpty();
    assertThat(chain.agenda(EMRE, LATER)).extracting(AgendaEntry::reference).containsExactly("r2");
    // the purge path forgets it at once
    store.purge(StreamId.dossier(chain.region(), DossierId.of("d2")));
    chain.forget(DossierId.of("d2"));
    assertThat(chain.agenda(EMRE, LATER)).isEmpty();
    assertThat(chain.agenda(AN, LATER)).isEmpty();
  }

  @Test
  void forgetsAPurgedDossierOnRebuild() {
    ChainApproach chain = chain();
    building(chain, Tables.D1);
    accepted(chain.handle(AN, Tables.D1, request("r1", "ggz")));
    assertThat(chain.agenda(EMRE, LATER)).hasSize(1);
    store.purge(StreamId.dossier(chain.region(), Tables.D1));
    chain.rebuildProjections();
    assertThat(chain.agenda(EMRE, LATER)).isEmpty();
  }

  @Test
  void startsAgainADossierWrittenAnewAfterAPurge() {
    ChainApproach chain = chain();
    building(chain, Tables.D1);
    accepted(chain.handle(AN, Tables.D1, request("r1", "ggz")));
    assertThat(chain.agenda(EMRE, LATER)).hasSize(1);
    store.purge(StreamId.dossier(chain.region(), Tables.D1));
    building(chain, Tables.D1);
    accepted(chain.handle(AN, Tables.D1, request("r9", "ggz")));
    assertThat(chain.agenda(EMRE, LATER)).extracting(AgendaEntry::reference).containsExactly("r9");
  }

  @Test
  void neverShowsAStateThatDisagreesWithItsPosition() throws InterruptedException {
    // the table's configuration, then one registration per event: the projection holds as many
    // dossiers as events after the first, whenever it is asked
    ChainApproach chain = chain();
    for (int i = 0; i < 300; i++) {
      accepted(chain.register(LIEN, Tables.register(DossierId.of("d" + i))));
    }
    AgendaProjection projection =
        new AgendaProjection(chain.seed(), store, Agenda.of(clock.getZone()));
    AtomicReference<String> mismatch = new AtomicReference<>();
    Thread reader =
        new Thread(
            () -> {
              while (projection.position() < 301 && mismatch.get() == null) {
                AgendaProjection.Snapshot s = projection.snapshot();
                if (s.position() > 0 && s.dossiers() != s.position() - 1) {
                  mismatch.set(s.toString());
                }
              }
            });
    reader.start();
    Projector.catchUp(store, projection);
    reader.join();
    assertThat(mismatch.get()).isNull();
    assertThat(projection.snapshot()).isEqualTo(new AgendaProjection.Snapshot(301, 300));
  }

  // ---- one region's events only, the table folded in the projection (issue 14) ----

  /** A store over {@link #store} that counts the calls of each method, and the table's reads. */
  private Store counting(Map<String, Integer> calls) {
    return (Store)
        Proxy.newProxyInstance(
            Store.class.getClassLoader(),
            new Class<?>[] {Store.class},
            (proxy, method, args) -> {
              String name = method.getName();
              if (name.equals("read") && args[0].toString().startsWith("table:")) {
                name = "read the table";
              }
              calls.merge(name, 1, Integer::sum);
              try {
                return method.invoke(store, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }

  private ChainApproach chain(Store on, CaseTable table) {
    Instruments instruments = BuiltInInstruments.catalogue();
    instruments.register(InstrumentJson.readResource("tiny-instrument.json").orElseThrow());
    return ChainApproach.builder()
        .table(table)
        .clock(clock)
        .instruments(instruments)
        .store(on)
        .build();
  }

  private static CaseTable oost() {
    return CaseTable.builder("oost-vlaanderen")
        .partner("caw", PartnerKind.CAW)
        .partner("ggz", PartnerKind.MENTAL_HEALTH)
        .member("an", "caw")
        .member("emre", "ggz")
        .professional("lien", "clb")
        .coordinator("an")
        .build();
  }

  @Test
  void readsOnlyItsRegionAndFoldsTheTableItSees() {
    Map<String, Integer> calls = new ConcurrentHashMap<>();
    ChainApproach west = chain(counting(calls), Tables.table());
    ChainApproach east = chain(store, oost());
    building(west, Tables.D1);
    building(east, Tables.D1);
    accepted(east.handle(AN, Tables.D1, request("e1", "ggz")));
    accepted(west.handle(AN, Tables.D1, request("w1", "ggz")));
    building(east, DossierId.of("d2"));
    long last = store.readAll(0, 1_000).stream().mapToLong(r -> r.position()).max().orElseThrow();
    calls.clear();

    assertThat(west.agenda(EMRE, LATER)).extracting(AgendaEntry::reference).containsExactly("w1");
    assertThat(west.agenda(EMRE, Tables.D1, LATER))
        .extracting(AgendaEntry::reference)
        .containsExactly("w1");
    assertThat(west.agenda(STRANGER_OF_EAST, LATER)).isEmpty();

    // the projection asked for its region's events only, moved past the other region's, and did
    // not read the table's stream: it folded the table from the events it saw
    assertThat(calls).containsKey("readRegion").doesNotContainKeys("readAll", "read the table");
    assertThat(west.agendaProjection().position()).isEqualTo(last);
    assertThat(west.agendaProjection().size()).isOne();
    long applied = west.rebuildProjections();
    assertThat(applied)
        .isEqualTo(
            store.readAll(0, 1_000).stream()
                .filter(r -> r.stream().region().orElse("").equals("west-vlaanderen"))
                .count());
  }

  /** A member of the other table only: no standing at this one. */
  private static final be.ifg.domain.ProfessionalId STRANGER_OF_EAST = Tables.STRANGER;

  @Test
  void seesAMemberWhoLeftThroughAnotherProcessAtTheNextQuestion() {
    ChainApproach mine = chain();
    ChainApproach theirs = chain();
    building(mine, Tables.D1);
    accepted(mine.handle(AN, Tables.D1, request("r1", "ggz")));
    assertThat(mine.agenda(EMRE, LATER)).hasSize(1);
    accepted(theirs.handle(AN, new Command.LeaveTable(EMRE)));
    assertThat(mine.agenda(EMRE, LATER)).isEmpty();
    assertThat(mine.agendaProjection().table().isMember(EMRE)).isFalse();
    assertThat(mine.agendaProjection().table().version()).isEqualTo(mine.tableState().version());
  }

  @Test
  void aProjectionWithoutARegionStillReadsEverything() {
    building(chain(), Tables.D1);
    List<Long> seen = new ArrayList<>();
    Projection all =
        new Projection() {
          long position;

          @Override
          public long position() {
            return position;
          }

          @Override
          public void apply(be.ifg.persistence.RecordedEvent event) {
            seen.add(event.position());
            position = event.position();
          }

          @Override
          public void reset() {
            position = 0;
          }
        };
    EventStore events = store;
    assertThat(Projector.rebuild(events, all)).isEqualTo(events.readAll(0, 1_000).size());
  }
}
