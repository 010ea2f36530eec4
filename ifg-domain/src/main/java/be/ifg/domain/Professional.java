package be.ifg.domain;

/**
 * A professional who works for a partner organisation; table members are professionals too.
 *
 * @param id the professional's id
 * @param partner the organisation they work for
 */
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
