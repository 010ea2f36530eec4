package be.ifg.rti;

import static org.apiguardian.api.API.Status.STABLE;

import be.ifg.domain.AssessmentReference;
import org.apiguardian.api.API;

/**
 * Scores answer sets and compares assessments; the entry point of {@code ifg-rti}'s scoring.
 *
 * <p>Scoring follows the normative scoring section of the instrument format exactly; {@code
 * docs/rti.md} and the implementation's design notes explain each step. All methods are pure
 * functions and thread-safe.
 */
@API(status = STABLE, since = "0.1")
public final class Assessments {
  private Assessments() {}

  /**
   * Scores {@code answers} against {@code instrument}.
   *
   * @param instrument the instrument the answers are for
   * @param answers the answers, with an optional override
   * @return the assessment, or the override's refusal ({@code RATIONALE_REQUIRED}, {@code
   *     OVERRIDE_NOT_ALLOWED})
   * @throws IllegalArgumentException if the answers are for another instrument or version, name an
   *     item the instrument does not have, give an item an answer it does not accept, or ask for an
   *     override to a band the instrument does not have (read answers with {@code
   *     be.ifg.rti.json.AnswersJson} to get these as problems instead)
   */
  public static AssessmentOutcome score(Instrument instrument, AnswerSet answers) {
    return Scoring.score(instrument, answers);
  }

  /**
   * What changed from {@code previous} to {@code current}, two assessments of the same dossier.
   * Bands are ordered by the current assessment's instrument.
   *
   * @param previous the earlier assessment
   * @param current the later assessment
   * @return the changed items, score deltas and band movement
   */
  public static AssessmentChange compare(Assessment previous, Assessment current) {
    return Scoring.compare(previous.toReference(), current.toReference(), current.instrument());
  }

  /**
   * What changed from {@code previous} to {@code current}, two assessments a dossier keeps.
   *
   * @param previous the earlier assessment's reference
   * @param current the later assessment's reference
   * @param instrument the instrument whose band order decides the band movement (normally the
   *     current assessment's)
   * @return the changed items, score deltas and band movement; bands the instrument does not have
   *     give {@link BandMovement#NOT_COMPARABLE}
   */
  public static AssessmentChange compare(
      AssessmentReference previous, AssessmentReference current, Instrument instrument) {
    return Scoring.compare(previous, current, instrument);
  }
}
