package be.ifg.domain;

import static com.google.common.base.Preconditions.checkArgument;
import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * A partner organisation of the chain approach.
 *
 * @param id the partner's id
 * @param kind what kind of organisation it is
 * @param sector its sector (for most kinds the kind's default sector)
 */
@API(status = STABLE, since = "0.1")
public record Partner(PartnerId id, PartnerKind kind, Sector sector) {
  /** Validates the partner. */
  public Partner {
    Checks.present(id, "partner id");
    Checks.present(kind, "partner kind");
    Checks.present(sector, "sector");
  }

  /**
   * A partner in its kind's default sector.
   *
   * @throws IllegalArgumentException if the kind is {@link PartnerKind#OTHER}, which has no default
   */
  public static Partner of(String id, PartnerKind kind) {
    checkArgument(
        kind.defaultSector().isPresent(),
        "partner %s of kind OTHER needs its sector (POLICE_AND_PROSECUTION, ASSISTANCE or"
            + " ADMINISTRATION)",
        id);
    return new Partner(PartnerId.of(id), kind, kind.defaultSector().orElseThrow());
  }
}
