package be.ifg.workflow.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import be.ifg.domain.ChainEvent;
import be.ifg.workflow.Command;
import be.ifg.workflow.CommandDeclaration;
import be.ifg.workflow.Commands;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The decision of each command class, collected from the phases. Built once; every {@linkplain
 * Commands#all() declared} command must have exactly one decision, or the decider does not start.
 */
final class Dispatch {

  /** The decision of one command class. */
  interface Decide<C extends Command> {
    List<ChainEvent> decide(Step step, C command);
  }

  private final Map<Class<? extends Command>, Decide<? extends Command>> decisions =
      new LinkedHashMap<>();

  /** The dispatch of every phase, checked against the declarations. */
  static Dispatch standard() {
    Dispatch d = new Dispatch();
    Registering.declare(d);
    DossierBuilding.declare(d);
    Planning.declare(d);
    CaseDirection.declare(d);
    Closure.declare(d);
    AccessAndConsent.declare(d);
    TableDecisions.declare(d);
    Rectification.declare(d);
    Set<Class<? extends Command>> declared =
        Commands.all().stream().map(CommandDeclaration::type).collect(Collectors.toSet());
    checkState(
        declared.equals(d.decisions.keySet()),
        "declared commands without a decision: %s; decisions without a declaration: %s",
        declared.stream().filter(c -> !d.decisions.containsKey(c)).collect(Collectors.toList()),
        d.decisions.keySet().stream()
            .filter(c -> !declared.contains(c))
            .collect(Collectors.toList()));
    return d;
  }

  <C extends Command> void on(Class<C> type, Decide<C> decide) {
    checkArgument(decisions.put(type, decide) == null, "two decisions for %s", type);
  }

  @SuppressWarnings("unchecked")
  List<ChainEvent> decide(Step step, Command command) {
    Decide<Command> decide = (Decide<Command>) decisions.get(command.getClass());
    checkState(decide != null, "no decision for %s", command.getClass());
    return decide.decide(step, command);
  }
}
