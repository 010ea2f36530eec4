package be.ifg.workflow;

import static com.google.common.base.Preconditions.checkNotNull;

import be.ifg.domain.ActionId;
import be.ifg.domain.ActionStatus;
import be.ifg.domain.AssessmentReference;
import be.ifg.domain.AssessmentStatus;
import be.ifg.domain.Dossier;
import be.ifg.domain.DossierId;
import be.ifg.domain.DossierStatus;
import be.ifg.domain.GoalId;
import be.ifg.domain.ProfessionalId;
import be.ifg.domain.RequestId;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where a dossier stands, without any of its content: no party, no information item, no text. What
 * the SDK gives anyone who asks; content is handed out only through the need-to-know policy.
 *
 * @param id the dossier
 * @param status its state
 * @param version how many events it has
 * @param registeredAt when it was registered
 * @param statusSince when it entered its state
 * @param caseDirector the case director, or {@code null} before one is appointed
 * @param planVersion the plan's version, 0 before a plan is adopted
 * @param openGoals the goals of the plan not yet closed
 * @param actions the plan's actions and their statuses
 * @param openRequests the information requests still open
 * @param assessment the latest assessment's outcome, or {@code null}
 * @param reassessmentDue whether a new incident asks for a reassessment
 * @param followUpUntil when follow-up at a distance ends, while in (or after) follow-up
 */
public record DossierSummary(
    DossierId id,
    DossierStatus status,
    long version,
    Instant registeredAt,
    Instant statusSince,
    @Nullable ProfessionalId caseDirector,
    int planVersion,
    List<GoalId> openGoals,
    Map<ActionId, ActionStatus> actions,
    List<RequestId> openRequests,
    @Nullable AssessmentSummary assessment,
    boolean reassessmentDue,
    @Nullable Instant followUpUntil) {

  /** Copies the collections. */
  public DossierSummary {
    checkNotNull(id, "id");
    checkNotNull(status, "status");
    checkNotNull(registeredAt, "registeredAt");
    checkNotNull(statusSince, "statusSince");
    openGoals = ImmutableList.copyOf(openGoals);
    actions = ImmutableMap.copyOf(actions);
    openRequests = ImmutableList.copyOf(openRequests);
  }

  /** The latest assessment's outcome. */
  public Optional<AssessmentSummary> latestAssessment() {
    return Optional.ofNullable(assessment);
  }

  /**
   * The summary of a dossier's state.
   *
   * @param d the state
   */
  public static DossierSummary of(Dossier d) {
    Map<ActionId, ActionStatus> actions = new LinkedHashMap<>();
    d.plan().ifPresent(p -> p.actions().forEach(a -> actions.put(a.id(), a.status())));
    return new DossierSummary(
        d.id(),
        d.status(),
        d.version(),
        d.registeredAt(),
        d.statusSince(),
        d.caseDirector().map(c -> c.member()).orElse(null),
        d.plan().map(p -> p.version()).orElse(0),
        d.plan()
            .map(
                p ->
                    p.openGoals().stream()
                        .map(g -> g.id())
                        .collect(ImmutableList.toImmutableList()))
            .orElse(ImmutableList.of()),
        actions,
        d.openRequests().stream().map(r -> r.id()).collect(ImmutableList.toImmutableList()),
        d.latestAssessment().map(AssessmentSummary::of).orElse(null),
        d.reassessmentDue(),
        d.followUp().map(f -> f.until()).orElse(null));
  }

  /**
   * The outcome of an assessment without its answers.
   *
   * @param instrument the instrument's id
   * @param version its version
   * @param status whether it is complete
   * @param score the risk score
   * @param maxScore the highest possible score, or {@code null}
   * @param scoreBand the band of the score alone, or {@code null} when not complete
   * @param band the band after the rules, or {@code null} when not complete
   * @param finalBand the band after a professional-judgement override, or {@code null}
   * @param protectiveScore the protective factors' score
   * @param firedRules the rules that fired
   * @param assessedAt the date it speaks for
   * @param assessor who assessed
   */
  public record AssessmentSummary(
      String instrument,
      String version,
      AssessmentStatus status,
      BigDecimal score,
      @Nullable BigDecimal maxScore,
      @Nullable String scoreBand,
      @Nullable String band,
      @Nullable String finalBand,
      BigDecimal protectiveScore,
      List<String> firedRules,
      LocalDate assessedAt,
      ProfessionalId assessor) {
    /** Copies the rules. */
    public AssessmentSummary {
      firedRules = ImmutableList.copyOf(firedRules);
    }

    /** The outcome of an assessment reference. */
    public static AssessmentSummary of(AssessmentReference a) {
      return new AssessmentSummary(
          a.instrumentId(),
          a.instrumentVersion(),
          a.status(),
          a.score(),
          a.maxScore(),
          a.scoreBand(),
          a.band(),
          a.finalBand(),
          a.protectiveScore(),
          a.firedRules(),
          a.assessedAt(),
          a.assessor());
    }
  }
}
