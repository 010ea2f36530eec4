package be.ifg.rti;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One question of an instrument: how it is answered and how its answer becomes points.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param id the item's id, unique within the instrument ({@code [a-z0-9-]+})
 * @param type how the item is answered
 * @param label localized text (language tag → text); empty for a structure-only definition
 * @param weight the multiplier of a YES_NO, ORDINAL, COUNT or EVENTS item (zero or more; unused for
 *     CHOICE)
 * @param critical whether the item triggers {@code ANY_CRITICAL} rules
 * @param options the possible ratings of an ORDINAL item (empty for other types)
 * @param choices the options of a CHOICE item (empty for other types)
 * @param cap the count above which a COUNT item adds nothing, or {@code null} for none
 * @param notApplicableAllowed whether {@code NOT_APPLICABLE} is an allowed answer
 */
@API(status = STABLE, since = "0.1")
public record Item(
    String id,
    ItemType type,
    Map<String, String> label,
    BigDecimal weight,
    boolean critical,
    List<Integer> options,
    List<ChoiceOption> choices,
    @Nullable Integer cap,
    boolean notApplicableAllowed) {

  /** Validates the item's structure. */
  public Item {
    checkNotNull(id, "id must not be null");
    checkNotNull(type, "type of item %s must not be null", id);
    checkNotNull(weight, "weight of item %s must not be null", id);
    checkArgument(weight.signum() >= 0, "weight of item %s must be >= 0: %s", id, weight);
    label = ImmutableMap.copyOf(label);
    options = ImmutableList.copyOf(options);
    choices = ImmutableList.copyOf(choices);
    checkArgument(
        (type == ItemType.ORDINAL) == !options.isEmpty(),
        "item %s: options must be given for an ORDINAL item and only for it: %s",
        id,
        options);
    checkArgument(
        (type == ItemType.CHOICE) == !choices.isEmpty(),
        "item %s: choices must be given for a CHOICE item and only for it: %s",
        id,
        choices);
    checkArgument(
        cap == null || (type == ItemType.COUNT && cap >= 0),
        "item %s: cap must be >= 0 and only on a COUNT item: %s",
        id,
        cap);
    options.forEach(o -> checkArgument(o >= 0, "item %s: options must be >= 0: %s", id, o));
  }

  /**
   * The item's largest possible contribution, or empty when it has none (a COUNT without cap, an
   * EVENTS item).
   */
  public Optional<BigDecimal> maximum() {
    switch (type) {
      case YES_NO:
        return Optional.of(weight);
      case ORDINAL:
        return Optional.of(weight.multiply(BigDecimal.valueOf(Collections.max(options))));
      case CHOICE:
        return choices.stream().map(ChoiceOption::weight).max(BigDecimal::compareTo);
      case COUNT:
        return cap == null
            ? Optional.empty()
            : Optional.of(weight.multiply(BigDecimal.valueOf(cap.longValue())));
      case EVENTS:
      default:
        return Optional.empty();
    }
  }

  /**
   * The label in {@code language}, else in English, else any label, else the id.
   *
   * @param language a language tag such as {@code nl}
   * @return the text to show
   */
  public String label(String language) {
    if (label.containsKey(language)) {
      return label.get(language);
    }
    if (label.containsKey("en")) {
      return label.get("en");
    }
    return label.values().stream().findFirst().orElse(id);
  }

  /**
   * What is wrong with giving {@code answer} to this item, or empty when it is an acceptable
   * answer.
   *
   * @param answer the answer
   * @return a message saying what was given and what is expected, or empty
   */
  public Optional<String> problemWith(Answer answer) {
    checkNotNull(answer, "answer must not be null");
    if (answer instanceof Answer.Unknown) {
      return Optional.empty();
    }
    if (answer instanceof Answer.NotApplicable) {
      return notApplicableAllowed
          ? Optional.empty()
          : Optional.of("NOT_APPLICABLE is not allowed for item " + id + "; " + expectation());
    }
    switch (type) {
      case YES_NO:
        return answer instanceof Answer.YesNo ? Optional.empty() : wrongType(answer);
      case ORDINAL:
        if (!(answer instanceof Answer.Ordinal)) {
          return wrongType(answer);
        }
        int rating = ((Answer.Ordinal) answer).value();
        return options.contains(rating)
            ? Optional.empty()
            : Optional.of(rating + " is not an option of item " + id + "; " + expectation());
      case CHOICE:
        if (!(answer instanceof Answer.Choice)) {
          return wrongType(answer);
        }
        String value = ((Answer.Choice) answer).value();
        return choices.stream().anyMatch(c -> c.value().equals(value))
            ? Optional.empty()
            : Optional.of("'" + value + "' is not an option of item " + id + "; " + expectation());
      case COUNT:
        return answer instanceof Answer.Count ? Optional.empty() : wrongType(answer);
      case EVENTS:
      default:
        return answer instanceof Answer.Events ? Optional.empty() : wrongType(answer);
    }
  }

  /** What an answer to this item should look like, for messages. */
  public String expectation() {
    String special = notApplicableAllowed ? ", UNKNOWN or NOT_APPLICABLE" : " or UNKNOWN";
    switch (type) {
      case YES_NO:
        return "expected YES, NO" + special;
      case ORDINAL:
        return "expected one of "
            + options.stream().map(String::valueOf).collect(Collectors.joining(", "))
            + special;
      case CHOICE:
        return "expected one of "
            + choices.stream().map(ChoiceOption::value).collect(Collectors.joining(", "))
            + special;
      case COUNT:
        return "expected a whole number >= 0" + special;
      case EVENTS:
      default:
        return "expected a list of dates (yyyy-mm-dd)" + special;
    }
  }

  private Optional<String> wrongType(Answer answer) {
    return Optional.of("'" + answer.text() + "' does not fit item " + id + "; " + expectation());
  }
}
