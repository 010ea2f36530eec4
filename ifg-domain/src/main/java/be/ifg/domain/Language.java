package be.ifg.domain;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * The languages the library speaks: Dutch, French and English. Belgium's chain partners work in all
 * three; every label, guard, reason and rule sentence of the library exists in each (see {@link
 * Phrasebook}).
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum Language {
  /** Dutch ({@code nl}), the working language of the Flemish case tables. */
  NL("nl"),
  /** French ({@code fr}), the working language of the Walloon and many Brussels tables. */
  FR("fr"),
  /** English ({@code en}), the language of the code, the documentation and the logs. */
  EN("en");

  private final String tag;

  Language(String tag) {
    this.tag = tag;
  }

  /**
   * The language's tag as files and command lines spell it: {@code nl}, {@code fr} or {@code en}.
   */
  public String tag() {
    return tag;
  }

  /** The language with this tag, if the library speaks it; the tag is matched exactly. */
  public static Optional<Language> find(String tag) {
    checkNotNull(tag, "tag");
    for (Language language : values()) {
      if (language.tag.equals(tag)) {
        return Optional.of(language);
      }
    }
    return Optional.empty();
  }

  /**
   * The language with this tag.
   *
   * @throws IllegalArgumentException if the library does not speak it; the message lists the tags
   *     it does speak
   */
  public static Language of(String tag) {
    return find(tag)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown language '" + shown(tag) + "'; expected one of " + tags()));
  }

  /** The tags of every language, in order: {@code nl, fr, en}. */
  public static String tags() {
    return Arrays.stream(values()).map(Language::tag).collect(Collectors.joining(", "));
  }

  /** A refused tag as an error message may quote it: at most 16 printable characters. */
  private static String shown(String tag) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < tag.length() && out.length() < 16; i++) {
      char c = tag.charAt(i);
      out.append(c >= 0x20 && c < 0x7f ? c : '?');
    }
    return tag.length() > 16 ? out + "…" : out.toString();
  }
}
