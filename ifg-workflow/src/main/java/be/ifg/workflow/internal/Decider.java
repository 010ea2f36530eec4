package be.ifg.workflow.internal;

import static com.google.common.base.Preconditions.checkNotNull;

import be.ifg.domain.Action;
import be.ifg.domain.ActionId;
import be.ifg.domain.AssessmentReference;
import be.ifg.domain.AssessmentStatus;
import be.ifg.domain.CaseTable;
import be.ifg.domain.ChainEvent;
import be.ifg.domain.ClientSystem;
import be.ifg.domain.Dossier;
import be.ifg.domain.DossierEvent;
import be.ifg.domain.DossierId;
import be.ifg.domain.Goal;
import be.ifg.domain.GoalId;
import be.ifg.domain.InformationCategory;
import be.ifg.domain.InformationItem;
import be.ifg.domain.InformationRequest;
import be.ifg.domain.InformingRecord;
import be.ifg.domain.ItemId;
import be.ifg.domain.PartnerId;
import be.ifg.domain.Party;
import be.ifg.domain.PartyId;
import be.ifg.domain.PartyRole;
import be.ifg.domain.Plan;
import be.ifg.domain.PolicySignal;
import be.ifg.domain.Professional;
import be.ifg.domain.ProfessionalId;
import be.ifg.domain.Registration;
import be.ifg.domain.SafetyDeferral;
import be.ifg.domain.TableEvent;
import be.ifg.domain.TableMember;
import be.ifg.workflow.AccessAction;
import be.ifg.workflow.AccessRequest;
import be.ifg.workflow.Command;
import be.ifg.workflow.Decision;
import be.ifg.workflow.Lifecycle;
import be.ifg.workflow.NeedToKnow;
import be.ifg.workflow.Reason;
import be.ifg.workflow.ReasonCode;
import be.ifg.workflow.TableState;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/*
 * How a command is decided.
 *
 * Every command goes through the same steps: is it allowed in the dossier's state (read from the
 * Lifecycle), may this actor give it (the "by" column of the scenario format), and do the guards
 * of DESIGN §5 hold. Each step adds reasons to one list instead of returning at the first; a
 * check that cannot be made because an earlier one failed (an unknown request has no asked
 * partner) is skipped, not guessed. Only when no reason applies are the events built, and they are
 * exactly what Dossier.evolve accepts: the decider never emits an event that refers to a goal,
 * action or request the dossier does not have.
 */

/*
 * Who may do what is judged against the table as it is at the moment of the command (TableState):
 * a member who left is no member, a case director who left is no director, a grant ends when its
 * member leaves. The coordinator records the table's decisions on membership and appointments.
 */

/**
 * Decides commands against a case table: the guards of the dossier lifecycle and who may do what.
 * Immutable and thread-safe when its scorer is.
 */
public final class Decider {
  private final Lifecycle lifecycle;
  private final Scorer scorer;
  private final NeedToKnow policy;

  /**
   * Creates a decider.
   *
   * @param lifecycle the lifecycle the decisions run on
   * @param scorer scores assessments
   * @param policy the need-to-know policy, which judges whether an answer reaches its asker
   */
  public Decider(Lifecycle lifecycle, Scorer scorer, NeedToKnow policy) {
    this.lifecycle = checkNotNull(lifecycle, "lifecycle");
    this.scorer = checkNotNull(scorer, "scorer");
    this.policy = checkNotNull(policy, "policy");
  }

  /**
   * Decides a command.
   *
   * @param tableState the table's state
   * @param dossier the dossier's state, {@code null} for a registration or a table command
   * @param actor who gives the command
   * @param command the command
   * @param clock the clock
   * @return the decision
   */
  public Decision decide(
      TableState tableState,
      @Nullable Dossier dossier,
      ProfessionalId actor,
      Command command,
      Clock clock) {
    checkNotNull(tableState, "tableState");
    checkNotNull(actor, "actor");
    checkNotNull(command, "command");
    checkNotNull(clock, "clock");
    Run run = new Run(tableState, dossier, actor, clock);
    List<ChainEvent> events = run.decide(command);
    if (!run.reasons.isEmpty()) {
      return new Decision.Rejected(run.reasons);
    }
    return new Decision.Accepted(events);
  }

  /** One decision: its inputs and the reasons found so far. */
  private final class Run {
    final TableState tableState;
    final CaseTable table;
    final @Nullable Dossier dossier;
    final ProfessionalId actor;
    final Instant now;
    final LocalDate today;
    final List<Reason> reasons = new ArrayList<>();

    /** Members already refused for a missing pledge in this decision (each once). */
    private final Set<ProfessionalId> unpledged = new HashSet<>();

    Run(TableState tableState, @Nullable Dossier dossier, ProfessionalId actor, Clock clock) {
      this.tableState = tableState;
      this.table = tableState.table();
      this.dossier = dossier;
      this.actor = actor;
      this.now = clock.instant();
      this.today = LocalDate.ofInstant(now, clock.getZone());
      this.zone = clock.getZone();
    }

