package be.ifg.domain;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The words of one module: three bundles, {@code NAME_nl.properties}, {@code NAME_fr.properties}
 * and {@code NAME_en.properties}, read as UTF-8, that hold a text for every key in each {@link
 * Language}. A text may take arguments, written {@code {0}}, {@code {1}}, … and nothing else is
 * special: apostrophes and braces that are not a placeholder are kept as written (unlike {@link
 * java.text.MessageFormat}, whose quoting French would trip over).
 *
 * <p>Loading checks the three bundles against each other: the same keys, no blank text, the same
 * placeholders in each language. A module loads its book once, in a static field, so a missing word
 * fails the first test that touches the module, not a user in production. There is no fall-back to
 * another language or to the machine's locale.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Phrasebook {
  private final String name;
  private final ImmutableMap<Language, ImmutableMap<String, String>> texts;
  private final ImmutableMap<String, Integer> arity;

  private Phrasebook(
      String name,
      ImmutableMap<Language, ImmutableMap<String, String>> texts,
      ImmutableMap<String, Integer> arity) {
    this.name = name;
    this.texts = texts;
    this.arity = arity;
  }

  /**
   * Loads a module's book. The opener is the module's own resource lookup, e.g. {@code n ->
   * Words.class.getResourceAsStream(n)}, written in the module so that the module reads its own
   * (encapsulated) resources.
   *
   * @param name the bundles' base name, e.g. {@code words}
   * @param opener opens {@code NAME_TAG.properties}, or gives {@code null} if there is none
   * @throws IllegalStateException if a bundle is missing or unreadable, a key is missing in one
   *     language, a text is blank, or the languages disagree on a text's placeholders
   */
  public static Phrasebook load(String name, Function<String, @Nullable InputStream> opener) {
    checkNotNull(name, "name");
    checkNotNull(opener, "opener");
    EnumMap<Language, ImmutableMap<String, String>> byLanguage = new EnumMap<>(Language.class);
    for (Language language : Language.values()) {
      byLanguage.put(language, read(name, language, opener));
    }
    Set<String> keys = new TreeSet<>();
    byLanguage.values().forEach(m -> keys.addAll(m.keySet()));
    ImmutableMap.Builder<String, Integer> arity = ImmutableMap.builder();
    for (String key : keys) {
      Set<Integer> expected = null;
      for (Language language : Language.values()) {
        String text = byLanguage.get(language).get(key);
        if (text == null) {
          throw new IllegalStateException(file(name, language) + " has no text for '" + key + "'");
        }
        if (text.isBlank()) {
          throw new IllegalStateException(
              file(name, language) + " has a blank text for '" + key + "'");
        }
        Set<Integer> found = placeholders(text);
        if (expected == null) {
          expected = found;
        } else if (!expected.equals(found)) {
          throw new IllegalStateException(
              file(name, language)
                  + ": '"
                  + key
                  + "' has placeholders "
                  + found
                  + ", the other languages "
                  + expected);
        }
      }
      int n = expected.isEmpty() ? 0 : ((TreeSet<Integer>) expected).last() + 1;
      if (n != expected.size()) {
        throw new IllegalStateException(
            file(name, Language.EN) + ": '" + key + "' skips a placeholder: " + expected);
      }
      arity.put(key, n);
    }
    return new Phrasebook(name, ImmutableMap.copyOf(byLanguage), arity.buildOrThrow());
  }

  private static String file(String name, Language language) {
    return name + "_" + language.tag() + ".properties";
  }

  private static ImmutableMap<String, String> read(
      String name, Language language, Function<String, @Nullable InputStream> opener) {
    String file = file(name, language);
    Properties properties = new OnceEach(file);
    try (InputStream in = opener.apply(file)) {
      if (in == null) {
        throw new IllegalStateException("no bundle " + file);
      }
      Reader reader =
          new InputStreamReader(
              in,
              StandardCharsets.UTF_8
                  .newDecoder()
                  .onMalformedInput(CodingErrorAction.REPORT)
                  .onUnmappableCharacter(CodingErrorAction.REPORT));
      properties.load(reader);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read bundle " + file + ": " + e.getMessage(), e);
    }
    ImmutableMap.Builder<String, String> texts = ImmutableMap.builder();
    for (String key : new TreeSet<>(properties.stringPropertyNames())) {
      texts.put(key, properties.getProperty(key));
    }
    return texts.buildOrThrow();
  }

  /**
   * Properties that refuse a key given twice: {@link Properties#load} would keep the last text
   * silently, so two features (or a merge) giving one key two meanings would swap words unseen.
   */
  private static final class OnceEach extends Properties {
    private static final long serialVersionUID = 1L;
    private final String file;

    OnceEach(String file) {
      this.file = file;
    }

    @Override
    public synchronized @Nullable Object put(Object key, Object value) {
      Object before = super.put(key, value);
      if (before != null) {
        throw new IllegalStateException(file + " gives '" + key + "' twice");
      }
      return null;
    }
  }

  /** The placeholders {@code {0}} … {@code {9}} a text uses. */
  private static Set<Integer> placeholders(String text) {
    TreeSet<Integer> found = new TreeSet<>();
    for (int i = 0; i + 2 < text.length(); i++) {
      if (text.charAt(i) == '{' && isDigit(text.charAt(i + 1)) && text.charAt(i + 2) == '}') {
        found.add(text.charAt(i + 1) - '0');
      }
    }
    return found;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Every key of the book, in every language. */
  public Set<String> keys() {
    return arity.keySet();
  }

  /** Whether the book has words for the key. */
  public boolean has(String key) {
    return arity.containsKey(key);
  }

  /**
   * The phrase for a key with its arguments, written in a language when first read. Arguments that
   * are {@link Phrase}s or {@link Labelled} values are written in the phrase's language; an {@code
   * Iterable} as its elements joined by commas; anything else with {@code String.valueOf}.
   *
   * @throws IllegalArgumentException if the book has no such key, or the number of arguments is not
   *     the number of placeholders of its text
   */
  public Phrase phrase(String key, Object... arguments) {
    Integer n = arity.get(checkNotNull(key, "key"));
    checkArgument(n != null, "%s has no key '%s'", name, key);
    checkArgument(
        n == arguments.length,
        "%s: '%s' takes %s arguments, not %s",
        name,
        key,
        n,
        arguments.length);
    return Phrase.of(this, key, arguments.clone());
  }

  /** The text for a key in a language, with its arguments; shorthand for {@code phrase(…).text}. */
  public String text(Language language, String key, Object... arguments) {
    return phrase(key, arguments).text(language);
  }

  /**
   * The label of an enum constant, keyed {@code Type.CONSTANT} (the constant's declaring class's
   * simple name, a dot, the constant's name), e.g. {@code DossierStatus.CLOSED}.
   *
   * @throws IllegalArgumentException if the book has no label for the constant
   */
  public String label(Enum<?> constant, Language language) {
    checkNotNull(constant, "constant");
    return text(language, constant.getDeclaringClass().getSimpleName() + "." + constant.name());
  }

  /** Writes a text; the key and arguments were checked when the phrase was made. */
  String render(Language language, String key, Object[] arguments) {
    String text = texts.get(language).get(key);
    if (arguments.length == 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16 * arguments.length);
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '{'
          && i + 2 < text.length()
          && isDigit(text.charAt(i + 1))
          && text.charAt(i + 2) == '}') {
        out.append(Phrase.render(language, arguments[text.charAt(i + 1) - '0']));
        i += 3;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return "Phrasebook[" + name + ", " + keys().size() + " keys]";
  }
}
