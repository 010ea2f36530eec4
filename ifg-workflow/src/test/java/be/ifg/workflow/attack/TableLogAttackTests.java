package be.ifg.workflow.attack;

import static be.ifg.workflow.attack.Family.AN;
import static be.ifg.workflow.attack.Family.BART;
import static be.ifg.workflow.attack.Family.D1;
import static be.ifg.workflow.attack.Family.EMRE;
import static be.ifg.workflow.attack.Family.FIEN;
import static be.ifg.workflow.attack.Family.KEES;
import static be.ifg.workflow.attack.Family.LIEN;
import static be.ifg.workflow.attack.Family.NIELS;
import static be.ifg.workflow.attack.Family.STRANGER;
import static org.assertj.core.api.Assertions.assertThat;

import be.ifg.domain.CaseTable;
import be.ifg.domain.DisclosureEntry;
import be.ifg.domain.InformationCategory;
import be.ifg.domain.ItemId;
import be.ifg.domain.PartnerId;
import be.ifg.domain.PartnerKind;
import be.ifg.domain.ProfessionalId;
import be.ifg.domain.Purpose;
import be.ifg.domain.TableMember;
import be.ifg.persistence.memory.InMemoryStore;
import be.ifg.workflow.AccessAction;
import be.ifg.workflow.ChainApproach;
import be.ifg.workflow.Command;
import be.ifg.workflow.Disclosure;
import be.ifg.workflow.TableLogEntry;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * Attacks on the coordinator's reading of the disclosure log ({@link ChainApproach#disclosureLog}):
 * anybody but the coordinator with standing reads it; the coordinator learns of another table's
 * questions, of their number, or that a victim location hidden from them exists.
 */
class TableLogAttackTests {
  private static final ItemId HIDDEN = ItemId.of("i6"); // pol's victim location: not for an

  @Test
  void anybodyButTheCoordinatorGetsTheSameEmptyAnswerWhateverTheLogHolds() {
    Family empty = new Family();
    Family busy = new Family();
    busy.shared();
    busy.chain.view(BART, D1, Purpose.PLAN);
    busy.chain.decide(BART, AccessAction.VIEW, D1, Family.SHELTER, Purpose.SAFETY);
    for (ProfessionalId other : List.of(BART, EMRE, FIEN, NIELS, KEES, LIEN, STRANGER)) {
      assertThat(empty.chain.disclosureLog(other)).as("%s, empty log", other).isEmpty();
      assertThat(busy.chain.disclosureLog(other)).as("%s, busy log", other).isEmpty();
    }
    assertThat(busy.chain.disclosureLog(AN)).isNotEmpty();
  }

  @Test
  void everyQuestionIsLoggedAnsweredOrRefused() {
    Family f = new Family().building();
    int before = f.chain.audit().size();
    f.chain.disclosureLog(BART);
    List<TableLogEntry> mine = f.chain.disclosureLog(AN);
    List<DisclosureEntry> entries = f.chain.audit().subList(before, f.chain.audit().size());
    assertThat(entries)
        .extracting(DisclosureEntry::action)
        .containsOnly(ChainApproach.DISCLOSURE_LOG);
    assertThat(entries).extracting(DisclosureEntry::outcome).containsExactly("DENY", "PERMIT");
    assertThat(entries.get(0).rules()).contains(ChainApproach.DISCLOSURE_LOG_RULE);
    // the coordinator's answer ends with the question itself, and holds bart's refused one
    assertThat(mine.get(mine.size() - 1).action()).isEqualTo(ChainApproach.DISCLOSURE_LOG);
    assertThat(mine.get(mine.size() - 1).actor()).isEqualTo(AN);
    assertThat(mine)
        .anySatisfy(
            e -> {
              assertThat(e.actor()).isEqualTo(BART);
              assertThat(e.outcome()).isEqualTo(Disclosure.DENY);
            });
  }

