package be.ifg.workflow;

import static com.google.common.base.Preconditions.checkState;

import be.ifg.domain.AccessGrant;
import be.ifg.domain.Dossier;
import be.ifg.domain.DossierStatus;
import be.ifg.domain.InformationCategory;
import be.ifg.domain.InformationItem;
import be.ifg.domain.ItemId;
import be.ifg.domain.PartnerId;
import be.ifg.domain.ProfessionalId;
import be.ifg.domain.Purpose;
import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/*
 * The baseline rules as values. Each rule is a NeedToKnowRule: it judges one request about one item
 * and allows, refuses or does not apply; NeedToKnow composes them in the order of IN_ORDER (which is
 * the order in which a decision lists its findings) and adds the special-category grounds of
 * SPECIAL_CATEGORIES to a permit. BaselineRule stays the catalogue: id, legal basis, meaning.
 *
 * A rule's judgement may name another catalogue entry than the rule's own id: dossier-state allows
 * an ended dossier's item to its contributing partner under `contributor`, and victim-location
 * allows a grantee under `victim-location-grant`; each is an exception inside its rule, not a rule
 * that could be composed on its own (it would not survive "deny if any refuses").
 *
 * Views. A view asks the same actor about every item of one dossier. A rule whose ruling is the
 * same for every item of the dossier (the actor's rules, the state of a sharing dossier) can say
 * so in advance (prejudge): the view makes those rulings once, not once per item.
 *
 * Sentences are phrases of the workflow's phrasebook (keys rule.<id>.permit, rule.<id>.deny, …),
 * written in a language when first read, so a decision costs the rules, not the words.
 */

/** The baseline rules of the need-to-know policy (DESIGN §6) as values, in the order they judge. */
final class BaselineRules {
  /**
   * How a baseline rule judges one request: its ruling, or {@code null} if it does not apply. (Not
   * an {@code Optional}: the policy asks eight rules per decision and 500 decisions per view, and a
   * rule's ruling is read once, right there.)
   */
  @FunctionalInterface
  interface Judge {
    @Nullable Ruling judge(AccessRequest request, InformationItem item);
  }

  /** How a rule about the actor alone judges, at the table as it is now. */
  @FunctionalInterface
  interface ActorJudge {
    Ruling judge(TableState table, ProfessionalId actor);
  }

  /**
   * The ruling a rule gives on every item of a dossier for one actor, whatever the action and
   * purpose, or {@code null} if it must judge each request.
   */
  @FunctionalInterface
  interface Prejudge {
    @Nullable Ruling prejudge(TableState table, ProfessionalId actor, Dossier dossier);
  }

  /** One baseline rule: its catalogue entry and how it judges. Immutable and thread-safe. */
  static final class Rule implements NeedToKnowRule {
    private final BaselineRule entry;
    private final Judge judge;
    private final Prejudge prejudge;
    private final @Nullable ActorJudge actorJudge;

    Rule(BaselineRule entry, Judge judge, Prejudge prejudge) {
      this(entry, judge, prejudge, null);
    }

    Rule(BaselineRule entry, Judge judge) {
      this(entry, judge, (table, actor, dossier) -> null, null);
    }

    private Rule(
        BaselineRule entry, Judge judge, Prejudge prejudge, @Nullable ActorJudge actorJudge) {
      this.entry = entry;
      this.judge = judge;
      this.prejudge = prejudge;
      this.actorJudge = actorJudge;
    }

    /** A rule about the actor alone: it always applies, and is the same for every item. */
    static Rule aboutActor(BaselineRule entry, ActorJudge judge) {
      return new Rule(
          entry,
          (request, item) -> judge.judge(request.table(), request.actor()),
          (table, actor, dossier) -> judge.judge(table, actor),
          judge);
    }

    @Override
    public String id() {
      return entry.id();
    }

    /** The rule's entry in the catalogue: id, legal basis and meaning. */
    BaselineRule entry() {
      return entry;
    }

    @Override
    public Optional<Ruling> judge(AccessRequest request, InformationItem item) {
      return Optional.ofNullable(ruling(request, item));
    }

    /** The rule's ruling on a request, or {@code null} if it does not apply (see {@link Judge}). */
    @Nullable Ruling ruling(AccessRequest request, InformationItem item) {
      return judge.judge(request, item);
    }

    /** See {@link Prejudge}. */
    @Nullable Ruling prejudge(TableState table, ProfessionalId actor, Dossier dossier) {
      return prejudge.prejudge(table, actor, dossier);
    }

    /**
     * The ruling of a rule about the actor alone, without an item or dossier.
     *
     * @throws IllegalStateException if the rule is not about the actor alone
     */
    Ruling judge(TableState table, ProfessionalId actor) {
      checkState(actorJudge != null, "%s is not about the actor alone", entry.id());
      return actorJudge.judge(table, actor);
    }

    @Override
    public String toString() {
      return entry.id();
    }
  }

