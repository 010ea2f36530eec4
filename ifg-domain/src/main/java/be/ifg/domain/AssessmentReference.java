package be.ifg.domain;

import static com.google.common.base.Preconditions.checkArgument;
import static org.apiguardian.api.API.Status.STABLE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * What a dossier keeps of one risk assessment: which instrument (id, version, content hash), the
 * result and its explanation. Scoring itself is {@code ifg-rti}'s job; this is its record.
 *
 * <p>Build one with {@link #builder()}: the staged builder asks for every mandatory part in order
 * and takes the optional ones (bands, maximum, rationale, lists) at the end. Immutable and
 * thread-safe; equal when every part is equal.
 */
@Value.Immutable
@DomainStyle
@API(status = STABLE, since = "0.1")
public interface AssessmentReference {

  /** The instrument's id, e.g. {@code ifg-demo}. */
  String instrumentId();

  /** The instrument's version. */
  String instrumentVersion();

  /** The instrument's content hash, {@code sha256:…}. */
  String instrumentHash();

  /** Whether a band could be given. */
  AssessmentStatus status();

  /** The risk score (risk, vulnerability and child sections). */
  BigDecimal score();

  /** The maximum score where one is defined. */
  @Nullable BigDecimal maxScore();

  /** The band the score alone reaches ({@code null} unless complete). */
  @Nullable String scoreBand();

  /** The band after the instrument's rules ({@code null} unless complete). */
  @Nullable String band();

  /** The band after a professional-judgement override ({@code null} unless complete). */
  @Nullable String finalBand();

  /** The protective-factor score, reported beside the risk, never netted. */
  BigDecimal protectiveScore();

  /** The ids of the rules that fired. */
  List<String> firedRules();

  /** The ids of the items that were missing. */
  List<String> missing();

  /** Each counted item's contribution. */
  List<ItemContribution> contributions();

  /** The date the assessment speaks for. */
  LocalDate assessedAt();

  /** Who assessed. */
  ProfessionalId assessor();

  /** The rationale of a professional-judgement override, if any. */
  @Nullable String overrideRationale();

  /** The final band, when the assessment is complete. */
  default Optional<String> finalBandIfComplete() {
    return Optional.ofNullable(finalBand());
  }

  /** Starts a reference: the builder asks for each mandatory part in turn. */
  static ImmutableAssessmentReference.InstrumentIdBuildStage builder() {
    return ImmutableAssessmentReference.builder();
  }

  /** Checks the structure: texts present, scores not negative, bands only when complete. */
  @Value.Check
  default void check() {
    Checks.text(instrumentId(), "instrumentId");
    Checks.text(instrumentVersion(), "instrumentVersion");
    Checks.text(instrumentHash(), "instrumentHash");
    boolean complete = status() == AssessmentStatus.COMPLETE;
    checkArgument(
        complete == (band() != null && finalBand() != null && scoreBand() != null),
        "a %s assessment must %s scoreBand, band and finalBand",
        status(),
        complete ? "have" : "not have");
  }
}
