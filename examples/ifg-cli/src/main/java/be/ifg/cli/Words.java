package be.ifg.cli;

import be.ifg.domain.Language;
import be.ifg.domain.Phrasebook;
import org.jspecify.annotations.Nullable;

/**
 * The app's own words: its headings, walk-through lines, summaries and messages, in {@code
 * be/ifg/cli/words_nl.properties}, {@code words_fr.properties} and {@code words_en.properties}. The
 * library's words (reason messages, rule sentences, state labels) come from the library.
 *
 * <p>The English texts are the app's output as it was before it spoke three languages, byte for
 * byte: the tests and the documentation quote them.
 */
final class Words {
  /** The book; loading checks that the three languages agree on keys and placeholders. */
  static final Phrasebook BOOK = Phrasebook.load("words", n -> Words.class.getResourceAsStream(n));

  private Words() {}

  /**
   * The text for a key in a language, with its arguments. Each argument is written as {@code
   * String.valueOf} writes it, so a state or a category appears by its code, as in the English
   * output of old; where a line shows a label, it asks the value for it in the language.
   */
  static String text(Language language, String key, @Nullable Object... arguments) {
    Object[] written = new Object[arguments.length];
    for (int i = 0; i < arguments.length; i++) {
      written[i] = String.valueOf(arguments[i]);
    }
    return BOOK.text(language, key, written);
  }
}
