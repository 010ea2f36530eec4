package be.ifg.rti;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** The kind of instrument, as its authors describe it; it does not change how scoring works. */
@API(status = STABLE, since = "0.1")
public enum Approach {
  /** A checklist: mostly yes/no items that are counted. */
  CHECKLIST,
  /** An actuarial instrument: weighted items calibrated on outcomes. */
  ACTUARIAL,
  /** Structured professional judgement: items guide the assessor, who decides the band. */
  STRUCTURED_JUDGEMENT
}
