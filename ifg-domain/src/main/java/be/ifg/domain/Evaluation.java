package be.ifg.domain;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.Instant;
import org.apiguardian.api.API;

/**
 * The table's evaluation of a closed dossier (evaluatie).
 *
 * @param notes what went well and what did not
 * @param by who recorded it
 * @param at when
 */
@API(status = STABLE, since = "0.1")
public record Evaluation(String notes, ProfessionalId by, Instant at) {
  /** Validates the evaluation. */
  public Evaluation {
    Checks.text(notes, "notes");
    Checks.present(by, "by");
    Checks.present(at, "at");
  }
}
