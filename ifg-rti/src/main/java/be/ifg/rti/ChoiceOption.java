package be.ifg.rti;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * One option of a {@link ItemType#CHOICE CHOICE} item.
 *
 * @param value the answer that chooses it, e.g. {@code red}
 * @param weight the points it contributes, zero or more
 * @param label localized text (language tag → text), possibly empty
 */
@API(status = STABLE, since = "0.1")
public record ChoiceOption(String value, BigDecimal weight, Map<String, String> label) {
  /** Validates the option. */
  public ChoiceOption {
    checkNotNull(value, "value must not be null");
    checkArgument(!value.isBlank(), "option value must not be blank");
    checkNotNull(weight, "weight must not be null");
    checkArgument(weight.signum() >= 0, "weight of option %s must be >= 0: %s", value, weight);
    label = ImmutableMap.copyOf(label);
  }
}
