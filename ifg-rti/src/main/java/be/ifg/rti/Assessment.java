package be.ifg.rti;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import be.ifg.domain.AssessmentReference;
import be.ifg.domain.AssessmentStatus;
import be.ifg.domain.ItemContribution;
import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The scored result of one assessment, explaining itself: each answered item's contribution, the
 * rules that fired, the missing items, the instrument (id, version, hash) and the status.
 *
 * <p>Created by {@link Assessments#score}. Instances are immutable and thread-safe.
 *
 * @param instrument the instrument scored against
 * @param answers the answers scored
 * @param status whether a band could be given
 * @param score the risk score (RISK, VULNERABILITY and CHILD sections), rescaled under {@code
 *     EXCLUDE_AND_RESCALE}
 * @param maxScore the sum of the maxima of the applicable risk items
 * @param scoreBand the band the score alone reaches; {@code null} unless complete
 * @param band the band after the rules; {@code null} unless complete
 * @param finalBand the band after an accepted override (else the band); {@code null} unless
 *     complete
 * @param protectiveScore the sum of the protective items' contributions, never netted
 * @param firedRules the ids of the rules that fired, in the instrument's order
 * @param missing the ids of the missing items (absent or UNKNOWN), in the instrument's order
 * @param contributions each answered item's contribution (unscaled), in the instrument's order
 * @param rescaled whether the score was rescaled for missing items
 */
@API(status = STABLE, since = "0.1")
public record Assessment(
    Instrument instrument,
    AnswerSet answers,
    AssessmentStatus status,
    BigDecimal score,
    BigDecimal maxScore,
    @Nullable String scoreBand,
    @Nullable String band,
    @Nullable String finalBand,
    BigDecimal protectiveScore,
    List<String> firedRules,
    List<String> missing,
    List<ItemContribution> contributions,
    boolean rescaled) {

  /** Checks the parts are consistent: a complete assessment has all three bands, another none. */
  public Assessment {
    checkNotNull(instrument, "instrument must not be null");
    checkNotNull(answers, "answers must not be null");
    checkNotNull(status, "status must not be null");
    checkNotNull(score, "score must not be null");
    checkNotNull(maxScore, "maxScore must not be null");
    checkNotNull(protectiveScore, "protectiveScore must not be null");
    boolean complete = status == AssessmentStatus.COMPLETE;
    checkArgument(
        complete == (scoreBand != null && band != null && finalBand != null),
        "a %s assessment must %s scoreBand, band and finalBand",
        status,
        complete ? "have" : "not have");
    firedRules = ImmutableList.copyOf(firedRules);
    missing = ImmutableList.copyOf(missing);
    contributions = ImmutableList.copyOf(contributions);
  }

  /** Whether the final band differs from the band because of an accepted override. */
  public boolean overridden() {
    return answers.override() != null && finalBand != null;
  }

  /** The final band, when the assessment is complete. */
  public Optional<String> finalBandIfComplete() {
    return Optional.ofNullable(finalBand);
  }

  /** The qualification beside the weighing: the problems found and the protective factors. */
  public Qualification qualification() {
    return Qualification.of(this);
  }

  /**
   * The record a dossier keeps of this assessment.
   *
   * @return the reference, with the override's rationale when one was accepted
   */
  public AssessmentReference toReference() {
    OverrideRequest override = answers.override();
    return AssessmentReference.builder()
        .instrumentId(instrument.id())
        .instrumentVersion(instrument.version())
        .instrumentHash(instrument.hash())
        .status(status)
        .score(score)
        .protectiveScore(protectiveScore)
        .assessedAt(answers.assessedAt())
        .assessor(answers.assessor())
        .maxScore(maxScore)
        .scoreBand(scoreBand)
        .band(band)
        .finalBand(finalBand)
        .addAllFiredRules(firedRules)
        .addAllMissing(missing)
        .addAllContributions(contributions)
        .overrideRationale(overridden() && override != null ? override.rationale() : null)
        .build();
  }
}
