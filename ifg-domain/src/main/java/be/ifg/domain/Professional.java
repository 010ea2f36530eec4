package be.ifg.domain;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * A professional who works for a partner organisation; table members are professionals too.
 *
 * @param id the professional's id
 * @param partner the organisation they work for
 */
@API(status = STABLE, since = "0.1")
public record Professional(ProfessionalId id, PartnerId partner) {
  /** Validates the professional. */
  public Professional {
    Checks.present(id, "professional id");
    Checks.present(partner, "partner");
  }

  /** A professional of the given partner. */
  public static Professional of(String id, String partner) {
    return new Professional(ProfessionalId.of(id), PartnerId.of(partner));
  }
}
