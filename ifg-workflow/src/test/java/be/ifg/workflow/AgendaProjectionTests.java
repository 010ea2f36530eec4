package be.ifg.workflow;

import static be.ifg.workflow.Tables.AN;
import static be.ifg.workflow.Tables.BART;
import static be.ifg.workflow.Tables.EMRE;
import static be.ifg.workflow.Tables.LIEN;
import static org.assertj.core.api.Assertions.assertThat;

import be.ifg.domain.DossierId;
import be.ifg.domain.PartnerId;
import be.ifg.domain.RequestId;
import be.ifg.persistence.StreamId;
import be.ifg.persistence.memory.InMemoryStore;
import be.ifg.rti.Instruments;
import be.ifg.rti.json.BuiltInInstruments;
import be.ifg.rti.json.InstrumentJson;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
        new AgendaProjection(chain.region(), store, Agenda.of(clock.getZone()));
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
}
