package be.ifg.rti;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import be.ifg.domain.ItemContribution;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * The qualification (kwalificatie) of a case by one assessment, beside its weighing (the band):
 * which problems it found, by section, and which protective factors are present. A problem is a
 * risk, vulnerability or child item that counted points; a protective factor is a protective item
 * that counted points. Protective factors are listed apart and never offset a problem.
 *
 * <p>Immutable and thread-safe.
 *
 * @param problems per section with at least one problem, in the instrument's order: the item ids
 *     that counted, in the instrument's order
 * @param protectiveFactors the protective item ids that counted, in the instrument's order
 */
@API(status = STABLE, since = "0.1")
public record Qualification(Map<String, List<String>> problems, List<String> protectiveFactors) {

  /** Copies the parts. */
  public Qualification {
    ImmutableMap.Builder<String, List<String>> copy = ImmutableMap.builder();
    checkNotNull(problems, "problems must not be null")
        .forEach((section, items) -> copy.put(section, ImmutableList.copyOf(items)));
    problems = copy.build();
    protectiveFactors =
        ImmutableList.copyOf(checkNotNull(protectiveFactors, "protectiveFactors must not be null"));
  }

  /**
   * Qualifies a case from an assessment's contributions.
   *
   * @param assessment the scored assessment
   * @return the problems and protective factors it found
   */
  public static Qualification of(Assessment assessment) {
    Instrument instrument = assessment.instrument();
    Map<String, List<String>> problems = new LinkedHashMap<>();
    ImmutableList.Builder<String> protective = ImmutableList.builder();
    for (ItemContribution c : assessment.contributions()) {
      if (c.points().signum() == 0) {
        continue;
      }
      Section section = instrument.sectionOf(c.item()).orElseThrow();
      if (section.kind() == SectionKind.PROTECTIVE) {
        protective.add(c.item());
      } else {
        problems.computeIfAbsent(section.id(), s -> new ArrayList<>()).add(c.item());
      }
    }
    return new Qualification(problems, protective.build());
  }

  /** The sections (life domains) in which the assessment found at least one problem. */
  public List<String> problemAreas() {
    return ImmutableList.copyOf(problems.keySet());
  }
}
