package be.ifg.workflow;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import be.ifg.domain.LegalBasis;

/**
 * What one need-to-know rule found about one request, in words a data-protection officer can read:
 * the rule's id, its legal basis and a sentence in English and Dutch.
 *
 * <p>A {@link AccessDecision.Permit} lists the rules that allowed the request; a {@link
 * AccessDecision.Deny} lists every rule that refused it. Immutable and thread-safe.
 *
 * @param rule the rule's stable id, e.g. {@code table-member} (lower case, digits and dashes)
 * @param basis the legal basis of the rule
 * @param en the finding in English
 * @param nl the finding in Dutch
 */
public record RuleFinding(String rule, LegalBasis basis, String en, String nl) {
  private static final int MAX_ID_LENGTH = 64;

  /**
   * Validates the finding.
   *
   * @throws IllegalArgumentException if the rule id is not lower case with dashes, or a sentence is
   *     blank
   */
  public RuleFinding {
    checkNotNull(rule, "rule must not be null");
    checkArgument(
        isRuleId(rule), "rule must be 1 to 64 lower-case letters, digits or dashes: '%s'", rule);
    checkNotNull(basis, "basis must not be null");
    checkArgument(en != null && !en.isBlank(), "en of rule %s must not be blank", rule);
    checkArgument(nl != null && !nl.isBlank(), "nl of rule %s must not be blank", rule);
  }

  /**
   * Whether a rule id is 1 to 64 lower-case letters, digits or dashes, not starting with a dash:
   * the pattern {@code [a-z0-9][a-z0-9-]{0,63}}, checked by hand because a finding is made on every
   * decision and a regular expression costs more than the rest of the decision.
   */
  private static boolean isRuleId(String rule) {
    int n = rule.length();
    if (n == 0 || n > MAX_ID_LENGTH || rule.charAt(0) == '-') {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = rule.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
        return false;
      }
    }
    return true;
  }

  /** The finding in the given language: {@code nl} gives Dutch, anything else English. */
  public String text(String language) {
    return "nl".equals(language) ? nl : en;
  }

  @Override
  public String toString() {
    return rule + " (" + basis.label("en") + "): " + en;
  }
}
