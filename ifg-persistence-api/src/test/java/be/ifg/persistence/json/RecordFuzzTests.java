package be.ifg.persistence.json;

import static org.assertj.core.api.Assertions.assertThat;

import be.ifg.domain.DossierId;
import be.ifg.persistence.CorruptRecord;
import be.ifg.persistence.StreamId;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * The fuzz targets of the stored-record readers: {@link EventJson#read} and {@link
 * EventJson#readDisclosure} (docs/fuzzing.md). In every build they run in regression mode over the
 * seed corpus in {@code src/test/resources/be/ifg/persistence/json/RecordFuzzTestsInputs/<method>/}
 * (the golden files of every type and version, and every input that failed); with {@code
 * JAZZER_FUZZ=1} Jazzer mutates it.
 *
 * <p>An input passes when it reads as a record or ends in a {@link CorruptRecord} whose message is
 * one line of less than 2,000 characters naming the stream and version (or the sequence), with no
 * Jackson source excerpt; and, for an input of up to 64 KiB, in less than a second of processor
 * time. Anything else thrown fails.
 */
class RecordFuzzTests {
  private static final long BOUND_MILLIS = 1000;
  private static final int SMALL = 64 * 1024;

  @FuzzTest(maxDuration = "2m")
  void eventReader(byte[] data) {
    String json = new String(data, StandardCharsets.UTF_8);
    StreamId stream =
        json.contains("\"region\"")
            ? StreamId.table("west-vlaanderen")
            : StreamId.dossier(DossierId.of("d-sample"));
    inTime(data, () -> declared(() -> EventJson.read(json, stream, 7), "version 7", json));
  }

  @FuzzTest(maxDuration = "2m")
  void disclosureReader(byte[] data) {
    String json = new String(data, StandardCharsets.UTF_8);
    inTime(data, () -> declared(() -> EventJson.readDisclosure(json, 1), "sequence 1", json));
  }

  private static void declared(Runnable read, String where, String input) {
    try {
      read.run();
    } catch (CorruptRecord e) {
      String message = String.valueOf(e.getMessage());
      assertThat(message).contains(where).doesNotContain("\n", "\r");
      if (!input.contains("Source") && !input.contains("REDACTED")) {
        // Jackson's excerpt; a record may hold these words itself, and a problem may quote it
        assertThat(message).doesNotContain("Source:", "REDACTED");
      }
      assertThat(message.length()).as("length of %.200s", message).isLessThan(2000);
    }
  }

  private static void inTime(byte[] data, Runnable run) {
    long millis = timed(run);
    if (millis >= BOUND_MILLIS && data.length <= SMALL) {
      millis = timed(run);
    }
    if (data.length <= SMALL) {
      assertThat(millis).as("milliseconds for %d bytes", data.length).isLessThan(BOUND_MILLIS);
    }
  }

  private static long timed(Runnable run) {
    long start = cpuNanos();
    run.run();
    return (cpuNanos() - start) / 1_000_000;
  }

  private static long cpuNanos() {
    return ProcessHandle.current()
        .info()
        .totalCpuDuration()
        .map(java.time.Duration::toNanos)
        .orElseGet(System::nanoTime);
  }
}
