package be.ifg.workflow.internal;

import static com.google.common.base.Preconditions.checkNotNull;

import be.ifg.domain.AssessmentReference;
import be.ifg.domain.AssessmentStatus;
import be.ifg.domain.CaseTable;
import be.ifg.domain.ChainEvent;
import be.ifg.domain.Dossier;
import be.ifg.domain.DossierId;
import be.ifg.domain.InformationItem;
import be.ifg.domain.InformationRequest;
import be.ifg.domain.ItemId;
import be.ifg.domain.PartnerId;
import be.ifg.domain.PartyId;
import be.ifg.domain.ProfessionalId;
import be.ifg.domain.SessionId;
import be.ifg.domain.TableEvent;
import be.ifg.workflow.Command;
import be.ifg.workflow.Commands;
import be.ifg.workflow.Lifecycle;
import be.ifg.workflow.NeedToKnow;
import be.ifg.workflow.Reason;
import be.ifg.workflow.ReasonCode;
import be.ifg.workflow.TableCommand;
import be.ifg.workflow.TableState;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/*
 * How a command is decided.
 *
 * Every command goes through the same steps: is it allowed in the dossier's state (read from the
 * Lifecycle), may this actor give it (the "by" column of the scenario format), and do the guards
 * of DESIGN §5 hold. Each step adds reasons to one list instead of returning at the first; a
 * check that cannot be made because an earlier one failed (an unknown request has no asked
 * partner) is skipped, not guessed. Only when no reason applies are the events built (emit), and
 * they are exactly what Dossier.evolve accepts: the decider never emits an event that refers to a
 * goal, action or request the dossier does not have.
 *
 * Each phase of the lifecycle (Registering, DossierBuilding, Planning, CaseDirection, Closure,
 * AccessAndConsent, TableDecisions) is a Step with the decisions of its commands; Dispatch finds
 * the decision of a command's class.
 */

/** One decision: its inputs, the reasons found so far and the checks the phases share. */
class Step {

  final TableState tableState;
  final CaseTable table;
  final @Nullable Dossier dossier;
  final ProfessionalId actor;
  final Instant now;
  final LocalDate today;
  final List<Reason> reasons;

  /** Members already refused for a missing pledge in this decision (each once). */
  final Set<ProfessionalId> unpledged;

  final java.time.ZoneId zone;

  /** The table's dossiers, whose parties a policy signal may not name. */
  final List<Dossier> tableDossiers;

  final Lifecycle lifecycle;
  final Scorer scorer;
  final NeedToKnow policy;

  Step(
      TableState tableState,
      @Nullable Dossier dossier,
      List<Dossier> tableDossiers,
      ProfessionalId actor,
      Clock clock,
      Lifecycle lifecycle,
      Scorer scorer,
      NeedToKnow policy) {
    this.tableState = tableState;
    this.table = tableState.table();
    this.dossier = dossier;
    this.tableDossiers = tableDossiers;
    this.actor = actor;
    this.now = clock.instant();
    this.today = LocalDate.ofInstant(now, clock.getZone());
    this.zone = clock.getZone();
    this.lifecycle = lifecycle;
    this.scorer = scorer;
    this.policy = policy;
    this.reasons = new ArrayList<>();
    this.unpledged = new HashSet<>();
  }

  /** The same decision seen from another phase: the inputs and the reasons found so far. */
  Step(Step step) {
    this.tableState = step.tableState;
    this.table = step.table;
    this.dossier = step.dossier;
    this.tableDossiers = step.tableDossiers;
    this.actor = step.actor;
    this.now = step.now;
    this.today = step.today;
    this.zone = step.zone;
    this.lifecycle = step.lifecycle;
    this.scorer = step.scorer;
    this.policy = step.policy;
    this.reasons = step.reasons;
    this.unpledged = step.unpledged;
  }

  /** Adds a reason: the code and the key of its text in {@link Reasons}, with its arguments. */
  void reject(ReasonCode code, String key, Object... args) {
    reasons.add(Reasons.reason(code, key, args));
  }