    final java.time.ZoneId zone;

    void reject(ReasonCode code, String message, Object... args) {
      reasons.add(new Reason(code, String.format(message, args)));
    }

    boolean blank(String text) {
      return text.isBlank();
    }

    void requireText(String text, String field) {
      if (blank(text)) {
        reject(ReasonCode.INVALID_INPUT, "%s must not be blank", field);
      }
    }

    boolean isMember(ProfessionalId who) {
      return table.isMember(who);
    }

    boolean requireMember(String what) {
      if (!isMember(actor)) {
        reject(
            ReasonCode.NOT_AUTHORIZED,
            "%s is not a member of the case table of %s; only members may %s",
            actor,
            table.region(),
            what);
        return false;
      }
      return true;
    }

    void requirePledge(ProfessionalId who, String what) {
      if (isMember(who) && !tableState.hasPledged(who) && unpledged.add(who)) {
        reject(
            ReasonCode.PLEDGE_MISSING,
            "%s has not signed the secrecy pledge (art. 458ter Sw.) and may not %s",
            who,
            what);
      }
    }

    Dossier d() {
      return checkNotNull(dossier, "dossier");
    }

    DossierId id() {
      return d().id();
    }

    boolean isDirector() {
      return dossier != null && tableState.isDirectorInOffice(dossier, actor);
    }

    boolean isCoordinator() {
      return actor.equals(table.coordinator());
    }

    void requireCoordinator(String what) {
      if (!isCoordinator() || !isMember(actor)) {
        reject(
            ReasonCode.NOT_AUTHORIZED,
            "only the coordinator of the case table of %s may %s; %s is not its coordinator",
            table.region(),
            what,
            actor);
      }
    }

    /** Whether the actor holds the seat of the item's contributing partner at the table now. */
    boolean isContributor(InformationItem item) {
      return tableState.seat(actor).map(p -> p.equals(item.contributor())).orElse(false);
    }

    void requireDirector(String what) {
      if (!isDirector()) {
        reject(
            ReasonCode.NOT_AUTHORIZED,
            "only the case director may %s; %s is not the case director of dossier %s",
            what,
            actor,
            id());
      }
    }

    List<ChainEvent> decide(Command command) {
      if (command.isTableCommand()) {
        return table(command);
      }
      if (command instanceof Command.Register c) {
        return register(c);
      }
      // who may take part at all is judged before anything about the dossier: an actor without
      // standing at the table learns nothing of it, not even whether it exists or where it stands
      if (!standing(command)) {
        return List.of();
      }
      if (dossier == null) {
        reject(ReasonCode.INVALID_INPUT, "there is no such dossier");
        return List.of();
      }
      if (!lifecycle.allows(dossier.status(), command.name())) {
        reject(
            ReasonCode.NOT_ALLOWED_IN_STATE,
            "%s is not allowed while dossier %s is %s (%s); it is allowed in %s",
            command.name(),
            dossier.id(),
            dossier.status(),
            dossier.status().label("nl"),
            lifecycle.statesAllowing(command.name()));
      }
      // a member takes part in a dossier's case consultation only under the secrecy pledge
      // (art. 458ter Sw.): every dossier command of an unpledged member is refused
      requirePledge(actor, "take part in the case consultation of dossier " + dossier.id());
      return dossierCommand(command);
    }

    /**
     * Whether the actor may give a dossier command at all: a pledged member of the table, or the
     * registrant of this very dossier recording informing. Anybody else is refused with one reason
     * that says nothing of the dossier.
     */
    private boolean standing(Command command) {
      if (!isMember(actor)) {
        boolean registrant =
            dossier != null
                && dossier.registration().registrant().equals(actor)
                && table.professional(actor).isPresent()
                && (command instanceof Command.InformParty
                    || command instanceof Command.DeferInforming);
        if (!registrant) {
          reject(
              ReasonCode.NOT_AUTHORIZED,
              "%s is not a member of the case table of %s and may not %s",
              actor,
              table.region(),
              command.name());
        }
        return registrant;
      }
      if (!tableState.hasPledged(actor)) {
        unpledged.add(actor);
        reject(
            ReasonCode.PLEDGE_MISSING,
            "%s has not signed the secrecy pledge (art. 458ter Sw.) and may not take part in the"
                + " table's case consultations",
            actor);
        return false;
      }
      return true;
    }

    private List<ChainEvent> one(DossierEvent event) {
      return reasons.isEmpty() ? List.of(event) : List.of();
    }

    private List<ChainEvent> table(Command command) {
      if (command instanceof Command.JoinTable c) {
        return join(c);
      }
      if (command instanceof Command.LeaveTable c) {
        return leave(c);
      }
      requireMember(command.name());
      if (command instanceof Command.SignPledge) {
        return reasons.isEmpty()
            ? List.of(new TableEvent.PledgeSigned(table.region(), actor, now))
            : List.of();
      }
      Command.RaiseSignal c = (Command.RaiseSignal) command;
      if (tableState.signal(c.signal()).isPresent()) {
        reject(ReasonCode.INVALID_INPUT, "signal %s was raised already", c.signal());
      }
      requireText(c.text(), "the signal's text");
      return reasons.isEmpty()
          ? List.of(
              new TableEvent.SignalRaised(
                  table.region(), new PolicySignal(c.signal(), c.category(), c.text(), actor, now)))
          : List.of();
    }

