package be.ifg.rti;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * One thing wrong with an input: where it is and what was expected.
 *
 * @param source the file name or resource the problem is in (e.g. {@code demo.json})
 * @param path the JSON path of the offending value, e.g. {@code $.sections[0].items[2].options}
 * @param message what is wrong and what is expected, for a person to read
 * @param line the line of the offending value in the source, from 1; 0 when not known (a problem
 *     found in a tree that was not read from text, or in a whole document)
 * @param column the column of the offending value in its line, from 1; 0 when not known
 */
@API(status = STABLE, since = "0.1")
public record Problem(String source, String path, String message, int line, int column) {
  /**
   * Validates the problem: all parts present, path starting with {@code $}, line and column not
   * negative and both known or both unknown.
   */
  public Problem {
    checkNotNull(source, "source must not be null");
    checkNotNull(path, "path must not be null");
    checkNotNull(message, "message must not be null");
    checkArgument(path.startsWith("$"), "path must start with $: '%s'", path);
    checkArgument(!message.isBlank(), "message must not be blank");
    checkArgument(line >= 0 && column >= 0, "line and column must not be negative");
    checkArgument((line == 0) == (column == 0), "line and column are both known or both unknown");
  }

  /**
   * A problem whose place in the text is not known.
   *
   * @param source the file name or resource the problem is in
   * @param path the JSON path of the offending value
   * @param message what is wrong and what is expected
   */
  public Problem(String source, String path, String message) {
    this(source, path, message, 0, 0);
  }

  /**
   * The problem as one line: {@code source: path: message}, or {@code source: path at line L,
   * column C: message} when the place in the text is known.
   */
  @Override
  public String toString() {
    return source
        + ": "
        + path
        + (line == 0 ? "" : " at line " + line + ", column " + column)
        + ": "
        + message;
  }
}
