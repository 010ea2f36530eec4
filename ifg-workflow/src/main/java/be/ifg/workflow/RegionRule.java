package be.ifg.workflow;

import be.ifg.domain.InformationItem;
import java.util.Optional;

/**
 * A rule a region adds to the need-to-know policy, for instance "health details from mental health
 * need the person's consent".
 *
 * <p>A region rule can only restrict: the policy consults it only for a request the baseline has
 * permitted, and the rule can only answer with a reason to deny. There is no way for a region rule
 * to permit what the baseline denies.
 *
 * <p>Implementations must be thread-safe and must decide from the request alone (no clock, no I/O),
 * so that the same request always gets the same answer.
 */
public interface RegionRule {
  /** The rule's stable id, e.g. {@code mental-health-consent} (lower case with dashes). */
  String id();

  /**
   * Why this rule refuses a request the baseline permitted, or empty if it does not object.
   *
   * @param request the request
   * @param item the requested item, which the dossier has
   * @return the finding that denies, named with this rule's {@link #id()}; empty to let it pass
   */
  Optional<RuleFinding> restrict(AccessRequest request, InformationItem item);

  /**
   * The ready-made rule {@code mental-health-consent}: a {@code HEALTH} item contributed by a
   * mental-health partner reaches another partner only with the active consent of every person it
   * is about, for the requested purpose and the category {@code HEALTH}. Consent given to the
   * contributing partner covers the whole table; consent given to the asking member's partner
   * covers that partner. A withdrawal takes effect at once. The contributing partner itself needs
   * no consent to see its own item.
   */
  static RegionRule mentalHealthConsent() {
    return new MentalHealthConsent();
  }
}
