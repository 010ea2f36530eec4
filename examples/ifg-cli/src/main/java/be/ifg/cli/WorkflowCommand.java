package be.ifg.cli;

import be.ifg.workflow.Lifecycle;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code ifg workflow} command group: the dossier lifecycle the library runs.
 *
 * <p>Each invocation is independent and holds no shared state.
 */
@Command(
    name = "workflow",
    mixinStandardHelpOptions = true,
    description = "The dossier lifecycle.",
    subcommands = {WorkflowCommand.Diagram.class})
public final class WorkflowCommand implements Runnable {
  @Spec CommandSpec spec;

  /** Creates the command; picocli calls this. */
  public WorkflowCommand() {}

  /** Without a subcommand: a usage error. */
  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(
        spec.commandLine(), Words.text(Ifg.language(spec), "missing.workflow"));
  }

  /** The formats a diagram can be drawn in. */
  enum Format {
    mermaid,
    dot
  }

  /** {@code ifg workflow diagram [--format mermaid|dot]}: draws the lifecycle. */
  @Command(
      name = "diagram",
      mixinStandardHelpOptions = true,
      description = "Draws the lifecycle the decisions run on, as Mermaid or Graphviz DOT.")
  public static final class Diagram implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--format", defaultValue = "mermaid", description = "mermaid (default) or dot.")
    Format format = Format.mermaid;

    /** Creates the command; picocli calls this. */
    public Diagram() {}

    @Override
    public Integer call() {
      Lifecycle lifecycle = Lifecycle.standard();
      spec.commandLine()
          .getOut()
          .print(format == Format.dot ? lifecycle.toDot() : lifecycle.toMermaid());
      spec.commandLine().getOut().flush();
      return Ifg.OK;
    }
  }
}
