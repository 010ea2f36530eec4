package be.ifg.workflow;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import be.ifg.domain.Language;
import be.ifg.domain.LegalBasis;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * What one need-to-know rule found about one request, in words a data-protection officer can read:
 * the rule's id, its legal basis and a sentence in English and Dutch.
 *
 * <p>A {@link AccessDecision.Permit} lists the rules that allowed the request; a {@link
 * AccessDecision.Deny} lists every rule that refused it. The library's own findings write their
 * sentences when they are first read, not on every decision: a decision costs the rules, not the
 * words. Two findings are equal when rule, basis and both sentences are. Immutable and thread-safe.
 */
public final class RuleFinding {
  private static final int MAX_ID_LENGTH = 64;

  private final String rule;
  private final LegalBasis basis;
  private final Words words;

  /**
   * A finding with its sentences.
   *
   * @param rule the rule's stable id, e.g. {@code table-member} (lower case, digits and dashes)
   * @param basis the legal basis of the rule
   * @param en the finding in English
   * @param nl the finding in Dutch
   * @throws IllegalArgumentException if the rule id is not lower case with dashes, or a sentence is
   *     blank
   */
  public RuleFinding(String rule, LegalBasis basis, String en, String nl) {
    this(rule, basis, new Words(() -> en, () -> nl));
    checkArgument(en != null && !en.isBlank(), "en of rule %s must not be blank", rule);
    checkArgument(nl != null && !nl.isBlank(), "nl of rule %s must not be blank", rule);
  }

  /**
   * A finding of one of the library's own rules, whose id is known to be valid, with sentences
   * written when first read (never blank).
   */
  RuleFinding(BaselineRule rule, Supplier<String> en, Supplier<String> nl) {
    this.rule = rule.id();
    this.basis = rule.basis();
    this.words = new Words(en, nl);
  }

  private RuleFinding(String rule, LegalBasis basis, Words words) {
    checkNotNull(rule, "rule must not be null");
    checkArgument(
        isRuleId(rule), "rule must be 1 to 64 lower-case letters, digits or dashes: '%s'", rule);
    this.rule = rule;
    this.basis = checkNotNull(basis, "basis must not be null");
    this.words = words;
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

  /** The finding in English. */
  public String en() {
    return words.en();
  }

  /** The finding in Dutch. */
  public String nl() {
    return words.nl();
  }

  /** The finding in the given language: {@code nl} gives Dutch, anything else English. */
  public String text(String language) {
    return "nl".equals(language) ? nl() : en();
  }

  /**
   * The finding in the language (transitional: French reads as English until the rules' words
   * move).
   */
  public String text(Language language) {
    return language == Language.NL ? nl() : en();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof RuleFinding o
        && rule.equals(o.rule)
        && basis == o.basis
        && en().equals(o.en())
        && nl().equals(o.nl());
  }

  @Override
  public int hashCode() {
    return Objects.hash(rule, basis, en(), nl());
  }

  @Override
  public String toString() {
    return rule + " (" + basis.label("en") + "): " + en();
  }

  /**
   * Both sentences, each written once, when first read. Thread-safe: two threads that read a
   * sentence first at the same moment may both write it, and get equal strings.
   */
  private static final class Words {
    private final Supplier<String> enSource;
    private final Supplier<String> nlSource;
    private volatile @Nullable String en;
    private volatile @Nullable String nl;

    Words(Supplier<String> en, Supplier<String> nl) {
      this.enSource = en;
      this.nlSource = nl;
    }

    String en() {
      String text = en;
      if (text == null) {
        text = checkNotNull(enSource.get(), "en");
        en = text;
      }
      return text;
    }

    String nl() {
      String text = nl;
      if (text == null) {
        text = checkNotNull(nlSource.get(), "nl");
        nl = text;
      }
      return text;
    }
  }
}
