package be.ifg.workflow;

import static com.google.common.base.Preconditions.checkArgument;

import be.ifg.persistence.EventStore;
import be.ifg.persistence.RecordedEvent;
import be.ifg.persistence.StreamHead;
import be.ifg.persistence.json.EventChain;
import com.google.common.base.Utf8;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The event streams' heads a checkpoint signs ({@link be.ifg.persistence.LogCheckpoint#events()}):
 * {@code <global position P>:<digest>}, the digest being SHA-256 over every stream's name, version
 * and chain hash as of P, in name order (see {@code docs/log-anchoring.md}, "Events' heads").
 *
 * <p>The hashes are recomputed from the events ({@link EventChain#link}) rather than taken from the
 * store's kept hashes, so an event edited and re-chained in the store changes them. Reading every
 * event up to P, it belongs to forced checkpoints and to verification, which are rare. Stateless.
 */
final class EventHeads {
  private static final int PAGE = 1_000;

  private EventHeads() {}

  /** The heads as of the store's last event, as a checkpoint's {@code events} field. */
  static String take(EventStore store) {
    long position = 0;
    while (true) {
      List<RecordedEvent> batch = store.readAll(position, PAGE);
      if (batch.isEmpty()) {
        break;
      }
      position = batch.get(batch.size() - 1).position();
    }
    return position + ":" + digest(heads(store, position));
  }

  /** Every stream's head as of a global position: only events at or before it count. */
  static List<StreamHead> heads(EventStore store, long upToPosition) {
    checkArgument(upToPosition >= 0, "upToPosition must be >= 0: %s", upToPosition);
    SortedMap<String, StreamHead> byName = new TreeMap<>();
    long after = 0;
    while (after < upToPosition) {
      List<RecordedEvent> batch = store.readAll(after, PAGE);
      if (batch.isEmpty()) {
        break;
      }
      for (RecordedEvent r : batch) {
        if (r.position() > upToPosition) {
          return List.copyOf(byName.values());
        }
        after = r.position();
        StreamHead previous = byName.get(r.stream().value());
        String before =
            previous == null ? EventChain.GENESIS : previous.chainHash().orElse(EventChain.GENESIS);
        byName.put(
            r.stream().value(),
            new StreamHead(
                r.stream(),
                r.version(),
                EventChain.link(r.stream(), r.version(), before, r.event())));
      }
    }
    return List.copyOf(byName.values());
  }

  /** SHA-256 over each head's name, version and hash, each written with its length in bytes. */
  static String digest(List<StreamHead> heads) {
    List<StreamHead> sorted = new ArrayList<>(heads);
    sorted.sort((a, b) -> a.stream().value().compareTo(b.stream().value()));
    StringBuilder b = new StringBuilder(64 + 128 * sorted.size());
    field(b, "type", "ifg-event-heads");
    for (StreamHead h : sorted) {
      field(b, "stream", h.stream().value());
      field(b, "version", Long.toString(h.version()));
      field(b, "hash", String.valueOf(h.hash()));
    }
    try {
      byte[] d =
          MessageDigest.getInstance("SHA-256")
              .digest(b.toString().getBytes(StandardCharsets.UTF_8));
      return "sha256:" + HexFormat.of().formatHex(d);
    } catch (NoSuchAlgorithmException e) {
      throw new WorkflowException("every Java platform must provide SHA-256", e);
    }
  }

  /** Whether the store's heads as of the checkpoint's position are those it signed. */
  static boolean match(EventStore store, long position, String digest) {
    return digest(heads(store, position)).equals(digest);
  }

  private static void field(StringBuilder b, String name, String value) {
    b.append(name).append('=').append(Utf8.encodedLength(value)).append(':').append(value);
    b.append(';');
  }
}
