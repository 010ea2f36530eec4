package be.ifg.rti;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * A severity band: a score of at least {@code minScore} reaches it.
 *
 * @param id the band's id, e.g. {@code HIGH}
 * @param minScore the lowest score in the band, zero or more
 * @param label localized text (language tag → text), possibly empty
 */
@API(status = STABLE, since = "0.1")
public record Band(String id, BigDecimal minScore, Map<String, String> label) {
  /** Validates the band. */
  public Band {
    checkNotNull(id, "id must not be null");
    checkNotNull(minScore, "minScore must not be null");
    checkArgument(minScore.signum() >= 0, "minScore of band %s must be >= 0: %s", id, minScore);
    label = ImmutableMap.copyOf(label);
  }
}
