package be.ifg.domain;

import static org.apiguardian.api.API.Status.STABLE;

import java.math.BigDecimal;
import org.apiguardian.api.API;

/**
 * What one instrument item added to an assessment's score.
 *
 * @param item the item id within the instrument
 * @param answer the answer as text ({@code YES}, {@code 2}, {@code red}, dates joined by commas,
 *     {@code NOT_APPLICABLE})
 * @param points the points it contributed (zero or more)
 */
@API(status = STABLE, since = "0.1")
public record ItemContribution(String item, String answer, BigDecimal points) {
  /** Validates the contribution. */
  public ItemContribution {
    Checks.text(item, "item");
    Checks.present(answer, "answer");
    Checks.present(points, "points");
    com.google.common.base.Preconditions.checkArgument(
        points.signum() >= 0, "points of item %s must be >= 0: %s", item, points);
  }
}
