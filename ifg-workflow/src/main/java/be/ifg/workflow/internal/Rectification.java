package be.ifg.workflow.internal;

import be.ifg.domain.ChainEvent;
import be.ifg.domain.Correction;
import be.ifg.domain.CorrectionKind;
import be.ifg.domain.Dossier;
import be.ifg.domain.DossierEvent;
import be.ifg.domain.InformationItem;
import be.ifg.domain.ItemId;
import be.ifg.domain.Party;
import be.ifg.domain.PartyId;
import be.ifg.workflow.Command;
import be.ifg.workflow.ReasonCode;
import java.util.List;
import java.util.Optional;

/*
 * Rectification (GDPR art. 16). A party's birth year is a fact of the registration that any
 * pledged member may correct on the table's behalf; an item's content belongs to the partner that
 * contributed it, so only a member holding that partner's seat may correct it. A member who is not
 * the contributor is refused with the same reason whether the item exists or not, so that a victim
 * location's existence is not shown to those it is hidden from (as for grants).
 */

/** Decides corrections of a dossier's facts. */
final class Rectification extends Step {
  Rectification(Step step) {
    super(step);
  }

  /** Adds this phase's decisions to the dispatch. */
  static void declare(Dispatch dispatch) {
    dispatch.on(Command.RecordCorrection.class, (s, c) -> new Rectification(s).recordCorrection(c));
  }

  List<ChainEvent> recordCorrection(Command.RecordCorrection c) {
    Dossier d = d();
    if (c.kind() == CorrectionKind.ITEM_CONTENT) {
      Optional<InformationItem> item = validId(c.subject()) ? d.item(ItemId.of(c.subject())) : null;
      boolean contributor = item != null && item.isPresent() && isContributor(item.get());
      if (!contributor) {
        reject(ReasonCode.NOT_AUTHORIZED, "correction.not-contributor", c.subject());
      } else if (c.value().isBlank()) {
        reject(ReasonCode.INVALID_INPUT, "correction.value-blank");
      } else if (item.get().summary().equals(c.value())) {
        reject(ReasonCode.INVALID_INPUT, "correction.unchanged", c.subject());
      }
    } else {
      Optional<Party> party =
          validId(c.subject()) ? d.clientSystem().party(PartyId.of(c.subject())) : Optional.empty();
      if (party.isEmpty()) {
        reject(ReasonCode.INVALID_INPUT, "correction.party-unknown", c.subject(), d.id());
      } else if (!Correction.isBirthYear(c.value())) {
        reject(ReasonCode.INVALID_INPUT, "correction.birth-year", c.value());
      } else if (String.valueOf(party.get().birthYear()).equals(c.value())) {
        reject(ReasonCode.INVALID_INPUT, "correction.unchanged", c.subject());
      }
    }
    if (c.reason().isBlank()) {
      reject(ReasonCode.INVALID_INPUT, "correction.reason-blank");
    }
    return emit(
        () ->
            new DossierEvent.CorrectionRecorded(
                d.id(), actor, now, c.kind(), c.subject(), c.value().strip(), c.reason().strip()));
  }

  private static boolean validId(String id) {
    try {
      ItemId.of(id);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
