package be.ifg.workflow.internal;

import static com.google.common.base.Preconditions.checkNotNull;

import be.ifg.domain.Dossier;
import be.ifg.domain.Party;
import com.google.common.collect.ImmutableList;
import java.text.Normalizer;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/*
 * How a policy signal's text is screened for a person.
 *
 * A beleidssignaal goes up from the case table to the steering group and must never identify a
 * person. The screen finds the spans of a text that could, of five kinds:
 *
 *   PARTY    a party id of one of this table's dossiers (the only name the domain records: a Party
 *            has an id, a role and a birth year, no name or address). Matched on the folded text
 *            (lower case, accents removed: "Sára" is "sara") at word boundaries: the characters
 *            before and after are not letters or digits, so "kim" is not found in "kimono". Ids of
 *            one character are not screened (they would refuse every "a"). Birth years are not
 *            screened on their own: a year alone ("the 2026 budget") identifies nobody; a full
 *            date is caught by DATE below.
 *   NATIONAL_NUMBER  a Belgian national register number (rijksregisternummer): YY.MM.DD-XXX.CC,
 *            birth date, serial number (odd for men, even for women) and a check number. The
 *            check is 97 minus the remainder of the first nine digits divided by 97; for people
 *            born from 2000 on, 2 is put before the nine digits first. Source: the royal decree
 *            of 3 April 1984 on the composition of the identification number of persons in the
 *            National Register (KB 3 april 1984 betreffende de samenstelling van het
 *            identificatienummer), as explained by the Rijksregister (FOD Binnenlandse Zaken) and
 *            https://nl.wikipedia.org/wiki/Rijksregisternummer; month and day may be 00 when the
 *            birth date is unknown. Our choice: eleven digits with or without
 *            separators are refused when the check holds (so an order number of eleven digits
 *            passes); the official written form YY.MM.DD-XXX.CC is refused even when the check
 *            fails, because a mistyped number still points at a person. Bis numbers (month + 20
 *            or + 40) are numbers too.
 *   PHONE    a Belgian phone number: +32, 0032 or 0, then 8 or 9 digits (fixed lines have 8 after
 *            the 0, mobiles 9), which may be grouped by spaces, dots, slashes or hyphens.
 *   ADDRESS  a street address: a word ending in a Dutch street suffix (straat, laan, steenweg,
 *            ...) followed by a house number ("Kerkstraat 5", "Kerkstraat 5a"), or a French street
 *            word (rue, avenue, chaussée, ...) followed within five words, one of them with a
 *            capital, by one ("rue de la Loi 16"; "mis en place depuis 3 mois" passes), or a
 *            number followed by a French street word ("16 rue de la Loi"). A street without a
 *            number ("Kerkstraat") passes: it names a place, not a home. English forms ("12 Baker
 *            Street") are not screened.
 *   DATE     a date that may be a birth date: dd/mm/yyyy (also with dots or hyphens) and
 *            yyyy-mm-dd, with a plausible day, month and year (1900-2099).
 *
 * Cost: the text is bounded first (MAX_LENGTH, refused before any pattern runs). Folding is one
 * pass. Party ids are looked up at word starts only, by the first character, and compared in
 * place. The number patterns are regular expressions whose every quantifier is bounded and
 * which have no nested repetition: one attempt at a position reads at most a constant number of
 * characters (under 40), so a whole scan is linear in the text. The address scan walks the words
 * once, looking at most six words ahead. Nothing backtracks over the whole text.
 */

/** Finds the spans of a policy signal's text that could identify a person. Thread-safe. */
final class SignalScreen {

  /** The longest text the screen reads; a longer signal is refused before any pattern runs. */
  static final int MAX_LENGTH = 2_000;

  /** The most spans a refusal names one by one; the rest are counted. */
  static final int MAX_REPORTED = 10;

  /** What a span is. */
  enum Kind {
    PARTY,
    NATIONAL_NUMBER,
    PHONE,
    ADDRESS,
    DATE
  }

  /**
   * One span of the text, in character positions of the text as given.
   *
   * @param start the first character, from 0
   * @param end one past the last character
   * @param kind what it looks like
   */
  record Span(int start, int end, Kind kind) {}

