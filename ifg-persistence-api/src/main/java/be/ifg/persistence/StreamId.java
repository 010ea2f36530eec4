package be.ifg.persistence;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import be.ifg.domain.DossierId;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Names one event stream: a dossier's history ({@code dossier:ID}) or a case table's own events
 * ({@code table:REGION}).
 *
 * @param value the stream's name
 */
public record StreamId(String value) implements Comparable<StreamId> {
  private static final Pattern FORM =
      Pattern.compile("(dossier|table):[A-Za-z0-9][A-Za-z0-9._:@-]*");
  private static final String DOSSIER = "dossier:";

  /**
   * Validates the name.
   *
   * @throws IllegalArgumentException unless it is {@code dossier:ID} or {@code table:REGION}
   */
  public StreamId {
    checkNotNull(value, "stream id must not be null");
    checkArgument(
        FORM.matcher(value).matches(),
        "stream id must be 'dossier:ID' or 'table:REGION': '%s'",
        value);
  }

  /** The stream of a dossier's events. */
  public static StreamId dossier(DossierId id) {
    return new StreamId(DOSSIER + id.value());
  }

  /** The stream of a case table's own events (pledges, policy signals). */
  public static StreamId table(String region) {
    return new StreamId("table:" + region);
  }

  /** The dossier this stream belongs to, if it is a dossier stream. */
  public Optional<DossierId> dossierId() {
    return value.startsWith(DOSSIER)
        ? Optional.of(DossierId.of(value.substring(DOSSIER.length())))
        : Optional.empty();
  }

  @Override
  public int compareTo(StreamId o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
