package be.ifg.domain;

import static com.google.common.base.Preconditions.checkArgument;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A goal of the plan, with its actions, and its closure once the team closes it.
 *
 * @param id the goal's id within the dossier
 * @param text the goal in words
 * @param actions its actions (each id once)
 * @param closure how it was closed, once it is
 */
@API(status = STABLE, since = "0.1")
public record Goal(GoalId id, String text, List<Action> actions, @Nullable GoalClosure closure) {
  /** Validates the goal. Whether a goal needs an action is a rule of adopting a plan. */
  public Goal {
    Checks.present(id, "goal id");
    Checks.text(text, "text of goal " + id);
    actions = ImmutableList.copyOf(Checks.present(actions, "actions"));
    Set<ActionId> seen = new HashSet<>();
    for (Action a : actions) {
      checkArgument(seen.add(a.id()), "action %s is listed twice in goal %s", a.id(), id);
    }
  }

  /** An open goal with the given actions. */
  public static Goal of(String id, String text, Action... actions) {
    return new Goal(GoalId.of(id), text, List.of(actions), null);
  }

  /** Whether the team closed the goal. */
  public boolean isClosed() {
    return closure != null;
  }

  /** How the goal was closed, once it is. */
  public Optional<GoalClosure> closing() {
    return Optional.ofNullable(closure);
  }

  /** This goal, closed. */
  public Goal closedWith(GoalClosure closure) {
    return new Goal(id, text, actions, closure);
  }

  /** This goal with the action of the same id replaced. */
  public Goal withAction(Action action) {
    return new Goal(
        id,
        text,
        actions.stream()
            .map(a -> a.id().equals(action.id()) ? action : a)
            .collect(ImmutableList.toImmutableList()),
        closure);
  }
}