  private static final Pattern NATIONAL_NUMBER =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}.])(\\d{2})([. ]?)(\\d{2})([. ]?)(\\d{2})([- ]?)(\\d{3})([. ]?)(\\d{2})"
              + "(?![\\p{L}\\p{N}])");

  private static final Pattern PHONE =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}+])(?:\\+ ?32|0032|0)(?:[ ./-]?\\d){8,9}(?![\\p{L}\\p{N}])");

  private static final Pattern DAY_FIRST =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4})(?![\\p{L}\\p{N}])");

  private static final Pattern YEAR_FIRST =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])(\\d{4})([/.-])(\\d{1,2})\\2(\\d{1,2})(?![\\p{L}\\p{N}])");

  /** Dutch street words end in these (Kerkstraat, Kortrijksesteenweg, Meir is not screened). */
  private static final ImmutableList<String> DUTCH_SUFFIXES =
      ImmutableList.of(
          "straat", "laan", "lei", "plein", "weg", "dreef", "kaai", "markt", "singel", "dijk",
          "baan", "vest", "kade", "gracht", "wegel");

  /** French street words, before the street's name (rue de la Loi, avenue Louise). */
  private static final ImmutableList<String> FRENCH_WORDS =
      ImmutableList.of(
          "rue",
          "avenue",
          "av",
          "chaussee",
          "place",
          "boulevard",
          "bd",
          "square",
          "quai",
          "allee",
          "chemin",
          "impasse",
          "route",
          "dreve",
          "clos",
          "rempart",
          "sentier");

  private static final int FRENCH_LOOKAHEAD = 6;

  /** Party ids by their first folded character, folded. */
  private final Map<Character, List<String>> ids;

  private SignalScreen(Map<Character, List<String>> ids) {
    this.ids = ids;
  }

  /** A screen that knows the parties of the given dossiers (the table's). */
  static SignalScreen of(Iterable<Dossier> dossiers) {
    checkNotNull(dossiers, "dossiers");
    Set<String> folded = new LinkedHashSet<>();
    for (Dossier d : dossiers) {
      for (Party p : d.clientSystem().parties()) {
        String id = new Folded(p.id().value()).text;
        if (id.length() >= 2) {
          folded.add(id);
        }
      }
    }
    Map<Character, List<String>> ids = new HashMap<>();
    for (String id : folded) {
      ids.computeIfAbsent(id.charAt(0), c -> new ArrayList<>()).add(id);
    }
    // the longest id first, so that "sara-lou" is found whole rather than as "sara"
    ids.values().forEach(l -> l.sort(Comparator.comparingInt(String::length).reversed()));
    return new SignalScreen(ids);
  }

  /**
   * The identifying spans of a text, in order, none overlapping another.
   *
   * @throws IllegalArgumentException if the text is longer than {@link #MAX_LENGTH}
   */
  List<Span> spans(String text) {
    checkNotNull(text, "text");
    if (text.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("a signal's text is at most " + MAX_LENGTH + " long");
    }
    List<Span> found = new ArrayList<>();
    parties(text, found);
    nationalNumbers(text, found);
    phones(text, found);
    dates(text, found);
    addresses(text, found);
    found.sort(Comparator.comparingInt(Span::start).thenComparing(s -> -(s.end() - s.start())));
    List<Span> kept = new ArrayList<>();
    int reached = 0;
    for (Span s : found) {
      if (s.start() >= reached) {
        kept.add(s);
        reached = s.end();
      }
    }
    return kept;
  }

  private void parties(String text, List<Span> found) {
    if (ids.isEmpty()) {
      return;
    }
    Folded f = new Folded(text);
    String t = f.text;
    for (int i = 0; i < t.length(); i++) {
      if (i > 0 && isWordChar(t.charAt(i - 1))) {
        continue;
      }
      List<String> candidates = ids.get(t.charAt(i));
      if (candidates == null) {
        continue;
      }
      for (String id : candidates) {
        int end = i + id.length();
        if (t.startsWith(id, i) && (end == t.length() || !isWordChar(t.charAt(end)))) {
          found.add(new Span(f.origin(i), f.originEnd(end), Kind.PARTY));
          i = end - 1;
          break;
        }
      }
    }
  }

  private static void nationalNumbers(String text, List<Span> found) {
    Matcher m = NATIONAL_NUMBER.matcher(text);
    while (m.find()) {
      String digits = m.group(1) + m.group(3) + m.group(5) + m.group(7) + m.group(9);
      boolean written =
          m.group(2).equals(".")
              && m.group(4).equals(".")
              && m.group(6).equals("-")
              && m.group(8).equals(".");
      if (written || nationalNumberChecks(digits)) {
        found.add(new Span(m.start(), m.end(), Kind.NATIONAL_NUMBER));
      }
    }
  }

  /**
   * Whether eleven digits are a national register number: a month of 0 to 12 (a bis number adds 20
   * or 40) and the check number of the rule above, for a birth before or from 2000.
   */
  static boolean nationalNumberChecks(String digits) {
    if (digits.length() != 11) {
      return false;
    }
    int month = Integer.parseInt(digits.substring(2, 4));
    if (month % 20 > 12 || month > 52) {
      return false;
    }
    long base = Long.parseLong(digits.substring(0, 9));
    int check = Integer.parseInt(digits.substring(9));
    return check == 97 - base % 97 || check == 97 - (2_000_000_000L + base) % 97;
  }

  private static void phones(String text, List<Span> found) {
    Matcher m = PHONE.matcher(text);
    while (m.find()) {
      found.add(new Span(m.start(), m.end(), Kind.PHONE));
    }
  }

  private static void dates(String text, List<Span> found) {
    Matcher m = DAY_FIRST.matcher(text);
    while (m.find()) {
      if (plausible(m.group(4), m.group(3), m.group(1))) {
        found.add(new Span(m.start(), m.end(), Kind.DATE));
      }
    }
    m = YEAR_FIRST.matcher(text);
    while (m.find()) {
      if (plausible(m.group(1), m.group(3), m.group(4))) {
        found.add(new Span(m.start(), m.end(), Kind.DATE));
      }
    }
  }

  private static boolean plausible(String year, String month, String day) {
    int y = Integer.parseInt(year);
    int mo = Integer.parseInt(month);
    int d = Integer.parseInt(day);
    return y >= 1900 && y <= 2099 && mo >= 1 && mo <= 12 && YearMonth.of(y, mo).isValidDay(d);
  }

  /**
   * A word or a house number (one to four digits, perhaps a letter: 5a) of the text, at its place
   * in the text as given; longer numbers are tokens that are neither.
   */
  private record Token(int start, int end, String folded, boolean number) {}

  private static void addresses(String text, List<Span> found) {
    List<Token> tokens = tokens(text);
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.number()) {
        // 16 rue de la Loi
        if (i + 1 < tokens.size() && FRENCH_WORDS.contains(tokens.get(i + 1).folded())) {
          // and the street's name: the words that follow, up to the lookahead or a punctuation
          int last = i + 1;
          while (last + 1 < tokens.size()
              && last + 1 <= i + FRENCH_LOOKAHEAD
              && !tokens.get(last + 1).number()
              && onlySpaceBetween(text, tokens.get(last), tokens.get(last + 1), false)) {
            last++;
          }
          found.add(new Span(t.start(), tokens.get(last).end(), Kind.ADDRESS));
        }
        continue;
      }
      if (FRENCH_WORDS.contains(t.folded())) {
        boolean named = false;
        for (int j = i + 1; j < tokens.size() && j <= i + FRENCH_LOOKAHEAD; j++) {
          Token next = tokens.get(j);
          if (next.number()) {
            if (named) {
              found.add(new Span(t.start(), next.end(), Kind.ADDRESS));
            }
            break;
          }
          named |= Character.isUpperCase(text.charAt(next.start()));
        }
      } else if (dutchStreet(t.folded()) && i + 1 < tokens.size()) {
        Token next = tokens.get(i + 1);
        if (next.number() && onlySpaceBetween(text, t, next, true)) {
          found.add(new Span(t.start(), next.end(), Kind.ADDRESS));
        }
      }
    }
  }

  private static boolean dutchStreet(String word) {
    for (String suffix : DUTCH_SUFFIXES) {
      if (word.endsWith(suffix)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether two tokens are at most three characters apart, spaces only (and a comma, if allowed).
   */
  private static boolean onlySpaceBetween(String text, Token a, Token b, boolean comma) {
    for (int k = a.end(); k < b.start(); k++) {
      char c = text.charAt(k);
      if (c != ' ' && c != '\u00a0' && (!comma || c != ',')) {
        return false;
      }
    }
    return b.start() - a.end() <= 3;
  }

  /**
   * The words (letters, with hyphens and apostrophes inside) and house numbers (digits, perhaps one
   * letter after) of a text, folded.
   */
  private static List<Token> tokens(String text) {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isDigit(c)) {
        int j = i;
        while (j < n && Character.isDigit(text.charAt(j))) {
          j++;
        }
        int digits = j - i;
        if (j < n
            && Character.isLetter(text.charAt(j))
            && (j + 1 == n || !isWordChar(text.charAt(j + 1)))) {
          j++;
        }
        boolean house = digits <= 4 && (j == n || !isWordChar(text.charAt(j)));
        tokens.add(new Token(i, j, house ? text.substring(i, j) : "", house));
        i = j;
      } else if (Character.isLetter(c)) {
        int j = i;
        while (j < n
            && (Character.isLetter(text.charAt(j))
                || isMark(text.charAt(j))
                || ((text.charAt(j) == '-' || text.charAt(j) == '\'')
                    && j + 1 < n
                    && Character.isLetter(text.charAt(j + 1))))) {
          j++;
        }
        tokens.add(new Token(i, j, new Folded(text.substring(i, j)).text, false));
        i = j;
      } else {
        i++;
      }
    }
    return tokens;
  }

  static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c);
  }

  private static boolean isMark(char c) {
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
  }

  /**
   * A text in lower case without accents, with the place of each of its characters in the text as
   * given: "Sa\u0301ra" and "Sára" both fold to "sara".
   */
  private static final class Folded {
    final String text;
    private final int[] origin;
    private final int length;

    Folded(String given) {
      StringBuilder out = new StringBuilder(given.length());
      int[] at = new int[given.length() + 1];
      for (int i = 0; i < given.length(); i++) {
        char c = given.charAt(i);
        if (isMark(c)) {
          continue;
        }
        char base = c;
        if (c > 0x7f && !Character.isSurrogate(c)) {
          String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
          base = d.charAt(0);
        }
        at[out.length()] = i;
        out.append(Character.toLowerCase(base));
      }
      this.text = out.toString();
      this.origin = at;
      this.length = given.length();
    }

    int origin(int folded) {
      return origin[folded];
    }

    /** The place in the given text just after the folded character before {@code folded}. */
    int originEnd(int folded) {
      if (folded >= text.length()) {
        return length;
      }
      return origin[folded];
    }
  }
}
