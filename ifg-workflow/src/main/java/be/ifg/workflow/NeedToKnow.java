package be.ifg.workflow;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.MAINTAINED;

import be.ifg.domain.Dossier;
import be.ifg.domain.DossierId;
import be.ifg.domain.InformationItem;
import be.ifg.domain.ItemId;
import be.ifg.domain.ProfessionalId;
import be.ifg.domain.Purpose;
import be.ifg.workflow.BaselineRules.Rule;
import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The need-to-know policy: decides whether an actor may view or forward one pooled information
 * item, deny by default, and explains every decision with the rules that decided it.
 *
 * <p>How it decides. The policy composes {@link NeedToKnowRule}s, each of which judges the request
 * and allows it, refuses it or does not apply. An item the dossier does not have is denied by
 * {@code known-item} before any rule is asked. Then every baseline rule ({@link #baselineRules()})
 * judges the request, in order; if any refuses, the decision is a {@link AccessDecision.Deny} that
 * lists <em>every</em> refusing rule. Only if none refuses are the region rules consulted, in
 * order; the first that refuses turns the decision into a denial, and a ruling that allows is
 * ignored. A region rule can therefore never widen what the baseline allows. Otherwise the decision
 * is a {@link AccessDecision.Permit} that lists the rules that allowed it, followed by the ground
 * of a special category of data ({@code health-data}, {@code judicial-data}).
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
@API(status = MAINTAINED, since = "0.1")
public final class NeedToKnow {
  private final ImmutableList<RegionRule> regionRules;

  private NeedToKnow(List<RegionRule> regionRules) {
    this.regionRules = ImmutableList.copyOf(regionRules);
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

  /**
   * The baseline rules every request about an item the dossier has is judged by, in the order a
   * decision lists their findings: {@code no-forward}, {@code table-member}, {@code pledge-signed},
   * {@code table-purpose}, {@code aggregates-only}, {@code dossier-state} (with its exception
   * {@code contributor}), {@code audience-restriction} and {@code victim-location} (with its
   * exception {@code victim-location-grant}). The same for every policy: a region cannot switch one
   * off.
   */
  public List<NeedToKnowRule> baselineRules() {
    return List.copyOf(BaselineRules.IN_ORDER);
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
    return decide(request, null);
  }

  /**
   * The rulings every item of a dossier gets for one actor, whatever the action and purpose — the
   * actor's rules ({@code table-member}, {@code pledge-signed}) and, in a sharing dossier, {@code
   * dossier-state} — made once for a whole view.
   */
  static Prejudged prejudge(TableState table, ProfessionalId actor, Dossier dossier) {
    List<Rule> rules = BaselineRules.IN_ORDER;
    @Nullable Ruling[] rulings = new Ruling[rules.size()];
    for (int i = 0; i < rulings.length; i++) {
      rulings[i] = rules.get(i).prejudge(table, actor, dossier);
    }
    return new Prejudged(rulings);
  }

  /**
   * Rulings of the baseline rules made in advance for one actor and dossier (see {@link
   * #prejudge}); {@code null} where a rule judges each request.
   */
  static final class Prejudged {
    private final @Nullable Ruling[] rulings;

    private Prejudged(@Nullable Ruling[] rulings) {
      this.rulings = rulings;
    }

    @Nullable Ruling get(int rule) {
      return rulings[rule];
    }
  }

  /**
   * Decides a request of a view whose actor's rulings and, in a sharing dossier, whose {@code
   * dossier-state} ruling were made once for the whole view: the same decision as {@link
   * #decide(AccessRequest)}, without making the same findings 500 times.
   *
   * @param prejudged the rulings made for the request's actor and dossier, or {@code null} to make
   *     every ruling here
   */
  AccessDecision decide(AccessRequest request, @Nullable Prejudged prejudged) {
    checkNotNull(request, "request must not be null");
    Optional<InformationItem> found = request.informationItem();
    if (found.isEmpty()) {
      return unknownItem(
          request.table(),
          request.actor(),
          request.action(),
          request.dossier().id(),
          request.item());
    }
    InformationItem item = found.get();
    List<Rule> baseline = BaselineRules.IN_ORDER;
    List<RuleFinding> allowed = new ArrayList<>(baseline.size());
    List<RuleFinding> refused = null;
    for (int i = 0; i < baseline.size(); i++) {
      Ruling ruling = prejudged == null ? null : prejudged.get(i);
      if (ruling == null) {
        ruling = baseline.get(i).ruling(request, item);
        if (ruling == null) {
          continue;
        }
      }
      if (ruling.allows()) {
        allowed.add(ruling.finding());
      } else {
        if (refused == null) {
          refused = new ArrayList<>(4);
        }
        refused.add(ruling.finding());
      }
    }
    if (refused != null) {
      return new AccessDecision.Deny(refused);
    }
    for (RegionRule rule : regionRules) {
      Optional<Ruling> ruling = rule.judge(request, item);
      if (ruling.isPresent() && !ruling.get().allows()) {
        return new AccessDecision.Deny(List.of(ruling.get().finding()));
      }
    }
    // the grounds of special categories of data (DESIGN §6: health data under art. 9, judicial
    // data under art. 10) are named beside art. 458ter, for the data-protection officer
    for (Rule rule : BaselineRules.SPECIAL_CATEGORIES) {
      Ruling ruling = rule.ruling(request, item);
      if (ruling != null) {
        allowed.add(ruling.finding());
      }
    }
    return new AccessDecision.Permit(allowed);
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
      refused.add(BaselineRules.noForward(actor, item));
    }
    refused.add(BaselineRule.KNOWN_ITEM.finding("rule.known-item.deny", dossier, item, actor));
    return new AccessDecision.Deny(refused);
  }

  /**
   * How much of a part of a dossier page ({@link ChainApproach#read}) an actor sees for a purpose,
   * by rule {@code dossier-part}: nothing without standing at the table (not a member now, or no
   * pledge), whatever the part and purpose; for a member with standing {@link
   * DossierPart#access(Purpose)} — the part in full for SAFETY and PLAN, its count for EVALUATION
   * and STATISTICS. Within a part shown in full, the reasons of deferred informing and the steps
   * about items are decided further (see {@link DossierPart}).
   *
   * @throws NullPointerException if an argument is null
   */
  public DossierPart.Access access(
      TableState table, ProfessionalId actor, Purpose purpose, DossierPart part) {
    checkNotNull(table, "table must not be null");
    checkNotNull(actor, "actor must not be null");
    checkNotNull(part, "part must not be null");
    if (!table.hasStanding(actor)) {
      return DossierPart.Access.NONE;
    }
    return part.access(purpose);
  }

  /** The actor's rules ({@code table-member}, {@code pledge-signed}), at the table as it is now. */
  static void actorRules(
      TableState table,
      ProfessionalId actor,
      List<RuleFinding> allowed,
      List<RuleFinding> refused) {
    for (Rule rule : BaselineRules.ACTOR) {
      Ruling ruling = rule.judge(table, actor);
      (ruling.allows() ? allowed : refused).add(ruling.finding());
    }
  }

  @Override
  public String toString() {
    return "NeedToKnow[baseline + " + regionRules.stream().map(RegionRule::id).toList() + "]";
  }
}
