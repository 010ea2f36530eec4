package be.ifg.persistence;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import be.ifg.domain.DossierId;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * Names one event stream: a dossier's history ({@code dossier:REGION/ID}, the region being the case
 * table the dossier belongs to) or a case table's own events ({@code table:REGION}). One store may
 * serve many tables: a table's dossiers are the streams under its region, and partner or dossier
 * ids that repeat across regions never meet.
 *
 * <p>{@code dossier:ID} without a region names a stream of the SPI's own tests and of stores
 * written before dossiers recorded their table; no case table reads such a stream.
 *
 * @param value the stream's name
 */
@API(status = STABLE, since = "0.1")
public record StreamId(String value) implements Comparable<StreamId> {
  private static final Pattern FORM =
      Pattern.compile(
          "(dossier:([A-Za-z0-9][A-Za-z0-9._:@-]*/)?|table:)[A-Za-z0-9][A-Za-z0-9._:@-]*");
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
        "stream id must be 'dossier:REGION/ID', 'dossier:ID' or 'table:REGION': '%s'",
        value);
  }

  /**
   * The stream of a dossier without a table: for the SPI's own tests and for stores written before
   * dossiers recorded their table. The SDK uses {@link #dossier(String, DossierId)}.
   */
  public static StreamId dossier(DossierId id) {
    return new StreamId(DOSSIER + id.value());
  }

  /**
   * The stream of a dossier of the case table of a region.
   *
   * @param region the table's region
   * @param id the dossier
   */
  public static StreamId dossier(String region, DossierId id) {
    checkNotNull(region, "region must not be null");
    return new StreamId(DOSSIER + region + "/" + id.value());
  }

  /**
   * The stream of a case table's own events: its configuration, members joining and leaving,
   * pledges, policy signals.
   */
  public static StreamId table(String region) {
    return new StreamId("table:" + region);
  }

  /** The dossier this stream belongs to, if it is a dossier stream. */
  public Optional<DossierId> dossierId() {
    if (!value.startsWith(DOSSIER)) {
      return Optional.empty();
    }
    int slash = value.indexOf('/');
    return Optional.of(DossierId.of(value.substring(slash < 0 ? DOSSIER.length() : slash + 1)));
  }

  /**
   * The region of the case table this stream belongs to: a table's own stream, or a dossier stream
   * that names its table.
   */
  public Optional<String> region() {
    if (value.startsWith(DOSSIER)) {
      int slash = value.indexOf('/');
      return slash < 0 ? Optional.empty() : Optional.of(value.substring(DOSSIER.length(), slash));
    }
    return Optional.of(value.substring("table:".length()));
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
