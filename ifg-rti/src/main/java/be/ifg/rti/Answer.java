package be.ifg.rti;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * One answer to one item. Which kinds an item accepts depends on its {@link ItemType}; {@link
 * Unknown} and {@link NotApplicable} are special answers any item may receive (the latter only
 * where the item allows it).
 *
 * <p>Instances are immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1")
public sealed interface Answer
    permits Answer.YesNo,
        Answer.Ordinal,
        Answer.Choice,
        Answer.Count,
        Answer.Events,
        Answer.NotApplicable,
        Answer.Unknown {

  /**
   * The answer as text: {@code YES}, {@code NO}, the number, the option value, the dates joined by
   * commas, {@code NOT_APPLICABLE} or {@code UNKNOWN}.
   */
  String text();

  /** Whether this answer makes its item missing ({@link Unknown}). */
  default boolean isMissing() {
    return this instanceof Unknown;
  }

  /** {@code YES}. */
  static Answer yes() {
    return new YesNo(true);
  }

  /** {@code NO}. */
  static Answer no() {
    return new YesNo(false);
  }

  /**
   * An ordinal rating.
   *
   * @param value the rating, zero or more
   * @return the answer
   * @throws IllegalArgumentException if {@code value} is negative
   */
  static Answer ordinal(int value) {
    return new Ordinal(value);
  }

  /**
   * A chosen option.
   *
   * @param value the option's value
   * @return the answer
   * @throws IllegalArgumentException if {@code value} is blank
   */
  static Answer choice(String value) {
    return new Choice(value);
  }

  /**
   * A count.
   *
   * @param value the count, zero or more
   * @return the answer
   * @throws IllegalArgumentException if {@code value} is negative
   */
  static Answer count(int value) {
    return new Count(value);
  }

  /**
   * A list of event dates.
   *
   * @param dates the dates, in any order
   * @return the answer
   */
  static Answer events(LocalDate... dates) {
    return new Events(Arrays.asList(dates));
  }

  /** {@code NOT_APPLICABLE}. */
  static Answer notApplicable() {
    return new NotApplicable();
  }

  /** {@code UNKNOWN}: the item is missing. */
  static Answer unknown() {
    return new Unknown();
  }

  /**
   * A yes/no answer.
   *
   * @param yes whether the answer is YES
   */
  record YesNo(boolean yes) implements Answer {
    @Override
    public String text() {
      return yes ? "YES" : "NO";
    }
  }

  /**
   * An ordinal rating.
   *
   * @param value the rating, zero or more
   */
  record Ordinal(int value) implements Answer {
    /** Checks the rating is not negative. */
    public Ordinal {
      checkArgument(value >= 0, "ordinal answer must be >= 0: %s", value);
    }

    @Override
    public String text() {
      return Integer.toString(value);
    }
  }

  /**
   * A chosen option.
   *
   * @param value the option's value
   */
  record Choice(String value) implements Answer {
    /** Checks the value is not blank. */
    public Choice {
      checkNotNull(value, "value must not be null");
      checkArgument(!value.isBlank(), "choice answer must not be blank");
    }

    @Override
    public String text() {
      return value;
    }
  }

  /**
   * A count.
   *
   * @param value the count, zero or more
   */
  record Count(int value) implements Answer {
    /** Checks the count is not negative. */
    public Count {
      checkArgument(value >= 0, "count answer must be >= 0: %s", value);
    }

    @Override
    public String text() {
      return Integer.toString(value);
    }
  }

  /**
   * A list of event dates.
   *
   * @param dates the dates as given (duplicates count as separate events)
   */
  record Events(List<LocalDate> dates) implements Answer {
    /** Copies the dates. */
    public Events {
      dates = ImmutableList.copyOf(dates);
    }

    @Override
    public String text() {
      return dates.stream().map(LocalDate::toString).collect(Collectors.joining(","));
    }
  }

  /** The item does not apply (allowed only where the item says so). */
  record NotApplicable() implements Answer {
    @Override
    public String text() {
      return "NOT_APPLICABLE";
    }
  }

  /** The answer is not known: the item is missing. */
  record Unknown() implements Answer {
    @Override
    public String text() {
      return "UNKNOWN";
    }
  }
}
