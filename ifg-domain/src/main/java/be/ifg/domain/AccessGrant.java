package be.ifg.domain;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.Instant;
import org.apiguardian.api.API;

/**
 * A grant that lets one named member see one item for one named purpose — the only way a {@link
 * InformationCategory#VICTIM_LOCATION victim-location} item reaches anybody beyond its contributor
 * and the case director.
 *
 * @param item the item
 * @param member the member who may see it
 * @param purpose the only purpose the grant holds for
 * @param grantedBy the contributor or the case director
 * @param at when
 */
@API(status = STABLE, since = "0.1")
public record AccessGrant(
    ItemId item, ProfessionalId member, Purpose purpose, ProfessionalId grantedBy, Instant at) {
  /** Validates the grant. */
  public AccessGrant {
    Checks.present(item, "item");
    Checks.present(member, "member");
    Checks.present(purpose, "purpose");
    Checks.present(grantedBy, "grantedBy");
    Checks.present(at, "at");
  }

  /** Whether this grant lets the member see the item for the purpose. */
  public boolean covers(ItemId item, ProfessionalId member, Purpose purpose) {
    return this.item.equals(item) && this.member.equals(member) && this.purpose == purpose;
  }
}
