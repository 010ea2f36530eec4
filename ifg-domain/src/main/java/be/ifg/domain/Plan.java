package be.ifg.domain;

import static com.google.common.base.Preconditions.checkArgument;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One version of the plan of approach (plan van aanpak): its goals and actions. Adjusting the plan
 * adds a new version with its reason; earlier versions stay in the dossier's history. A version
 * made by adopting a case director's proposal is adopted by the coordinator who recorded the
 * operational team's decision; who proposed it is in {@link Dossier#proposals()}.
 *
 * @param version 1 for the adopted plan, one more for each adjustment
 * @param goals the goals (goal ids and action ids unique across the plan)
 * @param adoptedBy who recorded the adoption
 * @param adoptedAt when
 * @param adjustmentReason why the plan was adjusted (absent for version 1)
 */
@API(status = STABLE, since = "0.1")
public record Plan(
    int version,
    List<Goal> goals,
    ProfessionalId adoptedBy,
    Instant adoptedAt,
    @Nullable String adjustmentReason) {
  /** Validates the plan's structure. */
  public Plan {
    checkArgument(version >= 1, "plan version must be >= 1: %s", version);
    goals = ImmutableList.copyOf(Checks.present(goals, "goals"));
    Checks.present(adoptedBy, "adoptedBy");
    Checks.present(adoptedAt, "adoptedAt");
    checkArgument(
        version == 1 || (adjustmentReason != null && !adjustmentReason.isBlank()),
        "plan version %s is an adjustment and needs a reason",
        version);
    Set<GoalId> goalIds = new HashSet<>();
    Set<ActionId> actionIds = new HashSet<>();
    for (Goal g : goals) {
      checkArgument(goalIds.add(g.id()), "goal %s is listed twice in the plan", g.id());
      for (Action a : g.actions()) {
        checkArgument(actionIds.add(a.id()), "action %s is listed twice in the plan", a.id());
      }
    }
  }

  /** Every action of every goal. */
  public Stream<Action> actions() {
    return goals.stream().flatMap(g -> g.actions().stream());
  }

  /** The goal with this id. */
  public Optional<Goal> goal(GoalId id) {
    return goals.stream().filter(g -> g.id().equals(id)).findFirst();
  }

  /** The action with this id. */
  public Optional<Action> action(ActionId id) {
    return actions().filter(a -> a.id().equals(id)).findFirst();
  }

  /** Whether every goal is closed by a team decision. */
  public boolean allGoalsClosed() {
    return goals.stream().allMatch(Goal::isClosed);
  }

  /** The goals still open. */
  public List<Goal> openGoals() {
    return goals.stream().filter(g -> !g.isClosed()).collect(ImmutableList.toImmutableList());
  }

  /** This plan with one goal replaced by a goal of the same id. */
  public Plan withGoal(Goal goal) {
    return new Plan(
        version,
        goals.stream()
            .map(g -> g.id().equals(goal.id()) ? goal : g)
            .collect(ImmutableList.toImmutableList()),
        adoptedBy,
        adoptedAt,
        adjustmentReason);
  }

  /** This plan with one action replaced by an action of the same id. */
  public Plan withAction(Action action) {
    return new Plan(
        version,
        goals.stream().map(g -> g.withAction(action)).collect(ImmutableList.toImmutableList()),
        adoptedBy,
        adoptedAt,
        adjustmentReason);
  }
}
