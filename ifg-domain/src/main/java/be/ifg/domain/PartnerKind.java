package be.ifg.domain;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/** The kinds of partner organisation that take part in the chain approach, with their sector. */
@API(status = STABLE, since = "0.1")
public enum PartnerKind implements Labelled {
  /** Local police zone (lokale politie). */
  LOCAL_POLICE(Sector.POLICE_AND_PROSECUTION),
  /** Public prosecutor's office (parket). */
  PROSECUTION(Sector.POLICE_AND_PROSECUTION),
  /** Centre for general welfare work (Centrum Algemeen Welzijnswerk). */
  CAW(Sector.ASSISTANCE),
  /** Confidential centre for child abuse (Vertrouwenscentrum Kindermishandeling). */
  VK(Sector.ASSISTANCE),
  /** Youth welfare (Agentschap Opgroeien / Jongerenwelzijn, OSD). */
  YOUTH_WELFARE(Sector.ASSISTANCE),
  /** Mental health care (GGZ). */
  MENTAL_HEALTH(Sector.ASSISTANCE),
  /** Justice house (Justitiehuis). */
  JUSTICE_HOUSE(Sector.ASSISTANCE),
  /** Child and family (Kind en Gezin). */
  CHILD_AND_FAMILY(Sector.ASSISTANCE),
  /** Pupil guidance centre (CLB). */
  PUPIL_GUIDANCE(Sector.ASSISTANCE),
  /** Social house or public centre for social welfare (Sociaal huis / OCMW). */
  SOCIAL_HOUSE(Sector.ADMINISTRATION),
  /** City or municipality (stad/gemeente). */
  MUNICIPALITY(Sector.ADMINISTRATION),
  /** Any other partner; its sector must be given. */
  OTHER(null);

  private final @Nullable Sector defaultSector;

  PartnerKind(@Nullable Sector defaultSector) {
    this.defaultSector = defaultSector;
  }

  /** The sector this kind belongs to by default; empty for {@link #OTHER}. */
  public Optional<Sector> defaultSector() {
    return Optional.ofNullable(defaultSector);
  }

  @Override
  public String label(Language language) {
    return Words.BOOK.label(this, language);
  }
}