    private List<ChainEvent> join(Command.JoinTable c) {
      requireCoordinator("seat a member");
      if (isMember(c.member())) {
        reject(ReasonCode.INVALID_INPUT, "%s is a member of the table already", c.member());
      }
      if (!table.sitsAtTable(c.partner())) {
        reject(
            ReasonCode.INVALID_INPUT,
            "partner %s does not sit at the case table of %s",
            c.partner(),
            table.region());
      }
      table
          .professional(c.member())
          .filter(p -> !p.partner().equals(c.partner()))
          .ifPresent(
              p ->
                  reject(
                      ReasonCode.INVALID_INPUT,
                      "%s works for %s and cannot represent %s",
                      c.member(),
                      p.partner(),
                      c.partner()));
      return reasons.isEmpty()
          ? List.of(
              new TableEvent.MemberJoined(
                  table.region(), actor, now, c.member(), c.partner(), c.pledged()))
          : List.of();
    }

    private List<ChainEvent> leave(Command.LeaveTable c) {
      requireCoordinator("record that a member leaves");
      if (!isMember(c.member())) {
        reject(ReasonCode.INVALID_INPUT, "%s is not a member of the table", c.member());
      } else if (c.member().equals(table.coordinator())) {
        reject(
            ReasonCode.INVALID_INPUT,
            "the coordinator %s cannot leave the table; the table needs a coordinator",
            c.member());
      }
      return reasons.isEmpty()
          ? List.of(new TableEvent.MemberLeft(table.region(), actor, now, c.member()))
          : List.of();
    }

    private List<ChainEvent> register(Command.Register c) {
      Optional<Professional> registrant = table.professional(actor);
      if (registrant.isEmpty()) {
        // a stranger learns nothing, not even whether the dossier id is taken
        reject(
            ReasonCode.NOT_AUTHORIZED,
            "%s is not a professional of a known organisation and may not register",
            actor);
        return List.of();
      }
      if (dossier != null) {
        reject(ReasonCode.INVALID_INPUT, "dossier %s is registered already", c.dossier());
      }
      Map<PartyId, Party> parties = new HashMap<>();
      for (Party p : c.parties()) {
        if (parties.put(p.id(), p) != null) {
          reject(ReasonCode.INVALID_INPUT, "party %s is listed twice", p.id());
        }
      }
      if (c.parties().stream().noneMatch(p -> p.role().isVictim())) {
        reject(ReasonCode.NO_VICTIM, "the client system has no victim, direct or indirect");
      }
      if (c.criteria().isEmpty()) {
        reject(ReasonCode.NO_CRITERIA, "no inclusion criterion applies");
      }
      Set<PartyId> informed = new HashSet<>();
      for (Command.Informing i : c.informed()) {
        if (!parties.containsKey(i.party())) {
          reject(
              ReasonCode.INVALID_INPUT, "informed party %s is not in the client system", i.party());
        }
        requireText(i.how(), "how " + i.party() + " was informed");
        informed.add(i.party());
      }
      Map<PartyId, Command.Deferral> deferred = new HashMap<>();
      for (Command.Deferral dfr : c.deferred()) {
        if (!parties.containsKey(dfr.party())) {
          reject(
              ReasonCode.INVALID_INPUT,
              "deferred party %s is not in the client system",
              dfr.party());
        }
        deferred.put(dfr.party(), dfr);
      }
      boolean adultInformed =
          c.parties().stream()
              .anyMatch(
                  p ->
                      informed.contains(p.id())
                          && p.role() != PartyRole.PERPETRATOR
                          && !p.isMinorOn(today));
      for (Party p : c.parties()) {
        if (p.role() == PartyRole.VICTIM && !informed.contains(p.id())) {
          reject(
              ReasonCode.VICTIM_NOT_INFORMED,
              "victim %s was not informed of the registration",
              p.id());
        } else if (p.role() == PartyRole.INDIRECT_VICTIM && !informed.contains(p.id())) {
          if (p.exercisesOwnRightsOn(today)) {
            reject(
                ReasonCode.VICTIM_NOT_INFORMED,
                "indirect victim %s is 12 or older, exercises their own rights and was not"
                    + " informed",
                p.id());
          } else if (!adultInformed) {
            reject(
                ReasonCode.VICTIM_NOT_INFORMED,
                "child %s (an indirect victim under 12) is informed through a parent who is not a"
                    + " perpetrator, and no such parent was informed",
                p.id());
          }
        } else if (p.role() == PartyRole.PERPETRATOR && !informed.contains(p.id())) {
          unresolvedInforming(p.id(), deferred.get(p.id()));
        }
      }
      if (!reasons.isEmpty()) {
        return List.of();
      }
      List<InformingRecord> records = new ArrayList<>();
      for (Command.Informing i : c.informed()) {
        records.add(new InformingRecord(i.party(), actor, now, i.how()));
      }
      List<SafetyDeferral> deferrals = new ArrayList<>();
      for (Command.Deferral dfr : c.deferred()) {
        if (!informed.contains(dfr.party()) && !blank(dfr.reason()) && dfr.reviewBy() != null) {
          deferrals.add(new SafetyDeferral(dfr.party(), dfr.reason(), dfr.reviewBy(), actor, now));
        }
      }
      Registration registration =
          new Registration(
              actor,
              registrant.orElseThrow().partner(),
              new ClientSystem(c.parties()),
              c.criteria(),
              records,
              deferrals,
              c.danger());
      return List.of(
          new DossierEvent.Registered(c.dossier(), actor, now, registration, table.region()));
    }

