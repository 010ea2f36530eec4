package be.ifg.workflow;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.MAINTAINED;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The need-to-know policy's answer to one {@link AccessRequest}: a {@link Permit} or a {@link
 * Deny}, each naming the rules that decided it. Immutable and thread-safe.
 */
@API(status = MAINTAINED, since = "0.1")
public sealed interface AccessDecision permits AccessDecision.Permit, AccessDecision.Deny {

  /** The rules that decided, never empty: what allowed a permit, or every rule that refused. */
  List<RuleFinding> rules();

  /** Whether the request was permitted. */
  boolean isPermit();

  /** {@code PERMIT} or {@code DENY}, as the disclosure log and the scenario format write it. */
  default String outcome() {
    return isPermit() ? "PERMIT" : "DENY";
  }

  /** The ids of the deciding rules, in order. */
  default List<String> ruleIds() {
    List<RuleFinding> rules = rules();
    String[] ids = new String[rules.size()];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = rules.get(i).rule();
    }
    return ImmutableList.copyOf(ids);
  }

  /** Whether the rule with this id is among the deciding rules. */
  default boolean decidedBy(String ruleId) {
    for (RuleFinding r : rules()) {
      if (r.rule().equals(ruleId)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The request is permitted.
   *
   * @param rules the rules that allowed it
   */
  record Permit(List<RuleFinding> rules) implements AccessDecision {
    /**
     * Validates the permit.
     *
     * @throws IllegalArgumentException if no rule is named
     */
    public Permit {
      rules = ImmutableList.copyOf(checkNotNull(rules, "rules must not be null"));
      checkArgument(!rules.isEmpty(), "a permit must name the rules that allowed it: %s", rules);
    }

    @Override
    public boolean isPermit() {
      return true;
    }
  }

  /**
   * The request is denied.
   *
   * @param rules every rule that refused it
   */
  record Deny(List<RuleFinding> rules) implements AccessDecision {
    /**
     * Validates the denial.
     *
     * @throws IllegalArgumentException if no rule is named
     */
    public Deny {
      rules = ImmutableList.copyOf(checkNotNull(rules, "rules must not be null"));
      checkArgument(!rules.isEmpty(), "a denial must name the rules that refused it: %s", rules);
    }

    @Override
    public boolean isPermit() {
      return false;
    }
  }
}
