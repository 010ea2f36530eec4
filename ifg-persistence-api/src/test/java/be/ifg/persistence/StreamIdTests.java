package be.ifg.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ifg.domain.DossierId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The names of streams: a dossier of a table, a dossier without one, a table's own stream. */
class StreamIdTests {
  private static final DossierId D1 = DossierId.of("d1");

  @Test
  void namesADossierOfATable() {
    StreamId s = StreamId.dossier("west-vlaanderen", D1);

    assertThat(s.value()).isEqualTo("dossier:west-vlaanderen/d1");
    assertThat(s).hasToString("dossier:west-vlaanderen/d1");
    assertThat(s.region()).contains("west-vlaanderen");
    assertThat(s.dossierId()).contains(D1);
    assertThat(new StreamId("dossier:west-vlaanderen/d1")).isEqualTo(s);
  }

  @Test
  void namesADossierWithoutATable() {
    StreamId s = StreamId.dossier(D1);

    assertThat(s.value()).isEqualTo("dossier:d1");
    assertThat(s.region()).isEmpty();
    assertThat(s.dossierId()).contains(D1);
    assertThat(s).isNotEqualTo(StreamId.dossier("west", D1));
  }

  @Test
  void namesATablesOwnStream() {
    StreamId s = StreamId.table("west-vlaanderen");

    assertThat(s.value()).isEqualTo("table:west-vlaanderen");
    assertThat(s.region()).contains("west-vlaanderen");
    assertThat(s.dossierId()).isEmpty();
  }

  @Test
  void keepsTheSameDossierIdOfTwoTablesApart() {
    StreamId west = StreamId.dossier("west", D1);
    StreamId oost = StreamId.dossier("oost", D1);

    assertThat(west).isNotEqualTo(oost);
    assertThat(west.dossierId()).isEqualTo(oost.dossierId());
    assertThat(west.region()).isNotEqualTo(oost.region());
  }

  @Test
  void readsIdsWithEveryCharacterAnIdMayHave() {
    StreamId s = new StreamId("dossier:reg.1_a:b@c-d/x.2_y:z@w-v");

    assertThat(s.region()).contains("reg.1_a:b@c-d");
    assertThat(s.dossierId()).contains(DossierId.of("x.2_y:z@w-v"));
    assertThat(new StreamId("dossier:a:b").region()).as("a colon is no table separator").isEmpty();
    assertThat(new StreamId("dossier:a:b").dossierId()).contains(DossierId.of("a:b"));
  }

  @Test
  void refusesMalformedNames() {
    for (String bad :
        List.of(
            "dossier:a/b/c",
            "dossier:a//b",
            "dossier:/d1",
            "dossier:west/",
            "dossier:",
            "dossier:-d1",
            "dossier:west/-d1",
            "dossier:we st/d1",
            "table:a/b",
            "table:",
            "table:/a",
            "Dossier:d1",
            "case:d1",
            "d1",
            "",
            " dossier:d1",
            "dossier:d1 ")) {
      assertThatThrownBy(() -> new StreamId(bad))
          .as("'%s'", bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(
              "stream id must be 'dossier:REGION/ID', 'dossier:ID' or 'table:REGION'")
          .hasMessageContaining("'" + bad + "'");
    }
    assertThatThrownBy(() -> new StreamId(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("stream id must not be null");
  }

  @Test
  void refusesARegionThatIsNoId() {
    assertThatThrownBy(() -> StreamId.dossier("a/b", D1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("dossier:a/b/d1");
    assertThatThrownBy(() -> StreamId.dossier("", D1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> StreamId.dossier("we st", D1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> StreamId.dossier(null, D1))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("region must not be null");
    assertThatThrownBy(() -> StreamId.table("a/b")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void ordersByName() {
    List<StreamId> ids =
        new ArrayList<>(
            List.of(
                StreamId.table("west"),
                StreamId.dossier("west", D1),
                StreamId.dossier(D1),
                StreamId.dossier("oost", D1)));
    Collections.sort(ids);

    assertThat(ids)
        .extracting(StreamId::value)
        .containsExactly("dossier:d1", "dossier:oost/d1", "dossier:west/d1", "table:west");
  }
}