    private void unresolvedInforming(PartyId party, Command.@Nullable Deferral deferral) {
      if (deferral == null) {
        reject(
            ReasonCode.INFORMING_UNRESOLVED,
            "perpetrator %s is neither informed nor deferred for safety",
            party);
      } else {
        if (blank(deferral.reason())) {
          reject(
              ReasonCode.INFORMING_UNRESOLVED,
              "the deferral of informing %s has no safety reason",
              party);
        }
        if (deferral.reviewBy() == null) {
          reject(
              ReasonCode.INFORMING_UNRESOLVED,
              "the deferral of informing %s has no review date",
              party);
        }
      }
    }

    private void requireParty(PartyId party) {
      if (!d().clientSystem().contains(party)) {
        reject(
            ReasonCode.INVALID_INPUT,
            "%s is not a party of dossier %s's client system",
            party,
            id());
      }
    }

    private void requireParties(Collection<PartyId> parties, String field) {
      if (parties.isEmpty()) {
        reject(ReasonCode.INVALID_INPUT, "%s must name at least one party", field);
      }
      parties.forEach(this::requireParty);
    }

    private void requireNewItem(ItemId item) {
      if (d().item(item).isPresent()) {
        reject(ReasonCode.INVALID_INPUT, "item %s is in dossier %s already", item, id());
      }
    }

    private @Nullable InformationRequest openRequest(be.ifg.domain.RequestId request) {
      Optional<InformationRequest> r = d().request(request);
      if (r.isEmpty()) {
        reject(ReasonCode.INVALID_INPUT, "dossier %s has no request %s", id(), request);
        return null;
      }
      if (!r.get().isOpen()) {
        reject(
            ReasonCode.INVALID_INPUT,
            "request %s is %s already",
            request,
            r.get().status().name().toLowerCase(java.util.Locale.ROOT));
        return null;
      }
      return r.get();
    }

