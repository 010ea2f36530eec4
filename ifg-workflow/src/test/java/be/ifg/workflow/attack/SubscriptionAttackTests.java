package be.ifg.workflow.attack;

import static be.ifg.workflow.attack.Family.AN;
import static be.ifg.workflow.attack.Family.BART;
import static be.ifg.workflow.attack.Family.D1;
import static be.ifg.workflow.attack.Family.EMRE;
import static be.ifg.workflow.attack.Family.FIEN;
import static be.ifg.workflow.attack.Family.KEES;
import static be.ifg.workflow.attack.Family.LIEN;
import static be.ifg.workflow.attack.Family.NIELS;
import static be.ifg.workflow.attack.Family.SHELTER;
import static be.ifg.workflow.attack.Family.STRANGER;
import static org.assertj.core.api.Assertions.assertThat;

import be.ifg.domain.DisclosureEntry;
import be.ifg.domain.InformationCategory;
import be.ifg.domain.ItemId;
import be.ifg.domain.ProfessionalId;
import be.ifg.domain.Purpose;
import be.ifg.workflow.Command;
import be.ifg.workflow.Disclosure;
import be.ifg.workflow.Notice;
import be.ifg.workflow.Subscription;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Subscriptions as an attacker uses them: to hear of dossiers without standing at the table, to
 * learn that a hidden victim location exists, to keep listening after leaving.
 */
class SubscriptionAttackTests {
  private final Family f = new Family();

  private List<Notice> poll(ProfessionalId who) {
    List<Notice> got = new ArrayList<>();
    f.chain.subscribe(who, who + ".all").poll(10_000, got::add);
    return got;
  }

  private static List<String> kinds(List<Notice> notices) {
    return notices.stream().map(Notice::kind).toList();
  }

  @Test
  void nobodyWithoutStandingHearsOfTheTableButTheirPositionMovesOn() {
    f.directedBy(EMRE);
    for (ProfessionalId outsider : List.of(STRANGER, NIELS, KEES)) {
      Subscription s = f.chain.subscribe(outsider, outsider + ".all");
      int before = f.chain.audit().size();

      assertThat(s.poll(10_000, n -> {})).as("%s", outsider).isZero();

      assertThat(s.position()).as("%s", outsider).isPositive();
      DisclosureEntry entry = f.chain.audit().get(before);
      assertThat(entry.action()).isEqualTo(Disclosure.SUBSCRIPTION);
      if (!outsider.equals(KEES)) {
        assertThat(entry.outcome()).isEqualTo(Disclosure.DENY);
      }
      assertThat(entry.items()).allMatch(d -> d.outcome().equals(Disclosure.DENY));
    }
  }

  @Test
  void aMemberWhoLeftHearsNothingMore() {
    f.shared();
    Subscription fien = f.chain.subscribe(FIEN, "fien.all");
    assertThat(fien.poll(10_000, n -> {})).isPositive();

    f.ok(AN, new Command.LeaveTable(FIEN));
    f.direct(EMRE);

    assertThat(fien.poll(10_000, n -> {})).isZero();
    assertThat(poll(BART)).isNotEmpty();
  }

  @Test
  void aHiddenVictimLocationLeavesNoNotice() {
    f.directedBy(EMRE);
    f.ok(EMRE, Family.share(ItemId.of("i7"), InformationCategory.VICTIM_LOCATION));

    List<Notice> bart = poll(BART);
    List<Notice> emre = poll(EMRE);

    // the director sees the victim locations; bart does not even learn that they exist
    assertThat(kinds(emre)).filteredOn("InformationShared"::equals).hasSize(3);
    assertThat(kinds(bart)).filteredOn("InformationShared"::equals).hasSize(1);
    List<Long> hidden = new ArrayList<>(emre.stream().map(Notice::position).toList());
    hidden.removeAll(bart.stream().map(Notice::position).toList());
    assertThat(hidden).hasSize(2);
  }

  @Test
  void twoWorldsThatDifferOnlyInAHiddenVictimLocationTellAMemberTheSameButForPositions() {
    Family plain = new Family();
    Family sheltered = new Family();
    for (Family w : List.of(plain, sheltered)) {
      w.directedBy(EMRE);
      w.ticking = false;
    }
    sheltered.ok(EMRE, Family.share(ItemId.of("i7"), InformationCategory.VICTIM_LOCATION));
    for (Family w : List.of(plain, sheltered)) {
      w.ok(BART, Family.share(ItemId.of("i8"), InformationCategory.INCIDENT));
    }

    List<String> inPlain = told(plain);
    List<String> inSheltered = told(sheltered);

    assertThat(inSheltered).isEqualTo(inPlain);
  }

