package be.ifg.domain;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.Instant;
import org.apiguardian.api.API;

/**
 * Something a professional recorded at a moment: a progress report, an evaluation, a decline, a
 * withdrawal, a conclusion's summary.
 *
 * @param by who recorded it
 * @param at when
 * @param text what they wrote
 */
@API(status = STABLE, since = "0.1")
public record Note(ProfessionalId by, Instant at, String text) {
  /** Validates the note. */
  public Note {
    Checks.present(by, "by");
    Checks.present(at, "at");
    Checks.text(text, "text");
  }
}