  boolean blank(String text) {
    return text.isBlank();
  }

  /** Rejects a blank text; the field is a {@code field.*} key of {@link Reasons}. */
  void requireText(String text, String field, Object... args) {
    if (blank(text)) {
      reject(ReasonCode.INVALID_INPUT, "field.blank", Reasons.phrase(field, args));
    }
  }

  boolean isMember(ProfessionalId who) {
    return table.isMember(who);
  }

  /** Rejects an actor who is not a member; the act is an {@code act.*} key of {@link Reasons}. */
  boolean requireMember(String act, Object... args) {
    if (!isMember(actor)) {
      reject(
          ReasonCode.NOT_AUTHORIZED,
          "member.required",
          actor,
          table.region(),
          Reasons.phrase(act, args));
      return false;
    }
    return true;
  }

  /** Rejects a member without the pledge, once; the act is an {@code act.*} key. */
  void requirePledge(ProfessionalId who, String act, Object... args) {
    if (isMember(who) && !tableState.hasPledged(who) && unpledged.add(who)) {
      reject(ReasonCode.PLEDGE_MISSING, "pledge.missing", who, Reasons.phrase(act, args));
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

  /**
   * Checks the session a decision says it was taken in: one scheduled at this table whose time has
   * come. A session of another table is, here, one that was never scheduled.
   */
  void requireSession(@Nullable SessionId session) {
    if (session == null) {
      return;
    }
    Optional<TableEvent.SessionScheduled> scheduled = tableState.session(session);
    if (scheduled.isEmpty()) {
      reject(ReasonCode.INVALID_INPUT, "session.unknown", session, table.region());
    } else if (scheduled.get().startsAt().isAfter(now)) {
      reject(
          ReasonCode.INVALID_INPUT,
          "session.not-yet",
          session,
          LocalDate.ofInstant(scheduled.get().startsAt(), zone));
    }
  }

  void requireCoordinator(String act) {
    if (!isCoordinator() || !isMember(actor)) {
      reject(
          ReasonCode.NOT_AUTHORIZED,
          "coordinator.required",
          table.region(),
          Reasons.phrase(act),
          actor);
    }
  }

  /** Whether the actor holds the seat of the item's contributing partner at the table now. */
  boolean isContributor(InformationItem item) {
    return tableState.seat(actor).map(p -> p.equals(item.contributor())).orElse(false);
  }

  void requireDirector(String act) {
    if (!isDirector()) {
      reject(ReasonCode.NOT_AUTHORIZED, "director.required", Reasons.phrase(act), actor, id());
    }
  }

  /**
   * Whether the actor may give a dossier command at all: a pledged member of the table, or the
   * registrant of this very dossier recording informing. Anybody else is refused with one reason
   * that says nothing of the dossier.
   */
  boolean standing(Command command) {
    if (!isMember(actor)) {
      boolean registrant =
          dossier != null
              && dossier.registration().registrant().equals(actor)
              && table.professional(actor).isPresent()
              && Commands.of(command).byRegistrant();
      if (!registrant) {
        reject(
            ReasonCode.NOT_AUTHORIZED,
            "standing.not-member",
            actor,
            table.region(),
            command.name());
      }
      return registrant;
    }
    if (!tableState.hasPledged(actor)) {
      unpledged.add(actor);
      reject(ReasonCode.PLEDGE_MISSING, "standing.pledge-missing", actor);
      return false;
    }
    return true;
  }

  void unresolvedInforming(PartyId party, Command.@Nullable Deferral deferral) {
    if (deferral == null) {
      reject(ReasonCode.INFORMING_UNRESOLVED, "informing.unresolved", party);
    } else {
      if (blank(deferral.reason())) {
        reject(ReasonCode.INFORMING_UNRESOLVED, "informing.deferral-without-reason", party);
      }
      if (deferral.reviewBy() == null) {
        reject(ReasonCode.INFORMING_UNRESOLVED, "informing.deferral-without-review", party);
      }
    }
  }

  void requireParty(PartyId party) {
    if (!d().clientSystem().contains(party)) {
      reject(ReasonCode.INVALID_INPUT, "party.unknown", party, id());
    }
  }

  /** Rejects an empty list of parties or an unknown party; the field is a {@code field.*} key. */
  void requireParties(Collection<PartyId> parties, String field) {
    if (parties.isEmpty()) {
      reject(ReasonCode.INVALID_INPUT, "field.parties-empty", Reasons.phrase(field));
    }
    parties.forEach(this::requireParty);
  }

  void requireNewItem(ItemId item) {
    if (d().item(item).isPresent()) {
      reject(ReasonCode.INVALID_INPUT, "item.exists", item, id());
    }
  }

  @Nullable InformationRequest openRequest(be.ifg.domain.RequestId request) {
    Optional<InformationRequest> r = d().request(request);
    if (r.isEmpty()) {
      reject(ReasonCode.INVALID_INPUT, "request.unknown", id(), request);
      return null;
    }
    if (!r.get().isOpen()) {
      reject(ReasonCode.INVALID_INPUT, "request.closed", request, r.get().status());
      return null;
    }
    return r.get();
  }

  void informerMayAct() {
    boolean registrant =
        d().registration().registrant().equals(actor) && table.professional(actor).isPresent();
    if (!isMember(actor) && !registrant) {
      reject(ReasonCode.NOT_AUTHORIZED, "informing.not-allowed", actor);
    }
  }

  void requireKnownPartner(PartnerId partner) {
    boolean known =
        table.sitsAtTable(partner)
            || table.professionals().stream().anyMatch(p -> p.partner().equals(partner));
    if (!known) {
      reject(ReasonCode.INVALID_INPUT, "partner.unknown", partner);
    }
  }

  /** Rejects a step without a completed, current assessment; the step is a {@code what.*} key. */
  void assessmentReady(String what) {
    Optional<AssessmentReference> latest = d().latestAssessment();
    if (latest.isEmpty()) {
      reject(ReasonCode.NO_ASSESSMENT, "assessment.missing", Reasons.phrase(what));
    } else if (latest.get().status() != AssessmentStatus.COMPLETE) {
      reject(
          ReasonCode.NO_ASSESSMENT,
          "assessment.not-complete",
          Reasons.coded(latest.get().status()),
          Reasons.phrase(what));
    } else if (d().reassessmentDue()) {
      reject(ReasonCode.NO_ASSESSMENT, "assessment.reassessment-due");
    }
  }

  PartnerId partnerOf(ProfessionalId who) {
    return table.professional(who).orElseThrow().partner();
  }

  /**
   * Decides the command: table commands and registrations go straight to their decision; a dossier
   * command first needs standing, a dossier, a state that allows it and the pledge.
   */
  final List<ChainEvent> decide(Command command, Dispatch dispatch) {
    if (command instanceof TableCommand || command instanceof Command.Register) {
      return dispatch.decide(this, command);
    }
    // who may take part at all is judged before anything about the dossier: an actor without
    // standing at the table learns nothing of it, not even whether it exists or where it stands
    if (!standing(command)) {
      return List.of();
    }
    if (dossier == null) {
      reject(ReasonCode.INVALID_INPUT, "dossier.unknown");
      return List.of();
    }
    if (!lifecycle.allows(dossier.status(), command.name())) {
      reject(
          ReasonCode.NOT_ALLOWED_IN_STATE,
          "state.not-allowed",
          command.name(),
          dossier.id(),
          dossier.status().name(),
          Reasons.tableTerm(dossier.status()),
          Reasons.states(lifecycle.statesAllowing(command.name())));
    }
    // a member takes part in a dossier's case consultation only under the secrecy pledge
    // (art. 458ter Sw.): every dossier command of an unpledged member is refused
    requirePledge(actor, "act.consult-dossier", dossier.id());
    return dispatch.decide(this, command);
  }

  /** The event, if no reason to reject the command was found; nothing otherwise. */
  final List<ChainEvent> emit(Supplier<? extends ChainEvent> event) {
    return reasons.isEmpty() ? List.of(event.get()) : List.of();
  }
}
