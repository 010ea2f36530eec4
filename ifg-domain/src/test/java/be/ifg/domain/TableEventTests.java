package be.ifg.domain;

import static be.ifg.domain.Samples.AN;
import static be.ifg.domain.Samples.BART;
import static be.ifg.domain.Samples.REGION;
import static be.ifg.domain.Samples.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The table's own events: configured, joined, left, pledged, signalled. */
class TableEventTests {
  private static final PartnerId POL = PartnerId.of("pol");

  @Test
  void namesEachEventByItsType() {
    List<TableEvent> events =
        List.of(
            new TableEvent.TableConfigured(REGION, AN, T0, Samples.table()),
            new TableEvent.MemberJoined(REGION, AN, T0, BART, POL, true),
            new TableEvent.MemberLeft(REGION, AN, T0, BART),
            new TableEvent.PledgeSigned(REGION, BART, T0),
            new TableEvent.SignalRaised(
                REGION,
                new PolicySignal(
                    SignalId.of("s1"), SignalCategory.WAITING_LIST, "waiting lists", AN, T0)));
    assertThat(events)
        .extracting(TableEvent::type)
        .containsExactly(
            "TableConfigured", "MemberJoined", "MemberLeft", "PledgeSigned", "SignalRaised");
    assertThat(events).extracting(TableEvent::region).containsOnly(REGION);
    assertThat(events).extracting(ChainEvent::at).containsOnly(T0);
  }

  @Test
  void configuresATableOfItsOwnRegionOnly() {
    TableEvent.TableConfigured e = new TableEvent.TableConfigured(REGION, AN, T0, Samples.table());
    assertThat(e.table()).isEqualTo(Samples.table());
    assertThat(e.actor()).isEqualTo(AN);

    assertThatThrownBy(() -> new TableEvent.TableConfigured("limburg", AN, T0, Samples.table()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the table of west-vlaanderen cannot configure region limburg");
  }

  @Test
  void refusesTableEventsWithoutTheirParts() {
    assertThatThrownBy(() -> new TableEvent.TableConfigured(REGION, AN, T0, null))
        .hasMessageContaining("table");
    assertThatThrownBy(() -> new TableEvent.MemberJoined(REGION, AN, T0, null, POL, true))
        .hasMessageContaining("member");
    assertThatThrownBy(() -> new TableEvent.MemberJoined(REGION, AN, T0, BART, null, true))
        .hasMessageContaining("partner");
    assertThatThrownBy(() -> new TableEvent.MemberJoined(REGION, null, T0, BART, POL, true))
        .hasMessageContaining("actor");
    assertThatThrownBy(() -> new TableEvent.MemberLeft(REGION, AN, null, BART))
        .hasMessage("at must not be null");
    assertThatThrownBy(() -> new TableEvent.MemberLeft(REGION, AN, T0, null))
        .hasMessageContaining("member");
  }

  @Test
  void refusesARegionThatIsNoId() {
    assertThatThrownBy(
            () -> new TableEvent.MemberJoined("west vlaanderen", AN, T0, BART, POL, true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("region");
    assertThatThrownBy(() -> new TableEvent.MemberLeft("a/b", AN, T0, BART))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("region");
  }

  @Test
  void tableEventsAreValues() {
    assertThat(new TableEvent.MemberJoined(REGION, AN, T0, BART, POL, false))
        .isEqualTo(new TableEvent.MemberJoined(REGION, AN, T0, BART, POL, false))
        .isNotEqualTo(new TableEvent.MemberJoined(REGION, AN, T0, BART, POL, true));
    assertThat(new TableEvent.MemberLeft(REGION, AN, T0, BART))
        .isEqualTo(new TableEvent.MemberLeft(REGION, AN, T0, BART))
        .isNotEqualTo(new TableEvent.MemberLeft(REGION, AN, T0.plusSeconds(1), BART));
    assertThat(new TableEvent.TableConfigured(REGION, AN, T0, Samples.table()))
        .isEqualTo(new TableEvent.TableConfigured(REGION, AN, T0, Samples.table()))
        .hasSameHashCodeAs(new TableEvent.TableConfigured(REGION, AN, T0, Samples.table()));
  }

  @Test
  void foldingMembershipEventsOverTheConfiguredTableGivesTheTableAsItIsNow() {
    CaseTable table = Samples.table();
    List<TableEvent> events =
        List.of(
            new TableEvent.MemberJoined(
                REGION, AN, T0, ProfessionalId.of("zoe"), PartnerId.of("caw"), false),
            new TableEvent.MemberLeft(REGION, AN, T0.plusSeconds(60), BART));
    for (TableEvent e : events) {
      if (e instanceof TableEvent.MemberJoined j) {
        table = table.withMember(new TableMember(j.member(), j.partner(), j.pledged()));
      } else if (e instanceof TableEvent.MemberLeft l) {
        table = table.withoutMember(l.member());
      }
    }
    assertThat(table.members())
        .extracting(TableMember::id)
        .containsExactly(AN, ProfessionalId.of("zoe"));
  }
}
