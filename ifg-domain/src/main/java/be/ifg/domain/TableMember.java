package be.ifg.domain;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * A member of the case table (vaste vertegenwoordiger): a professional who represents a partner. A
 * member receives pooled information only after signing the secrecy pledge.
 *
 * @param id the member's professional id
 * @param partner the partner they represent
 * @param pledged whether they signed the secrecy pledge when the table was configured
 */
@API(status = STABLE, since = "0.1")
public record TableMember(ProfessionalId id, PartnerId partner, boolean pledged) {
  /** Validates the member. */
  public TableMember {
    Checks.present(id, "member id");
    Checks.present(partner, "partner");
  }

  /** A member who has signed the pledge. */
  public static TableMember pledged(String id, String partner) {
    return new TableMember(ProfessionalId.of(id), PartnerId.of(partner), true);
  }

  /** The member as a professional of their partner. */
  public Professional asProfessional() {
    return new Professional(id, partner);
  }
}
