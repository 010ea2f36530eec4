package be.ifg.rti;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The outcome of reading or validating an input: either a valid value or every problem found.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param <T> the kind of value read
 */
@API(status = STABLE, since = "0.1")
public sealed interface Parsed<T> permits Parsed.Valid, Parsed.Invalid {

  /** Every problem found; empty when valid. */
  List<Problem> problems();

  /** Whether the input was valid. */
  default boolean isValid() {
    return this instanceof Valid;
  }

  /**
   * The valid value.
   *
   * @throws InvalidInputException listing every problem, when the input was invalid
   */
  T orElseThrow();

  /**
   * A valid input.
   *
   * @param value the value read
   * @param <T> the kind of value read
   */
  record Valid<T>(T value) implements Parsed<T> {
    /** Checks the value is present. */
    public Valid {
      checkNotNull(value, "value must not be null");
    }

    @Override
    public List<Problem> problems() {
      return List.of();
    }

    @Override
    public T orElseThrow() {
      return value;
    }
  }

  /**
   * An invalid input.
   *
   * @param problems every problem found, at least one
   * @param <T> the kind of value that could not be read
   */
  record Invalid<T>(List<Problem> problems) implements Parsed<T> {
    /** Checks there is at least one problem. */
    public Invalid {
      problems = ImmutableList.copyOf(problems);
      checkArgument(!problems.isEmpty(), "an invalid input must have at least one problem");
    }

    @Override
    public T orElseThrow() {
      throw new InvalidInputException(problems);
    }
  }

  /**
   * A valid outcome.
   *
   * @param value the value
   * @param <T> the kind of value
   * @return the outcome
   */
  static <T> Parsed<T> valid(T value) {
    return new Valid<>(value);
  }

  /**
   * An invalid outcome.
   *
   * @param problems the problems, at least one
   * @param <T> the kind of value
   * @return the outcome
   * @throws IllegalArgumentException if there are no problems
   */
  static <T> Parsed<T> invalid(List<Problem> problems) {
    return new Invalid<>(problems);
  }
}
