package be.ifg.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import be.ifg.domain.Purpose;
import be.ifg.persistence.memory.InMemoryStore;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A dossier read again is served from the events of the last read only while the store holds no
 * newer event: what another process (another chain approach on the same store) appended shows at
 * the next read, and a purged dossier is gone.
 */
class ReadCacheTests {
  private final InMemoryStore store = new InMemoryStore();
  private final ChainApproach here = chainOn(store);
  private final ChainApproach elsewhere = chainOn(store);

  private static ChainApproach chainOn(InMemoryStore store) {
    return ChainApproach.builder()
        .table(Tables.table())
        .clock(Tables.clockAt(Tables.START))
        .store(store)
        .build();
  }

  private List<String> history(ChainApproach chain) {
    DossierPage page = chain.read(Tables.AN, Tables.D1, Purpose.PLAN);
    assertThat(page).isInstanceOf(DossierPage.Shown.class);
    return ((DossierPage.Shown) page)
        .timeline().facts().orElseThrow().stream().map(DossierPage.Step::kind).toList();
  }

  @Test
  void whatAnotherProcessAppendedShowsAtTheNextRead() {
    assertThat(here.register(Tables.LIEN, Tables.register())).isInstanceOf(Decision.Accepted.class);
    List<String> before = history(here);
    assertThat(history(here)).as("read twice, the same").isEqualTo(before);

    assertThat(elsewhere.handle(Tables.BART, Tables.D1, new Command.Accept()))
        .isInstanceOf(Decision.Accepted.class);

    List<String> after = history(here);
    assertThat(after).hasSize(before.size() + 1).startsWith(before.toArray(String[]::new));
    assertThat(here.status(Tables.AN, Tables.D1).orElseThrow().status())
        .isEqualTo(elsewhere.status(Tables.AN, Tables.D1).orElseThrow().status());
  }
}
