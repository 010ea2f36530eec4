package be.ifg.workflow;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.MAINTAINED;

import be.ifg.domain.Dossier;
import be.ifg.domain.InformationItem;
import be.ifg.domain.ItemId;
import be.ifg.domain.PartnerId;
import be.ifg.domain.ProfessionalId;
import be.ifg.domain.Purpose;
import java.time.Instant;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One question for the need-to-know policy: may this actor do this with this item of this dossier,
 * for this purpose, now? Carries everything the policy reads, so a decision depends on nothing
 * else. Immutable and thread-safe.
 *
 * @param table the dossier's case table as it is at the moment of the request
 * @param dossier the dossier's state
 * @param actor who asks
 * @param action what they want to do
 * @param item the item
 * @param purpose for which purpose
 * @param at when they ask
 */
@API(status = MAINTAINED, since = "0.1")
public record AccessRequest(
    TableState table,
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

  /**
   * The partner whose seat the actor holds at the table now, if the actor is a member. A
   * professional of a partner who does not sit at the table has no seat, and so is never taken for
   * that partner.
   */
  public Optional<PartnerId> actorPartner() {
    return table.seat(actor);
  }

  /** Who has the table's secrecy pledge now. */
  public Pledges pledges() {
    return table.pledges();
  }
}
