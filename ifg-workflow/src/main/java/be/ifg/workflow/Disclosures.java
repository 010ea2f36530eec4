package be.ifg.workflow;

import static com.google.common.base.Preconditions.checkNotNull;

import be.ifg.domain.CaseTable;
import be.ifg.domain.Dossier;
import be.ifg.domain.InformationCategory;
import be.ifg.domain.InformationItem;
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
import java.util.Map;

/**
 * The need-to-know policy and the disclosure log together: every decision made here, and every
 * view, is written to the log before it is returned.
 *
 * <p>Use {@link #decide(AccessRequest)} to ask about one item and {@link #view} to hand out a
 * dossier's content: the view is the only way content leaves the library.
 *
 * <p>Thread-safe: the policy is immutable and the log serialises its appends.
 */
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
   * Builds the redacted view of a dossier for an actor and purpose. Every item decision made while
   * building it is logged, then the view itself.
   *
   * @param table the dossier's case table
   * @param pledges who signed the table's pledge
   * @param dossier the dossier
   * @param actor for whom
   * @param purpose for which purpose: SAFETY and PLAN give items, EVALUATION and STATISTICS counts
   * @param at when
   * @throws NullPointerException if any argument is null
   * @throws be.ifg.persistence.PersistenceException if the log cannot be written; then no view is
   *     returned
   */
  public DossierView view(
      CaseTable table,
      Pledges pledges,
      Dossier dossier,
      ProfessionalId actor,
      Purpose purpose,
      Instant at) {
    checkNotNull(table, "table must not be null");
    checkNotNull(pledges, "pledges must not be null");
    checkNotNull(dossier, "dossier must not be null");
    checkNotNull(actor, "actor must not be null");
    checkNotNull(purpose, "purpose must not be null");
    checkNotNull(at, "at must not be null");
    ViewHeader header = new ViewHeader(dossier.id(), dossier.status(), actor, purpose, at);
    List<RuleFinding> allowed = new ArrayList<>();
    List<RuleFinding> refused = new ArrayList<>();
    NeedToKnow.actorRules(table, pledges, dossier, actor, allowed, refused);
    DossierView view;
    if (!refused.isEmpty()) {
      view = new DossierView.Refused(header, refused);
    } else if (purpose == Purpose.EVALUATION || purpose == Purpose.STATISTICS) {
      view = aggregated(header, dossier, allowed);
    } else {
      view = itemized(header, table, pledges, dossier);
    }
    log.append(Disclosure.of(view));
    return view;
  }

  private DossierView itemized(
      ViewHeader header, CaseTable table, Pledges pledges, Dossier dossier) {
    List<DossierView.ShownItem> shown = new ArrayList<>();
    List<DossierView.WithheldItem> withheld = new ArrayList<>();
    for (InformationItem item : dossier.items()) {
      AccessRequest request =
          new AccessRequest(
              table,
              pledges,
              dossier,
              header.actor(),
              AccessAction.VIEW,
              item.id(),
              header.purpose(),
              header.at());
      AccessDecision decision = decide(request);
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
        sharing
            ? InformingStatus.all(dossier, LocalDate.ofInstant(header.at(), ZoneOffset.UTC))
            : List.of(),
        sharing ? ConsentLedger.of(dossier) : ConsentLedger.empty(dossier),
        sharing ? dossier.assessments() : List.of());
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
        BaselineRule.AGGREGATES_ONLY.finding(
            header.purpose() + " sees counts without identities or content",
            header.purpose() + " ziet enkel aantallen zonder identiteiten of inhoud"));
    int goals = dossier.plan().map(p -> p.goals().size()).orElse(0);
    return new DossierView.Aggregated(
        header, perCategory, perRole, dossier.requests().size(), goals, rules);
  }

  @Override
  public String toString() {
    return "Disclosures[" + policy + "]";
  }
}
