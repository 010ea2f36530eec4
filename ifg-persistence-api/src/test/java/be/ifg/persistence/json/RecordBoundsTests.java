package be.ifg.persistence.json;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ifg.domain.DossierId;
import be.ifg.persistence.CorruptRecord;
import be.ifg.persistence.StreamId;
import org.junit.jupiter.api.Test;

/**
 * What the stored-record readers accept is bounded (issue 15): each record below is a {@link
 * CorruptRecord} naming stream and version (or sequence), in one short line.
 */
class RecordBoundsTests {
  private static final StreamId STREAM = StreamId.dossier(DossierId.of("d-sample"));

  private static final String ACCEPTED =
      """
      {"type": "Accepted", "schemaVersion": 2, "dossier": "d-sample", "actor": "an",
       "at": "2026-02-03T09:00:00Z", "session": "zitting-2026-02"}""";

  private static void corrupt(String json, String... parts) {
    assertThatThrownBy(() -> EventJson.read(json, STREAM, 4))
        .isInstanceOf(CorruptRecord.class)
        .hasMessageContaining("stream " + STREAM + ", version 4")
        .hasMessageContainingAll(parts)
        .hasMessageNotContaining("\n")
        .message()
        .hasSizeLessThan(2000);
  }

  @Test
  void aKeyGivenTwiceIsRefusedWithItsLineAndColumn() {
    corrupt(
        ACCEPTED.replace("\"actor\": \"an\"", "\"actor\": \"an\", \"actor\": \"bo\""),
        "malformed JSON at line 1, column ",
        "Duplicate");
  }

  @Test
  void datesBeyondTheYear9999AreRefused() {
    corrupt(
        ACCEPTED.replace("2026-02-03T09:00:00Z", "+999999999-12-31T23:59:59Z"),
        "$.at is out of range: expected the years 1 to 9999");
  }

  @Test
  void hugeNumbersAreRefusedWithoutArithmetic() {
    corrupt(
        ACCEPTED.replace("\"schemaVersion\": 2", "\"schemaVersion\": 2e999999999"),
        "schemaVersion");
    corrupt(
        ACCEPTED.replace("\"schemaVersion\": 2", "\"schemaVersion\": 99999999999999999999999"),
        "schemaVersion");
  }

  @Test
  void longTextsAreRefusedBeforeTheyAreConverted() {
    corrupt(
        ACCEPTED.replace("\"an\"", "\"" + "a".repeat(5000) + "\""),
        "$.actor is invalid: a text of more than 1000");
    corrupt(ACCEPTED.replace("\"an\"", "\"" + "a".repeat(200_000) + "\""), "malformed JSON");
  }

  @Test
  void manyUnknownFieldsMakeOneShortLine() {
    StringBuilder extra = new StringBuilder();
    for (int i = 0; i < 3000; i++) {
      extra.append(", \"field-").append(i).append("\\n\": 1");
    }
    corrupt(ACCEPTED.replace("\"actor\": \"an\"", "\"actor\": \"an\"" + extra), "unknown field");
  }

  @Test
  void aDisclosureEntryNamesItsSequence() {
    assertThatThrownBy(() -> EventJson.readDisclosure("{\"a\": 1, \"a\": 2}", 9))
        .isInstanceOf(CorruptRecord.class)
        .hasMessageContaining("disclosure log, sequence 9")
        .hasMessageContaining("at line 1, column ");
  }
}
