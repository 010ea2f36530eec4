package be.ifg.rti;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * What changed between two assessments of the same dossier.
 *
 * @param changedItems the ids of items whose answer changed (including becoming or ceasing to be
 *     missing), in the current instrument's order
 * @param scoreDelta current score − previous score
 * @param protectiveDelta current protective score − previous protective score
 * @param previousBand the previous final band, or {@code null}
 * @param currentBand the current final band, or {@code null}
 * @param movement how the final band moved
 * @param sameInstrument whether both assessments used the same instrument content (same hash)
 */
@API(status = STABLE, since = "0.1")
public record AssessmentChange(
    List<String> changedItems,
    BigDecimal scoreDelta,
    BigDecimal protectiveDelta,
    @Nullable String previousBand,
    @Nullable String currentBand,
    BandMovement movement,
    boolean sameInstrument) {
  /** Checks every part is present and copies the list. */
  public AssessmentChange {
    changedItems = ImmutableList.copyOf(changedItems);
    checkNotNull(scoreDelta, "scoreDelta must not be null");
    checkNotNull(protectiveDelta, "protectiveDelta must not be null");
    checkNotNull(movement, "movement must not be null");
  }
}
