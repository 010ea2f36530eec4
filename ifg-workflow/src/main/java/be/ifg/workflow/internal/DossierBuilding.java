package be.ifg.workflow.internal;

import be.ifg.domain.ChainEvent;
import be.ifg.domain.Dossier;
import be.ifg.domain.DossierEvent;
import be.ifg.domain.DossierId;
import be.ifg.domain.InformationCategory;
import be.ifg.domain.InformationItem;
import be.ifg.domain.InformationRequest;
import be.ifg.domain.ItemId;
import be.ifg.domain.PartnerId;
import be.ifg.domain.PartyId;
import be.ifg.domain.RequestId;
import be.ifg.domain.TableMember;
import be.ifg.workflow.AccessAction;
import be.ifg.workflow.AccessRequest;
import be.ifg.workflow.Command;
import be.ifg.workflow.ReasonCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Decides registration accepted or declined, informing, information shared, requested and answered,
 * the dossier completed.
 */
final class DossierBuilding extends Step {
  DossierBuilding(Step step) {
    super(step);
  }

  /** Adds this phase's decisions to the dispatch. */
  static void declare(Dispatch dispatch) {
    dispatch.on(Command.Accept.class, (s, c) -> new DossierBuilding(s).accept(c));
    dispatch.on(Command.Decline.class, (s, c) -> new DossierBuilding(s).decline(c));
    dispatch.on(Command.InformParty.class, (s, c) -> new DossierBuilding(s).informParty(c));
    dispatch.on(Command.DeferInforming.class, (s, c) -> new DossierBuilding(s).deferInforming(c));
    dispatch.on(
        Command.ShareInformation.class, (s, c) -> new DossierBuilding(s).shareInformation(c));
    dispatch.on(
        Command.RequestInformation.class, (s, c) -> new DossierBuilding(s).requestInformation(c));
    dispatch.on(Command.AnswerRequest.class, (s, c) -> new DossierBuilding(s).answerRequest(c));
    dispatch.on(Command.WaiveRequest.class, (s, c) -> new DossierBuilding(s).waiveRequest(c));
    dispatch.on(Command.CompleteDossier.class, (s, c) -> new DossierBuilding(s).completeDossier(c));
  }

  List<ChainEvent> accept(Command.Accept c) {
    DossierId id = d().id();
    requireMember("act.accept-registration");
    requireSession(c.session());
    return emit(() -> new DossierEvent.Accepted(id, actor, now, c.session()));
  }

  List<ChainEvent> decline(Command.Decline c) {
    DossierId id = d().id();
    requireMember("act.decline-registration");
    requireText(c.reason(), "field.decline-reason");
    requireText(c.advice(), "field.advice");
    requireSession(c.session());
    return emit(
        () -> new DossierEvent.Declined(id, actor, now, c.reason(), c.advice(), c.session()));
  }

  List<ChainEvent> informParty(Command.InformParty c) {
    DossierId id = d().id();
    informerMayAct();
    requireParty(c.party());
    requireText(c.how(), "field.how-party-informed");
    return emit(() -> new DossierEvent.PartyInformed(id, actor, now, c.party(), c.how()));
  }

  List<ChainEvent> deferInforming(Command.DeferInforming c) {
    Dossier d = d();
    DossierId id = d.id();
    informerMayAct();
    requireParty(c.party());
    if (d.isInformed(c.party())) {
      reject(ReasonCode.INVALID_INPUT, "informing.done-already", c.party());
    }
    unresolvedInforming(c.party(), new Command.Deferral(c.party(), c.reason(), c.reviewBy()));
    LocalDate reviewBy = c.reviewBy();
    if (reviewBy == null) {
      return List.of(); // rejected with INFORMING_UNRESOLVED above
    }
    return emit(
        () -> new DossierEvent.InformingDeferred(id, actor, now, c.party(), c.reason(), reviewBy));
  }

  List<ChainEvent> shareInformation(Command.ShareInformation c) {
    DossierId id = d().id();
    if (requireMember("act.share-information")) {
      requirePledge(actor, "act.share-information");
    }
    requireItem(c.item(), c.about(), c.reason(), c.summary());
    for (PartnerId p : c.audience()) {
      if (!table.sitsAtTable(p)) {
        reject(ReasonCode.INVALID_INPUT, "audience.not-at-table", p);
      }
    }
    if (!reasons.isEmpty()) {
      return List.of();
    }
    InformationItem item =
        contributed(c.item(), c.category(), c.about(), c.reason(), c.summary(), c.audience(), null);
    return List.of(new DossierEvent.InformationShared(id, actor, now, item));
  }

