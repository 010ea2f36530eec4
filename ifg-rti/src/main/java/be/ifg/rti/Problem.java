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
 */
@API(status = STABLE, since = "0.1")
public record Problem(String source, String path, String message) {
  /** Validates the problem: all parts present, path starting with {@code $}. */
  public Problem {
    checkNotNull(source, "source must not be null");
    checkNotNull(path, "path must not be null");
    checkNotNull(message, "message must not be null");
    checkArgument(path.startsWith("$"), "path must start with $: '%s'", path);
    checkArgument(!message.isBlank(), "message must not be blank");
  }

  /** The problem as {@code source: path: message}. */
  @Override
  public String toString() {
    return source + ": " + path + ": " + message;
  }
}
