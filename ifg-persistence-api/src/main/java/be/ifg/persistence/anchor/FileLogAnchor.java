package be.ifg.persistence.anchor;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import be.ifg.persistence.CorruptRecord;
import be.ifg.persistence.LogAnchor;
import be.ifg.persistence.LogCheckpoint;
import be.ifg.persistence.PersistenceException;
import com.google.common.collect.ImmutableList;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A {@link LogAnchor} in a text file: one line per checkpoint, appended and forced to the disk
 * before {@link #append} returns.
 *
 * <p>Each line is {@code v1 length=N head=H at=T key=K signature=S}, with the fields of {@link
 * LogCheckpoint} (the instant in ISO-8601 UTC), separated by single spaces and ended by a line
 * feed; a checkpoint carrying the events' heads has {@code events=E} between key and signature:
 *
 * <pre>
 * v1 length=12 head=sha256:9f2c…e1 at=2026-02-05T13:00:00Z key=3b8e0f6a1c2d4e5f signature=Zm9v…==
 * </pre>
 *
 * <p>The file belongs somewhere the store's administrator cannot write: another volume or machine,
 * or an append-only or write-once mount. The anchor never creates directories: its directory must
 * exist, or the constructor fails, so that a mistyped path does not silently anchor the log in a
 * new, unwatched place. The file itself is created by the first append; until then the anchor holds
 * no checkpoint.
 *
 * <p>Reading is strict: a line that is not a checkpoint (a torn last line after a crash, an edit)
 * is a {@link CorruptRecord} naming the file and the line number, never skipped.
 *
 * <p>Thread-safe: appends and reads of one file in this JVM take one lock (whichever instance they
 * go through), and an append holds an exclusive lock on the file while a read holds a shared one,
 * so a reader in another process never sees half a line. Verification still expects one writing log
 * per anchor (see {@code Checkpoints} in {@code ifg-workflow}).
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class FileLogAnchor implements LogAnchor {
  private static final String VERSION = "v1";
  private static final String[] FIELDS = {"length", "head", "at", "key", "signature"};

  /** One lock per file in this JVM: a JVM may hold only one lock on a file's region at a time. */
  private static final ConcurrentMap<Path, Object> LOCKS = new ConcurrentHashMap<>();

  private final Path file;
  private final Object lock;

  /**
   * An anchor in the given file, which need not exist yet.
   *
   * @param file the file; its directory must exist
   * @throws PersistenceException if the file's directory does not exist, or the file is a directory
   */
  public FileLogAnchor(Path file) {
    checkNotNull(file, "file must not be null");
    Path absolute = file.toAbsolutePath();
    Path directory = absolute.getParent();
    if (directory == null || !Files.isDirectory(directory)) {
      throw new PersistenceException(
          "the directory of the anchor file "
              + file
              + " does not exist: create it first (the anchor creates no directories)");
    }
    if (Files.isDirectory(absolute)) {
      throw new PersistenceException(
          "the anchor file " + file + " is a directory: name a file in it instead");
    }
    this.file = file;
    this.lock = LOCKS.computeIfAbsent(absolute.normalize(), f -> new Object());
  }

  /** The file this anchor keeps its checkpoints in. */
  public Path file() {
    return file;
  }

  /**
   * Appends the checkpoint as one line, then forces the file's content to the storage device.
   *
   * @throws PersistenceException if the file cannot be written; then the line may or may not be
   *     there
   */
  @Override
  public void append(LogCheckpoint checkpoint) {
    checkNotNull(checkpoint, "checkpoint must not be null");
    ByteBuffer line = ByteBuffer.wrap(format(checkpoint).getBytes(StandardCharsets.US_ASCII));
    synchronized (lock) {
      boolean created = !Files.exists(file);
      try (FileChannel channel =
          FileChannel.open(
              file,
              StandardOpenOption.CREATE,
              StandardOpenOption.WRITE,
              StandardOpenOption.APPEND)) {
        FileLock exclusive = channel.lock();
        try {
          while (line.hasRemaining()) {
            channel.write(line);
          }
          channel.force(true);
        } finally {
          exclusive.release();
        }
      } catch (IOException e) {
        throw new PersistenceException(
            "the checkpoint cannot be appended to the anchor file " + file + ": " + e, e);
      }
      if (created) {
        forceDirectory();
      }
    }
  }

  /**
   * Every checkpoint in the file, oldest first; none when the file does not exist yet.
   *
   * @throws CorruptRecord if a line is not a checkpoint, naming the file and line number
   * @throws PersistenceException if the file cannot be read
   */
  @Override
  public List<LogCheckpoint> checkpoints() {
    String text;
    synchronized (lock) {
      try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
        FileLock shared = channel.lock(0, Long.MAX_VALUE, true);
        try {
          // not closed here: closing the stream would close the channel under the lock
          text =
              new String(Channels.newInputStream(channel).readAllBytes(), StandardCharsets.UTF_8);
        } finally {
          shared.release();
        }
      } catch (NoSuchFileException e) {
        return List.of();
      } catch (IOException e) {
        throw new PersistenceException("the anchor file " + file + " cannot be read: " + e, e);
      }
    }
    ImmutableList.Builder<LogCheckpoint> all = ImmutableList.builder();
    try (BufferedReader in = new BufferedReader(new StringReader(text))) {
      int number = 0;
      String line;
      while ((line = in.readLine()) != null) {
        number++;
        all.add(parse(line, number));
      }
    } catch (IOException e) {
      throw new PersistenceException("the anchor file " + file + " cannot be read: " + e, e);
    }
    return all.build();
  }

  /** The line of a checkpoint, with its line feed. */
  static String format(LogCheckpoint c) {
    return VERSION
        + " length="
        + c.length()
        + " head="
        + c.head()
        + " at="
        + c.at()
        + " key="
        + c.keyId()
        + (c.events() == null ? "" : " events=" + c.events())
        + " signature="
        + c.signature()
        + "\n";
  }

  private LogCheckpoint parse(String line, int number) {
    String[] parts = line.split(" ", -1);
    // a checkpoint with the events' heads: its events field, taken out, and a v1 line remains
    @Nullable String events = null;
    if (parts.length == FIELDS.length + 2
        && parts[0].equals(VERSION)
        && parts[FIELDS.length].startsWith("events=")) {
      events = parts[FIELDS.length].substring("events=".length());
      String[] rest = new String[FIELDS.length + 1];
      System.arraycopy(parts, 0, rest, 0, FIELDS.length);
      rest[FIELDS.length] = parts[FIELDS.length + 1];
      parts = rest;
    }
    if (parts.length != FIELDS.length + 1 || !parts[0].equals(VERSION)) {
      throw corrupt(
          number,
          "expected 'v1 length=N head=H at=T key=K signature=S' but found '" + shorten(line) + "'",
          null);
    }
    String[] values = new String[FIELDS.length];
    for (int i = 0; i < FIELDS.length; i++) {
      String prefix = FIELDS[i] + "=";
      if (!parts[i + 1].startsWith(prefix)) {
        throw corrupt(
            number,
            "field "
                + (i + 1)
                + " must be "
                + FIELDS[i]
                + "=… but is '"
                + shorten(parts[i + 1])
                + "'",
            null);
      }
      values[i] = parts[i + 1].substring(prefix.length());
    }
    long length;
    try {
      length = Long.parseLong(values[0]);
    } catch (NumberFormatException e) {
      throw corrupt(number, "length is not a number: '" + shorten(values[0]) + "'", e);
    }
    Instant at;
    try {
      at = Instant.parse(values[2]);
    } catch (DateTimeParseException e) {
      throw corrupt(number, "at is not an ISO-8601 instant: '" + shorten(values[2]) + "'", e);
    }
    try {
      return new LogCheckpoint(length, values[1], at, values[3], values[4], events);
    } catch (IllegalArgumentException e) {
      throw corrupt(number, String.valueOf(e.getMessage()), e);
    }
  }

  private CorruptRecord corrupt(int number, String problem, @Nullable Throwable cause) {
    return new CorruptRecord("anchor file " + file + ", line " + number, problem, cause);
  }

  private static String shorten(String s) {
    return s.length() <= 80 ? s : s.substring(0, 77) + "...";
  }

  /**
   * Forces the directory entry of a new file to the disk, where the platform allows it (on Linux;
   * other platforms refuse to open a directory, and keep new files durable by other means).
   */
  private void forceDirectory() {
    Path directory = file.toAbsolutePath().getParent();
    try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException | UnsupportedOperationException notOnThisPlatform) {
      // the file's content is forced already; only its directory entry is left to the platform
    }
  }
}
