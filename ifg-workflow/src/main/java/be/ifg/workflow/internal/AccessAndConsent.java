package be.ifg.workflow.internal;

import be.ifg.domain.ChainEvent;
import be.ifg.domain.Dossier;
import be.ifg.domain.DossierEvent;
import be.ifg.domain.DossierId;
import be.ifg.domain.InformationItem;
import be.ifg.workflow.Command;
import be.ifg.workflow.ReasonCode;
import java.util.List;
import java.util.Optional;

/** Decides access to items granted and revoked, consent recorded and withdrawn. */
final class AccessAndConsent extends Step {
  AccessAndConsent(Step step) {
    super(step);
  }

  /** Adds this phase's decisions to the dispatch. */
  static void declare(Dispatch dispatch) {
    dispatch.on(Command.GrantAccess.class, (s, c) -> new AccessAndConsent(s).grantAccess(c));
    dispatch.on(Command.RevokeAccess.class, (s, c) -> new AccessAndConsent(s).revokeAccess(c));
    dispatch.on(Command.RecordConsent.class, (s, c) -> new AccessAndConsent(s).recordConsent(c));
    dispatch.on(
        Command.WithdrawConsent.class, (s, c) -> new AccessAndConsent(s).withdrawConsent(c));
  }

  List<ChainEvent> grantAccess(Command.GrantAccess c) {
    Dossier d = d();
    DossierId id = d.id();
    Optional<InformationItem> item = d.item(c.item());
    boolean contributor = item.isPresent() && isContributor(item.get());
    if (c.member().equals(actor)) {
      reject(ReasonCode.NOT_AUTHORIZED, "grant.to-self");
    } else if (!contributor && !isDirector()) {
      // the same answer whether the item is another partner's or not there at all: a victim
      // location's existence is not shown to those it is hidden from
      reject(ReasonCode.NOT_AUTHORIZED, "grant.not-allowed", c.item());
    } else if (item.isEmpty()) {
      reject(ReasonCode.INVALID_INPUT, "item.unknown", id, c.item());
    }
    if (!isMember(c.member())) {
      reject(ReasonCode.INVALID_INPUT, "table.not-member", c.member());
    } else {
      requirePledge(c.member(), "act.receive-information");
    }
    if (!c.purpose().isTablePurpose()) {
      reject(ReasonCode.INVALID_INPUT, "grant.not-table-purpose");
    }
    return emit(
        () -> new DossierEvent.AccessGranted(id, actor, now, c.item(), c.member(), c.purpose()));
  }

  List<ChainEvent> revokeAccess(Command.RevokeAccess c) {
    Dossier d = d();
    DossierId id = d.id();
    Optional<InformationItem> item = d.item(c.item());
    boolean contributor = item.isPresent() && isContributor(item.get());
    if (!contributor && !isDirector()) {
      // the same answer whether the item is another partner's or not there at all
      reject(ReasonCode.NOT_AUTHORIZED, "revoke.not-allowed", c.item());
    } else if (d.grants().stream().noneMatch(g -> g.covers(c.item(), c.member(), c.purpose()))) {
      reject(
          ReasonCode.INVALID_INPUT,
          "revoke.no-grant",
          c.member(),
          c.item(),
          Reasons.coded(c.purpose()));
    }
    return emit(
        () -> new DossierEvent.AccessRevoked(id, actor, now, c.item(), c.member(), c.purpose()));
  }

  List<ChainEvent> recordConsent(Command.RecordConsent c) {
    DossierId id = d().id();
    requireMember("act.record-consent");
    requireParty(c.party());
    requireKnownPartner(c.partner());
    return emit(
        () ->
            new DossierEvent.ConsentRecorded(
                id, actor, now, c.party(), c.partner(), c.purpose(), c.category()));
  }

  List<ChainEvent> withdrawConsent(Command.WithdrawConsent c) {
    Dossier d = d();
    DossierId id = d.id();
    requireMember("act.withdraw-consent");
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
          "consent.none-to-withdraw",
          c.party(),
          c.partner(),
          Reasons.coded(c.purpose()),
          Reasons.coded(c.category()));
    }
    return emit(
        () ->
            new DossierEvent.ConsentWithdrawn(
                id, actor, now, c.party(), c.partner(), c.purpose(), c.category()));
  }
}
