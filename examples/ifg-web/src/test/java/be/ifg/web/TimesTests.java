package be.ifg.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Moments as the pages print them: the table's zone, to the minute. */
class TimesTests {
  private final Times brussels =
      new Times(Clock.fixed(Instant.EPOCH, ZoneId.of("Europe/Brussels")));

  @Test
  void aMomentIsPrintedInTheTablesZoneToTheMinuteWithoutSecondsOrNanoseconds() {
    assertThat(brussels.at(Instant.parse("2026-11-29T10:06:41.123456789Z")))
        .isEqualTo("2026-11-29 11:06");
    assertThat(brussels.at(Instant.parse("2026-07-01T22:30:00Z")))
        .as("summer time, the next day in Brussels")
        .isEqualTo("2026-07-02 00:30");
  }

  @Test
  void noMomentIsPrintedAsNothing() {
    assertThat(brussels.at(null)).isEmpty();
  }
}
