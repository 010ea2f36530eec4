package be.ifg.workflow;

import static org.apiguardian.api.API.Status.MAINTAINED;

import be.ifg.domain.Language;
import be.ifg.domain.LegalBasis;
import org.apiguardian.api.API;

/**
 * The baseline rules of the need-to-know policy (DESIGN §6), each with its stable id, its legal
 * basis and what it means in words: the catalogue the findings name. A region cannot switch any of
 * them off; {@link RegionRule}s can only add restrictions. The rules themselves, as values that
 * judge a request, are {@link NeedToKnow#baselineRules()}.
 */
@API(status = MAINTAINED, since = "0.1")
public enum BaselineRule {
  /**
   * The item must exist in the dossier. The actor is told the same about a victim-location item
   * they may not know of (see {@link NeedToKnow#decide} and {@code Disclosures.decide}).
   */
  KNOWN_ITEM("known-item", LegalBasis.ART_458TER),
  /**
   * The dossier must exist at this table. A member asking about another table's dossier, or about
   * one that does not exist, is told the same.
   */
  KNOWN_DOSSIER("known-dossier", LegalBasis.ART_458TER),
  /**
   * A registrant who does not sit at the table sees, of the table, only the agenda entries of the
   * registrations they made that concern them (an informing review), never pooled information.
   */
  REGISTRANT("registrant", LegalBasis.ART_458TER),
  /**
   * Which parts of a dossier a member with standing reads ({@link ChainApproach#read}): every part
   * for SAFETY and PLAN, counts for EVALUATION and STATISTICS; a deferral's reason only for the
   * case director, the registrant's partner's seat and the coordinator.
   */
  DOSSIER_PART("dossier-part", LegalBasis.ART_458TER),
  /** Nothing leaves the table. */
  NO_FORWARD("no-forward", LegalBasis.ART_458TER),
  /**
   * Only members of this dossier's table now receive pooled information (the case director is one
   * of them); a member who left has no right from that moment.
   */
  TABLE_MEMBER("table-member", LegalBasis.ART_458TER),
  /** Only after the secrecy pledge. */
  PLEDGE_SIGNED("pledge-signed", LegalBasis.ART_458TER),
  /** Only for the table's purposes. */
  TABLE_PURPOSE("table-purpose", LegalBasis.ART_458TER),
  /** Evaluation and statistics see aggregates without identities. */
  AGGREGATES_ONLY("aggregates-only", LegalBasis.ART_458TER),
  /** Only while the dossier is between dossier building and follow-up. */
  DOSSIER_STATE("dossier-state", LegalBasis.ART_458TER),
  /**
   * A declined, closed or withdrawn dossier shows its content to the contributing partner alone.
   */
  CONTRIBUTOR("contributor", LegalBasis.ART_458TER),
  /** A contributor's audience restriction always holds. */
  AUDIENCE_RESTRICTION("audience-restriction", LegalBasis.CONTRIBUTOR_RESTRICTION),
  /** Victim-location items reach only the case director and the contributor. */
  VICTIM_LOCATION("victim-location", LegalBasis.ART_458TER),
  /** A grant to a named member for a named purpose. */
  VICTIM_LOCATION_GRANT("victim-location-grant", LegalBasis.ART_458TER),
  /**
   * Health data are a special category (GDPR art. 9): a permit names it, so that the record shows
   * on which ground such data reached the table.
   */
  HEALTH_DATA("health-data", LegalBasis.GDPR_ART_9),
  /**
   * Judicial data fall under GDPR art. 10: a permit names it, so that the record shows on which
   * ground such data reached the table.
   */
  JUDICIAL_DATA("judicial-data", LegalBasis.GDPR_ART_10);

  private final String id;
  private final LegalBasis basis;

  BaselineRule(String id, LegalBasis basis) {
    this.id = id;
    this.basis = basis;
  }

  /** The rule's stable id, as decisions and the disclosure log name it. */
  public String id() {
    return id;
  }

  /** The rule's legal basis. */
  public LegalBasis basis() {
    return basis;
  }

  /** What the rule means, in the language. */
  public String description(Language language) {
    return Words.BOOK.text(language, "rule." + id);
  }

  /**
   * What the rule means, in the language with this tag.
   *
   * @throws IllegalArgumentException if the tag is not {@code nl}, {@code fr} or {@code en}
   */
  public String description(String language) {
    return description(Language.of(language));
  }

  /**
   * A finding of this rule about one request: the phrase of a key of the workflow's phrasebook,
   * e.g. {@code rule.table-member.permit}, written when first read.
   */
  RuleFinding finding(String key, Object... arguments) {
    return new RuleFinding(this, Words.phrase(key, arguments));
  }
}
