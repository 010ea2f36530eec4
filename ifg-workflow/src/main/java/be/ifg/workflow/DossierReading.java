package be.ifg.workflow;

import be.ifg.domain.CorrectionKind;
import be.ifg.domain.DisclosureEntry;
import be.ifg.domain.Dossier;
import be.ifg.domain.DossierEvent;
import be.ifg.domain.Goal;
import be.ifg.domain.GoalId;
import be.ifg.domain.InformationCategory;
import be.ifg.domain.InformationItem;
import be.ifg.domain.ItemId;
import be.ifg.domain.Plan;
import be.ifg.domain.ProfessionalId;
import be.ifg.domain.ProposalStatus;
import be.ifg.domain.Registration;
import be.ifg.domain.SafetyDeferral;
import be.ifg.workflow.DossierPage.Part;
import be.ifg.workflow.DossierPage.Step;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;

/*
 * How a dossier is read (ChainApproach.read, Disclosures.read).
 *
 * Standing comes first and is decided by Disclosures before anything of the dossier is looked at:
 * without it the page is Refused from facts about the actor alone. For a member with standing every
 * item of the dossier is decided by the policy, as a view decides it, and those decisions go to the
 * log. Then each part is decided by rule dossier-part: SHOWN for SAFETY and PLAN, COUNTED for
 * EVALUATION and STATISTICS (DossierPart.access). Within the parts:
 *
 *   - a deferral's reason is shown to the case director in office, the members holding the
 *     registrant's partner's seat and the coordinator only (the others see that and until when);
 *   - a step of the timeline about an item follows that item's decision: shown with who and what
 *     when permitted, without who and content when withheld, and not at all for a victim location
 *     the reader may not see (as a view neither shows, withholds nor counts it). A count never
 *     includes a victim location's step either.
 *
 * The timeline's steps come from the dossier's events; each kind has its words in the phrasebook
 * under timeline.<EventType>, and an event kind without words reads as timeline.step.other.
 */

/** Builds a {@link DossierPage.Shown} for a member with standing; package-private. */
final class DossierReading {
  private final NeedToKnow policy;
  private final TableState table;
  private final Dossier dossier;
  private final List<DossierEvent> events;
  private final ViewHeader header;
  private final Map<ItemId, AccessDecision> decisions = new HashMap<>();
  private final Set<ItemId> victimLocations = new HashSet<>();
  private boolean redacted;

  DossierReading(
      NeedToKnow policy,
      TableState table,
      Dossier dossier,
      List<DossierEvent> events,
      ViewHeader header) {
    this.policy = policy;
    this.table = table;
    this.dossier = dossier;
    this.events = events;
    this.header = header;
  }

  /** Decides every item of the dossier and adds the decisions to the log's list. */
  void decideItems(List<DisclosureEntry.ItemDecision> log) {
    NeedToKnow.Prejudged prejudged = NeedToKnow.prejudge(table, header.actor(), dossier);
    for (InformationItem item : dossier.items()) {
      AccessDecision decision =
          Disclosures.viewItem(policy, table, dossier, header, prejudged, item);
      decisions.put(item.id(), decision);
      if (item.category() == InformationCategory.VICTIM_LOCATION) {
        victimLocations.add(item.id());
      }
      log.add(new DisclosureEntry.ItemDecision(item.id(), decision.outcome(), decision.ruleIds()));
    }
  }

  DossierPage.Shown page(List<RuleFinding> actorRules) {
    boolean full =
        policy.access(table, header.actor(), header.purpose(), DossierPart.REGISTRATION)
            == DossierPart.Access.SHOWN;
    List<RuleFinding> rules = new ArrayList<>(actorRules);
    if (!full) {
      rules.add(
          BaselineRule.AGGREGATES_ONLY.finding("rule.aggregates-only.permit", header.purpose()));
    }
    DossierPage.Registration registration = registration();
    List<RuleFinding> registrationRules = new ArrayList<>();
    if (full && registration.deferrals().stream().anyMatch(d -> d.reason() == null)) {
      registrationRules.add(
          BaselineRule.DOSSIER_PART.finding(
              "rule.dossier-part.deny.deferral-reason",
              header.actor(),
              dossier.registration().registrantPartner()));
    }
    DossierPage.Plans plans =
        new DossierPage.Plans(dossier.planHistory(), dossier.planInforming(), dossier.proposals());
    // every goal decision of every plan version: a goal closed and then left out of a later
    // version keeps its decision; the latest version that knows the goal tells it
    Map<GoalId, DossierPage.GoalDecision> byGoal = new LinkedHashMap<>();
    for (Plan version : dossier.planHistory()) {
      for (Goal g : version.goals()) {
        if (g.closure() != null) {
          byGoal.put(g.id(), new DossierPage.GoalDecision(g.id(), g.text(), g.closure()));
        }
      }
    }
    for (Goal g : dossier.plan().map(p -> p.goals()).orElse(List.of())) {
      if (g.closure() != null) {
        byGoal.put(g.id(), new DossierPage.GoalDecision(g.id(), g.text(), g.closure()));
      }
    }
    List<DossierPage.GoalDecision> goalDecisions = new ArrayList<>(byGoal.values());
    DossierPage.Ending ending =
        new DossierPage.Ending(
            dossier.decline().orElse(null),
            dossier.conclusion().orElse(null),
            dossier.followUp().orElse(null),
            dossier.closure().orElse(null),
            dossier.withdrawal().orElse(null));
    List<Step> steps = timeline();
    List<RuleFinding> timelineRules = new ArrayList<>();
    if (full && redacted) {
      timelineRules.add(
          BaselineRule.DOSSIER_PART.finding("rule.dossier-part.permit.redacted", header.actor()));
    }
    return new DossierPage.Shown(
        header,
        rules,
        part(
            DossierPart.REGISTRATION,
            registration,
            registration.parties().size(),
            registrationRules),
        part(DossierPart.PLAN, plans, plans.versions().size(), List.of()),
        part(
            DossierPart.PROGRESS,
            dossier.progressReports(),
            dossier.progressReports().size(),
            List.of()),
        part(DossierPart.INCIDENTS, dossier.incidents(), dossier.incidents().size(), List.of()),
        part(DossierPart.GOAL_DECISIONS, goalDecisions, goalDecisions.size(), List.of()),
        part(DossierPart.CLOSURE, ending, ending.count(), List.of()),
        part(
            DossierPart.EVALUATIONS,
            dossier.evaluations(),
            dossier.evaluations().size(),
            List.of()),
        part(DossierPart.DIRECTORS, dossier.directors(), dossier.directors().size(), List.of()),
        part(DossierPart.TIMELINE, steps, steps.size(), timelineRules));
  }

