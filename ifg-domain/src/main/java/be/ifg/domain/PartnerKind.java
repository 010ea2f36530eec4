package be.ifg.domain;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The kinds of partner organisation that take part in the chain approach, with their sector. */
public enum PartnerKind {
  /** Local police zone (lokale politie). */
  LOCAL_POLICE(Sector.POLICE_AND_PROSECUTION, "lokale politie", "local police"),
  /** Public prosecutor's office (parket). */
  PROSECUTION(Sector.POLICE_AND_PROSECUTION, "parket", "prosecution"),
  /** Centre for general welfare work (Centrum Algemeen Welzijnswerk). */
  CAW(Sector.ASSISTANCE, "CAW", "general welfare centre (CAW)"),
  /** Confidential centre for child abuse (Vertrouwenscentrum Kindermishandeling). */
  VK(Sector.ASSISTANCE, "Vertrouwenscentrum Kindermishandeling", "child abuse confidential centre"),
  /** Youth welfare (Agentschap Opgroeien / Jongerenwelzijn, OSD). */
  YOUTH_WELFARE(Sector.ASSISTANCE, "Opgroeien / jongerenwelzijn", "youth welfare"),
  /** Mental health care (GGZ). */
  MENTAL_HEALTH(Sector.ASSISTANCE, "geestelijke gezondheidszorg", "mental health care"),
  /** Justice house (Justitiehuis). */
  JUSTICE_HOUSE(Sector.ASSISTANCE, "justitiehuis", "justice house"),
  /** Child and family (Kind en Gezin). */
  CHILD_AND_FAMILY(Sector.ASSISTANCE, "Kind en Gezin", "child and family"),
  /** Pupil guidance centre (CLB). */
  PUPIL_GUIDANCE(Sector.ASSISTANCE, "CLB", "pupil guidance centre"),
  /** Social house or public centre for social welfare (Sociaal huis / OCMW). */
  SOCIAL_HOUSE(Sector.ADMINISTRATION, "sociaal huis / OCMW", "social house"),
  /** City or municipality (stad/gemeente). */
  MUNICIPALITY(Sector.ADMINISTRATION, "stad of gemeente", "municipality"),
  /** Any other partner; its sector must be given. */
  OTHER(null, "andere partner", "other partner");

  private final @Nullable Sector defaultSector;
  private final String nl;
  private final String en;

  PartnerKind(@Nullable Sector defaultSector, String nl, String en) {
    this.defaultSector = defaultSector;
    this.nl = nl;
    this.en = en;
  }

  /** The sector this kind belongs to by default; empty for {@link #OTHER}. */
  public Optional<Sector> defaultSector() {
    return Optional.ofNullable(defaultSector);
  }

  /** The label in the given language: {@code nl} gives Dutch, anything else English. */
  public String label(String language) {
    return "nl".equals(language) ? nl : en;
  }
}
