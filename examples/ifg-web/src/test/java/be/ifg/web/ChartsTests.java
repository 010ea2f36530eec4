package be.ifg.web;

import static org.assertj.core.api.Assertions.assertThat;

import be.ifg.workflow.SteeringReport;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartsTests {
  @Test
  void suppressedCountsAreGreyBarsOfOneLengthWithTheirMarkAndShownOnesScale() {
    String svg =
        Charts.bars(
            "t <&>",
            List.of(
                new Charts.Bar("ten", new SteeringReport.Shown(10)),
                new Charts.Bar("five", new SteeringReport.Shown(5)),
                new Charts.Bar("small", new SteeringReport.Suppressed(SteeringReport.Mark.SMALL)),
                new Charts.Bar(
                    "hidden", new SteeringReport.Suppressed(SteeringReport.Mark.HIDDEN))),
            5);
    assertThat(svg)
        .startsWith("<svg")
        .contains("<title>t &lt;&amp;&gt;</title>")
        .contains("class=\"bar\" x=\"220\" y=\"5\" width=\"" + Charts.BAR_W + "\"")
        .contains("width=\"" + Charts.BAR_W / 2 + "\"")
        .contains(">&lt; 5</text>", ">x</text>")
        .doesNotContain("style");
    assertThat(svg.split("class=\"suppressed\"")).hasSize(3);
    assertThat(svg).contains("class=\"suppressed\" x=\"220\" y=\"49\" width=\"16\"");
  }

  @Test
  void aChartOfZerosDrawsNoBarLongerThanNothing() {
    String svg = Charts.bars("z", List.of(new Charts.Bar("none", new SteeringReport.Shown(0))), 5);
    assertThat(svg).contains("width=\"0\"", ">0</text>");
  }
}
