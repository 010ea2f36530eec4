package be.ifg.rti;

import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * Thrown by {@link Parsed#orElseThrow()} when input was readable but invalid; carries every problem
 * found.
 */
@API(status = STABLE, since = "0.1")
public final class InvalidInputException extends RtiException {
  private static final long serialVersionUID = 1L;

  @SuppressWarnings("serial") // an immutable list of records
  private final ImmutableList<Problem> problems;

  /**
   * Creates the exception.
   *
   * @param problems every problem found, at least one
   */
  public InvalidInputException(List<Problem> problems) {
    super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")), null);
    this.problems = ImmutableList.copyOf(problems);
  }

  /** Every problem found, in the order they were found. */
  public List<Problem> problems() {
    return problems;
  }
}
