package be.ifg.web;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Moments as the pages print them: in the table's zone (the clock's), to the minute, {@code
 * yyyy-MM-dd HH:mm}. Templates reach it as the bean {@code times}: {@code ${@times.at(s.at())}}
 * (public, so that the templates' expressions may call it).
 */
@Component("times")
public final class Times {
  private final DateTimeFormatter minutes;

  Times(Clock clock) {
    this.minutes =
        DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(clock.getZone());
  }

  /** A moment in the table's zone, to the minute; empty for none. */
  public String at(@Nullable Instant instant) {
    return instant == null ? "" : minutes.format(instant);
  }
}