  @Test
  void aFormerMemberAndACoordinatorWithoutThePledgeGetNothing() {
    Family f = new Family().building();
    assertThat(f.chain.disclosureLog(BART)).isEmpty();
    f.ok(AN, new Command.LeaveTable(BART));
    assertThat(f.chain.disclosureLog(BART)).isEmpty();
    // the coordinator cannot leave the table, nor be replaced by configuring the table anew (the
    // library refuses both), so a former coordinator is a professional who is not the coordinator
    // now: judged against the table as it is at the question, like the unpledged coordinator here
    Family unpledged =
        new Family(
            new InMemoryStore(),
            CaseTable.builder("oost")
                .partner("caw", PartnerKind.CAW)
                .member(new TableMember(AN, PartnerId.of("caw"), false))
                .coordinator("an")
                .build());
    assertThat(unpledged.chain.disclosureLog(AN)).isEmpty();
    unpledged.ok(AN, new Command.SignPledge());
    assertThat(unpledged.chain.disclosureLog(AN)).isNotEmpty();
  }

  @Test
  void aCoordinatorLearnsNothingOfAnotherTablesQuestionsNorHowManyThereWere() {
    InMemoryStore store = new InMemoryStore();
    Family west = new Family(store);
    Family east = new Family(store, Family.table("oost-vlaanderen"));
    west.shared();
    west.chain.view(BART, D1, Purpose.SAFETY);
    east.chain.dossiers(BART);
    west.chain.status(EMRE, D1);
    east.chain.agenda(AN, LocalDate.of(2026, 3, 3));
    List<TableLogEntry> eastLog = east.chain.disclosureLog(AN);
    long eastEntries =
        east.chain.audit().stream().filter(e -> "oost-vlaanderen".equals(e.table())).count();
    assertThat(eastLog).hasSize((int) eastEntries);
    assertThat(eastLog)
        .extracting(TableLogEntry::action)
        .containsExactly(Disclosure.DOSSIER_LIST, Disclosure.AGENDA, ChainApproach.DISCLOSURE_LOG);
    assertThat(eastLog).allSatisfy(e -> assertThat(e.dossier()).isNull());
    // positions count this table's entries only: the gaps of west's questions do not show
    assertThat(eastLog)
        .extracting(TableLogEntry::position)
        .containsExactlyElementsOf(LongStream.rangeClosed(1, eastLog.size()).boxed().toList());
    // and the other way round
    assertThat(west.chain.disclosureLog(AN))
        .extracting(TableLogEntry::action)
        .doesNotContain(Disclosure.DOSSIER_LIST, Disclosure.AGENDA);
  }

  /** A world where bart looks at d1 and asks about item i6, which is his location or nothing. */
  private static List<TableLogEntry> coordinatorsLog(boolean withHiddenLocation) {
    Family f = new Family();
    f.ticking = false;
    f.shared();
    if (withHiddenLocation) {
      f.ok(BART, Family.share(HIDDEN, InformationCategory.VICTIM_LOCATION));
    }
    f.chain.view(BART, D1, Purpose.SAFETY);
    f.chain.read(BART, D1, Purpose.SAFETY);
    f.chain.decide(BART, AccessAction.VIEW, D1, HIDDEN, Purpose.SAFETY);
    f.chain.decide(EMRE, AccessAction.VIEW, D1, HIDDEN, Purpose.SAFETY);
    f.chain.view(EMRE, D1, Purpose.PLAN);
    return f.chain.disclosureLog(AN);
  }

  @Test
  void aVictimLocationHiddenFromTheCoordinatorLeavesNoTraceInTheirLog() {
    List<TableLogEntry> with = coordinatorsLog(true);
    List<TableLogEntry> without = coordinatorsLog(false);
    assertThat(with).isEqualTo(without);
    assertThat(with.toString()).doesNotContain("i6", "victim-location");
    assertThat(with)
        .filteredOn(TableLogEntry::aboutItem)
        .hasSize(2)
        .allSatisfy(
            e -> {
              assertThat(e.outcome()).isNull();
              assertThat(e.rules()).isEmpty();
            });
  }

  @Test
  void theCoordinatorsOwnLocationIsNamedNowhereEither() {
    Family f = new Family().shared();
    f.chain.decide(AN, AccessAction.VIEW, D1, Family.SHELTER, Purpose.SAFETY);
    f.chain.view(BART, D1, Purpose.SAFETY);
    assertThat(f.chain.disclosureLog(AN).toString()).doesNotContain("i2", "i1");
  }
}
