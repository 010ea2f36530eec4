package be.ifg.persistence.json;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import be.ifg.domain.ChainEvent;
import be.ifg.persistence.CorruptRecord;
import be.ifg.persistence.StreamId;
import com.google.common.base.Utf8;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The hash chain of an event stream: each event's record carries a hash over its stream, its
 * version, the hash of the stream's event before it and the record's text, so that an edited,
 * removed, inserted or reordered event breaks the chain of its stream.
 *
 * <p>The hash of version {@code n} is SHA-256 over the UTF-8 bytes of {@code
 * type=14:ifg-event-link;v=1:1;stream=<len>:<stream>;version=<len>:<n>;previous=<len>:<hash of
 * n-1>;record=<len>:<text>;} (each length in UTF-8 bytes), written {@code sha256:<64 hex digits>};
 * version 1's previous hash is {@link #GENESIS}. The text is the record as it was written ({@link
 * EventJson#write}, in its schema version of the day): upcasting never changes a hash, and the same
 * events give the same hashes in every adapter.
 *
 * <p>Records written before events were chained have no hash ("unchained"); a stream's chain still
 * runs through them (their hash is computed from their text), so the first chained record after
 * them covers them. A record without a hash after one with a hash is corrupt: its hash was removed.
 * Stateless and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class EventChain {
  /** The previous hash of a stream's first event. */
  public static final String GENESIS = "sha256:" + "0".repeat(64);

  private static final String TYPE = "ifg-event-link";

  private EventChain() {}

  /**
   * The hash of a record at a version of a stream, after the record with hash {@code previous}.
   *
   * @param stream the stream
   * @param version the record's version (from 1)
   * @param previous the hash of version {@code version - 1}, {@link #GENESIS} for version 1
   * @param record the record's text as it is kept
   * @throws IllegalArgumentException if the version is below 1
   * @throws NullPointerException if an argument is null
   */
  public static String link(StreamId stream, long version, String previous, String record) {
    checkNotNull(stream, "stream");
    checkArgument(version >= 1, "version must be >= 1: %s", version);
    checkNotNull(previous, "previous");
    checkNotNull(record, "record");
    StringBuilder b = new StringBuilder(record.length() + 200);
    field(b, "type", TYPE);
    field(b, "v", "1");
    field(b, "stream", stream.value());
    field(b, "version", Long.toString(version));
    field(b, "previous", previous);
    field(b, "record", record);
    return "sha256:" + HexFormat.of().formatHex(sha256(b.toString()));
  }

  /**
   * The hash of an event appended at a version of a stream: {@link #link(StreamId, long, String,
   * String)} over {@link EventJson#write the event's text}.
   */
  public static String link(StreamId stream, long version, String previous, ChainEvent event) {
    return link(stream, version, previous, EventJson.write(checkNotNull(event, "event")));
  }

  /**
   * Checks a whole stream's chain, from version 1: the records' texts and the hashes kept with them
   * (null for a record written before events were chained).
   *
   * @param stream the stream
   * @param records the records' texts, version 1 first
   * @param hashes the hashes kept with them, in the same order
   * @return the stream's head: the hash of its last record, computed ({@link #GENESIS} for none)
   * @throws CorruptRecord naming the stream and the first version whose hash does not match, or
   *     that has no hash after one that has
   * @throws IllegalArgumentException if the lists differ in size
   */
  public static String check(
      StreamId stream, List<String> records, List<? extends @Nullable String> hashes) {
    checkNotNull(stream, "stream");
    checkArgument(records.size() == hashes.size(), "one hash per record");
    String previous = GENESIS;
    boolean chained = false;
    for (int i = 0; i < records.size(); i++) {
      long version = i + 1L;
      String computed = link(stream, version, previous, records.get(i));
      String kept = hashes.get(i);
      if (kept == null) {
        if (chained) {
          throw broken(stream, version, "the record has no hash though an earlier one has");
        }
      } else {
        chained = true;
        if (!kept.equals(computed)) {
          throw broken(
              stream,
              version,
              "its hash does not match its content and place: the record was edited, or an"
                  + " event up to it was removed, inserted or reordered");
        }
      }
      previous = computed;
    }
    return previous;
  }

  private static CorruptRecord broken(StreamId stream, long version, String why) {
    return new CorruptRecord("stream " + stream + ", version " + version, why, null);
  }

  private static void field(StringBuilder b, String name, String value) {
    b.append(name).append('=').append(Utf8.encodedLength(value)).append(':').append(value);
    b.append(';');
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("this Java platform has no SHA-256", e);
    }
  }
}
