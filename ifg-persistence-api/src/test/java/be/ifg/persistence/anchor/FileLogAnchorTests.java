package be.ifg.persistence.anchor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ifg.domain.DisclosureEntry;
import be.ifg.persistence.CorruptRecord;
import be.ifg.persistence.LogCheckpoint;
import be.ifg.persistence.PersistenceException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileLogAnchorTests {
  private static final String HEAD = "sha256:" + "ab".repeat(32);
  private static final LogCheckpoint FIRST =
      new LogCheckpoint(
          3, HEAD, Instant.parse("2026-02-05T13:00:00Z"), "0123456789abcdef", "c2lnbmF0dXJl");
  private static final LogCheckpoint EMPTY =
      new LogCheckpoint(
          0,
          DisclosureEntry.GENESIS,
          Instant.parse("2026-02-05T12:59:59.123456789Z"),
          "0123456789abcdef",
          "AAAA");

  @TempDir Path directory;

  @Test
  void keepsCheckpointsOneLineEachInTheOrderAppended() throws IOException {
    Path file = directory.resolve("anchor.log");
    FileLogAnchor anchor = new FileLogAnchor(file);
    assertThat(anchor.checkpoints()).isEmpty();
    assertThat(file).doesNotExist();

    anchor.append(EMPTY);
    anchor.append(FIRST);

    assertThat(anchor.checkpoints()).containsExactly(EMPTY, FIRST);
    assertThat(new FileLogAnchor(file).checkpoints()).containsExactly(EMPTY, FIRST);
    assertThat(Files.readAllLines(file))
        .element(1)
        .isEqualTo(
            "v1 length=3 head="
                + HEAD
                + " at=2026-02-05T13:00:00Z key=0123456789abcdef signature=c2lnbmF0dXJl");
  }

  @Test
  void refusesADirectoryThatDoesNotExist() {
    Path file = directory.resolve("missing").resolve("anchor.log");

    assertThatThrownBy(() -> new FileLogAnchor(file))
        .isInstanceOf(PersistenceException.class)
        .hasMessageContaining("does not exist")
        .hasMessageContaining("creates no directories");
    assertThat(directory.resolve("missing")).doesNotExist();
  }

  @Test
  void refusesADirectoryAsItsFile() {
    assertThatThrownBy(() -> new FileLogAnchor(directory))
        .isInstanceOf(PersistenceException.class)
        .hasMessageContaining("is a directory");
  }

  @Test
  void reportsAMalformedLineWithItsFileAndNumber() throws IOException {
    Path file = directory.resolve("anchor.log");
    FileLogAnchor anchor = new FileLogAnchor(file);
    anchor.append(FIRST);
    Files.writeString(
        file, "v1 length=4 head=" + HEAD + " at=yesterday\n", StandardOpenOption.APPEND);

    assertThatThrownBy(anchor::checkpoints)
        .isInstanceOf(CorruptRecord.class)
        .hasMessageContaining("anchor file " + file + ", line 2")
        .hasMessageContaining("expected 'v1 length=N head=H at=T key=K signature=S'");
  }

  @Test
  void reportsABadFieldWithItsLineNumber() throws IOException {
    Path file = directory.resolve("anchor.log");
    String good = line(FIRST);
    Files.writeString(
        file,
        good
            + good.replace("length=3", "length=-3")
            + good.replace("signature=c2lnbmF0dXJl", "signature=not*base64"),
        StandardCharsets.US_ASCII);
    FileLogAnchor anchor = new FileLogAnchor(file);

    assertThatThrownBy(anchor::checkpoints)
        .isInstanceOf(CorruptRecord.class)
        .hasMessageContaining("line 2")
        .hasMessageContaining("length must be >= 0");
  }

  @Test
  void reportsATornLastLine() throws IOException {
    Path file = directory.resolve("anchor.log");
    Files.writeString(file, line(FIRST) + line(FIRST).substring(0, 40), StandardCharsets.US_ASCII);

    assertThatThrownBy(new FileLogAnchor(file)::checkpoints)
        .isInstanceOf(CorruptRecord.class)
        .hasMessageContaining("line 2");
  }

  @Test
  void aCheckpointSignsAnUnambiguousText() {
    assertThat(FIRST.signedText())
        .isEqualTo(
            "type=29:ifg-disclosure-log-checkpoint;v=1:1;length=1:3;head=71:"
                + HEAD
                + ";at=20:2026-02-05T13:00:00Z;key=16:0123456789abcdef;");
    assertThat(FIRST.signedText())
        .isEqualTo(LogCheckpoint.signedText(3, HEAD, FIRST.at(), FIRST.keyId()));
  }

  @Test
  void aCheckpointRefusesWhatALineCouldNotHold() {
    Instant at = FIRST.at();
    assertThatThrownBy(() -> new LogCheckpoint(1, "sha256:a b", at, "k", "AAAA"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new LogCheckpoint(1, HEAD, at, "", "AAAA"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new LogCheckpoint(1, HEAD, at, "k", "A"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new LogCheckpoint(0, HEAD, at, "k", "AAAA"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("empty log");
  }

  @Test
  void appendsFromSeveralThreadsThroughSeveralInstances() throws Exception {
    Path file = directory.resolve("anchor.log");
    FileLogAnchor anchor = new FileLogAnchor(file);
    FileLogAnchor another = new FileLogAnchor(directory.resolve(".").resolve("anchor.log"));
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      List<Future<?>> running =
          List.of(
              pool.submit(() -> appendTimes(anchor, 20)),
              pool.submit(() -> appendTimes(another, 20)),
              pool.submit(() -> assertThat(another.checkpoints()).hasSizeLessThanOrEqualTo(40)));
      for (Future<?> f : running) {
        f.get(30, TimeUnit.SECONDS); // fails the test with any thread's failure
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(anchor.checkpoints()).hasSize(40).containsOnly(FIRST);
  }

  private static void appendTimes(FileLogAnchor anchor, int n) {
    for (int i = 0; i < n; i++) {
      anchor.append(FIRST);
    }
  }

  private static String line(LogCheckpoint c) {
    return FileLogAnchor.format(c);
  }
}
