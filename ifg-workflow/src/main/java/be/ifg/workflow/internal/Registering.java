package be.ifg.workflow.internal;

import be.ifg.domain.ChainEvent;
import be.ifg.domain.ClientSystem;
import be.ifg.domain.DossierEvent;
import be.ifg.domain.InformingRecord;
import be.ifg.domain.Party;
import be.ifg.domain.PartyId;
import be.ifg.domain.PartyRole;
import be.ifg.domain.Professional;
import be.ifg.domain.Registration;
import be.ifg.domain.SafetyDeferral;
import be.ifg.workflow.Command;
import be.ifg.workflow.ReasonCode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Decides a registration, which creates a dossier. */
final class Registering extends Step {
  Registering(Step step) {
    super(step);
  }

  /** Adds this phase's decisions to the dispatch. */
  static void declare(Dispatch dispatch) {
    dispatch.on(Command.Register.class, (s, c) -> new Registering(s).register(c));
  }

  List<ChainEvent> register(Command.Register c) {
    Optional<Professional> registrant = table.professional(actor);
    if (registrant.isEmpty()) {
      // a stranger learns nothing, not even whether the dossier id is taken
      reject(ReasonCode.NOT_AUTHORIZED, "register.not-professional", actor);
      return List.of();
    }
    if (dossier != null) {
      reject(ReasonCode.INVALID_INPUT, "dossier.exists", c.dossier());
    }
    Map<PartyId, Party> parties = new HashMap<>();
    for (Party p : c.parties()) {
      if (parties.put(p.id(), p) != null) {
        reject(ReasonCode.INVALID_INPUT, "party.listed-twice", p.id());
      }
    }
    if (c.parties().stream().noneMatch(p -> p.role().isVictim())) {
      reject(ReasonCode.NO_VICTIM, "registration.no-victim");
    }
    if (c.criteria().isEmpty()) {
      reject(ReasonCode.NO_CRITERIA, "registration.no-criteria");
    }
    Set<PartyId> informed = new HashSet<>();
    for (Command.Informing i : c.informed()) {
      if (!parties.containsKey(i.party())) {
        reject(ReasonCode.INVALID_INPUT, "informing.party-unknown", i.party());
      }
      requireText(i.how(), "field.how-informed", i.party());
      informed.add(i.party());
    }
    Map<PartyId, Command.Deferral> deferred = new HashMap<>();
    for (Command.Deferral dfr : c.deferred()) {
      if (!parties.containsKey(dfr.party())) {
        reject(ReasonCode.INVALID_INPUT, "informing.deferred-party-unknown", dfr.party());
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
        reject(ReasonCode.VICTIM_NOT_INFORMED, "informing.victim", p.id());
      } else if (p.role() == PartyRole.INDIRECT_VICTIM && !informed.contains(p.id())) {
        if (p.exercisesOwnRightsOn(today)) {
          reject(ReasonCode.VICTIM_NOT_INFORMED, "informing.indirect-victim", p.id());
        } else if (!adultInformed) {
          reject(ReasonCode.VICTIM_NOT_INFORMED, "informing.child", p.id());
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
}
