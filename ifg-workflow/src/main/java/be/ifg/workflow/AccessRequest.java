package be.ifg.workflow;

import static com.google.common.base.Preconditions.checkNotNull;

import be.ifg.domain.CaseTable;
import be.ifg.domain.Dossier;
import be.ifg.domain.InformationItem;
import be.ifg.domain.ItemId;
import be.ifg.domain.Partner;
import be.ifg.domain.PartnerId;
import be.ifg.domain.Professional;
import be.ifg.domain.ProfessionalId;
import be.ifg.domain.Purpose;
import java.time.Instant;
import java.util.Optional;

/**
 * One question for the need-to-know policy: may this actor do this with this item of this dossier,
 * for this purpose, now? Carries everything the policy reads, so a decision depends on nothing
 * else. Immutable and thread-safe.
 *
 * @param table the dossier's case table
 * @param pledges who has signed the table's secrecy pledge
 * @param dossier the dossier's state
 * @param actor who asks
 * @param action what they want to do
 * @param item the item
 * @param purpose for which purpose
 * @param at when they ask
 */
public record AccessRequest(
    CaseTable table,
    Pledges pledges,
    Dossier dossier,
    ProfessionalId actor,
    AccessAction action,
    ItemId item,
    Purpose purpose,
    Instant at) {
  /**
   * Validates the request.
   *
   * @throws NullPointerException if any part is missing
   */
  public AccessRequest {
    checkNotNull(table, "table must not be null");
    checkNotNull(pledges, "pledges must not be null");
    checkNotNull(dossier, "dossier must not be null");
    checkNotNull(actor, "actor must not be null");
    checkNotNull(action, "action must not be null");
    checkNotNull(item, "item must not be null");
    checkNotNull(purpose, "purpose must not be null");
    checkNotNull(at, "at must not be null");
  }

  /** The requested item, if the dossier has it. */
  public Optional<InformationItem> informationItem() {
    return dossier.item(item);
  }

  /** The partner the actor works for, if the table knows the actor. */
  public Optional<PartnerId> actorPartner() {
    return table.professional(actor).map(Professional::partner);
  }

  /** The partner the actor works for, as the table describes it, if it sits at the table. */
  public Optional<Partner> actorPartnerAtTable() {
    return actorPartner().flatMap(table::partner);
  }
}