  private <T> Part<T> part(DossierPart which, T content, int count, List<RuleFinding> extra) {
    List<RuleFinding> rules = new ArrayList<>(extra.size() + 1);
    DossierPart.Access access = policy.access(table, header.actor(), header.purpose(), which);
    if (access == DossierPart.Access.SHOWN) {
      rules.add(
          BaselineRule.DOSSIER_PART.finding(
              "rule.dossier-part.permit", header.actor(), which, header.purpose()));
      rules.addAll(extra);
      return new Part.Full<>(which, content, count, rules);
    }
    // a page is built only for an actor with standing (Disclosures.read refuses the others)
    rules.add(
        BaselineRule.DOSSIER_PART.finding(
            "rule.dossier-part.permit.counts", header.actor(), which, header.purpose()));
    return new Part.Counted<>(which, count, rules);
  }

  /** Whether the reader may know why informing was deferred. */
  private boolean mayKnowDeferralReasons() {
    return mayKnowDeferralReasons(table, dossier, header.actor());
  }

  /**
   * Whether an actor may know why informing a party of the dossier was deferred: the case director
   * in office, the coordinator and the members holding the registrant's partner's seat. A view and
   * a page answer alike.
   */
  static boolean mayKnowDeferralReasons(TableState table, Dossier dossier, ProfessionalId actor) {
    return table.isDirectorInOffice(dossier, actor)
        || actor.equals(table.coordinator())
        || table
            .seat(actor)
            .map(s -> s.equals(dossier.registration().registrantPartner()))
            .orElse(false);
  }

  private DossierPage.Registration registration() {
    Registration r = dossier.registration();
    boolean reasons = mayKnowDeferralReasons();
    List<DossierPage.Deferral> deferrals = new ArrayList<>();
    Set<SafetyDeferral> seen = new HashSet<>();
    List<SafetyDeferral> all = new ArrayList<>(r.deferred());
    all.addAll(dossier.pendingDeferrals());
    for (SafetyDeferral d : all) {
      if (seen.add(d)) {
        deferrals.add(
            new DossierPage.Deferral(
                d.party(), d.reviewBy(), d.by(), d.at(), reasons ? d.reason() : null));
      }
    }
    return new DossierPage.Registration(
        r.registrant(),
        r.registrantPartner(),
        dossier.registeredAt(),
        r.clientSystem().parties(),
        r.criteria(),
        dossier.informingRecords(),
        deferrals,
        r.danger(),
        dossier.dangerUpdates());
  }

  /** Whether the reader may not even learn that this item exists. */
  private boolean hidden(ItemId item) {
    AccessDecision d = decisions.get(item);
    return victimLocations.contains(item) && (d == null || !d.isPermit());
  }

  private boolean permitted(ItemId item) {
    AccessDecision d = decisions.get(item);
    return d != null && d.isPermit();
  }

  private List<Step> timeline() {
    List<Step> steps = new ArrayList<>(events.size());
    for (DossierEvent e : events) {
      Step step = step(e);
      if (step != null) {
        steps.add(step);
      }
    }
    return steps;
  }

  private Step say(DossierEvent e, Object... arguments) {
    return new Step(e.at(), e.type(), e.actor(), Words.phrase(key(e.type()), arguments));
  }

  /**
   * The phrasebook key of a step kind; a kind without words reads as {@code timeline.step.other}.
   */
  static String key(String kind) {
    String key = "timeline." + kind;
    return Words.BOOK.has(key) ? key : "timeline.step.other";
  }

