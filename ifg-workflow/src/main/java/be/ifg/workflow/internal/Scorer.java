package be.ifg.workflow.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import be.ifg.domain.AssessmentReference;
import be.ifg.domain.ProfessionalId;
import be.ifg.workflow.Command;
import be.ifg.workflow.Reason;
import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/** Scores an {@link Command.Assess} command with a risk-assessment instrument. */
@API(status = INTERNAL, since = "0.1")
public interface Scorer {

  /**
   * Scores the answers.
   *
   * @param command the command
   * @param assessor who assesses
   * @param on the date of the assessment
   * @return the assessment, or the reasons it was refused
   */
  Scored score(Command.Assess command, ProfessionalId assessor, LocalDate on);

  /**
   * The outcome of scoring: an assessment or the reasons it was refused.
   *
   * @param assessment the assessment, {@code null} when refused
   * @param reasons why it was refused (empty when scored)
   */
  record Scored(@Nullable AssessmentReference assessment, List<Reason> reasons) {
    /** Copies the reasons. */
    public Scored {
      reasons = ImmutableList.copyOf(reasons);
    }

    /** A scored assessment. */
    public static Scored of(AssessmentReference assessment) {
      return new Scored(assessment, List.of());
    }

    /** A refusal. */
    public static Scored refused(List<Reason> reasons) {
      return new Scored(null, reasons);
    }
  }
}
