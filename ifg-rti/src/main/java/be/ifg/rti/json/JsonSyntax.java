package be.ifg.rti.json;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Locale;
import org.apiguardian.api.API;
import tools.jackson.core.JacksonException;

/**
 * A JSON syntax error in the library's own words: what is wrong and what is expected, in one line,
 * never Jackson's text (which quotes the input). The readers of instruments, answers and wording
 * use it, and so can an application's own readers of JSON files (the {@code ifg} app's scenario
 * reader does). Stateless and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class JsonSyntax {
  private JsonSyntax() {}

  /**
   * What a syntax error of Jackson's means, in words a user can act on.
   *
   * @param e the error Jackson reported while reading
   * @return one line without any of the input's text, e.g. "expected a key in double quotes"
   */
  public static String inOurWords(JacksonException e) {
    String jackson = String.valueOf(e.getOriginalMessage());
    String lower = jackson.toLowerCase(Locale.ROOT);
    if (lower.contains("utf-8")
        || lower.contains("utf8")
        || lower.contains("surrogate")
        || lower.contains("ucs-4")
        || lower.contains("endianness")
        || lower.contains("encoding")) {
      return "the text is not UTF-8; expected JSON in UTF-8";
    }
    if (lower.contains("non-standard token")
        || jackson.contains("'NaN'")
        || jackson.contains("Infinity'")) {
      return "NaN and Infinity are not JSON numbers; expected a number such as 1 or 2.5";
    }
    if (lower.contains("unrecognized token")) {
      return "an unquoted word; expected a string in double quotes, a number, true, false or null";
    }
    if (lower.contains("leading zero")) {
      return "a number has a leading zero; expected e.g. 7, not 07";
    }
    if (lower.contains("numeric value") || lower.contains("invalid number")) {
      return "a number is not written as JSON requires; expected e.g. 7, -2 or 2.5e3";
    }
    if (lower.contains("control character") || lower.contains("illegal unquoted character")) {
      return "a control character in a string must be escaped (e.g. \\n, \\t)";
    }
    if (lower.contains("escape")) {
      return "a string has an invalid escape; expected one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX";
    }
    if (lower.contains("end-of-input") || lower.contains("end of input")) {
      return "the text ends too early; a value, ] or } is missing";
    }
    if (lower.contains("double-quote") || lower.contains("property name")) {
      return "expected a key in double quotes";
    }
    if (lower.contains("comma") || lower.contains("separator")) {
      return "expected a comma between values, or a closing ] or }";
    }
    if (lower.contains("colon")) {
      return "expected a colon after a key";
    }
    return "unexpected text; expected a JSON value (object, array, string, number, true, false or null)";
  }
}
