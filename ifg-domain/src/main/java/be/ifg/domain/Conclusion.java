package be.ifg.domain;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.Instant;
import org.apiguardian.api.API;

/**
 * The case director's conclusion that case direction can end: the judgement whether the violence
 * has stopped, with a summary.
 *
 * @param violenceStopped whether the violence has stopped
 * @param summary the reasoning in words
 * @param by the case director
 * @param at when
 */
@API(status = STABLE, since = "0.1")
public record Conclusion(boolean violenceStopped, String summary, ProfessionalId by, Instant at) {
  /** Validates the conclusion. */
  public Conclusion {
    Checks.text(summary, "summary");
    Checks.present(by, "by");
    Checks.present(at, "at");
  }
}