  /**
   * The table-purpose ruling of each purpose, by ordinal: it depends on the purpose alone, so it is
   * made once rather than on every decision.
   */
  private static final List<Ruling> PURPOSE_RULINGS = purposeRulings();

  /** {@code no-forward}: nothing leaves the table. */
  static final Rule NO_FORWARD =
      new Rule(
          BaselineRule.NO_FORWARD,
          (request, item) ->
              request.action() == AccessAction.FORWARD
                  ? new Ruling.Refuse(noForward(request.actor(), request.item()))
                  : null);

  /** {@code table-member}: a member of the table now. */
  static final Rule TABLE_MEMBER =
      Rule.aboutActor(BaselineRule.TABLE_MEMBER, BaselineRules::tableMember);

  /** {@code pledge-signed}: the secrecy pledge, without exception. */
  static final Rule PLEDGE_SIGNED =
      Rule.aboutActor(BaselineRule.PLEDGE_SIGNED, BaselineRules::pledgeSigned);

  /** {@code table-purpose}: SAFETY, PLAN or EVALUATION. */
  static final Rule TABLE_PURPOSE =
      new Rule(
          BaselineRule.TABLE_PURPOSE,
          (request, item) -> PURPOSE_RULINGS.get(request.purpose().ordinal()));

  /** {@code aggregates-only}: EVALUATION and STATISTICS see no item content. */
  static final Rule AGGREGATES_ONLY =
      new Rule(BaselineRule.AGGREGATES_ONLY, BaselineRules::aggregatesOnly);

  /** {@code dossier-state}, with its exception {@code contributor} for ended dossiers. */
  static final Rule DOSSIER_STATE =
      new Rule(
          BaselineRule.DOSSIER_STATE,
          BaselineRules::dossierState,
          (table, actor, dossier) -> sharing(dossier));

  /** {@code audience-restriction}: the contributor's choice always holds. */
  static final Rule AUDIENCE_RESTRICTION =
      new Rule(BaselineRule.AUDIENCE_RESTRICTION, BaselineRules::audienceRestriction);

  /** {@code victim-location}, with its exception {@code victim-location-grant}. */
  static final Rule VICTIM_LOCATION =
      new Rule(BaselineRule.VICTIM_LOCATION, BaselineRules::victimLocation);

  /** {@code health-data}: the GDPR art. 9 ground of a permitted health item. */
  static final Rule HEALTH_DATA =
      new Rule(
          BaselineRule.HEALTH_DATA,
          (request, item) ->
              item.category() == InformationCategory.HEALTH
                  ? new Ruling.Allow(
                      BaselineRule.HEALTH_DATA.finding("rule.health-data.permit", item.id()))
                  : null);

  /** {@code judicial-data}: the GDPR art. 10 ground of a permitted judicial item. */
  static final Rule JUDICIAL_DATA =
      new Rule(
          BaselineRule.JUDICIAL_DATA,
          (request, item) ->
              item.category() == InformationCategory.JUDICIAL
                  ? new Ruling.Allow(
                      BaselineRule.JUDICIAL_DATA.finding("rule.judicial-data.permit", item.id()))
                  : null);

  /** The rules about the actor alone, in order. */
  static final ImmutableList<Rule> ACTOR = ImmutableList.of(TABLE_MEMBER, PLEDGE_SIGNED);

  /** The baseline rules every request is judged by, in the order a decision lists them. */
  static final ImmutableList<Rule> IN_ORDER =
      ImmutableList.of(
          NO_FORWARD,
          TABLE_MEMBER,
          PLEDGE_SIGNED,
          TABLE_PURPOSE,
          AGGREGATES_ONLY,
          DOSSIER_STATE,
          AUDIENCE_RESTRICTION,
          VICTIM_LOCATION);

  /** The grounds a permit of a special category of data names (DESIGN §6), in order. */
  static final ImmutableList<Rule> SPECIAL_CATEGORIES =
      ImmutableList.of(HEALTH_DATA, JUDICIAL_DATA);

  private BaselineRules() {}

  private static List<Ruling> purposeRulings() {
    ImmutableList.Builder<Ruling> rulings = ImmutableList.builder();
    for (Purpose purpose : Purpose.values()) {
      rulings.add(
          purpose.isTablePurpose()
              ? new Ruling.Allow(
                  BaselineRule.TABLE_PURPOSE.finding("rule.table-purpose.permit", purpose))
              : new Ruling.Refuse(
                  BaselineRule.TABLE_PURPOSE.finding("rule.table-purpose.deny", purpose)));
    }
    return rulings.build();
  }

  /** The finding of {@code no-forward}, also for an item the actor does not know of. */
  static RuleFinding noForward(ProfessionalId actor, ItemId item) {
    return BaselineRule.NO_FORWARD.finding("rule.no-forward.deny", actor, item);
  }

