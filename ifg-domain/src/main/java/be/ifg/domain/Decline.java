package be.ifg.domain;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.Instant;
import org.apiguardian.api.API;

/**
 * The table's decision not to admit a registration, with its reason and advice to the registrant.
 *
 * @param reason why the registration was declined
 * @param advice what the table advises the registrant to do instead
 * @param by who recorded it
 * @param at when
 */
@API(status = STABLE, since = "0.1")
public record Decline(String reason, String advice, ProfessionalId by, Instant at) {
  /** Validates the decline: reason and advice are mandatory. */
  public Decline {
    Checks.text(reason, "reason");
    Checks.text(advice, "advice");
    Checks.present(by, "by");
    Checks.present(at, "at");
  }
}
