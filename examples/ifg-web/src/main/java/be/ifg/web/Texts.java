package be.ifg.web;

import be.ifg.domain.Language;
import be.ifg.domain.Phrasebook;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;

/**
 * The app's own words ({@code be/ifg/web/words_{nl,fr,en}.properties}, a library {@link
 * Phrasebook}: loading checks that the three languages agree on keys and placeholders) as Spring's
 * message source, so a template writes {@code #{agenda.title}}. The library's words (states,
 * reasons, rules, labels) come from the library's own bundles, asked in the page's language.
 */
final class Texts implements MessageSource {
  static final Phrasebook BOOK = Phrasebook.load("words", n -> Texts.class.getResourceAsStream(n));

  /** The page's language: the locale's, when it is one of the three; Dutch otherwise. */
  static Language language(@Nullable Locale locale) {
    if (locale == null) {
      return Language.NL;
    }
    return Language.find(locale.getLanguage()).orElse(Language.NL);
  }

  @Override
  public @Nullable String getMessage(
      String code, Object @Nullable [] args, @Nullable String defaultMessage, Locale locale) {
    return find(code, args, locale).orElse(defaultMessage);
  }

  @Override
  public String getMessage(String code, Object @Nullable [] args, Locale locale) {
    return find(code, args, locale).orElseThrow(() -> new NoSuchMessageException(code, locale));
  }

  @Override
  public String getMessage(MessageSourceResolvable resolvable, Locale locale) {
    String[] codes = resolvable.getCodes();
    if (codes != null) {
      for (String code : codes) {
        Optional<String> text = find(code, resolvable.getArguments(), locale);
        if (text.isPresent()) {
          return text.get();
        }
      }
    }
    String fallback = resolvable.getDefaultMessage();
    if (fallback != null) {
      return fallback;
    }
    throw new NoSuchMessageException(codes == null ? "" : String.join(",", codes), locale);
  }

  private static Optional<String> find(String code, Object @Nullable [] args, Locale locale) {
    if (!BOOK.has(code)) {
      return Optional.empty();
    }
    Object[] written = args == null ? new Object[0] : args.clone();
    for (int i = 0; i < written.length; i++) {
      written[i] = String.valueOf(written[i]);
    }
    return Optional.of(BOOK.text(language(locale), code, written));
  }
}