  private static Ruling tableMember(TableState table, ProfessionalId actor) {
    String region = table.region();
    if (table.isMember(actor)) {
      return new Ruling.Allow(
          BaselineRule.TABLE_MEMBER.finding("rule.table-member.permit", actor, region));
    }
    return new Ruling.Refuse(
        BaselineRule.TABLE_MEMBER.finding("rule.table-member.deny", actor, region));
  }

  private static Ruling pledgeSigned(TableState table, ProfessionalId actor) {
    if (table.hasPledged(actor)) {
      return new Ruling.Allow(
          BaselineRule.PLEDGE_SIGNED.finding("rule.pledge-signed.permit", actor));
    }
    return new Ruling.Refuse(BaselineRule.PLEDGE_SIGNED.finding("rule.pledge-signed.deny", actor));
  }

  private static @Nullable Ruling aggregatesOnly(AccessRequest request, InformationItem item) {
    Purpose purpose = request.purpose();
    if (purpose != Purpose.EVALUATION && purpose != Purpose.STATISTICS) {
      return null;
    }
    return new Ruling.Refuse(
        BaselineRule.AGGREGATES_ONLY.finding("rule.aggregates-only.deny", purpose, request.item()));
  }

  /**
   * The dossier-state ruling of a dossier where the table shares, or {@code null} elsewhere. The
   * findings name a state by its label in the reader's language and its constant, e.g. {@code
   * clôturé (CLOSED)}.
   */
  static @Nullable Ruling sharing(Dossier dossier) {
    DossierStatus status = dossier.status();
    if (!status.isSharing()) {
      return null;
    }
    return new Ruling.Allow(
        BaselineRule.DOSSIER_STATE.finding(
            "rule.dossier-state.permit", dossier.id(), status, status.name()));
  }

  private static @Nullable Ruling dossierState(AccessRequest request, InformationItem item) {
    Dossier dossier = request.dossier();
    DossierStatus status = dossier.status();
    if (status.isSharing()) {
      return sharing(dossier);
    }
    if (status.isTerminal() && isContributor(request, item)) {
      return new Ruling.Allow(
          BaselineRule.CONTRIBUTOR.finding(
              "rule.contributor.permit",
              dossier.id(),
              status,
              status.name(),
              request.actor(),
              item.contributor()));
    }
    if (status.isTerminal()) {
      return new Ruling.Refuse(
          BaselineRule.DOSSIER_STATE.finding(
              "rule.dossier-state.deny.ended",
              dossier.id(),
              status,
              status.name(),
              item.contributor()));
    }
    return new Ruling.Refuse(
        BaselineRule.DOSSIER_STATE.finding(
            "rule.dossier-state.deny.not-yet", dossier.id(), status, status.name()));
  }

  private static @Nullable Ruling audienceRestriction(AccessRequest request, InformationItem item) {
    if (!item.isRestricted()) {
      return null;
    }
    Optional<PartnerId> partner = request.actorPartner();
    boolean inAudience = partner.isPresent() && item.audience().contains(partner.get());
    // the finding names neither the audience nor anything else of the item beyond its contributor
    if (inAudience || isContributor(request, item)) {
      return new Ruling.Allow(
          BaselineRule.AUDIENCE_RESTRICTION.finding(
              "rule.audience-restriction.permit", item.contributor(), item.id(), request.actor()));
    }
    return new Ruling.Refuse(
        BaselineRule.AUDIENCE_RESTRICTION.finding(
            "rule.audience-restriction.deny", item.contributor(), item.id(), request.actor()));
  }

  private static @Nullable Ruling victimLocation(AccessRequest request, InformationItem item) {
    if (item.category() != InformationCategory.VICTIM_LOCATION) {
      return null;
    }
    ProfessionalId actor = request.actor();
    if (isContributor(request, item)) {
      return new Ruling.Allow(
          BaselineRule.VICTIM_LOCATION.finding(
              "rule.victim-location.permit.contributor", actor, item.contributor()));
    }
    if (request.table().isDirectorInOffice(request.dossier(), actor)) {
      return new Ruling.Allow(
          BaselineRule.VICTIM_LOCATION.finding("rule.victim-location.permit.director", actor));
    }
    if (holdsGrant(request, item)) {
      return new Ruling.Allow(
          BaselineRule.VICTIM_LOCATION_GRANT.finding(
              "rule.victim-location-grant.permit", actor, item.id(), request.purpose()));
    }
    return new Ruling.Refuse(
        BaselineRule.VICTIM_LOCATION.finding(
            "rule.victim-location.deny", item.id(), item.contributor(), actor, request.purpose()));
  }

  /**
   * Whether the actor holds the seat of the item's contributing partner at this table now. A
   * professional of that organisation who does not sit at the table is not its contributor, and
   * neither is the professional who shared it once they left.
   */
  private static boolean isContributor(AccessRequest request, InformationItem item) {
    Optional<PartnerId> partner = request.actorPartner();
    return partner.isPresent() && partner.get().equals(item.contributor());
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
}