  /** What bart is told, but for the positions (see the security page on gaps). */
  private static List<String> told(Family world) {
    List<String> out = new ArrayList<>();
    world
        .chain
        .subscribe(BART, "all")
        .poll(10_000, n -> out.add(n.dossierId() + " " + n.kind() + " " + n.at()));
    return out;
  }

  @Test
  void aGrantOfAHiddenVictimLocationLeavesNoNoticeForOthers() {
    f.directedBy(EMRE);
    Subscription bart = f.chain.subscribe(BART, "bart.all");
    bart.poll(10_000, n -> {});

    f.ok(EMRE, new Command.GrantAccess(SHELTER, FIEN, Purpose.SAFETY));
    List<Notice> bartAfter = new ArrayList<>();
    bart.poll(10_000, bartAfter::add);
    List<Notice> fienForPlan = poll(FIEN);
    List<Notice> fienForSafety = new ArrayList<>();
    f.chain.subscribe(FIEN, "fien.safety", Purpose.SAFETY).poll(10_000, fienForSafety::add);

    assertThat(kinds(bartAfter)).doesNotContain("AccessGranted");
    assertThat(kinds(fienForPlan))
        .as("the grant is for SAFETY: for PLAN the shelter stays hidden")
        .doesNotContain("AccessGranted");
    assertThat(kinds(fienForSafety)).contains("AccessGranted");
    assertThat(kinds(fienForSafety)).filteredOn("InformationShared"::equals).hasSize(2);
  }

  @Test
  void aCorrectionOfAHiddenVictimLocationLeavesNoNoticeForOthers() {
    f.directedBy(EMRE);
    Subscription bart = f.chain.subscribe(BART, "bart.all");
    bart.poll(10_000, n -> {});
    Subscription emre = f.chain.subscribe(EMRE, "emre.all");
    emre.poll(10_000, n -> {});

    f.ok(
        AN,
        new Command.RecordCorrection(
            be.ifg.domain.CorrectionKind.ITEM_CONTENT,
            SHELTER.value(),
            "the shelter moved to another town",
            "the first summary named the old shelter"));
    List<Notice> bartAfter = new ArrayList<>();
    bart.poll(10_000, bartAfter::add);
    List<Notice> emreAfter = new ArrayList<>();
    emre.poll(10_000, emreAfter::add);

    assertThat(bartAfter).as("bart may not know the shelter exists").isEmpty();
    assertThat(kinds(emreAfter)).containsExactly("CorrectionRecorded");
  }

  @Test
  void aPollLogsTheSameNumberOfDecisionsWhateverItHides() {
    f.directedBy(EMRE);
    int before = f.chain.audit().size();
    poll(BART);
    poll(EMRE);

    DisclosureEntry bart = f.chain.audit().get(before);
    DisclosureEntry emre = f.chain.audit().get(before + 1);
    assertThat(bart.items()).hasSameSizeAs(emre.items());
    assertThat(bart.items())
        .as("the auditor sees which rule hid which event")
        .anyMatch(d -> d.rules().contains("victim-location"));
  }

  @Test
  void aRegistrantOutsideTheTableHearsOnlyWhatTheyMustActOn() {
    f.directedBy(EMRE);

    List<Notice> lien = poll(LIEN);

    assertThat(lien).isNotEmpty().allMatch(n -> n.dossierId().orElseThrow().equals(D1));
    assertThat(kinds(lien))
        .allMatch(Subscription.REGISTRANT_KINDS::contains)
        .contains("Registered", "Accepted");
  }

  @Test
  void evaluationAndStatisticsGetNoSubscription() {
    for (Purpose p : List.of(Purpose.EVALUATION, Purpose.STATISTICS)) {
      org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
          .isThrownBy(() -> f.chain.subscribe(AN, "an.counts", p))
          .withMessageContaining("SAFETY or PLAN");
    }
  }

  @Test
  void aNoticeCarriesNoActorNoContentAndNoVersion() {
    assertThat(Arrays.stream(Notice.class.getRecordComponents()).map(RecordComponent::getName))
        .containsExactly("position", "dossier", "kind", "at");
  }
}
