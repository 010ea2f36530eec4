package be.ifg.workflow;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.MAINTAINED;

import be.ifg.domain.DisclosureEntry;
import be.ifg.domain.Dossier;
import be.ifg.domain.DossierEvent;
import be.ifg.domain.DossierId;
import be.ifg.domain.InformationCategory;
import be.ifg.domain.InformationItem;
import be.ifg.domain.ItemId;
import be.ifg.domain.Party;
import be.ifg.domain.PartyRole;
import be.ifg.domain.ProfessionalId;
import be.ifg.domain.Purpose;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The need-to-know policy and the disclosure log together: every decision made here, and every
 * view, is written to the log before it is returned.
 *
 * <p>Use {@link #decide(AccessRequest)} to ask about one item and {@link #view} to hand out a
 * dossier's content: the view is the only way content leaves the library.
 *
 * <p>Thread-safe: the policy is immutable and the log serialises its appends.
 */
@API(status = MAINTAINED, since = "0.1")
public final class Disclosures {
  private final NeedToKnow policy;
  private final DisclosureLog log;

  /**
   * Decisions by the given policy, logged to the given log.
   *
   * @throws NullPointerException if either is null
   */
  public Disclosures(NeedToKnow policy, DisclosureLog log) {
    this.policy = checkNotNull(policy, "policy must not be null");
    this.log = checkNotNull(log, "log must not be null");
  }

  /** The policy. */
  public NeedToKnow policy() {
    return policy;
  }

  /** The log. */
  public DisclosureLog log() {
    return log;
  }

  /**
   * Decides a request, appends exactly one entry to the log and returns the answer the actor may be
   * told.
   *
   * <p>The log records the rules that really decided. The answer is the same decision, except for a
   * {@code VICTIM_LOCATION} item the actor may not know of: that leaves no trace, so the actor is
   * denied by rule {@code known-item} exactly as for an item the dossier does not have (see {@link
   * NeedToKnow#decide}).
   *
   * @throws be.ifg.persistence.PersistenceException if the log cannot be written; then no decision
   *     is returned
   */
  public AccessDecision decide(AccessRequest request) {
    AccessDecision decision = policy.decide(request);
    log.append(Disclosure.of(request, decision));
    return NeedToKnow.concealed(request, decision);
  }

  /**
   * Decides a question about an item of a dossier that does not exist at this table, logs the
   * denial and returns it. The answer is the one an actor gets about a hidden item: built from
   * facts about the actor alone, so nobody learns whether the dossier exists elsewhere.
   */
  AccessDecision decideWithoutDossier(
      TableState table,
      DossierId dossier,
      ProfessionalId actor,
      AccessAction action,
      ItemId item,
      Purpose purpose,
      Instant at) {
    AccessDecision denial = NeedToKnow.unknownItem(table, actor, action, dossier, item);
    // the log names what really decided: the actor's refusals, or a dossier this table lacks
    List<String> rules = new ArrayList<>(3);
    for (RuleFinding r : denial.rules()) {
      if (!r.rule().equals(BaselineRule.KNOWN_ITEM.id())) {
        rules.add(r.rule());
      }
    }
    if (table.hasStanding(actor)) {
      rules.add(BaselineRule.KNOWN_DOSSIER.id());
    }
    log.append(
        new Disclosure(
            at,
            actor,
            table.region(),
            dossier,
            item,
            action.name(),
            purpose,
            denial.outcome(),
            rules,
            List.of()));
    return denial;
  }

  /**
   * Builds the redacted view of a dossier for an actor and purpose and writes it to the log as one
   * entry, whatever the view shows or hides: for an itemized view the entry lists each item's
   * decision with its rules, hidden items included, so that the log's size and cost do not depend
   * on what is hidden while "who saw which item" stays answerable.
   *
   * @param table the dossier's case table as it is now
   * @param dossier the dossier, or {@code null} if it does not exist at this table
   * @param id the dossier's id as asked for
   * @param actor for whom
   * @param purpose for which purpose: SAFETY and PLAN give items, EVALUATION and STATISTICS counts
   * @param at when
   * @return the view; {@link DossierView.Refused} for an actor without standing at the table (the
   *     same whether the dossier exists or not) and for a dossier the table does not have
   * @throws NullPointerException if an argument other than {@code dossier} is null
   * @throws be.ifg.persistence.PersistenceException if the log cannot be written; then no view is
   *     returned
   */
  public DossierView view(
      TableState table,
      @Nullable Dossier dossier,
      DossierId id,
      ProfessionalId actor,
      Purpose purpose,
      Instant at) {
    checkNotNull(table, "table must not be null");
    checkNotNull(id, "id must not be null");
    checkNotNull(actor, "actor must not be null");
    checkNotNull(purpose, "purpose must not be null");
    checkNotNull(at, "at must not be null");
    List<RuleFinding> allowed = new ArrayList<>();
    List<RuleFinding> refused = refusals(table, dossier, id, actor, allowed);
    DossierView view;
    List<DisclosureEntry.ItemDecision> items = List.of();
    if (!refused.isEmpty() || dossier == null) {
      view = new DossierView.Refused(new ViewHeader(id, null, actor, purpose, at), refused);
    } else {
      ViewHeader header = new ViewHeader(id, dossier.status(), actor, purpose, at);
      if (purpose == Purpose.EVALUATION || purpose == Purpose.STATISTICS) {
        view = aggregated(header, dossier, allowed);
      } else {
        items = new ArrayList<>(dossier.items().size());
        view = itemized(header, table, dossier, items);
      }
    }
    log.append(
        new Disclosure(
            at,
            actor,
            table.region(),
            id,
            null,
            Disclosure.DOSSIER_VIEW,
            purpose,
            view.outcome(),
            view.ruleIds(),
            items));
    return view;
  }

  /**
   * Reads a dossier by its parts for an actor and purpose and writes the read to the log as one
   * entry (action {@code DOSSIER_READ}), whatever it shows or hides: the entry holds every item's
   * decision, hidden items included, and one decision per part, named {@code part:<part>} ({@code
   * PERMIT} for a part shown in full, {@code DENY} for a part of which only the count is shown).
   *
   * @param table the dossier's case table as it is now
   * @param dossier the dossier, or {@code null} if it does not exist at this table
   * @param events the dossier's events, oldest first (empty without a dossier)
   * @param id the dossier's id as asked for
   * @param actor for whom
   * @param purpose SAFETY and PLAN give the parts in full, EVALUATION and STATISTICS counts
   * @param at when
   * @return the page; {@link DossierPage.Refused} for an actor without standing at the table (the
   *     same whether the dossier exists or not) and for a dossier the table does not have
   * @throws NullPointerException if an argument other than {@code dossier} is null
   * @throws be.ifg.persistence.PersistenceException if the log cannot be written
   */
  public DossierPage read(
      TableState table,
      @Nullable Dossier dossier,
      List<DossierEvent> events,
      DossierId id,
      ProfessionalId actor,
      Purpose purpose,
      Instant at) {
    checkNotNull(table, "table must not be null");
    checkNotNull(events, "events must not be null");
    checkNotNull(id, "id must not be null");
    checkNotNull(actor, "actor must not be null");
    checkNotNull(purpose, "purpose must not be null");
    checkNotNull(at, "at must not be null");
    List<RuleFinding> allowed = new ArrayList<>();
    List<RuleFinding> refused = refusals(table, dossier, id, actor, allowed);
    DossierPage page;
    List<DisclosureEntry.ItemDecision> decisions = List.of();
    if (!refused.isEmpty() || dossier == null) {
      page = new DossierPage.Refused(new ViewHeader(id, null, actor, purpose, at), refused);
    } else {
      DossierReading reading =
          new DossierReading(
              policy,
              table,
              dossier,
              events,
              new ViewHeader(id, dossier.status(), actor, purpose, at));
      decisions = new ArrayList<>(dossier.items().size() + DossierPart.values().length);
      reading.decideItems(decisions);
      DossierPage.Shown shown = reading.page(allowed);
      for (DossierPage.Part<?> part : shown.parts()) {
        decisions.add(
            new DisclosureEntry.ItemDecision(
                ItemId.of("part:" + part.part().name().toLowerCase(Locale.ROOT).replace('_', '-')),
                part instanceof DossierPage.Part.Full ? Disclosure.PERMIT : Disclosure.DENY,
                part.rules().stream().map(RuleFinding::rule).toList()));
      }
      page = shown;
    }
    log.append(
        new Disclosure(
            at,
            actor,
            table.region(),
            id,
            null,
            Disclosure.DOSSIER_READ,
            purpose,
            page.outcome(),
            page.ruleIds(),
            decisions));
    return page;
  }

  /**
   * Answers a question about the table that carries no item content (a summary, the agenda, the
   * list of dossiers), decided like a view: only an actor with standing at the table (a member now,
   * pledged) gets an answer, and the question is logged either way.
   *
   * @param table the table now
   * @param dossier the dossier asked about, if any
   * @param known whether that dossier exists at this table (ignored without a dossier)
   * @param actor who asks
   * @param action {@link Disclosure#DOSSIER_SUMMARY}, {@link Disclosure#AGENDA} or {@link
   *     Disclosure#DOSSIER_LIST}
   * @param at when
   * @return whether the actor may have the answer
   */
  boolean permitsTableQuestion(
      TableState table,
      @Nullable DossierId dossier,
      boolean known,
      ProfessionalId actor,
      String action,
      Instant at) {
    return tableQuestion(table, dossier, known, actor, action, at, false) == Scope.TABLE;
  }

  /** How much of a table question an actor may have answered. */
  enum Scope {
    /** Nothing. */
    NONE,
    /** The actor's own registrations, as a registrant who does not sit at the table. */
    OWN_REGISTRATIONS,
    /** Everything the question covers, as a member with standing. */
    TABLE
  }

  /**
   * Decides and logs a table question (see {@link #permitsTableQuestion}); with {@code
   * registrantScope} a known professional without standing may have the part about the
   * registrations they made (rule {@code registrant}).
   */
  Scope tableQuestion(
      TableState table,
      @Nullable DossierId dossier,
      boolean known,
      ProfessionalId actor,
      String action,
      Instant at,
      boolean registrantScope) {
    List<RuleFinding> allowed = new ArrayList<>(2);
    List<RuleFinding> refused = new ArrayList<>(2);
    NeedToKnow.actorRules(table, actor, allowed, refused);
    if (refused.isEmpty() && dossier != null && !known) {
      refused.add(unknownDossier(table, dossier));
    }
    Scope scope = refused.isEmpty() ? Scope.TABLE : Scope.NONE;
    if (scope == Scope.NONE
        && registrantScope
        && !table.isMember(actor)
        && table.table().professional(actor).isPresent()) {
      scope = Scope.OWN_REGISTRATIONS;
      refused.clear();
      allowed.clear();
      allowed.add(BaselineRule.REGISTRANT.finding("rule.registrant.permit", actor));
    }
    boolean permitted = scope != Scope.NONE;
    List<String> rules = new ArrayList<>(2);
    (permitted ? allowed : refused).forEach(r -> rules.add(r.rule()));
    log.append(
        new Disclosure(
            at,
            actor,
            table.region(),
            dossier,
            null,
            action,
            Purpose.PLAN,
            permitted ? Disclosure.PERMIT : Disclosure.DENY,
            rules,
            List.of()));
    return scope;
  }

  /**
   * The rules that refuse an actor a dossier before any of its content: standing at the table first
   * (from facts about the actor alone), then a dossier the table does not have. Adds the rules that
   * allow to {@code allowed}.
   */
  private static List<RuleFinding> refusals(
      TableState table,
      @Nullable Dossier dossier,
      DossierId id,
      ProfessionalId actor,
      List<RuleFinding> allowed) {
    List<RuleFinding> refused = new ArrayList<>();
    NeedToKnow.actorRules(table, actor, allowed, refused);
    if (refused.isEmpty() && dossier == null) {
      refused.add(unknownDossier(table, id));
    }
    return refused;
  }

  /** The decision on viewing one item of a view or a page, with the rulings made once per view. */
  static AccessDecision viewItem(
      NeedToKnow policy,
      TableState table,
      Dossier dossier,
      ViewHeader header,
      NeedToKnow.Prejudged prejudged,
      InformationItem item) {
    return policy.decide(
        new AccessRequest(
            table,
            dossier,
            header.actor(),
            AccessAction.VIEW,
            item.id(),
            header.purpose(),
            header.at()),
        prejudged);
  }

  private static RuleFinding unknownDossier(TableState table, DossierId id) {
    return BaselineRule.KNOWN_DOSSIER.finding("rule.known-dossier.deny", table.region(), id);
  }

  private DossierView itemized(
      ViewHeader header,
      TableState table,
      Dossier dossier,
      List<DisclosureEntry.ItemDecision> decisions) {
    List<DossierView.ShownItem> shown = new ArrayList<>();
    List<DossierView.WithheldItem> withheld = new ArrayList<>();
    // the rulings that are the same for every item (the actor's, a sharing dossier's state), once
    NeedToKnow.Prejudged prejudged = NeedToKnow.prejudge(table, header.actor(), dossier);
    for (InformationItem item : dossier.items()) {
      AccessDecision decision = viewItem(policy, table, dossier, header, prejudged, item);
      decisions.add(
          new DisclosureEntry.ItemDecision(item.id(), decision.outcome(), decision.ruleIds()));
      // the actor has standing here, so the answer is the decision itself, except that a
      // victim location is shown or leaves no trace: it is never withheld, neither when the
      // victim-location rule hides it nor when another rule (an audience restriction) refuses it
      // to a director; NeedToKnow.concealed gives the same answer for a single decision
      if (decision.isPermit()) {
        shown.add(new DossierView.ShownItem(item, decision.rules()));
      } else if (item.category() != InformationCategory.VICTIM_LOCATION) {
        withheld.add(
            new DossierView.WithheldItem(
                item.id(), item.category(), item.contributor(), decision.rules()));
      }
    }
    // informing is judged on the view's date in UTC: ages are kept as birth years, so only the
    // last hours of a year could differ from the table's own zone
    // the parties' records, like the assessments, are shared only while the table shares: a
    // registered, declined, closed or withdrawn dossier shows nobody its informing or consents
    boolean sharing = dossier.status().isSharing();
    return new DossierView.Itemized(
        header,
        shown,
        withheld,
        sharing ? informing(table, dossier, header) : List.of(),
        sharing ? ConsentLedger.of(dossier) : ConsentLedger.empty(dossier),
        sharing ? dossier.assessments() : List.of());
  }

  /**
   * Where informing each party stands on the view's date, with the reasons of deferrals only for
   * those who may know them (as on a dossier page).
   */
  private static List<InformingStatus> informing(
      TableState table, Dossier dossier, ViewHeader header) {
    List<InformingStatus> all =
        InformingStatus.all(dossier, LocalDate.ofInstant(header.at(), ZoneOffset.UTC));
    if (DossierReading.mayKnowDeferralReasons(table, dossier, header.actor())) {
      return all;
    }
    return all.stream().map(InformingStatus::withoutDeferralReason).toList();
  }

  private static DossierView aggregated(
      ViewHeader header, Dossier dossier, List<RuleFinding> allowed) {
    Map<InformationCategory, Integer> perCategory = new EnumMap<>(InformationCategory.class);
    for (InformationItem item : dossier.items()) {
      if (item.category() != InformationCategory.VICTIM_LOCATION) {
        perCategory.merge(item.category(), 1, Integer::sum);
      }
    }
    Map<PartyRole, Integer> perRole = new EnumMap<>(PartyRole.class);
    for (Party p : dossier.clientSystem().parties()) {
      perRole.merge(p.role(), 1, Integer::sum);
    }
    List<RuleFinding> rules = new ArrayList<>(allowed);
    rules.add(
        BaselineRule.AGGREGATES_ONLY.finding("rule.aggregates-only.permit", header.purpose()));
    int goals = dossier.plan().map(p -> p.goals().size()).orElse(0);
    return new DossierView.Aggregated(
        header, perCategory, perRole, dossier.requests().size(), goals, rules);
  }

  @Override
  public String toString() {
    return "Disclosures[" + policy + "]";
  }
}
