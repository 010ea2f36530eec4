package be.ifg.workflow;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import be.ifg.domain.AccessGrant;
import be.ifg.domain.Dossier;
import be.ifg.domain.DossierId;
import be.ifg.domain.DossierStatus;
import be.ifg.domain.InformationCategory;
import be.ifg.domain.InformationItem;
import be.ifg.domain.ItemId;
import be.ifg.domain.PartnerId;
import be.ifg.domain.ProfessionalId;
import be.ifg.domain.Purpose;
import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The need-to-know policy: decides whether an actor may view or forward one pooled information
 * item, deny by default, and explains every decision with the rules that decided it.
 *
 * <p>How it decides. Every {@link BaselineRule} is evaluated against the {@link AccessRequest};
 * each rule that applies either allows the request or refuses it. If any rule refuses, the decision
 * is a {@link AccessDecision.Deny} that lists <em>every</em> refusing rule. Only if none refuses
 * are the region rules consulted, in order; the first that objects turns the decision into a
 * denial. A region rule can therefore never widen what the baseline allows. Otherwise the decision
 * is a {@link AccessDecision.Permit} that lists the rules that allowed it.
 *
 * <ul>
 *   <li>{@code known-item}: the item must exist in the dossier;
 *   <li>{@code no-forward}: {@link AccessAction#FORWARD} is always refused;
 *   <li>{@code table-member}: the actor is a member of the dossier's table now (a member who left
 *       has no right; a case director is a member too);
 *   <li>{@code pledge-signed}: the actor signed the secrecy pledge — without exception, also for a
 *       contributor looking at their own partner's item;
 *   <li>{@code table-purpose}: the purpose is SAFETY, PLAN or EVALUATION, never STATISTICS;
 *   <li>{@code aggregates-only}: for EVALUATION and STATISTICS no item content, only the aggregate
 *       dossier view;
 *   <li>{@code dossier-state}: the dossier is between DOSSIER_BUILDING and FOLLOW_UP; in
 *       NOT_ADMITTED, CLOSED or WITHDRAWN the rule {@code contributor} lets the contributing
 *       partner — the members who hold its seat at this table now — alone see it;
 *   <li>{@code audience-restriction}: a restricted item reaches only the partners in its audience,
 *       and always the contributing partner; no other rule or grant lifts it;
 *   <li>{@code victim-location}: a VICTIM_LOCATION item reaches only the contributing partner and
 *       the case director in office, or — rule {@code victim-location-grant} — a member the
 *       contributor or the director granted it to, for the granted purpose only, while the grant
 *       holds (not revoked, the member has not left since).
 * </ul>
 *
 * <p>Concealment. {@link #decide} gives the decision as the disclosure log records it. What an
 * actor is told is {@link #answer}: for an actor who may not know an item exists — anybody without
 * standing at the table (not a member now, or no pledge), and anybody a victim location is hidden
 * from — the answer is built from facts about the actor alone, so it is the same whether the item
 * (or the dossier) exists or not.
 *
 * <p>Immutable and thread-safe: decisions are pure functions of the request. The policy itself logs
 * nothing; {@link Disclosures} decides and logs.
 */
public final class NeedToKnow {
  /**
   * The table-purpose finding of each purpose: it depends on the purpose alone, so it is made once
   * rather than on every decision.
   */
  private static final Map<Purpose, RuleFinding> PURPOSE_FINDINGS = purposeFindings();

  /** Each state as the findings name it, e.g. {@code CLOSED (afgesloten)}. */
  private static final Map<DossierStatus, String> STATE_NAMES = stateNames();

  private final ImmutableList<RegionRule> regionRules;

  private NeedToKnow(List<RegionRule> regionRules) {
    this.regionRules = ImmutableList.copyOf(regionRules);
  }

  private static Map<Purpose, RuleFinding> purposeFindings() {
    Map<Purpose, RuleFinding> findings = new EnumMap<>(Purpose.class);
    for (Purpose purpose : Purpose.values()) {
      findings.put(
          purpose,
          purpose.isTablePurpose()
              ? BaselineRule.TABLE_PURPOSE.finding(
                  () -> purpose + " is one of the table's purposes",
                  () -> purpose + " is een doel van de overlegtafel")
              : BaselineRule.TABLE_PURPOSE.finding(
                  () -> purpose + " is not one of the table's purposes (SAFETY, PLAN, EVALUATION)",
                  () -> purpose + " is geen doel van de overlegtafel (SAFETY, PLAN, EVALUATION)"));
    }
    return Collections.unmodifiableMap(findings);
  }

  private static Map<DossierStatus, String> stateNames() {
    Map<DossierStatus, String> names = new EnumMap<>(DossierStatus.class);
    for (DossierStatus status : DossierStatus.values()) {
      names.put(status, status + " (" + status.label("nl") + ")");
    }
    return Collections.unmodifiableMap(names);
  }

  /** The baseline policy of DESIGN §6, without region rules. */
  public static NeedToKnow baseline() {
    return new NeedToKnow(List.of());
  }

  /**
   * This policy with one more region rule, consulted after the ones already there.
   *
   * @throws IllegalArgumentException if a rule with the same id is there already
   */
  public NeedToKnow withRegionRule(RegionRule rule) {
    checkNotNull(rule, "rule must not be null");
    checkArgument(
        regionRules.stream().noneMatch(r -> r.id().equals(rule.id())),
        "region rule %s is added twice",
        rule.id());
    return new NeedToKnow(
        ImmutableList.<RegionRule>builder().addAll(regionRules).add(rule).build());
  }

  /**
   * This policy with the given region rules added in order.
   *
   * @throws IllegalArgumentException if two rules share an id
   */
  public NeedToKnow withRegionRules(List<? extends RegionRule> rules) {
    NeedToKnow policy = this;
    for (RegionRule r : rules) {
      policy = policy.withRegionRule(r);
    }
    return policy;
  }

  /** The region rules, in the order they are consulted. */
  public List<RegionRule> regionRules() {
    return regionRules;
  }

  /**
   * Decides a request.
   *
   * @return a permit naming the rules that allowed it, or a denial naming every rule that refused
   * @throws NullPointerException if the request is null
   */
  public AccessDecision decide(AccessRequest request) {
    return decide(request, null, null);
  }

  /**
   * Decides a request whose actor's findings ({@code table-member}, {@code pledge-signed}) and, in
   * a sharing dossier, whose {@code dossier-state} finding were made once for a whole view: the
   * same decision as {@link #decide(AccessRequest)}, without making the same findings 500 times.
   *
   * @param actorFindings the actor's findings, all allowing, or {@code null} to make them here
   * @param sharingFinding the dossier-state finding of the view's sharing dossier, or {@code null}
   */
  AccessDecision decide(
      AccessRequest request,
      @Nullable List<RuleFinding> actorFindings,
      @Nullable RuleFinding sharingFinding) {
    checkNotNull(request, "request must not be null");
    List<RuleFinding> allowed = new ArrayList<>();
    List<RuleFinding> refused = new ArrayList<>();
    Optional<InformationItem> found = request.informationItem();
    if (found.isEmpty()) {
      return unknownItem(
          request.table(),
          request.actor(),
          request.action(),
          request.dossier().id(),
          request.item());
    }
    if (request.action() == AccessAction.FORWARD) {
      refused.add(noForward(request.actor(), request.item()));
    }
    InformationItem item = found.get();
    if (actorFindings == null) {
      actorRules(request.table(), request.actor(), allowed, refused);
    } else {
      allowed.addAll(actorFindings);
    }
    purposeRules(request, allowed, refused);
    if (sharingFinding != null) {
      allowed.add(sharingFinding);
    } else {
      stateRules(request, item, allowed, refused);
    }
    audienceRule(request, item, allowed, refused);
    victimLocationRule(request, item, allowed, refused);
    if (!refused.isEmpty()) {
      return new AccessDecision.Deny(refused);
    }
    for (RegionRule rule : regionRules) {
      Optional<RuleFinding> objection = rule.restrict(request, item);
      if (objection.isPresent()) {
        return new AccessDecision.Deny(List.of(objection.get()));
      }
    }
    specialCategoryRule(item, allowed);
    return new AccessDecision.Permit(allowed);
  }

  /**
   * A permitted item of a special category names its GDPR ground beside art. 458ter (DESIGN §6:
   * health data under art. 9, judicial data under art. 10), for the data-protection officer.
   */
  private static void specialCategoryRule(InformationItem item, List<RuleFinding> allowed) {
    if (item.category() == InformationCategory.HEALTH) {
      allowed.add(
          BaselineRule.HEALTH_DATA.finding(
              () -> item.id() + " is health data (GDPR art. 9), shared for the table's purpose",
              () ->
                  item.id()
                      + " bevat gezondheidsgegevens (art. 9 AVG), gedeeld voor het doel van de"
                      + " tafel"));
    } else if (item.category() == InformationCategory.JUDICIAL) {
      allowed.add(
          BaselineRule.JUDICIAL_DATA.finding(
              () -> item.id() + " is judicial data (GDPR art. 10), shared for the table's purpose",
              () ->
                  item.id()
                      + " bevat gerechtelijke gegevens (art. 10 AVG), gedeeld voor het doel van"
                      + " de tafel"));
    }
  }

  /**
   * The decision as the asking actor may learn it. A {@code VICTIM_LOCATION} item the actor may not
   * know of — the rule {@code victim-location} refused it — leaves no trace, so its denial reads
   * exactly like the denial of an item the dossier does not have: rule {@code known-item}, after
   * {@code no-forward} for a {@code FORWARD}, with the same sentences. Every other decision is
   * returned as it is.
   *
   * <p>{@link Disclosures#decide} and {@link ChainApproach#decide} log the decision of {@link
   * #decide} — the rules that really decided, for the auditor — and return this answer.
   *
   * @param request the request
   * @param decision this policy's decision of it
   * @return the decision the actor may be told
   */
  static AccessDecision concealed(AccessRequest request, AccessDecision decision) {
    if (decision.isPermit()) {
      return decision;
    }
    if (!request.table().hasStanding(request.actor())
        || decision.decidedBy(BaselineRule.VICTIM_LOCATION.id())) {
      return unknownItem(
          request.table(),
          request.actor(),
          request.action(),
          request.dossier().id(),
          request.item());
    }
    return decision;
  }

  /**
   * The answer an actor is told about a request: {@link #decide}'s decision, concealed where the
   * actor may not know the item exists (see the class comment).
   */
  public AccessDecision answer(AccessRequest request) {
    return concealed(request, decide(request));
  }

  /**
   * The denial of an item the actor does not know of — it does not exist, it is hidden from them,
   * or they have no standing at the table — built from facts about the actor alone: for an actor
   * without standing the rules that refuse the actor ({@code table-member}, {@code pledge-signed}),
   * then {@code no-forward} for a {@code FORWARD}, then {@code known-item}. It is also the answer
   * about a dossier that does not exist at this table.
   *
   * @param table the table now
   * @param actor who asks
   * @param action what they ask
   * @param dossier the dossier named
   * @param item the item named
   * @return the denial
   */
  static AccessDecision unknownItem(
      TableState table, ProfessionalId actor, AccessAction action, DossierId dossier, ItemId item) {
    List<RuleFinding> refused = new ArrayList<>(4);
    actorRules(table, actor, new ArrayList<>(2), refused);
    if (action == AccessAction.FORWARD) {
      refused.add(noForward(actor, item));
    }
    refused.add(
        BaselineRule.KNOWN_ITEM.finding(
            () -> "dossier " + dossier + " has no item " + item + " that " + actor + " may know of",
            () ->
                "dossier "
                    + dossier
                    + " heeft geen item "
                    + item
                    + " dat "
                    + actor
                    + " mag kennen"));
    return new AccessDecision.Deny(refused);
  }

  private static RuleFinding noForward(ProfessionalId actor, ItemId item) {
    return BaselineRule.NO_FORWARD.finding(
        () -> actor + " may not forward " + item + ": nothing leaves the table",
        () -> actor + " mag " + item + " niet doorgeven: niets verlaat de overlegtafel");
  }

  /**
   * Whether the actor holds the seat of the item's contributing partner at this table now. A
   * professional of that organisation who does not sit at the table is not its contributor, and
   * neither is the professional who shared it once they left.
   */
  static boolean isContributor(AccessRequest request, InformationItem item) {
    Optional<PartnerId> partner = request.actorPartner();
    return partner.isPresent() && partner.get().equals(item.contributor());
  }

  /** The table-member and pledge-signed rules: about the actor alone, at the table as it is now. */
  static void actorRules(
      TableState table,
      ProfessionalId actor,
      List<RuleFinding> allowed,
      List<RuleFinding> refused) {
    String region = table.region();
    if (table.isMember(actor)) {
      allowed.add(
          BaselineRule.TABLE_MEMBER.finding(
              () -> actor + " is a member of the case table of " + region,
              () -> actor + " is vaste vertegenwoordiger aan de overlegtafel van " + region));
    } else {
      refused.add(
          BaselineRule.TABLE_MEMBER.finding(
              () ->
                  actor
                      + " is not a member of the case table of "
                      + region
                      + "; pooled information stays at the table",
              () ->
                  actor
                      + " is geen vaste vertegenwoordiger aan de overlegtafel van "
                      + region
                      + "; gedeelde informatie blijft aan de tafel"));
    }
    if (table.hasPledged(actor)) {
      allowed.add(
          BaselineRule.PLEDGE_SIGNED.finding(
              () -> actor + " signed the secrecy pledge",
              () -> actor + " ondertekende de geheimhoudingsverklaring"));
    } else {
      refused.add(
          BaselineRule.PLEDGE_SIGNED.finding(
              () -> actor + " has not signed the secrecy pledge",
              () -> actor + " ondertekende de geheimhoudingsverklaring niet"));
    }
  }

  /** The table-purpose and aggregates-only rules. */
  static void purposeRules(
      AccessRequest request, List<RuleFinding> allowed, List<RuleFinding> refused) {
    Purpose purpose = request.purpose();
    if (purpose.isTablePurpose()) {
      allowed.add(PURPOSE_FINDINGS.get(purpose));
    } else {
      refused.add(PURPOSE_FINDINGS.get(purpose));
    }
    if (purpose == Purpose.EVALUATION || purpose == Purpose.STATISTICS) {
      refused.add(
          BaselineRule.AGGREGATES_ONLY.finding(
              () ->
                  purpose + " sees counts without identities, not the content of " + request.item(),
              () ->
                  purpose
                      + " ziet enkel aantallen zonder identiteiten, niet de inhoud van "
                      + request.item()));
    }
  }

  /** The dossier-state rule, with the contributor exception for ended dossiers. */
  /** The dossier-state finding of a dossier where the table shares, or {@code null} elsewhere. */
  static @Nullable RuleFinding sharing(Dossier dossier) {
    DossierStatus status = dossier.status();
    if (!status.isSharing()) {
      return null;
    }
    String state = STATE_NAMES.get(status);
    return BaselineRule.DOSSIER_STATE.finding(
        () -> "dossier " + dossier.id() + " is in " + state + ", where the table shares",
        () -> "dossier " + dossier.id() + " staat in " + state + ", waarin de tafel deelt");
  }

  static void stateRules(
      AccessRequest request,
      InformationItem item,
      List<RuleFinding> allowed,
      List<RuleFinding> refused) {
    DossierStatus status = request.dossier().status();
    String state = STATE_NAMES.get(status);
    if (status.isSharing()) {
      allowed.add(
          BaselineRule.DOSSIER_STATE.finding(
              () ->
                  "dossier "
                      + request.dossier().id()
                      + " is in "
                      + state
                      + ", where the table shares",
              () ->
                  "dossier "
                      + request.dossier().id()
                      + " staat in "
                      + state
                      + ", waarin de tafel deelt"));
    } else if (status.isTerminal() && isContributor(request, item)) {
      allowed.add(
          BaselineRule.CONTRIBUTOR.finding(
              () ->
                  "dossier "
                      + request.dossier().id()
                      + " is "
                      + state
                      + "; "
                      + request.actor()
                      + " belongs to the contributing partner "
                      + item.contributor(),
              () ->
                  "dossier "
                      + request.dossier().id()
                      + " is "
                      + state
                      + "; "
                      + request.actor()
                      + " hoort bij de aanbrengende partner "
                      + item.contributor()));
    } else if (status.isTerminal()) {
      refused.add(
          BaselineRule.DOSSIER_STATE.finding(
              () ->
                  "dossier "
                      + request.dossier().id()
                      + " is "
                      + state
                      + "; its content is shown to the contributing partner "
                      + item.contributor()
                      + " alone",
              () ->
                  "dossier "
                      + request.dossier().id()
                      + " is "
                      + state
                      + "; de inhoud is enkel zichtbaar voor de aanbrengende partner "
                      + item.contributor()));
    } else {
      refused.add(
          BaselineRule.DOSSIER_STATE.finding(
              () ->
                  "dossier " + request.dossier().id() + " is " + state + "; nothing is shared yet",
              () ->
                  "dossier "
                      + request.dossier().id()
                      + " is "
                      + state
                      + "; er wordt nog niets gedeeld"));
    }
  }

  /** The audience-restriction rule: the contributor's choice always holds. */
  static void audienceRule(
      AccessRequest request,
      InformationItem item,
      List<RuleFinding> allowed,
      List<RuleFinding> refused) {
    if (!item.isRestricted()) {
      return;
    }
    Optional<PartnerId> partner = request.actorPartner();
    boolean inAudience = partner.isPresent() && item.audience().contains(partner.get());
    // the finding names neither the audience nor anything else of the item beyond its contributor
    if (inAudience || isContributor(request, item)) {
      allowed.add(
          BaselineRule.AUDIENCE_RESTRICTION.finding(
              () ->
                  item.contributor()
                      + " restricted "
                      + item.id()
                      + " to some partners; "
                      + request.actor()
                      + "'s partner is one of them",
              () ->
                  item.contributor()
                      + " beperkte "
                      + item.id()
                      + " tot enkele partners; de partner van "
                      + request.actor()
                      + " hoort daarbij"));
    } else {
      refused.add(
          BaselineRule.AUDIENCE_RESTRICTION.finding(
              () ->
                  item.contributor()
                      + " restricted "
                      + item.id()
                      + " to some partners; "
                      + request.actor()
                      + "'s partner is not one of them",
              () ->
                  item.contributor()
                      + " beperkte "
                      + item.id()
                      + " tot enkele partners; de partner van "
                      + request.actor()
                      + " hoort daar niet bij"));
    }
  }

  /** The victim-location rule and its purpose-bound grants. */
  static void victimLocationRule(
      AccessRequest request,
      InformationItem item,
      List<RuleFinding> allowed,
      List<RuleFinding> refused) {
    if (item.category() != InformationCategory.VICTIM_LOCATION) {
      return;
    }
    ProfessionalId actor = request.actor();
    if (isContributor(request, item)) {
      allowed.add(
          BaselineRule.VICTIM_LOCATION.finding(
              () ->
                  actor
                      + " belongs to "
                      + item.contributor()
                      + ", which contributed the victim location",
              () ->
                  actor
                      + " hoort bij "
                      + item.contributor()
                      + ", die de verblijfplaats aanbracht"));
    } else if (request.table().isDirectorInOffice(request.dossier(), actor)) {
      allowed.add(
          BaselineRule.VICTIM_LOCATION.finding(
              () -> actor + " is the case director", () -> actor + " is de casusregisseur"));
    } else if (holdsGrant(request, item)) {
      allowed.add(
          BaselineRule.VICTIM_LOCATION_GRANT.finding(
              () -> actor + " was granted " + item.id() + " for " + request.purpose(),
              () -> actor + " kreeg toegang tot " + item.id() + " voor " + request.purpose()));
    } else {
      refused.add(
          BaselineRule.VICTIM_LOCATION.finding(
              () ->
                  item.id()
                      + " is a victim location: only the case director and "
                      + item.contributor()
                      + " see it, and "
                      + actor
                      + " holds no grant for "
                      + request.purpose(),
              () ->
                  item.id()
                      + " is een verblijfplaats: enkel de casusregisseur en "
                      + item.contributor()
                      + " zien ze, en "
                      + actor
                      + " heeft geen toegang voor "
                      + request.purpose()));
    }
  }

  private static boolean holdsGrant(AccessRequest request, InformationItem item) {
    for (AccessGrant g : request.dossier().grants()) {
      if (g.covers(item.id(), request.actor(), request.purpose())
          && request.table().grantHolds(g)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return "NeedToKnow[baseline + " + regionRules.stream().map(RegionRule::id).toList() + "]";
  }
}
