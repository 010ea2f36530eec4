package be.ifg.rti;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * What scoring an answer set gives: an assessment, or a refused override.
 *
 * <p>Instances are immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1")
public sealed interface AssessmentOutcome
    permits AssessmentOutcome.Scored, AssessmentOutcome.Refused {

  /**
   * The answers were scored.
   *
   * @param assessment the assessment
   */
  record Scored(Assessment assessment) implements AssessmentOutcome {
    /** Checks the assessment is present. */
    public Scored {
      checkNotNull(assessment, "assessment must not be null");
    }
  }

  /**
   * The override asked for was refused; nothing was scored.
   *
   * @param refusals every reason, at least one
   */
  record Refused(List<Refusal> refusals) implements AssessmentOutcome {
    /** Checks there is at least one reason. */
    public Refused {
      refusals = ImmutableList.copyOf(refusals);
      checkArgument(!refusals.isEmpty(), "a refusal needs at least one reason");
    }

    /** The reason codes, e.g. {@code RATIONALE_REQUIRED}. */
    public List<String> codes() {
      return refusals.stream()
          .map(r -> r.reason().name())
          .distinct()
          .collect(Collectors.toUnmodifiableList());
    }
  }
}