    private List<ChainEvent> dossierCommand(Command command) {
      Dossier d = d();
      DossierId id = d.id();
      if (command instanceof Command.Accept) {
        requireMember("accept a registration");
        return one(new DossierEvent.Accepted(id, actor, now));
      }
      if (command instanceof Command.Decline c) {
        requireMember("decline a registration");
        requireText(c.reason(), "the reason of a decline");
        requireText(c.advice(), "the advice to the registrant");
        return reasons.isEmpty()
            ? List.of(new DossierEvent.Declined(id, actor, now, c.reason(), c.advice()))
            : List.of();
      }
      if (command instanceof Command.InformParty c) {
        informerMayAct();
        requireParty(c.party());
        requireText(c.how(), "how the party was informed");
        return reasons.isEmpty()
            ? List.of(new DossierEvent.PartyInformed(id, actor, now, c.party(), c.how()))
            : List.of();
      }
      if (command instanceof Command.DeferInforming c) {
        informerMayAct();
        requireParty(c.party());
        if (d.isInformed(c.party())) {
          reject(ReasonCode.INVALID_INPUT, "%s is informed already", c.party());
        }
        unresolvedInforming(c.party(), new Command.Deferral(c.party(), c.reason(), c.reviewBy()));
        LocalDate reviewBy = c.reviewBy();
        return reasons.isEmpty() && reviewBy != null
            ? List.of(
                new DossierEvent.InformingDeferred(id, actor, now, c.party(), c.reason(), reviewBy))
            : List.of();
      }
      if (command instanceof Command.ShareInformation c) {
        if (requireMember("share information")) {
          requirePledge(actor, "share information");
        }
        requireNewItem(c.item());
        requireParties(c.about(), "about");
        requireText(c.reason(), "the need-to-know reason");
        requireText(c.summary(), "the summary");
        for (PartnerId p : c.audience()) {
          if (!table.sitsAtTable(p)) {
            reject(ReasonCode.INVALID_INPUT, "audience partner %s does not sit at the table", p);
          }
        }
        if (!reasons.isEmpty()) {
          return List.of();
        }
        InformationItem item =
            new InformationItem(
                c.item(),
                partnerOf(actor),
                actor,
                c.about(),
                c.category(),
                c.reason(),
                c.summary(),
                c.audience(),
                now,
                null);
        return List.of(new DossierEvent.InformationShared(id, actor, now, item));
      }
      if (command instanceof Command.RequestInformation c) {
        if (requireMember("request information")) {
          requirePledge(actor, "receive pooled information");
        }
        if (d.request(c.request()).isPresent()) {
          reject(ReasonCode.INVALID_INPUT, "dossier %s has a request %s already", id, c.request());
        }
        if (!table.sitsAtTable(c.from())) {
          reject(ReasonCode.INVALID_INPUT, "partner %s does not sit at the table", c.from());
        }
        requireText(c.question(), "the question");
        return reasons.isEmpty()
            ? List.of(
                new DossierEvent.InformationRequested(
                    id, actor, now, c.request(), c.from(), c.question(), c.dueBy()))
            : List.of();
      }
      if (command instanceof Command.AnswerRequest c) {
        InformationRequest r = openRequest(c.request());
        Optional<TableMember> member = table.member(actor);
        if (r != null && (member.isEmpty() || !member.get().partner().equals(r.from()))) {
          reject(
              ReasonCode.NOT_AUTHORIZED,
              "request %s asks partner %s; %s is not its member at the table",
              c.request(),
              r.from(),
              actor);
        } else if (r == null && member.isEmpty()) {
          reject(ReasonCode.NOT_AUTHORIZED, "%s is not a member of the table", actor);
        }
        requirePledge(actor, "share information");
        requireNewItem(c.item());
        requireParties(c.about(), "about");
        requireText(c.reason(), "the need-to-know reason");
        requireText(c.summary(), "the summary");
        if (r != null && c.category() == InformationCategory.VICTIM_LOCATION) {
          // whether a request is answered is seen by the whole table: an answer that some members
          // may not see would tell them that a hidden item exists, and one the asker may not see
          // leaves the asker with an answered request and nothing that answers it
          reject(
              ReasonCode.ANSWER_HIDDEN_FROM_ASKER,
              "a victim location cannot answer request %s: it is hidden from members who see the"
                  + " request answered; share it on its own and answer with an item they may see",
              c.request());
        }
        if (!reasons.isEmpty()) {
          return List.of();
        }
        InformationItem item =
            new InformationItem(
                c.item(),
                partnerOf(actor),
                actor,
                c.about(),
                c.category(),
                c.reason(),
                c.summary(),
                java.util.Set.of(),
                now,
                c.request());
        DossierEvent answered = new DossierEvent.RequestAnswered(id, actor, now, c.request(), item);
        if (r != null && !askerWouldSee(r, Dossier.evolve(d, answered), item)) {
          reject(
              ReasonCode.ANSWER_HIDDEN_FROM_ASKER,
              "%s, who asked request %s, may not see this answer; share it on its own and answer"
                  + " with an item they may see",
              r.requestedBy(),
              c.request());
          return List.of();
        }
        return List.of(answered);
      }
      if (command instanceof Command.WaiveRequest c) {
        requireMember("waive a request");
        openRequest(c.request());
        requireText(c.reason(), "the reason of the waiver");
        return reasons.isEmpty()
            ? List.of(new DossierEvent.RequestWaived(id, actor, now, c.request(), c.reason()))
            : List.of();
      }
      if (command instanceof Command.CompleteDossier) {
        requireMember("complete the dossier");
        List<InformationRequest> open = d.openRequests();
        if (!open.isEmpty()) {
          reject(
              ReasonCode.OPEN_INFORMATION_REQUESTS,
              "information requests are still open (answer or waive them first): %s",
              open.stream().map(r -> r.id().toString()).collect(Collectors.joining(", ")));
        }
        return one(new DossierEvent.DossierCompleted(id, actor, now));
      }
      if (command instanceof Command.Assess c) {
        requireMember("assess the risk");
        if (!reasons.isEmpty()) {
          return List.of();
        }
        Scorer.Scored scored = scorer.score(c, actor, today);
        reasons.addAll(scored.reasons());
        AssessmentReference a = scored.assessment();
        if (!reasons.isEmpty() || a == null) {
          if (reasons.isEmpty()) {
            reject(ReasonCode.INVALID_INPUT, "the assessment could not be scored");
          }
          return List.of();
        }
        return List.of(new DossierEvent.Assessed(id, actor, now, a));
      }
      if (command instanceof Command.AdoptPlan c) {
        requireMember("adopt the plan");
        if (d.plan().isPresent()) {
          reject(ReasonCode.INVALID_INPUT, "dossier %s has a plan already; adjust it instead", id);
        }
        List<Goal> goals = goals(c.goals(), null);
        return reasons.isEmpty()
            ? List.of(new DossierEvent.PlanAdopted(id, actor, now, goals))
            : List.of();
      }
      if (command instanceof Command.AdjustPlan c) {
        requireMember("adjust the plan");
        requireText(c.reason(), "the reason of the adjustment");
        Plan previous = d.plan().orElse(null);
        if (previous == null) {
          reject(ReasonCode.NO_PLAN, "dossier %s has no plan to adjust", id);
        }
        List<Goal> goals = goals(c.goals(), previous);
        return reasons.isEmpty()
            ? List.of(new DossierEvent.PlanAdjusted(id, actor, now, c.reason(), goals))
            : List.of();
      }
      if (command instanceof Command.AppointDirector c) {
        requireCoordinator("record the appointment of a case director");
        Optional<TableMember> director = table.member(c.member());
        if (director.isEmpty()) {
          reject(
              ReasonCode.DIRECTOR_NOT_AT_TABLE,
              "%s is not a member of the table and cannot be case director",
              c.member());
        } else {
          requirePledge(c.member(), "be case director");
        }
        Optional<be.ifg.domain.CaseDirector> inOffice = tableState.directorInOffice(d);
        String reason = c.reason();
        if (inOffice.isPresent() && inOffice.get().member().equals(c.member())) {
          reject(
              ReasonCode.INVALID_INPUT,
              "%s is the case director of dossier %s already",
              c.member(),
              id);
        } else if (inOffice.isPresent() && (reason == null || reason.isBlank())) {
          reject(
              ReasonCode.REASON_REQUIRED,
              "%s directs dossier %s: replacing a case director is a handover that needs a reason",
              inOffice.get().member(),
              id);
        }
        String recorded = reason == null || reason.isBlank() ? null : reason;
        return reasons.isEmpty()
            ? List.of(
                new DossierEvent.DirectorAppointed(
                    id, actor, now, c.member(), director.orElseThrow().partner(), recorded))
            : List.of();
      }
      if (command instanceof Command.StartCaseDirection) {
        requireMember("start case direction");
        assessmentReady("case direction");
        Optional<Plan> plan = d.plan();
        if (plan.isEmpty()) {
          reject(ReasonCode.NO_PLAN, "no plan of approach was adopted");
        } else if (plan.get().goals().isEmpty()
            || plan.get().goals().stream().anyMatch(g -> g.actions().isEmpty())) {
          reject(
              ReasonCode.NO_PLAN,
              "the plan needs at least one goal and every goal at least one action");
        }
        if (d.caseDirector().isEmpty()) {
          reject(ReasonCode.NO_CASE_DIRECTOR, "no case director was appointed");
        }
        return one(new DossierEvent.CaseDirectionStarted(id, actor, now));
      }
      if (command instanceof Command.InformClientsOfPlan c) {
        requireDirector("inform the clients of the plan");
        requireParties(c.parties(), "parties");
        return reasons.isEmpty()
            ? List.of(new DossierEvent.ClientsInformedOfPlan(id, actor, now, c.parties()))
            : List.of();
      }
      if (command instanceof Command.ReportProgress c) {
        requireDirector("report progress");
        requireText(c.summary(), "the summary");
        return reasons.isEmpty()
            ? List.of(new DossierEvent.ProgressReported(id, actor, now, c.summary()))
            : List.of();
      }
      if (command instanceof Command.UpdateAction c) {
        Optional<Action> action = d.plan().flatMap(p -> p.action(c.action()));
        if (action.isEmpty()) {
          reject(ReasonCode.INVALID_INPUT, "the plan has no action %s", c.action());
          if (!isDirector() && !isMember(actor)) {
            reject(ReasonCode.NOT_AUTHORIZED, "%s is not a member of the table", actor);
          }
        } else {
          PartnerId owner = action.get().owner();
          boolean ownerMember =
              table.member(actor).map(m -> m.partner().equals(owner)).orElse(false);
          if (!ownerMember && !isDirector()) {
            reject(
                ReasonCode.NOT_AUTHORIZED,
                "action %s is owned by %s; only its members or the case director may update it",
                c.action(),
                owner);
          }
        }
        return reasons.isEmpty()
            ? List.of(new DossierEvent.ActionUpdated(id, actor, now, c.action(), c.status()))
            : List.of();
      }
      if (command instanceof Command.CloseGoal c) {
        requireDirector("close a goal");
        Optional<Goal> goal = d.plan().flatMap(p -> p.goal(c.goal()));
        if (goal.isEmpty()) {
          reject(ReasonCode.INVALID_INPUT, "the plan has no goal %s", c.goal());
        } else if (goal.get().isClosed()) {
          reject(ReasonCode.INVALID_INPUT, "goal %s is closed already", c.goal());
        }
        requireText(c.decision(), "the team decision");
        return reasons.isEmpty()
            ? List.of(
                new DossierEvent.GoalClosed(id, actor, now, c.goal(), c.outcome(), c.decision()))
            : List.of();
      }
      if (command instanceof Command.ReportIncident c) {
        requireMember("report an incident");
        requireText(c.summary(), "the summary");
        return reasons.isEmpty()
            ? List.of(
                new DossierEvent.IncidentReported(id, actor, now, c.summary(), c.occurredAt()))
            : List.of();
      }
      if (command instanceof Command.Conclude c) {
        requireDirector("conclude case direction");
        if (!c.violenceStopped()) {
          reject(
              ReasonCode.VIOLENCE_NOT_STOPPED,
              "case direction concludes only when the violence has stopped");
        }
        List<Goal> open = d.plan().map(Plan::openGoals).orElse(List.of());
        if (!open.isEmpty()) {
          reject(
              ReasonCode.GOALS_OPEN,
              "goals still open (close them by a team decision first): %s",
              open.stream().map(g -> g.id().toString()).collect(Collectors.joining(", ")));
        }
        if (d.reassessmentDue()) {
          reject(
              ReasonCode.NO_ASSESSMENT,
              "a reassessment is due after the last incident; assess before concluding");
        }
        requireText(c.summary(), "the summary");
        Instant until = now.atZone(zone).plus(table.followUpPeriod()).toInstant();
        return reasons.isEmpty()
            ? List.of(new DossierEvent.Concluded(id, actor, now, c.summary(), until))
            : List.of();
      }
      if (command instanceof Command.Close) {
        if (!isDirector() && !isCoordinator()) {
          reject(
              ReasonCode.NOT_AUTHORIZED,
              "only the case director or the coordinator may close dossier %s",
              id);
        }
        d.followUp()
            .filter(f -> d.status() == be.ifg.domain.DossierStatus.FOLLOW_UP)
            .filter(f -> !f.isOverAt(now))
            .ifPresent(
                f ->
                    reject(
                        ReasonCode.FOLLOW_UP_NOT_OVER,
                        "follow-up at a distance runs until %s",
                        LocalDate.ofInstant(f.until(), zone)));
        return one(new DossierEvent.Closed(id, actor, now));
      }
      if (command instanceof Command.Evaluate c) {
        requireMember("evaluate");
        requireText(c.notes(), "the notes");
        return reasons.isEmpty()
            ? List.of(new DossierEvent.Evaluated(id, actor, now, c.notes()))
            : List.of();
      }
      if (command instanceof Command.Withdraw c) {
        if (!actor.equals(table.coordinator())) {
          reject(ReasonCode.NOT_AUTHORIZED, "only the coordinator may withdraw a dossier");
        }
        requireText(c.reason(), "the reason");
        return reasons.isEmpty()
            ? List.of(new DossierEvent.Withdrawn(id, actor, now, c.reason()))
            : List.of();
      }
      if (command instanceof Command.RevokeAccess c) {
        Optional<InformationItem> item = d.item(c.item());
        boolean contributor = item.isPresent() && isContributor(item.get());
        if (!contributor && !isDirector()) {
          // the same answer whether the item is another partner's or not there at all
          reject(
              ReasonCode.NOT_AUTHORIZED,
              "only the contributor of item %s or the case director may revoke access to it",
              c.item());
        } else if (d.grants().stream()
            .noneMatch(g -> g.covers(c.item(), c.member(), c.purpose()))) {
          reject(
              ReasonCode.INVALID_INPUT,
              "%s holds no grant of item %s for %s",
              c.member(),
              c.item(),
              c.purpose());
        }
        return reasons.isEmpty()
            ? List.of(
                new DossierEvent.AccessRevoked(id, actor, now, c.item(), c.member(), c.purpose()))
            : List.of();
      }
      if (command instanceof Command.GrantAccess c) {
        Optional<InformationItem> item = d.item(c.item());
        boolean contributor = item.isPresent() && isContributor(item.get());
        if (c.member().equals(actor)) {
          reject(ReasonCode.NOT_AUTHORIZED, "nobody grants access to themselves");
        } else if (!contributor && !isDirector()) {
          // the same answer whether the item is another partner's or not there at all: a victim
          // location's existence is not shown to those it is hidden from
          reject(
              ReasonCode.NOT_AUTHORIZED,
              "only the contributor of item %s or the case director may grant access to it",
              c.item());
        } else if (item.isEmpty()) {
          reject(ReasonCode.INVALID_INPUT, "dossier %s has no item %s", id, c.item());
        }
        if (!isMember(c.member())) {
          reject(ReasonCode.INVALID_INPUT, "%s is not a member of the table", c.member());
        } else {
          requirePledge(c.member(), "receive pooled information");
        }
        if (!c.purpose().isTablePurpose()) {
          reject(ReasonCode.INVALID_INPUT, "access is granted for a table purpose only");
        }
        return reasons.isEmpty()
            ? List.of(
                new DossierEvent.AccessGranted(id, actor, now, c.item(), c.member(), c.purpose()))
            : List.of();
      }
      if (command instanceof Command.RecordConsent c) {
        requireMember("record consent");
        requireParty(c.party());
        requireKnownPartner(c.partner());
        return reasons.isEmpty()
            ? List.of(
                new DossierEvent.ConsentRecorded(
                    id, actor, now, c.party(), c.partner(), c.purpose(), c.category()))
            : List.of();
      }
      if (command instanceof Command.WithdrawConsent c) {
        requireMember("record a withdrawal of consent");
        requireParty(c.party());
        requireKnownPartner(c.partner());
        boolean active =
            d.consents().stream()
                .anyMatch(
                    r ->
                        r.withdrawal().isEmpty()
                            && r.covers(c.party(), c.partner(), c.purpose(), c.category()));
        if (!active) {
          reject(
              ReasonCode.INVALID_INPUT,
              "%s has no consent to withdraw for %s, %s, %s",
              c.party(),
              c.partner(),
              c.purpose(),
              c.category());
        }
        return reasons.isEmpty()
            ? List.of(
                new DossierEvent.ConsentWithdrawn(
                    id, actor, now, c.party(), c.partner(), c.purpose(), c.category()))
            : List.of();
      }
      throw new IllegalArgumentException("unknown command " + command.name());
    }

