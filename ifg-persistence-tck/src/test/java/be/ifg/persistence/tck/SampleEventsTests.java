package be.ifg.persistence.tck;

import static org.assertj.core.api.Assertions.assertThat;

import be.ifg.domain.ChainEvent;
import be.ifg.domain.Dossier;
import be.ifg.domain.DossierEvent;
import be.ifg.domain.DossierStatus;
import be.ifg.domain.TableEvent;
import be.ifg.persistence.json.EventJson;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SampleEventsTests {
  @Test
  void coversEveryEventTypeOfTheDomain() {
    Set<Class<?>> types = new HashSet<>();
    types.addAll(Arrays.asList(DossierEvent.class.getPermittedSubclasses()));
    types.addAll(Arrays.asList(TableEvent.class.getPermittedSubclasses()));

    Set<Class<?>> sampled =
        SampleEvents.oneOfEach().stream().map(Object::getClass).collect(Collectors.toSet());

    assertThat(sampled).containsExactlyInAnyOrderElementsOf(types);
    assertThat(SampleEvents.byType()).hasSize(types.size());
  }

  @Test
  void coversEveryTypeTheJsonFormKnows() {
    assertThat(SampleEvents.byType().keySet())
        .containsExactlyInAnyOrderElementsOf(EventJson.types());
  }

  @Test
  void foldsTheDossierHistoryIntoAState() {
    Dossier d = Dossier.fold(SampleEvents.dossierHistory(SampleEvents.DOSSIER));

    assertThat(d.version()).isEqualTo(SampleEvents.dossierHistory(SampleEvents.DOSSIER).size());
    assertThat(d.status()).isEqualTo(DossierStatus.WITHDRAWN);
  }

  @Test
  void chainsTheSampleDisclosures() {
    var log = SampleEvents.disclosures(4);

    assertThat(log).extracting(e -> e.sequence()).containsExactly(1L, 2L, 3L, 4L);
    for (int i = 1; i < log.size(); i++) {
      assertThat(log.get(i).previousHash()).isEqualTo(log.get(i - 1).hash());
    }
    assertThat(log).map(e -> e.hash()).doesNotHaveDuplicates();
  }

  @Test
  void buildsEqualEventsEachTime() {
    assertThat(SampleEvents.oneOfEach()).isEqualTo(SampleEvents.oneOfEach());
    ChainEvent first = SampleEvents.oneOfEach().get(0);
    assertThat(first).isInstanceOf(DossierEvent.Registered.class);
  }
}
