package be.ifg.persistence.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ifg.domain.DossierId;
import be.ifg.persistence.CorruptRecord;
import be.ifg.persistence.StreamId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The hash chain of a stream, on a tamperable stream kept in memory (texts and hashes as an adapter
 * keeps them): what a store administrator can do to the rows, and what the chain says.
 */
class EventChainTests {
  private static final StreamId S = StreamId.dossier("west", DossierId.of("d1"));

  /** A stream of records as an adapter keeps them: texts, and the hash kept with each. */
  private static final class TamperableStream {
    final List<String> records = new ArrayList<>();
    final List<String> hashes = new ArrayList<>();

    TamperableStream(int n) {
      String previous = EventChain.GENESIS;
      for (int i = 1; i <= n; i++) {
        String text = "{\"type\":\"Note\",\"n\":" + i + ",\"party\":\"sara\"}";
        previous = EventChain.link(S, i, previous, text);
        records.add(text);
        hashes.add(previous);
      }
    }

    String check() {
      return EventChain.check(S, records, hashes);
    }
  }

  @Test
  void anIntactStreamChecksAndGivesItsHead() {
    TamperableStream s = new TamperableStream(4);

    assertThat(s.check()).isEqualTo(s.hashes.get(3)).startsWith("sha256:").hasSize(71);
    assertThat(EventChain.check(S, List.of(), List.of())).isEqualTo(EventChain.GENESIS);
  }

  @Test
  void theHashIsPinned() {
    assertThat(EventChain.link(S, 1, EventChain.GENESIS, "{}"))
        .as("the scheme is part of the stored format: a change here breaks every store")
        .isEqualTo("sha256:2ae5049da9f1caeba26cdebc76ccf24b57c201a3e5f5f6841abec00a2f771a0c")
        .isNotEqualTo(EventChain.link(S, 2, EventChain.GENESIS, "{}"))
        .isNotEqualTo(
            EventChain.link(
                StreamId.dossier("west", DossierId.of("d2")), 1, EventChain.GENESIS, "{}"))
        .isNotEqualTo(EventChain.link(S, 1, EventChain.GENESIS, "{ }"));
  }

  @Test
  void catchesAnEditedRecord() {
    TamperableStream s = new TamperableStream(4);
    s.records.set(1, s.records.get(1).replace("sara", "saar"));

    assertThatThrownBy(s::check)
        .isInstanceOfSatisfying(
            CorruptRecord.class,
            c -> {
              assertThat(c.record()).isEqualTo("stream dossier:west/d1, version 2");
              assertThat(c.problem()).contains("was edited");
            });
  }

  @Test
  void catchesARemovedRecord() {
    TamperableStream s = new TamperableStream(4);
    s.records.remove(1);
    s.hashes.remove(1);

    assertThatThrownBy(s::check).hasMessageContaining("version 2").hasMessageContaining("removed");
  }

  @Test
  void catchesReorderedRecords() {
    TamperableStream s = new TamperableStream(4);
    Collections.swap(s.records, 1, 2);
    Collections.swap(s.hashes, 1, 2);

    assertThatThrownBy(s::check)
        .hasMessageContaining("version 2")
        .hasMessageContaining("reordered");
  }

  @Test
  void catchesARemovedHashButNotATruncationOrAConsistentRechain() {
    TamperableStream s = new TamperableStream(4);
    String head = s.check();
    s.hashes.set(3, null);

    assertThatThrownBy(s::check)
        .hasMessageContaining("version 4")
        .hasMessageContaining("no hash though an earlier one has");

    TamperableStream cut = new TamperableStream(4);
    cut.records.remove(3);
    cut.hashes.remove(3);
    assertThat(cut.check()).as("a cut end chains: only a recorded head tells").isNotEqualTo(head);

    TamperableStream rechained = new TamperableStream(4);
    rechained.records.set(0, rechained.records.get(0).replace("sara", "saar"));
    String previous = EventChain.GENESIS;
    for (int i = 0; i < 4; i++) {
      previous = EventChain.link(S, i + 1L, previous, rechained.records.get(i));
      rechained.hashes.set(i, previous);
    }
    assertThat(rechained.check())
        .as("a rewrite chains: only a recorded head tells")
        .isNotEqualTo(head);
  }

  @Test
  void unchainedRecordsBeforeTheFirstHashAreCoveredByIt() {
    TamperableStream s = new TamperableStream(4);
    s.hashes.set(0, null);
    s.hashes.set(1, null);

    assertThat(s.check()).isEqualTo(s.hashes.get(3));
    s.records.set(0, s.records.get(0).replace("sara", "saar"));
    assertThatThrownBy(s::check).hasMessageContaining("version 3");
    assertThatThrownBy(() -> EventChain.check(S, List.of("a"), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
