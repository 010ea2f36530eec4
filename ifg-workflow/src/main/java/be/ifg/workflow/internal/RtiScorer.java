package be.ifg.workflow.internal;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.INTERNAL;

import be.ifg.domain.ProfessionalId;
import be.ifg.rti.AnswerSet;
import be.ifg.rti.AssessmentOutcome;
import be.ifg.rti.Assessments;
import be.ifg.rti.Instrument;
import be.ifg.rti.Instruments;
import be.ifg.rti.Refusal;
import be.ifg.workflow.Command;
import be.ifg.workflow.ReasonCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/*
 * What ifg-rti says when it refuses an answer set (Refusal.message(), an IllegalArgumentException's
 * message) is a technical detail in English: ifg-rti has no phrasebook, and its sentences name
 * items, versions and rules of the instrument, not the table's work. The workflow says in each
 * language that the instrument refused (assessment.refused, assessment.invalid) and quotes the
 * detail as it is; in English the reason reads exactly as ifg-rti wrote it.
 */

/**
 * Scores assessments with ifg-rti against an instrument catalogue. Thread-safe (the catalogue is).
 */
@API(status = INTERNAL, since = "0.1")
public final class RtiScorer implements Scorer {
  private final Instruments catalogue;

  /**
   * Creates a scorer.
   *
   * @param catalogue the instruments to look up
   */
  public RtiScorer(Instruments catalogue) {
    this.catalogue = checkNotNull(catalogue, "catalogue");
  }

  @Override
  public Scored score(Command.Assess command, ProfessionalId assessor, LocalDate on) {
    Optional<Instrument> instrument = catalogue.find(command.instrument(), command.version());
    if (instrument.isEmpty()) {
      return Scored.refused(
          List.of(
              Reasons.reason(
                  ReasonCode.INVALID_INPUT,
                  "assessment.unknown-instrument",
                  command.instrument(),
                  command.version(),
                  catalogue.all().stream().map(Instrument::reference).toList())));
    }
    AnswerSet answers =
        new AnswerSet(
            instrument.get().id(),
            instrument.get().version(),
            on,
            assessor,
            command.answers(),
            command.override());
    AssessmentOutcome outcome;
    try {
      outcome = Assessments.score(instrument.get(), answers);
    } catch (IllegalArgumentException e) {
      return Scored.refused(
          List.of(
              Reasons.reason(
                  ReasonCode.INVALID_INPUT, "assessment.invalid", String.valueOf(e.getMessage()))));
    }
    if (outcome instanceof AssessmentOutcome.Scored s) {
      return Scored.of(s.assessment().toReference());
    }
    AssessmentOutcome.Refused refused = (AssessmentOutcome.Refused) outcome;
    return Scored.refused(
        refused.refusals().stream()
            .map(r -> Reasons.reason(code(r.reason()), "assessment.refused", r.message()))
            .collect(Collectors.toList()));
  }

  private static ReasonCode code(Refusal.Reason reason) {
    return reason == Refusal.Reason.RATIONALE_REQUIRED
        ? ReasonCode.RATIONALE_REQUIRED
        : ReasonCode.OVERRIDE_NOT_ALLOWED;
  }
}