    /** Whether the asker of a request may see the item answering it, for safety or the plan. */
    private boolean askerWouldSee(InformationRequest request, Dossier after, InformationItem item) {
      for (be.ifg.domain.Purpose purpose :
          List.of(be.ifg.domain.Purpose.SAFETY, be.ifg.domain.Purpose.PLAN)) {
        AccessRequest question =
            new AccessRequest(
                tableState,
                after,
                request.requestedBy(),
                AccessAction.VIEW,
                item.id(),
                purpose,
                now);
        if (policy.decide(question).isPermit()) {
          return true;
        }
      }
      return false;
    }

    private void informerMayAct() {
      boolean registrant =
          d().registration().registrant().equals(actor) && table.professional(actor).isPresent();
      if (!isMember(actor) && !registrant) {
        reject(
            ReasonCode.NOT_AUTHORIZED,
            "only a table member or the registrant may record informing; %s is neither",
            actor);
      }
    }

    private void requireKnownPartner(PartnerId partner) {
      boolean known =
          table.sitsAtTable(partner)
              || table.professionals().stream().anyMatch(p -> p.partner().equals(partner));
      if (!known) {
        reject(ReasonCode.INVALID_INPUT, "partner %s is not known to the table", partner);
      }
    }

    private void assessmentReady(String what) {
      Optional<AssessmentReference> latest = d().latestAssessment();
      if (latest.isEmpty()) {
        reject(ReasonCode.NO_ASSESSMENT, "%s needs a risk assessment with an instrument", what);
      } else if (latest.get().status() != AssessmentStatus.COMPLETE) {
        reject(
            ReasonCode.NO_ASSESSMENT,
            "the latest assessment is %s; %s needs a completed one",
            latest.get().status(),
            what);
      } else if (d().reassessmentDue()) {
        reject(ReasonCode.NO_ASSESSMENT, "a reassessment is due after the last incident");
      }
    }

