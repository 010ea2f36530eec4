package be.ifg.domain;

import static com.google.common.base.Preconditions.checkArgument;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Instant;
import org.apiguardian.api.API;

/**
 * A recorded rectification of one fact of a dossier (GDPR art. 16): the value it had, the value it
 * has now, why, who recorded it and when. The original is kept here and in the history; the
 * dossier's state shows the corrected value.
 *
 * @param kind what was corrected
 * @param subject the party or item whose fact it is
 * @param original the value before the correction ({@code unknown} for a birth year that was not
 *     known)
 * @param corrected the value after it
 * @param reason why it was corrected
 * @param by who recorded the correction
 * @param at when
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record Correction(
    CorrectionKind kind,
    String subject,
    String original,
    String corrected,
    String reason,
    ProfessionalId by,
    Instant at) {
  /** The original of a birth year that was not known. */
  public static final String UNKNOWN = "unknown";

  /** Validates the correction. */
  public Correction {
    Checks.present(kind, "kind");
    Checks.id(subject, "subject");
    Checks.text(original, "original");
    Checks.text(corrected, "corrected");
    Checks.text(reason, "reason of the correction of " + subject);
    Checks.present(by, "by");
    Checks.present(at, "at");
    if (kind == CorrectionKind.BIRTH_YEAR) {
      checkArgument(
          isBirthYear(corrected),
          "a corrected birth year of %s must be a year between 1900 and 2200: '%s'",
          subject,
          corrected);
    }
  }

  /** Whether the subject is the given party (for a birth year) or item (for content). */
  public boolean concerns(String id) {
    return subject.equals(id);
  }

  /** Whether a text is a year a party may be born in (1900 to 2200). */
  public static boolean isBirthYear(String text) {
    if (text == null || !text.matches("[0-9]{4}")) {
      return false;
    }
    int year = Integer.parseInt(text);
    return year >= 1900 && year <= 2200;
  }
}
