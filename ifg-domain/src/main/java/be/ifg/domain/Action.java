package be.ifg.domain;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * An action of the plan: what is to be done, by which partner, by when, and where it stands.
 *
 * @param id the action's id within the dossier
 * @param text what is to be done
 * @param owner the partner that owns it; it must sit at the table
 * @param due when it is due
 * @param status where it stands
 */
@API(status = STABLE, since = "0.1")
public record Action(
    ActionId id, String text, PartnerId owner, LocalDate due, ActionStatus status) {
  /** Validates the action. */
  public Action {
    Checks.present(id, "action id");
    Checks.text(text, "text of action " + id);
    Checks.present(owner, "owner of action " + id);
    Checks.present(due, "due date of action " + id);
    Checks.present(status, "status of action " + id);
  }

  /** A new, open action. */
  public static Action open(String id, String text, String owner, LocalDate due) {
    return new Action(ActionId.of(id), text, PartnerId.of(owner), due, ActionStatus.OPEN);
  }

  /** This action with another status. */
  public Action withStatus(ActionStatus status) {
    return new Action(id, text, owner, due, status);
  }
}