    private PartnerId partnerOf(ProfessionalId who) {
      return table.professional(who).orElseThrow().partner();
    }

    private List<Goal> goals(List<Command.PlannedGoal> planned, @Nullable Plan previous) {
      if (planned.isEmpty()) {
        reject(ReasonCode.NO_PLAN, "a plan needs at least one goal");
      }
      Set<GoalId> goalIds = new HashSet<>();
      Set<ActionId> actionIds = new HashSet<>();
      List<Goal> goals = new ArrayList<>();
      for (Command.PlannedGoal g : planned) {
        if (!goalIds.add(g.id())) {
          reject(ReasonCode.INVALID_INPUT, "goal %s is listed twice", g.id());
        }
        requireText(g.text(), "the text of goal " + g.id());
        if (g.actions().isEmpty()) {
          reject(ReasonCode.NO_PLAN, "goal %s needs at least one action", g.id());
        }
        List<Action> actions = new ArrayList<>();
        for (Command.PlannedAction a : g.actions()) {
          if (!actionIds.add(a.id())) {
            reject(ReasonCode.INVALID_INPUT, "action %s is listed twice", a.id());
          }
          requireText(a.text(), "the text of action " + a.id());
          if (!table.sitsAtTable(a.owner())) {
            reject(
                ReasonCode.OWNER_NOT_AT_TABLE,
                "action %s is owned by %s, which does not sit at the table",
                a.id(),
                a.owner());
          }
          be.ifg.domain.ActionStatus status =
              previous == null
                  ? be.ifg.domain.ActionStatus.OPEN
                  : previous
                      .action(a.id())
                      .map(Action::status)
                      .orElse(be.ifg.domain.ActionStatus.OPEN);
          if (reasons.isEmpty()) {
            actions.add(new Action(a.id(), a.text(), a.owner(), a.due(), status));
          }
        }
        if (reasons.isEmpty()) {
          goals.add(
              new Goal(
                  g.id(),
                  g.text(),
                  actions,
                  previous == null
                      ? null
                      : previous.goal(g.id()).flatMap(Goal::closing).orElse(null)));
        }
      }
      return goals;
    }
  }
}