  /** The guards every new item shares: a new id, known parties, a reason and a summary. */
  private void requireItem(ItemId item, Set<PartyId> about, String reason, String summary) {
    requireNewItem(item);
    requireParties(about, "field.about");
    requireText(reason, "field.need-to-know");
    requireText(summary, "field.summary");
  }

  /** An item the actor contributes now, for the partner whose seat they hold. */
  private InformationItem contributed(
      ItemId item,
      InformationCategory category,
      Set<PartyId> about,
      String reason,
      String summary,
      Set<PartnerId> audience,
      @Nullable RequestId answers) {
    return new InformationItem(
        item, partnerOf(actor), actor, about, category, reason, summary, audience, now, answers);
  }

  List<ChainEvent> requestInformation(Command.RequestInformation c) {
    Dossier d = d();
    DossierId id = d.id();
    if (requireMember("act.request-information")) {
      requirePledge(actor, "act.receive-information");
    }
    if (d.request(c.request()).isPresent()) {
      reject(ReasonCode.INVALID_INPUT, "request.exists", id, c.request());
    }
    if (!table.sitsAtTable(c.from())) {
      reject(ReasonCode.INVALID_INPUT, "partner.not-at-table", c.from());
    }
    requireText(c.question(), "field.question");
    return emit(
        () ->
            new DossierEvent.InformationRequested(
                id, actor, now, c.request(), c.from(), c.question(), c.dueBy()));
  }

  List<ChainEvent> answerRequest(Command.AnswerRequest c) {
    Dossier d = d();
    DossierId id = d.id();
    InformationRequest r = openRequest(c.request());
    Optional<TableMember> member = table.member(actor);
    if (r != null && (member.isEmpty() || !member.get().partner().equals(r.from()))) {
      reject(ReasonCode.NOT_AUTHORIZED, "request.not-asked", c.request(), r.from(), actor);
    } else if (r == null && member.isEmpty()) {
      reject(ReasonCode.NOT_AUTHORIZED, "table.not-member", actor);
    }
    requirePledge(actor, "act.share-information");
    requireItem(c.item(), c.about(), c.reason(), c.summary());
    if (r != null && c.category() == InformationCategory.VICTIM_LOCATION) {
      // whether a request is answered is seen by the whole table: an answer that some members
      // may not see would tell them that a hidden item exists, and one the asker may not see
      // leaves the asker with an answered request and nothing that answers it
      reject(ReasonCode.ANSWER_HIDDEN_FROM_ASKER, "answer.victim-location", c.request());
    }
    if (!reasons.isEmpty()) {
      return List.of();
    }
    InformationItem item =
        contributed(
            c.item(), c.category(), c.about(), c.reason(), c.summary(), Set.of(), c.request());
    DossierEvent answered = new DossierEvent.RequestAnswered(id, actor, now, c.request(), item);
    if (r != null && !askerWouldSee(r, Dossier.evolve(d, answered), item)) {
      reject(
          ReasonCode.ANSWER_HIDDEN_FROM_ASKER,
          "answer.hidden-from-asker",
          r.requestedBy(),
          c.request());
      return List.of();
    }
    return List.of(answered);
  }

  List<ChainEvent> waiveRequest(Command.WaiveRequest c) {
    DossierId id = d().id();
    requireMember("act.waive-request");
    openRequest(c.request());
    requireText(c.reason(), "field.waiver-reason");
    return emit(() -> new DossierEvent.RequestWaived(id, actor, now, c.request(), c.reason()));
  }

  List<ChainEvent> completeDossier(Command.CompleteDossier c) {
    Dossier d = d();
    DossierId id = d.id();
    requireMember("act.complete-dossier");
    List<InformationRequest> open = d.openRequests();
    if (!open.isEmpty()) {
      reject(
          ReasonCode.OPEN_INFORMATION_REQUESTS,
          "requests.open",
          open.stream().map(InformationRequest::id).toList());
    }
    return emit(() -> new DossierEvent.DossierCompleted(id, actor, now));
  }

  /** Whether the asker of a request may see the item answering it, for safety or the plan. */
  boolean askerWouldSee(InformationRequest request, Dossier after, InformationItem item) {
    for (be.ifg.domain.Purpose purpose :
        List.of(be.ifg.domain.Purpose.SAFETY, be.ifg.domain.Purpose.PLAN)) {
      AccessRequest question =
          new AccessRequest(
              tableState, after, request.requestedBy(), AccessAction.VIEW, item.id(), purpose, now);
      if (policy.decide(question).isPermit()) {
        return true;
      }
    }
    return false;
  }
}
