package be.ifg.domain;

import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.Sets;
import java.util.EnumSet;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The registrant's own first assessment of the danger, and the safety measures they started. The
 * registrant stays responsible for these until a case director is appointed.
 *
 * @param dangerPresent whether the registrant sees acute danger
 * @param measures the measures started (crisis intervention, safety plan)
 */
@API(status = STABLE, since = "0.1")
public record DangerAssessment(boolean dangerPresent, Set<SafetyMeasure> measures) {
  /** Validates the assessment. */
  public DangerAssessment {
    measures = Sets.immutableEnumSet(Checks.present(measures, "measures"));
  }

  /** An assessment with the given measures. */
  public static DangerAssessment of(boolean dangerPresent, SafetyMeasure... measures) {
    EnumSet<SafetyMeasure> set = EnumSet.noneOf(SafetyMeasure.class);
    set.addAll(java.util.List.of(measures));
    return new DangerAssessment(dangerPresent, set);
  }
}
