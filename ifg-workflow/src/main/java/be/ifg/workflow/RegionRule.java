package be.ifg.workflow;

import static org.apiguardian.api.API.Status.MAINTAINED;

import be.ifg.domain.InformationItem;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A rule a region adds to the need-to-know policy, for instance "health details from mental health
 * need the person's consent". It has the shape of every {@link NeedToKnowRule}: its {@link #judge}
 * refuses with the finding of {@link #restrict}, or gives no ruling.
 *
 * <p>A region rule can only restrict: the policy consults it only for a request the baseline has
 * permitted, and takes only a refusal from it. There is no way for a region rule to permit what the
 * baseline denies; a ruling that allows is ignored.
 *
 * <p>A region rule's finding speaks Dutch, French and English, like the library's own:
 *
 * <pre>{@code
 * return Optional.of(new RuleFinding(id(), LegalBasis.ART_458TER, Phrase.of(
 *     "gerechtelijke gegevens worden hier niet voor het plan gebruikt",
 *     "les données judiciaires ne sont pas utilisées ici pour le plan d'action",
 *     "judicial items are not used for the plan here")));
 * }</pre>
 *
 * <p>Implementations must be thread-safe and must decide from the request alone (no clock, no I/O),
 * so that the same request always gets the same answer. A finding's words are best given as
 * constants or as a phrase written when first read, so that a decision costs the rule, not the
 * words.
 */
@API(status = MAINTAINED, since = "0.1")
public interface RegionRule extends NeedToKnowRule {
  /** The rule's stable id, e.g. {@code mental-health-consent} (lower case with dashes). */
  @Override
  String id();

  /**
   * Why this rule refuses a request the baseline permitted, or empty if it does not object.
   *
   * @param request the request
   * @param item the requested item, which the dossier has
   * @return the finding that denies, named with this rule's {@link #id()} and worded in every
   *     language ({@link be.ifg.domain.Phrase#of(String, String, String)}); empty to let it pass
   */
  Optional<RuleFinding> restrict(AccessRequest request, InformationItem item);

  /**
   * Judges a request as {@link #restrict} does: a refusal with its finding, or no ruling.
   *
   * @param request the request
   * @param item the requested item, which the dossier has
   * @return a {@link Ruling.Refuse}, or empty if the rule does not object
   */
  @Override
  default Optional<Ruling> judge(AccessRequest request, InformationItem item) {
    return restrict(request, item).map(Ruling.Refuse::new);
  }

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
