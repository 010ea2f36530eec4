package be.ifg.domain;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A sentence or a name in every {@link Language}: either a key of a {@link Phrasebook} with its
 * arguments, written when first read in a language, or words an application gives in all three
 * languages ({@link #of}). Reasons, guards and rule findings carry phrases, so one decision can be
 * shown in Dutch to one reader and in French to the next.
 *
 * <p>Two phrases are equal when they read the same in every language. {@link #toString()} is the
 * English text. Immutable and thread-safe (arguments are values: ids, labelled enums, numbers,
 * strings, other phrases).
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Phrase {
  private static final Language[] LANGUAGES = Language.values();

  private final @Nullable Phrasebook book;
  private final String key;
  private final Object[] arguments;
  private final @Nullable String[] texts;

  private Phrase(@Nullable Phrasebook book, String key, Object[] arguments, String[] texts) {
    this.book = book;
    this.key = key;
    this.arguments = arguments;
    this.texts = texts;
  }

  /** A phrase of a book; the book has checked the key and the number of arguments. */
  static Phrase of(Phrasebook book, String key, Object[] arguments) {
    return new Phrase(book, key, arguments, new String[LANGUAGES.length]);
  }

  /**
   * Words an application gives in the three languages, e.g. the finding of its own region rule.
   *
   * @throws IllegalArgumentException if a text is blank
   */
  public static Phrase of(String nl, String fr, String en) {
    String[] texts = new String[LANGUAGES.length];
    texts[Language.NL.ordinal()] = nonBlank(nl, "nl");
    texts[Language.FR.ordinal()] = nonBlank(fr, "fr");
    texts[Language.EN.ordinal()] = nonBlank(en, "en");
    return new Phrase(null, "", new Object[0], texts);
  }

  /**
   * Words an application gives by language.
   *
   * @throws IllegalArgumentException if a language is missing or a text is blank
   */
  public static Phrase of(Map<Language, String> texts) {
    EnumMap<Language, String> all = new EnumMap<>(checkNotNull(texts, "texts"));
    checkArgument(
        all.keySet().containsAll(Arrays.asList(LANGUAGES)),
        "a phrase needs a text in each of %s, has %s",
        Language.tags(),
        all.keySet());
    return of(all.get(Language.NL), all.get(Language.FR), all.get(Language.EN));
  }

  private static String nonBlank(@Nullable String text, String language) {
    checkArgument(text != null && !text.isBlank(), "the %s text must not be blank", language);
    return text;
  }

  /** The phrasebook key, or empty for words an application gave. */
  public Optional<String> key() {
    return book == null ? Optional.empty() : Optional.of(key);
  }

  /** The text in the language. */
  public String text(Language language) {
    checkNotNull(language, "language");
    int i = language.ordinal();
    String text = texts[i];
    if (text == null) {
      // Written once per language, when first read. Two threads reading first at the same time
      // both write it and get equal strings; the array slot is a benign race on an immutable value.
      text = java.util.Objects.requireNonNull(book).render(language, key, arguments);
      texts[i] = text;
    }
    return text;
  }

  /** An argument as it reads in the language: phrases and labels in that language. */
  static String render(Language language, @Nullable Object argument) {
    if (argument instanceof Phrase p) {
      return p.text(language);
    }
    if (argument instanceof Labelled l) {
      return l.label(language);
    }
    if (argument instanceof Iterable<?> values) {
      StringBuilder out = new StringBuilder();
      for (Object value : values) {
        if (out.length() > 0) {
          out.append(", ");
        }
        out.append(render(language, value));
      }
      return out.toString();
    }
    return String.valueOf(argument);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Phrase o)) {
      return false;
    }
    for (Language language : LANGUAGES) {
      if (!text(language).equals(o.text(language))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    return text(Language.EN).hashCode();
  }

  /** The English text. */
  @Override
  public String toString() {
    return text(Language.EN);
  }
}
