package be.ifg.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import be.ifg.domain.Language;
import be.ifg.domain.SignalCategory;
import be.ifg.domain.SignalId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SignalScreenProperties {
  private static final Pattern SPAN = Pattern.compile("characters (\\d+) to (\\d+) ");

  /** A party's name put anywhere in random text is refused, and one refused span covers it. */
  @Test
  void aPartysNameAnywhereInAnyTextIsCoveredByARefusedSpan() {
    Chains c = new Chains().registered();
    int[] n = {0};
    qt().withExamples(200)
        .forAll(
            strings().basicLatinAlphabet().ofLengthBetween(0, 200),
            integers().between(0, 1_000),
            integers().between(0, 2))
        .checkAssert(
            (noise, at, which) -> {
              String name = new String[] {"sara", "Tom", "KIM"}[which];
              int cut = noise.isEmpty() ? 0 : at % (noise.length() + 1);
              String text = noise.substring(0, cut) + " " + name + " " + noise.substring(cut);
              int first = cut + 2; // 1-based position of the name
              int last = cut + 1 + name.length();
              Decision d =
                  c.does(
                      Tables.AN,
                      new Command.RaiseSignal(
                          SignalId.of("p" + n[0]++), SignalCategory.OTHER, text));
              assertThat(d).as(text).isInstanceOf(Decision.Rejected.class);
              boolean covered =
                  ((Decision.Rejected) d)
                      .reasons().stream()
                          .filter(r -> r.code() == ReasonCode.SIGNAL_IDENTIFYING)
                          .map(r -> SPAN.matcher(r.message(Language.EN)))
                          .filter(Matcher::find)
                          .anyMatch(
                              m ->
                                  Integer.parseInt(m.group(1)) <= first
                                      && Integer.parseInt(m.group(2)) >= last);
              assertThat(covered).as(text + " -> " + d).isTrue();
            });
  }
}
