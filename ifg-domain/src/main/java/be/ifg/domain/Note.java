package be.ifg.domain;

import java.time.Instant;

/**
 * Something a professional recorded at a moment: a progress report, an evaluation, a decline, a
 * withdrawal, a conclusion's summary.
 *
 * @param by who recorded it
 * @param at when
 * @param text what they wrote
 */
public record Note(ProfessionalId by, Instant at, String text) {
  /** Validates the note. */
  public Note {
    Checks.present(by, "by");
    Checks.present(at, "at");
    Checks.text(text, "text");
  }
}
