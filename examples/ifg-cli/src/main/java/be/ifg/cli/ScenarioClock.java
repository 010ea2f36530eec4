package be.ifg.cli;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** The clock of a scenario: set to each step's time, moved by {@code advance}. Not thread-safe. */
final class ScenarioClock extends Clock {
  private final ZoneId zone;
  private Instant now;

  ScenarioClock(Instant start, ZoneId zone) {
    this.now = start;
    this.zone = zone;
  }

  void set(Instant at) {
    this.now = at;
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return new ScenarioClock(now, zone);
  }

  @Override
  public Instant instant() {
    return now;
  }
}
