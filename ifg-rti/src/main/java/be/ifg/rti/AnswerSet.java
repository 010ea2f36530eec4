package be.ifg.rti;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import be.ifg.domain.ProfessionalId;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The answers of one assessment: for which instrument, on which date, by whom, the answer per item
 * and an optional override. An item without an entry is missing, as is one answered {@link
 * Answer.Unknown}.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param instrumentId the instrument's id
 * @param instrumentVersion the instrument's version
 * @param assessedAt the date the assessment speaks for (event windows end on it)
 * @param assessor who assessed
 * @param answers item id → answer
 * @param override a professional-judgement override, or {@code null}
 */
@API(status = STABLE, since = "0.1")
public record AnswerSet(
    String instrumentId,
    String instrumentVersion,
    LocalDate assessedAt,
    ProfessionalId assessor,
    Map<String, Answer> answers,
    @Nullable OverrideRequest override) {

  /** Checks every part is present and copies the answers. */
  public AnswerSet {
    checkNotNull(instrumentId, "instrumentId must not be null");
    checkNotNull(instrumentVersion, "instrumentVersion must not be null");
    checkNotNull(assessedAt, "assessedAt must not be null");
    checkNotNull(assessor, "assessor must not be null");
    answers = ImmutableMap.copyOf(answers);
  }

  /**
   * An answer set for {@code instrument} without override.
   *
   * @param instrument the instrument answered
   * @param assessedAt the date the assessment speaks for
   * @param assessor who assessed
   * @param answers item id → answer
   * @return the answer set
   */
  public static AnswerSet of(
      Instrument instrument,
      LocalDate assessedAt,
      ProfessionalId assessor,
      Map<String, Answer> answers) {
    return new AnswerSet(
        instrument.id(), instrument.version(), assessedAt, assessor, answers, null);
  }

  /**
   * This answer set with an override.
   *
   * @param request the override, or {@code null} for none
   * @return a copy with the override
   */
  public AnswerSet withOverride(@Nullable OverrideRequest request) {
    return new AnswerSet(instrumentId, instrumentVersion, assessedAt, assessor, answers, request);
  }

  /**
   * The answer to an item, or empty when there is none (the item is missing).
   *
   * @param itemId the item's id
   * @return the answer
   */
  public Optional<Answer> answer(String itemId) {
    return Optional.ofNullable(answers.get(itemId));
  }
}
