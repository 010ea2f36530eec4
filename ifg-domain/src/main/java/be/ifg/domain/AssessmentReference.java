package be.ifg.domain;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a dossier keeps of one risk assessment: which instrument (id, version, content hash), the
 * result and its explanation. Scoring itself is {@code ifg-rti}'s job; this is its record.
 *
 * @param instrumentId the instrument's id, e.g. {@code ifg-demo}
 * @param instrumentVersion the instrument's version
 * @param instrumentHash the instrument's content hash, {@code sha256:…}
 * @param status whether a band could be given
 * @param score the risk score (risk, vulnerability and child sections)
 * @param maxScore the maximum score where one is defined
 * @param scoreBand the band the score alone reaches ({@code null} unless complete)
 * @param band the band after the instrument's rules ({@code null} unless complete)
 * @param finalBand the band after a professional-judgement override ({@code null} unless complete)
 * @param protectiveScore the protective-factor score, reported beside the risk, never netted
 * @param firedRules the ids of the rules that fired
 * @param missing the ids of the items that were missing
 * @param contributions each counted item's contribution
 * @param assessedAt the date the assessment speaks for
 * @param assessor who assessed
 * @param overrideRationale the rationale of a professional-judgement override, if any
 */
public record AssessmentReference(
    String instrumentId,
    String instrumentVersion,
    String instrumentHash,
    AssessmentStatus status,
    BigDecimal score,
    @Nullable BigDecimal maxScore,
    @Nullable String scoreBand,
    @Nullable String band,
    @Nullable String finalBand,
    BigDecimal protectiveScore,
    List<String> firedRules,
    List<String> missing,
    List<ItemContribution> contributions,
    LocalDate assessedAt,
    ProfessionalId assessor,
    @Nullable String overrideRationale) {

  /** Validates the reference: a complete assessment has all three bands, another has none. */
  public AssessmentReference {
    Checks.text(instrumentId, "instrumentId");
    Checks.text(instrumentVersion, "instrumentVersion");
    Checks.text(instrumentHash, "instrumentHash");
    Checks.present(status, "status");
    Checks.present(score, "score");
    Checks.present(protectiveScore, "protectiveScore");
    Checks.present(assessedAt, "assessedAt");
    Checks.present(assessor, "assessor");
    boolean complete = status == AssessmentStatus.COMPLETE;
    checkArgument(
        complete == (band != null && finalBand != null && scoreBand != null),
        "a %s assessment must %s scoreBand, band and finalBand",
        status,
        complete ? "have" : "not have");
    firedRules = ImmutableList.copyOf(firedRules);
    missing = ImmutableList.copyOf(missing);
    contributions = ImmutableList.copyOf(contributions);
  }

  /** The final band, when the assessment is complete. */
  public Optional<String> finalBandIfComplete() {
    return Optional.ofNullable(finalBand);
  }
}
