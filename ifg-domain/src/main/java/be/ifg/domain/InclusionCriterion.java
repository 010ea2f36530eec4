package be.ifg.domain;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** The inclusion criteria of the chain approach; at least one must apply to register a family. */
@API(status = STABLE, since = "0.1")
public enum InclusionCriterion implements Labelled {
  /** Unsafety for direct or indirect victims (onveiligheid). */
  UNSAFETY,
  /** Several partners are active and a combined help-and-justice approach is needed. */
  MULTIPLE_PARTNERS,
  /** Problems on several life domains (multiprobleem). */
  MULTI_PROBLEM,
  /** Help, or criminal or administrative measures, are stuck (vastgelopen). */
  STUCK;

  @Override
  public String label(Language language) {
    return Words.BOOK.label(this, language);
  }
}
