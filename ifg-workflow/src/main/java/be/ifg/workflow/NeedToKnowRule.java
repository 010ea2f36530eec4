package be.ifg.workflow;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import be.ifg.domain.InformationItem;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One rule of the need-to-know policy, baseline or regional: it judges a request about an item of
 * the dossier and rules — allows or refuses, with a {@link RuleFinding} that names the rule, its
 * legal basis and why — or gives no ruling when it does not apply to the request.
 *
 * <p>{@link NeedToKnow} composes the rules: the {@linkplain NeedToKnow#baselineRules() baseline
 * rules} in order, a denial if any refuses (listing every refusing rule), then the {@link
 * RegionRule}s, which can only narrow, then the special-category grounds of a permit.
 *
 * <p>Implementations must be thread-safe and must judge from the request alone (no clock, no I/O),
 * so that the same request always gets the same ruling.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public interface NeedToKnowRule {
  /** The rule's stable id, e.g. {@code table-member} (lower case with dashes). */
  String id();

  /**
   * Judges a request.
   *
   * @param request the request
   * @param item the requested item, which the dossier has
   * @return the ruling with its finding, or empty if the rule does not apply to this request
   */
  Optional<Ruling> judge(AccessRequest request, InformationItem item);
}
