package be.ifg.workflow;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import be.ifg.domain.CaseDirector;
import be.ifg.domain.Conclusion;
import be.ifg.domain.DangerAssessment;
import be.ifg.domain.DangerUpdate;
import be.ifg.domain.Decline;
import be.ifg.domain.Evaluation;
import be.ifg.domain.FollowUp;
import be.ifg.domain.GoalClosure;
import be.ifg.domain.GoalId;
import be.ifg.domain.Incident;
import be.ifg.domain.InclusionCriterion;
import be.ifg.domain.InformingRecord;
import be.ifg.domain.Note;
import be.ifg.domain.PartnerId;
import be.ifg.domain.Party;
import be.ifg.domain.PartyId;
import be.ifg.domain.Phrase;
import be.ifg.domain.Plan;
import be.ifg.domain.PlanProposal;
import be.ifg.domain.ProfessionalId;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A dossier read for one actor and purpose ({@link ChainApproach#read}): its {@link DossierPart
 * parts}, each decided by the need-to-know policy and carrying the findings that decided it, and
 * the whole read written to the disclosure log as one entry, like a {@link DossierView}.
 *
 * <ul>
 *   <li>{@link Shown}: the actor has standing at the table and the table has the dossier. Each part
 *       is a {@link Part}: {@link Part.Full} with its facts (SAFETY, PLAN) or {@link Part.Counted}
 *       with how many entries it has (EVALUATION, STATISTICS).
 *   <li>{@link Refused}: the actor has no standing (not a member now, or no pledge), or the table
 *       has no such dossier. Only the header without the dossier's state, and the refusing rules —
 *       the same whether the dossier exists or not.
 * </ul>
 *
 * <p>A victim location the actor may not know of leaves no trace in any part: not in the timeline,
 * not as a count. Immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public sealed interface DossierPage permits DossierPage.Shown, DossierPage.Refused {

  /** Which dossier, its state (unless refused), for whom, for which purpose, when. */
  ViewHeader header();

  /** The ids of the rules that decided the read, as the disclosure log records them. */
  List<String> ruleIds();

  /** {@code VIEW} if anything beyond the header was shown, {@code DENY} if the read was refused. */
  String outcome();

  /**
   * One part of a read dossier: in full with its facts, or counted.
   *
   * @param <T> what the part holds in full
   */
  sealed interface Part<T> permits Part.Full, Part.Counted {
    /** Which part. */
    DossierPart part();

    /** The findings that decided how much of the part the actor sees. */
    List<RuleFinding> rules();

    /** How many entries the part has (for the timeline: the steps the actor may know of). */
    int count();

    /** The part's facts, if the actor sees them in full. */
    Optional<T> facts();

    /**
     * A part shown with its facts.
     *
     * @param part which part
     * @param content its facts
     * @param count how many entries it has
     * @param rules the findings that decided it
     * @param <T> what the part holds
     */
    record Full<T>(DossierPart part, T content, int count, List<RuleFinding> rules)
        implements Part<T> {
      /** Validates the part. */
      public Full {
        checkNotNull(part, "part must not be null");
        checkNotNull(content, "content must not be null");
        checkArgument(count >= 0, "count must be >= 0: %s", count);
        rules = ImmutableList.copyOf(checkNotNull(rules, "rules must not be null"));
      }

      @Override
      public Optional<T> facts() {
        return Optional.of(content);
      }
    }

    /**
     * A part of which the actor learns only how many entries it has: no identity, no text.
     *
     * @param part which part
     * @param count how many entries
     * @param rules the findings that decided it
     * @param <T> what the part would hold in full
     */
    record Counted<T>(DossierPart part, int count, List<RuleFinding> rules) implements Part<T> {
      /** Validates the part. */
      public Counted {
        checkNotNull(part, "part must not be null");
        checkArgument(count >= 0, "count must be >= 0: %s", count);
        rules = ImmutableList.copyOf(checkNotNull(rules, "rules must not be null"));
      }

      @Override
      public Optional<T> facts() {
        return Optional.empty();
      }
    }
  }

  /**
   * The registration as the table received it, with the informing and deferrals recorded since.
   *
   * @param registrant who registered
   * @param registrantPartner the registrant's organisation
   * @param registeredAt when
   * @param parties the client system: each party with role and birth year (age group)
   * @param criteria the inclusion criteria that apply
   * @param informed who was informed, by whom, when, how
   * @param deferrals the deferrals of informing for safety, with review dates
   * @param danger the registrant's danger assessment and the safety measures started, as registered
   * @param dangerUpdates every update of the danger assessment since, oldest first, each with who
   *     made it and in which capacity (the registrant until a case director is appointed, then the
   *     case director): the hand-over of the responsibility shows as the first update by a director
   */
  record Registration(
      ProfessionalId registrant,
      PartnerId registrantPartner,
      Instant registeredAt,
      List<Party> parties,
      Set<InclusionCriterion> criteria,
      List<InformingRecord> informed,
      List<Deferral> deferrals,
      DangerAssessment danger,
      List<DangerUpdate> dangerUpdates) {
    /** Validates the part. */
    public Registration {
      checkNotNull(registrant, "registrant must not be null");
      checkNotNull(registrantPartner, "registrantPartner must not be null");
      checkNotNull(registeredAt, "registeredAt must not be null");
      parties = ImmutableList.copyOf(parties);
      criteria = ImmutableSet.copyOf(criteria);
      informed = ImmutableList.copyOf(informed);
      deferrals = ImmutableList.copyOf(deferrals);
      checkNotNull(danger, "danger must not be null");
      dangerUpdates = ImmutableList.copyOf(dangerUpdates);
    }
  }

  /**
   * Informing a party deferred for safety. Why is told only to the case director in office, the
   * members holding the registrant's partner's seat and the coordinator; everybody else at the
   * table learns that the party is not to be informed yet, and until when, so that nobody informs
   * them by mistake.
   *
   * @param party whose informing was deferred
   * @param reviewBy when the deferral is to be reviewed
   * @param by who deferred
   * @param at when
   * @param reason why, or {@code null} where the reader may not know
   */
  record Deferral(
      PartyId party, LocalDate reviewBy, ProfessionalId by, Instant at, @Nullable String reason) {
    /** Validates the deferral. */
    public Deferral {
      checkNotNull(party, "party must not be null");
      checkNotNull(reviewBy, "reviewBy must not be null");
      checkNotNull(by, "by must not be null");
      checkNotNull(at, "at must not be null");
    }

    /** Why informing was deferred, where the reader may know. */
    public Optional<String> reasonIfKnown() {
      return Optional.ofNullable(reason);
    }
  }

  /**
   * The plan in every version, oldest first (version 1 adopted, then each adjustment with who, when
   * and why; the current version's actions with their status now), and who informed the clients of
   * it.
   *
   * @param versions every version, oldest first
   * @param clientsInformed the parties informed of the plan
   * @param proposals the case director's proposed adjustments, each open, adopted or rejected by
   *     the operational team (an adopted one is also a version)
   */
  record Plans(
      List<Plan> versions, List<InformingRecord> clientsInformed, List<PlanProposal> proposals) {
    /** Validates the part. */
    public Plans {
      versions = ImmutableList.copyOf(versions);
      clientsInformed = ImmutableList.copyOf(clientsInformed);
      proposals = ImmutableList.copyOf(proposals);
    }

    /** The current version. */
    public Optional<Plan> current() {
      return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }
  }

  /**
   * A goal closed by a recorded team decision.
   *
   * @param goal the goal
   * @param text what the goal was
   * @param closure the outcome, the decision, who recorded it and when
   */
  record GoalDecision(GoalId goal, String text, GoalClosure closure) {
    /** Validates the decision. */
    public GoalDecision {
      checkNotNull(goal, "goal must not be null");
      checkNotNull(text, "text must not be null");
      checkNotNull(closure, "closure must not be null");
    }
  }

  /**
   * How the dossier ended or is ending; each fact absent until it is recorded.
   *
   * @param decline the table's decline with reason and advice
   * @param conclusion the conclusion
   * @param followUp the follow-up at a distance
   * @param closure who closed the dossier, when
   * @param withdrawal the withdrawal with its reason
   */
  record Ending(
      @Nullable Decline decline,
      @Nullable Conclusion conclusion,
      @Nullable FollowUp followUp,
      @Nullable Note closure,
      @Nullable Note withdrawal) {
    /** How many of these facts are recorded. */
    public int count() {
      int n = 0;
      for (Object o : new Object[] {decline, conclusion, followUp, closure, withdrawal}) {
        if (o != null) {
          n++;
        }
      }
      return n;
    }
  }

  /**
   * One step of the dossier's history, in words.
   *
   * @param at when
   * @param kind the kind of step: the name of the event that recorded it, e.g. {@code PlanAdjusted}
   * @param who who took it, or {@code null} where the reader may not know
   * @param text what happened, in Dutch, French and English
   */
  record Step(Instant at, String kind, @Nullable ProfessionalId who, Phrase text) {
    /** Validates the step. */
    public Step {
      checkNotNull(at, "at must not be null");
      checkNotNull(kind, "kind must not be null");
      checkNotNull(text, "text must not be null");
    }

    /** Who took the step, where the reader may know. */
    public Optional<ProfessionalId> whoIfKnown() {
      return Optional.ofNullable(who);
    }
  }

  /**
   * The dossier's parts for an actor with standing.
   *
   * @param header the header, with the dossier's state
   * @param rules the findings about the actor and the purpose that decided the read
   * @param registration the registration
   * @param plan the plan in all its versions
   * @param progress the progress reports
   * @param incidents the incidents
   * @param goalDecisions the goal decisions
   * @param ending decline, conclusion, follow-up, closure, withdrawal
   * @param evaluations the evaluations
   * @param directors the case directors' history
   * @param timeline the dossier's history in words
   */
  record Shown(
      ViewHeader header,
      List<RuleFinding> rules,
      Part<Registration> registration,
      Part<Plans> plan,
      Part<List<Note>> progress,
      Part<List<Incident>> incidents,
      Part<List<GoalDecision>> goalDecisions,
      Part<Ending> ending,
      Part<List<Evaluation>> evaluations,
      Part<List<CaseDirector>> directors,
      Part<List<Step>> timeline)
      implements DossierPage {
    /** Validates the page. */
    public Shown {
      checkNotNull(header, "header must not be null");
      rules = ImmutableList.copyOf(checkNotNull(rules, "rules must not be null"));
      checkNotNull(registration, "registration must not be null");
      checkNotNull(plan, "plan must not be null");
      checkNotNull(progress, "progress must not be null");
      checkNotNull(incidents, "incidents must not be null");
      checkNotNull(goalDecisions, "goalDecisions must not be null");
      checkNotNull(ending, "ending must not be null");
      checkNotNull(evaluations, "evaluations must not be null");
      checkNotNull(directors, "directors must not be null");
      checkNotNull(timeline, "timeline must not be null");
    }

    /** Every part, in the order of {@link DossierPart}. */
    public List<Part<?>> parts() {
      return List.of(
          registration,
          plan,
          progress,
          incidents,
          goalDecisions,
          ending,
          evaluations,
          directors,
          timeline);
    }

    @Override
    public List<String> ruleIds() {
      Set<String> ids = new LinkedHashSet<>();
      rules.forEach(r -> ids.add(r.rule()));
      for (Part<?> p : parts()) {
        p.rules().forEach(r -> ids.add(r.rule()));
      }
      return ImmutableList.copyOf(ids);
    }

    @Override
    public String outcome() {
      return Disclosure.VIEW;
    }
  }

  /**
   * The actor may read nothing of this dossier: the header without state, and the refusing rules.
   *
   * @param header the header, without the dossier's state
   * @param rules the rules that refused
   */
  record Refused(ViewHeader header, List<RuleFinding> rules) implements DossierPage {
    /**
     * Validates the page.
     *
     * @throws IllegalArgumentException if no rule is named
     */
    public Refused {
      checkNotNull(header, "header must not be null");
      rules = ImmutableList.copyOf(checkNotNull(rules, "rules must not be null"));
      checkArgument(!rules.isEmpty(), "a refused read must name the rules that refused it");
    }

    @Override
    public List<String> ruleIds() {
      return rules.stream().map(RuleFinding::rule).collect(ImmutableList.toImmutableList());
    }

    @Override
    public String outcome() {
      return Disclosure.DENY;
    }
  }
}
