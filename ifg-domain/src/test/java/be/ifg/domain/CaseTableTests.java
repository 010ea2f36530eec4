package be.ifg.domain;

import static be.ifg.domain.Samples.AN;
import static be.ifg.domain.Samples.BART;
import static be.ifg.domain.Samples.LIEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Period;
import org.junit.jupiter.api.Test;

/** A table's membership changes one member at a time, and two tables alike are equal. */
class CaseTableTests {
  private static final ProfessionalId ZOE = ProfessionalId.of("zoe");

  @Test
  void seatsANewMemberWhoIsAProfessionalOfTheirPartnerFromNowOn() {
    CaseTable before = Samples.table();
    CaseTable after = before.withMember(new TableMember(ZOE, PartnerId.of("caw"), false));

    assertThat(after.isMember(ZOE)).isTrue();
    assertThat(after.member(ZOE)).map(TableMember::pledged).contains(false);
    assertThat(after.professional(ZOE)).map(Professional::partner).contains(PartnerId.of("caw"));
    assertThat(after.membersOf(PartnerId.of("caw")))
        .extracting(TableMember::id)
        .containsExactly(AN, ZOE);
    assertThat(after.region()).isEqualTo(before.region());
    assertThat(after.coordinator()).isEqualTo(AN);
    assertThat(after.professional(LIEN)).isPresent();
    assertThat(before.isMember(ZOE)).as("the table before is unchanged").isFalse();
    assertThat(before.professional(ZOE)).isEmpty();
  }

  @Test
  void seatsAKnownProfessionalOfTheSamePartnerOnce() {
    CaseTable before = withZoeAsProfessional();
    CaseTable after = before.withMember(TableMember.pledged("zoe", "caw"));

    assertThat(after.isMember(ZOE)).isTrue();
    assertThat(after.professionals()).extracting(Professional::id).containsOnlyOnce(ZOE);
    assertThat(after.professionals()).hasSize(before.professionals().size());
  }

  @Test
  void keepsTheTablesSettingsWhenMembershipChanges() {
    CaseTable before =
        CaseTable.builder("r")
            .partner("caw", PartnerKind.CAW)
            .member("an", "caw")
            .coordinator("an")
            .reportInterval(Period.ofWeeks(4))
            .followUpPeriod(Period.ofMonths(3))
            .build();
    CaseTable after = before.withMember(TableMember.pledged("zoe", "caw"));

    assertThat(after.reportInterval()).isEqualTo(Period.ofWeeks(4));
    assertThat(after.followUpPeriod()).isEqualTo(Period.ofMonths(3));
    assertThat(after.withoutMember(ZOE)).isEqualTo(before);
  }

  @Test
  void refusesAMemberTwice() {
    assertThatThrownBy(() -> Samples.table().withMember(TableMember.pledged("bart", "pol")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bart is a member already");
  }

  @Test
  void refusesAProfessionalOfAnotherPartnerAsMember() {
    assertThatThrownBy(() -> Samples.table().withMember(TableMember.pledged("lien", "caw")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("lien is a professional of clb and cannot represent caw");
  }

  @Test
  void refusesAMemberOfAPartnerNotAtTheTable() {
    assertThatThrownBy(() -> Samples.table().withMember(TableMember.pledged("zoe", "vk")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("member zoe represents partner vk, which does not sit at the table");
  }

  @Test
  void aMemberWhoLeavesIsNeitherMemberNorKnownProfessional() {
    CaseTable before = Samples.table();
    CaseTable after = before.withoutMember(BART);

    assertThat(after.isMember(BART)).isFalse();
    assertThat(after.professional(BART)).isEmpty();
    assertThat(after.membersOf(PartnerId.of("pol"))).isEmpty();
    assertThat(after.sitsAtTable(PartnerId.of("pol"))).as("the partner still sits").isTrue();
    assertThat(after.professional(LIEN)).isPresent();
    assertThat(before.isMember(BART)).as("the table before is unchanged").isTrue();
  }

  @Test
  void aMemberWhoWasAProfessionalBeforeJoiningIsNeitherAfterLeaving() {
    CaseTable after =
        withZoeAsProfessional().withMember(TableMember.pledged("zoe", "caw")).withoutMember(ZOE);

    assertThat(after.isMember(ZOE)).isFalse();
    assertThat(after.professional(ZOE)).isEmpty();
  }

  @Test
  void aMemberWhoLeftMayJoinAgainUnpledged() {
    CaseTable again =
        Samples.table()
            .withoutMember(BART)
            .withMember(new TableMember(BART, PartnerId.of("pol"), false));

    assertThat(again.member(BART)).map(TableMember::pledged).contains(false);
    assertThat(again).isNotEqualTo(Samples.table());
  }

  @Test
  void refusesToRemoveSomeoneWhoIsNoMember() {
    assertThatThrownBy(() -> Samples.table().withoutMember(LIEN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("lien is not a member");
    assertThatThrownBy(() -> Samples.table().withoutMember(ZOE)).hasMessage("zoe is not a member");
  }

  @Test
  void theCoordinatorCannotLeave() {
    assertThatThrownBy(() -> Samples.table().withoutMember(AN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the coordinator an cannot leave");
  }

  @Test
  void joiningAndLeavingAgainGivesAnEqualTable() {
    CaseTable table = Samples.table();
    CaseTable roundTrip = table.withMember(TableMember.pledged("zoe", "caw")).withoutMember(ZOE);

    assertThat(roundTrip).isEqualTo(table).hasSameHashCodeAs(table);
  }

  @Test
  void tablesBuiltAlikeAreEqual() {
    assertThat(Samples.table()).isEqualTo(Samples.table()).hasSameHashCodeAs(Samples.table());
    assertThat(Samples.table()).isNotEqualTo(null).isNotEqualTo("west-vlaanderen");
  }

  @Test
  void tablesThatDifferInAnyPartDiffer() {
    CaseTable table = Samples.table();
    assertThat(table)
        .isNotEqualTo(sample("oost-vlaanderen").build())
        .isNotEqualTo(sample(Samples.REGION).reportInterval(Period.ofWeeks(4)).build())
        .isNotEqualTo(sample(Samples.REGION).followUpPeriod(Period.ofMonths(3)).build())
        .isNotEqualTo(sample(Samples.REGION).professional("zoe", "caw").build())
        .isNotEqualTo(sample(Samples.REGION).partner("vk", PartnerKind.VK).build())
        .isNotEqualTo(
            CaseTable.builder(Samples.REGION)
                .partner("caw", PartnerKind.CAW)
                .partner("pol", PartnerKind.LOCAL_POLICE)
                .member("an", "caw")
                .member(new TableMember(BART, PartnerId.of("pol"), false))
                .professional("lien", "clb")
                .coordinator("an")
                .build())
        .isNotEqualTo(
            CaseTable.builder(Samples.REGION)
                .partner("caw", PartnerKind.CAW)
                .partner("pol", PartnerKind.LOCAL_POLICE)
                .member("an", "caw")
                .member("bart", "pol")
                .professional("lien", "clb")
                .coordinator("bart")
                .build());
  }

  private static CaseTable.Builder sample(String region) {
    return CaseTable.builder(region)
        .partner("caw", PartnerKind.CAW)
        .partner("pol", PartnerKind.LOCAL_POLICE)
        .member("an", "caw")
        .member("bart", "pol")
        .professional("lien", "clb")
        .coordinator("an");
  }

  private static CaseTable withZoeAsProfessional() {
    return sample(Samples.REGION).professional("zoe", "caw").build();
  }
}
