package be.ifg.web;

import static org.assertj.core.api.Assertions.assertThat;

import be.ifg.domain.DossierStatus;
import be.ifg.domain.Language;
import be.ifg.workflow.Lifecycle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LifecycleDiagramTests {
  private static final Lifecycle LIFECYCLE = Lifecycle.standard();

  @Test
  void marksTheCurrentStateAndNoOtherAndDrawsEveryStateInTheLanguage() {
    for (Language language : Language.values()) {
      for (DossierStatus current : DossierStatus.values()) {
        String svg = LifecycleDiagram.svg(LIFECYCLE, current, language);
        Matcher marked =
            Pattern.compile("<g class=\"state current[^\"]*\">.*?<text[^>]*>▶ ([^<]*)</text>")
                .matcher(svg);
        assertThat(marked.find()).as("%s marked", current).isTrue();
        assertThat(marked.group(1)).isEqualTo(current.label(language).replace("'", "&#39;"));
        assertThat(marked.find()).as("only %s marked", current).isFalse();
        for (DossierStatus s : LIFECYCLE.states()) {
          assertThat(svg).contains(s.label(language).replace("'", "&#39;"));
        }
        assertThat(svg).doesNotContain("style=", "<script");
      }
    }
  }

  @Test
  void highlightsExactlyTheTransitionsThatLeaveTheCurrentState() {
    DossierStatus current = DossierStatus.REGISTERED;
    String svg = LifecycleDiagram.svg(LIFECYCLE, current, Language.EN);
    long leaving =
        LIFECYCLE.transitions().stream()
            .filter(t -> t.changesState() && t.from() == current)
            .count();
    assertThat(leaving).isPositive();
    assertThat(svg.split("class=\"transition from-current\"", -1)).hasSize((int) leaving + 1);
  }

  @Test
  void withoutAKnownStateNothingIsMarked() {
    String svg = LifecycleDiagram.svg(LIFECYCLE, null, Language.NL);
    assertThat(svg).doesNotContain("current", "▶");
  }
}
