package be.ifg.rti;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The local wording of one instrument in one language, supplied by an organisation that holds the
 * licence for it. Merged into a structure-only definition with {@link Instrument#withWording}; the
 * library itself never ships third-party wording.
 *
 * @param instrumentId the instrument it is for
 * @param version the instrument version it is for
 * @param language the language tag, e.g. {@code nl}
 * @param title the instrument's title in this language, or {@code null} to keep it
 * @param labels id → text, where the id is an item's, a section's or a band's id, or {@code
 *     item-id.option-value} for an option of a CHOICE item
 */
@API(status = STABLE, since = "0.1")
public record Wording(
    String instrumentId,
    String version,
    String language,
    @Nullable String title,
    Map<String, String> labels) {
  /** Validates the wording. */
  public Wording {
    checkNotNull(instrumentId, "instrumentId must not be null");
    checkNotNull(version, "version must not be null");
    checkNotNull(language, "language must not be null");
    checkArgument(!language.isBlank(), "language must not be blank");
    labels = ImmutableMap.copyOf(labels);
  }
}
