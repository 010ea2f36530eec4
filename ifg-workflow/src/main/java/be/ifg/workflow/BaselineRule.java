package be.ifg.workflow;

import be.ifg.domain.LegalBasis;
import java.util.function.Supplier;

/**
 * The baseline rules of the need-to-know policy (DESIGN §6), each with its stable id, its legal
 * basis and what it means in words: the catalogue the findings name. A region cannot switch any of
 * them off; {@link RegionRule}s can only add restrictions. The rules themselves, as values that
 * judge a request, are {@link NeedToKnow#baselineRules()}.
 */
public enum BaselineRule {
  /**
   * The item must exist in the dossier. The actor is told the same about a victim-location item
   * they may not know of (see {@link NeedToKnow#decide} and {@code Disclosures.decide}).
   */
  KNOWN_ITEM(
      "known-item",
      LegalBasis.ART_458TER,
      "Only items pooled in this dossier can be disclosed; a victim location the asker may not know"
          + " of is answered as if it were not there.",
      "Enkel informatie die in dit dossier gedeeld werd, kan worden ingezien; over een"
          + " verblijfplaats die de vrager niet mag kennen, wordt geantwoord alsof ze er niet is."),
  /**
   * The dossier must exist at this table. A member asking about another table's dossier, or about
   * one that does not exist, is told the same.
   */
  KNOWN_DOSSIER(
      "known-dossier",
      LegalBasis.ART_458TER,
      "Only dossiers of this case table can be viewed; another table's dossiers are answered as if"
          + " they were not there.",
      "Enkel dossiers van deze overlegtafel kunnen worden ingezien; over dossiers van een andere"
          + " tafel wordt geantwoord alsof ze er niet zijn."),
  /**
   * A registrant who does not sit at the table sees, of the table, only the agenda entries of the
   * registrations they made that concern them (an informing review), never pooled information.
   */
  REGISTRANT(
      "registrant",
      LegalBasis.ART_458TER,
      "A registrant who does not sit at the table sees only the agenda entries of their own"
          + " registrations that concern them, never pooled information.",
      "Een aanmelder die niet aan de tafel zit, ziet enkel de agendapunten van de eigen"
          + " aanmeldingen die hem aanbelangen, nooit gedeelde informatie."),
  /** Nothing leaves the table. */
  NO_FORWARD(
      "no-forward",
      LegalBasis.ART_458TER,
      "Pooled information is never passed on outside the table.",
      "Gedeelde informatie wordt nooit buiten de overlegtafel doorgegeven."),
  /**
   * Only members of this dossier's table now receive pooled information (the case director is one
   * of them); a member who left has no right from that moment.
   */
  TABLE_MEMBER(
      "table-member",
      LegalBasis.ART_458TER,
      "Only the members of this dossier's case table, as it is at the moment of the request,"
          + " receive pooled information; a member who left has none.",
      "Enkel de vaste vertegenwoordigers aan de overlegtafel van dit dossier, zoals die is op het"
          + " moment van de vraag, ontvangen gedeelde informatie; wie vertrok, ontvangt niets."),
  /** Only after the secrecy pledge. */
  PLEDGE_SIGNED(
      "pledge-signed",
      LegalBasis.ART_458TER,
      "A member receives pooled information only after signing the secrecy pledge.",
      "Een vaste vertegenwoordiger ontvangt gedeelde informatie pas na het ondertekenen van de"
          + " geheimhoudingsverklaring."),
  /** Only for the table's purposes. */
  TABLE_PURPOSE(
      "table-purpose",
      LegalBasis.ART_458TER,
      "Information is shared only for the table's purposes: safety, the plan and evaluation.",
      "Informatie wordt enkel gedeeld voor de doelen van de tafel: veiligheid, het plan en"
          + " evaluatie."),
  /** Evaluation and statistics see aggregates without identities. */
  AGGREGATES_ONLY(
      "aggregates-only",
      LegalBasis.ART_458TER,
      "Evaluation and statistics see counts without identities, never an item's content.",
      "Evaluatie en statistiek zien enkel aantallen zonder identiteiten, nooit de inhoud van"
          + " een item."),
  /** Only while the dossier is between dossier building and follow-up. */
  DOSSIER_STATE(
      "dossier-state",
      LegalBasis.ART_458TER,
      "Information is shared only while the dossier is between dossier building and follow-up.",
      "Informatie wordt enkel gedeeld zolang het dossier tussen dossiervorming en opvolging op"
          + " afstand staat."),
  /**
   * A declined, closed or withdrawn dossier shows its content to the contributing partner alone.
   */
  CONTRIBUTOR(
      "contributor",
      LegalBasis.ART_458TER,
      "A declined, closed or withdrawn dossier shows an item to its contributing partner alone.",
      "Een niet weerhouden, afgesloten of stopgezet dossier toont een item enkel nog aan de"
          + " partner die het aanbracht."),
  /** A contributor's audience restriction always holds. */
  AUDIENCE_RESTRICTION(
      "audience-restriction",
      LegalBasis.CONTRIBUTOR_RESTRICTION,
      "A contributor's restriction of an item to some partners always holds.",
      "Een beperking van de doelgroep door de aanbrenger geldt altijd."),
  /** Victim-location items reach only the case director and the contributor. */
  VICTIM_LOCATION(
      "victim-location",
      LegalBasis.ART_458TER,
      "Where a victim stays reaches only the case director and the contributing partner; others"
          + " do not even learn that it exists.",
      "De verblijfplaats van een slachtoffer is enkel zichtbaar voor de casusregisseur en de"
          + " aanbrengende partner; anderen weten zelfs niet dat ze bestaat."),
  /** A grant to a named member for a named purpose. */
  VICTIM_LOCATION_GRANT(
      "victim-location-grant",
      LegalBasis.ART_458TER,
      "The contributor or the case director may grant a victim-location item to a named member"
          + " for a named purpose; the grant holds for that purpose only.",
      "De aanbrenger of de casusregisseur kan een verblijfplaats toekennen aan een benoemde"
          + " vertegenwoordiger voor een benoemd doel; enkel voor dat doel."),
  /**
   * Health data are a special category (GDPR art. 9): a permit names it, so that the record shows
   * on which ground such data reached the table.
   */
  HEALTH_DATA(
      "health-data",
      LegalBasis.GDPR_ART_9,
      "Health data are a special category of personal data: shared only under the shared"
          + " professional secrecy of the table, for its purposes, with those who need to know.",
      "Gezondheidsgegevens zijn bijzondere persoonsgegevens: enkel gedeeld onder het gedeeld"
          + " beroepsgeheim van de tafel, voor haar doelen, met wie ze moet kennen."),
  /**
   * Judicial data fall under GDPR art. 10: a permit names it, so that the record shows on which
   * ground such data reached the table.
   */
  JUDICIAL_DATA(
      "judicial-data",
      LegalBasis.GDPR_ART_10,
      "Data on offences and criminal proceedings are shared only under the shared professional"
          + " secrecy of the table, for its purposes, with those who need to know.",
      "Gegevens over misdrijven en strafprocedures worden enkel gedeeld onder het gedeeld"
          + " beroepsgeheim van de tafel, voor haar doelen, met wie ze moet kennen.");

  private final String id;
  private final LegalBasis basis;
  private final String en;
  private final String nl;

  BaselineRule(String id, LegalBasis basis, String en, String nl) {
    this.id = id;
    this.basis = basis;
    this.en = en;
    this.nl = nl;
  }

  /** The rule's stable id, as decisions and the disclosure log name it. */
  public String id() {
    return id;
  }

  /** The rule's legal basis. */
  public LegalBasis basis() {
    return basis;
  }

  /** What the rule means, in the given language: {@code nl} gives Dutch, anything else English. */
  public String description(String language) {
    return "nl".equals(language) ? nl : en;
  }

  /** A finding of this rule about one request, its sentences written when first read. */
  RuleFinding finding(Supplier<String> en, Supplier<String> nl) {
    return new RuleFinding(this, en, nl);
  }
}
