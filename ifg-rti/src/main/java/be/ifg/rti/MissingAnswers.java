package be.ifg.rti;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import java.util.OptionalInt;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * An instrument's rule for missing answers.
 *
 * @param policy what a missing item does to the score
 * @param maxMissing how many items may be missing before the assessment has insufficient
 *     information; {@code null} for no limit
 */
@API(status = STABLE, since = "0.1")
public record MissingAnswers(MissingPolicy policy, @Nullable Integer maxMissing) {
  /** Checks the policy is present and the limit is not negative. */
  public MissingAnswers {
    checkNotNull(policy, "policy must not be null");
    checkArgument(maxMissing == null || maxMissing >= 0, "maxMissing must be >= 0: %s", maxMissing);
  }

  /** The limit on missing items, if there is one. */
  public OptionalInt limit() {
    return maxMissing == null ? OptionalInt.empty() : OptionalInt.of(maxMissing);
  }
}