  private Step item(DossierEvent e, InformationItem item, IntFunction<Step> shown) {
    if (permitted(item.id())) {
      return shown.apply(0);
    }
    redacted = true;
    return new Step(
        e.at(), e.type(), null, Words.phrase("timeline.step.withheld", item.id(), item.category()));
  }

  /**
   * A rectification: a birth year's correction reads for every reader of the timeline; an item's
   * correction only for a reader the item is shown to, and leaves no step for anybody else (so a
   * hidden victim location's correction shows nothing, and a withheld item's neither its reason).
   * The original value is never on a page.
   */
  private @Nullable Step correction(DossierEvent.CorrectionRecorded e, ProfessionalId who) {
    if (e.kind() == CorrectionKind.ITEM_CONTENT) {
      ItemId id = ItemId.of(e.subject());
      if (!permitted(id)) {
        redacted = redacted || !hidden(id);
        return null;
      }
    }
    return say(e, who, e.kind(), e.subject(), e.reason());
  }

  private @Nullable Step step(DossierEvent event) {
    ProfessionalId who = event.actor();
    if (event instanceof DossierEvent.Registered e) {
      return say(e, who, e.registration().clientSystem().parties().size());
    } else if (event instanceof DossierEvent.Declined e) {
      return say(e, who, e.reason(), e.advice());
    } else if (event instanceof DossierEvent.PartyInformed e) {
      return say(e, who, e.party(), e.how());
    } else if (event instanceof DossierEvent.InformingDeferred e) {
      return say(e, who, e.party(), e.reviewBy());
    } else if (event instanceof DossierEvent.InformationShared e) {
      if (hidden(e.item().id())) {
        return null;
      }
      return item(e, e.item(), x -> say(e, who, e.item().id(), e.item().category()));
    } else if (event instanceof DossierEvent.InformationRequested e) {
      return say(e, who, e.from(), e.question(), e.dueBy(), e.request());
    } else if (event instanceof DossierEvent.RequestAnswered e) {
      if (hidden(e.item().id())) {
        return null;
      }
      return item(e, e.item(), x -> say(e, who, e.request(), e.item().id()));
    } else if (event instanceof DossierEvent.RequestWaived e) {
      return say(e, who, e.request(), e.reason());
    } else if (event instanceof DossierEvent.Assessed e) {
      return say(e, who, e.assessment().instrumentId());
    } else if (event instanceof DossierEvent.DirectorAppointed e) {
      return say(e, who, e.member(), e.partner());
    } else if (event instanceof DossierEvent.PlanAdopted e) {
      return say(e, who, e.goals().size());
    } else if (event instanceof DossierEvent.PlanAdjusted e) {
      return say(e, who, e.reason(), e.goals().size());
    } else if (event instanceof DossierEvent.DangerAssessmentUpdated e) {
      return say(e, who, e.capacity(), e.summary());
    } else if (event instanceof DossierEvent.AdjustmentProposed e) {
      return say(e, who, e.proposal(), e.reason());
    } else if (event instanceof DossierEvent.AdjustmentDecided e) {
      return say(
          e,
          who,
          e.proposal(),
          e.adopted() ? ProposalStatus.ADOPTED : ProposalStatus.REJECTED,
          e.note());
    } else if (event instanceof DossierEvent.ClientsInformedOfPlan e) {
      return say(e, who, e.parties());
    } else if (event instanceof DossierEvent.ProgressReported e) {
      return say(e, who, e.summary());
    } else if (event instanceof DossierEvent.ActionUpdated e) {
      return say(e, who, e.action(), e.status());
    } else if (event instanceof DossierEvent.GoalClosed e) {
      return say(e, who, e.goal(), e.outcome(), e.decision());
    } else if (event instanceof DossierEvent.IncidentReported e) {
      return say(e, who, e.summary());
    } else if (event instanceof DossierEvent.Concluded e) {
      return say(e, who, e.summary());
    } else if (event instanceof DossierEvent.Evaluated e) {
      return say(e, who, e.notes());
    } else if (event instanceof DossierEvent.Withdrawn e) {
      return say(e, who, e.reason());
    } else if (event instanceof DossierEvent.AccessGranted e) {
      return hidden(e.item()) ? null : say(e, who, e.item(), e.member(), e.purpose());
    } else if (event instanceof DossierEvent.AccessRevoked e) {
      return hidden(e.item()) ? null : say(e, who, e.item(), e.member(), e.purpose());
    } else if (event instanceof DossierEvent.ConsentRecorded e) {
      return say(e, who, e.party(), e.partner(), e.purpose(), e.category());
    } else if (event instanceof DossierEvent.ConsentWithdrawn e) {
      return say(e, who, e.party(), e.partner(), e.purpose(), e.category());
    } else if (event instanceof DossierEvent.CorrectionRecorded e) {
      return correction(e, who);
    } else if (Words.BOOK.has("timeline." + event.type())) {
      // Accepted, DossierCompleted, CaseDirectionStarted, Closed: who and when say it all
      return say(event, who);
    }
    return new Step(
        event.at(),
        event.type(),
        who,
        Words.phrase("timeline.step.other", who, event.type().toLowerCase(Locale.ROOT)));
  }
}
