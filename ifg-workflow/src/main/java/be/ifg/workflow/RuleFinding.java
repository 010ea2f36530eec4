package be.ifg.workflow;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.MAINTAINED;

import be.ifg.domain.Language;
import be.ifg.domain.LegalBasis;
import be.ifg.domain.Phrase;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * What one need-to-know rule found about one request, in words a data-protection officer can read:
 * the rule's id, its legal basis and a sentence in Dutch, French and English.
 *
 * <p>A {@link AccessDecision.Permit} lists the rules that allowed the request; a {@link
 * AccessDecision.Deny} lists every rule that refused it. The library's own findings are phrases of
 * its phrasebook, written in a language when first read, not on every decision: a decision costs
 * the rules, not the words. Two findings are equal when rule, basis and the sentence in every
 * language are. Immutable and thread-safe.
 */
@API(status = MAINTAINED, since = "0.1")
public final class RuleFinding {
  private static final int MAX_ID_LENGTH = 64;

  private final String rule;
  private final LegalBasis basis;
  private final Phrase text;

  /**
   * A finding with its sentence, e.g. of a region rule an application adds: {@code new
   * RuleFinding("no-plans", LegalBasis.CONSENT, Phrase.of(nl, fr, en))}.
   *
   * @param rule the rule's stable id, e.g. {@code table-member} (lower case, digits and dashes)
   * @param basis the legal basis of the rule
   * @param text the finding in every language
   * @throws IllegalArgumentException if the rule id is not lower case with dashes
   * @throws NullPointerException if an argument is null
   */
  public RuleFinding(String rule, LegalBasis basis, Phrase text) {
    checkNotNull(rule, "rule must not be null");
    checkArgument(
        isRuleId(rule), "rule must be 1 to 64 lower-case letters, digits or dashes: '%s'", rule);
    this.rule = rule;
    this.basis = checkNotNull(basis, "basis must not be null");
    this.text = checkNotNull(text, "text must not be null");
  }

  /**
   * A finding of one of the library's own rules, whose id is known to be valid, with a phrase of
   * the workflow's phrasebook.
   */
  RuleFinding(BaselineRule rule, Phrase text) {
    this.rule = rule.id();
    this.basis = rule.basis();
    this.text = text;
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

  /** The rule's stable id, e.g. {@code table-member}. */
  public String rule() {
    return rule;
  }

  /** The legal basis of the rule. */
  public LegalBasis basis() {
    return basis;
  }

  /** The finding in every language. */
  public Phrase text() {
    return text;
  }

  /** The finding in the language, written when first read in it. */
  public String text(Language language) {
    return text.text(language);
  }

  /**
   * The finding in the language with this tag.
   *
   * @throws IllegalArgumentException if the tag is not {@code nl}, {@code fr} or {@code en}
   */
  public String text(String language) {
    return text(Language.of(language));
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof RuleFinding o
        && rule.equals(o.rule)
        && basis == o.basis
        && text.equals(o.text);
  }

  @Override
  public int hashCode() {
    return Objects.hash(rule, basis, text);
  }

  /** The rule, its basis and the finding, in English. */
  @Override
  public String toString() {
    return rule + " (" + basis.label(Language.EN) + "): " + text(Language.EN);
  }
}
