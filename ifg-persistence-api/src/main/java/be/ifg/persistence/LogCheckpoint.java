package be.ifg.persistence;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import be.ifg.domain.DisclosureEntry;
import com.google.common.base.Utf8;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.OptionalLong;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A signed statement that the disclosure log held {@code length} entries and that entry {@code
 * length} had hash {@code head}: the application signs one with a key the store never sees and
 * keeps it in a {@link LogAnchor} outside the store, so that a verifier can later tell whether the
 * store still holds that log.
 *
 * <p>The signature is Ed25519 over the UTF-8 bytes of {@link #signedText()}, which encodes every
 * field but the signature. Immutable and thread-safe.
 *
 * @param length how many entries the log held (0 for an empty log)
 * @param head the hash of entry {@code length} as the log writes it ({@code sha256:<hex>}), {@link
 *     DisclosureEntry#GENESIS} when {@code length} is 0
 * @param at when the checkpoint was signed
 * @param keyId which public key verifies the signature, e.g. the first 16 hex digits of SHA-256
 *     over the encoded public key
 * @param signature the signature in Base64 (RFC 4648, with padding)
 * @param events the event streams' heads at checkpoint time, {@code <global position
 *     P>:sha256:<hex>} (see {@code docs/log-anchoring.md}, "Events' heads"), or null for a
 *     checkpoint of the log alone (every checkpoint before 0.2, and the per-append ones)
 */
@API(status = STABLE, since = "0.1")
public record LogCheckpoint(
    long length, String head, Instant at, String keyId, String signature, @Nullable String events) {
  private static final String TYPE = "ifg-disclosure-log-checkpoint";

  /**
   * Validates the checkpoint's structure; whether the signature is right is the verifier's
   * question.
   *
   * @throws IllegalArgumentException if the length is negative; if the head, key id or signature is
   *     empty or holds anything but visible ASCII characters; if the signature is not Base64; if an
   *     empty log's head is not {@link DisclosureEntry#GENESIS}
   */
  public LogCheckpoint {
    checkArgument(length >= 0, "length must be >= 0: %s", length);
    checkArgument(isToken(head), "head must be a hash of visible ASCII characters: '%s'", head);
    checkNotNull(at, "at must not be null");
    checkArgument(isToken(keyId), "keyId must be visible ASCII characters: '%s'", keyId);
    checkArgument(
        isToken(signature) && isBase64(signature), "signature must be Base64: '%s'", signature);
    checkArgument(
        length > 0 || head.equals(DisclosureEntry.GENESIS),
        "the head of an empty log must be %s: '%s'",
        DisclosureEntry.GENESIS,
        head);
    checkArgument(
        events == null || isEvents(events),
        "events must be <position>:sha256:<64 hex digits>: '%s'",
        events);
  }

  /**
   * A checkpoint of the log alone, without the events' heads.
   *
   * @throws IllegalArgumentException as the canonical constructor
   */
  public LogCheckpoint(long length, String head, Instant at, String keyId, String signature) {
    this(length, head, at, keyId, signature, null);
  }

  /**
   * The text the signature covers: every field but the signature, each written as {@code
   * name=<length>:<value>;} (the length in UTF-8 bytes) in the order {@code type} ({@code
   * ifg-disclosure-log-checkpoint}), {@code v} ({@code 1}), {@code length}, {@code head}, {@code
   * at} (ISO-8601 in UTC, as {@link Instant#toString()} writes it) and {@code key}. The length
   * prefixes make it unambiguous: no two different checkpoints have the same text. A checkpoint
   * with {@link #events()} has version {@code 2}, with {@code events} after {@code key}.
   */
  public String signedText() {
    return signedText(length, head, at, keyId, events);
  }

  /**
   * The text a signer signs for a checkpoint with these fields, before it has its signature: the
   * same as {@link #signedText()} of the signed checkpoint.
   *
   * @throws NullPointerException if the head, instant or key id is null
   */
  public static String signedText(long length, String head, Instant at, String keyId) {
    return signedText(length, head, at, keyId, null);
  }

  /**
   * The text a signer signs for a checkpoint with these fields, the events' heads among them
   * (version 2), or version 1's text when {@code events} is null.
   *
   * @throws NullPointerException if the head, instant or key id is null
   */
  @API(status = EXPERIMENTAL, since = "0.2")
  public static String signedText(
      long length, String head, Instant at, String keyId, @Nullable String events) {
    checkNotNull(head, "head must not be null");
    checkNotNull(at, "at must not be null");
    checkNotNull(keyId, "keyId must not be null");
    StringBuilder b = new StringBuilder(240);
    field(b, "type", TYPE);
    field(b, "v", events == null ? "1" : "2");
    field(b, "length", Long.toString(length));
    field(b, "head", head);
    field(b, "at", at.toString());
    field(b, "key", keyId);
    if (events != null) {
      field(b, "events", events);
    }
    return b.toString();
  }

  /**
   * The global position of the event store the {@link #events()} heads were taken at.
   *
   * @return the position, or empty for a checkpoint without the events' heads
   */
  @API(status = EXPERIMENTAL, since = "0.2")
  public OptionalLong eventsPosition() {
    return events == null
        ? OptionalLong.empty()
        : OptionalLong.of(Long.parseLong(events.substring(0, events.indexOf(':'))));
  }

  /**
   * The digest over the event streams' heads, {@code sha256:<hex>}.
   *
   * @return the digest, or empty for a checkpoint without the events' heads
   */
  @API(status = EXPERIMENTAL, since = "0.2")
  public Optional<String> eventsDigest() {
    return events == null
        ? Optional.empty()
        : Optional.of(events.substring(events.indexOf(':') + 1));
  }

  /** The signature's bytes. */
  public byte[] signatureBytes() {
    return Base64.getDecoder().decode(signature);
  }

  private static void field(StringBuilder b, String name, String value) {
    b.append(name).append('=').append(Utf8.encodedLength(value)).append(':').append(value);
    b.append(';');
  }

  private static boolean isToken(String s) {
    if (s == null || s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c <= ' ' || c > '~') {
        return false;
      }
    }
    return true;
  }

  private static boolean isEvents(String s) {
    int colon = s.indexOf(':');
    if (colon < 1 || colon > 18) {
      return false;
    }
    for (int i = 0; i < colon; i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    String digest = s.substring(colon + 1);
    if (!digest.startsWith("sha256:") || digest.length() != 7 + 64) {
      return false;
    }
    for (int i = 7; i < digest.length(); i++) {
      char c = digest.charAt(i);
      if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isBase64(String s) {
    try {
      Base64.getDecoder().decode(s);
      return true;
    } catch (IllegalArgumentException notBase64) {
      return false;
    }
  }
}
