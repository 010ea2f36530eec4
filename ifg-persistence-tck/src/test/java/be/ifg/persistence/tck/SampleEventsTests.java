package be.ifg.persistence.tck;

import static org.assertj.core.api.Assertions.assertThat;

import be.ifg.domain.CaseDirector;
import be.ifg.domain.CaseTable;
import be.ifg.domain.ChainEvent;
import be.ifg.domain.DisclosureEntry;
import be.ifg.domain.Dossier;
import be.ifg.domain.DossierEvent;
import be.ifg.domain.DossierId;
import be.ifg.domain.DossierStatus;
import be.ifg.domain.ProfessionalId;
import be.ifg.domain.TableEvent;
import be.ifg.domain.TableMember;
import be.ifg.persistence.json.EventJson;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
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
    assertThat(d.table()).isEqualTo(SampleEvents.REGION);
    assertThat(d.directors())
        .extracting(CaseDirector::member)
        .containsExactly(ProfessionalId.of("dina"), ProfessionalId.of("jonas"));
    assertThat(d.directors().get(0).handoverReason()).isEmpty();
    assertThat(d.directors().get(1).handoverReason()).isPresent();
    assertThat(d.grants()).as("the grant was revoked").isEmpty();
  }

  @Test
  void namesTheTableOfTheDossierHistory() {
    assertThat(SampleEvents.dossierHistory("oost-vlaanderen", DossierId.of("d2")).get(0))
        .isInstanceOfSatisfying(
            DossierEvent.Registered.class,
            r -> {
              assertThat(r.table()).isEqualTo("oost-vlaanderen");
              assertThat(r.dossier()).isEqualTo(DossierId.of("d2"));
            });
  }

  @Test
  void foldsTheTableEventsIntoTheTableAsItIsNow() {
    List<TableEvent> events = SampleEvents.tableEvents(SampleEvents.REGION);
    CaseTable table = ((TableEvent.TableConfigured) events.get(0)).table();
    for (TableEvent e : events) {
      assertThat(e.region()).isEqualTo(SampleEvents.REGION);
      if (e instanceof TableEvent.MemberJoined j) {
        table = table.withMember(new TableMember(j.member(), j.partner(), j.pledged()));
      } else if (e instanceof TableEvent.MemberLeft l) {
        table = table.withoutMember(l.member());
      }
    }

    assertThat(table.isMember(ProfessionalId.of("fien"))).isTrue();
    assertThat(table.isMember(ProfessionalId.of("bart"))).isFalse();
    assertThat(SampleEvents.table(SampleEvents.REGION))
        .isEqualTo(SampleEvents.table("west-vlaanderen"));
  }

  @Test
  void takesTurnsWithTheThreeKindsOfDisclosureEntry() {
    List<DisclosureEntry> log = SampleEvents.disclosures(6);

    assertThat(log)
        .extracting(DisclosureEntry::action)
        .containsExactly("VIEW", "FORWARD", "DOSSIER_VIEW", "VIEW", "FORWARD", "DOSSIER_VIEW");
    assertThat(log.get(0).tableRegion()).contains(SampleEvents.REGION);
    assertThat(log.get(1).tableRegion()).isEmpty();
    assertThat(log.get(1).dossierId()).isEmpty();
    assertThat(log.get(2).itemId()).isEmpty();
    assertThat(log.get(2).items()).hasSize(2);
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
