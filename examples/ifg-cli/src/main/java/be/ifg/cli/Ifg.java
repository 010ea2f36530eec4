package be.ifg.cli;

import be.ifg.domain.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code ifg} command: the entry point of the command-line app.
 *
 * <p>Run {@code java -jar ifg.jar --help}. From code or tests, {@link #run(PrintWriter,
 * PrintWriter, String...)} runs a command line in-process and returns its exit code. Each call
 * builds a fresh command line, so calls from different threads do not interfere.
 */
@Command(
    name = "ifg",
    mixinStandardHelpOptions = true,
    versionProvider = Ifg.Version.class,
    description = "The IFG chain-approach library's command-line app.",
    subcommands = {
      RtiCommand.class,
      ScenarioCommand.class,
      WorkflowCommand.class,
      StoreCommand.class,
      ReportCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Ifg implements Runnable {
  /** Exit code: done (valid, scored, every expectation met). */
  public static final int OK = 0;

  /** Exit code: an instrument is invalid, or an expectation failed. */
  public static final int INVALID = 1;

  /** Exit code: the command line or an input file cannot be used. */
  public static final int UNUSABLE = 2;

  @Spec CommandSpec spec;

  /** The language given with {@code --language}, or {@code null} when none was given. */
  private @Nullable Language chosen;

  /** Creates the command; picocli calls this. */
  public Ifg() {}

  /**
   * {@code --language nl|fr|en}, on {@code ifg} or on any of its subcommands.
   *
   * @throws UnknownLanguage if the tag is not one of {@code nl}, {@code fr} or {@code en}
   */
  @Option(
      names = "--language",
      paramLabel = "LANG",
      scope = ScopeType.INHERIT,
      description =
          "The language of the output: nl, fr or en. Without it, the output is as before:"
              + " English, with the Dutch name of a dossier's state.")
  void language(@Nullable String tag) {
    if (tag == null) {
      chosen = null;
      return;
    }
    try {
      chosen = Language.of(tag);
    } catch (IllegalArgumentException refused) {
      throw new UnknownLanguage(spec.commandLine(), refused);
    }
  }

  /**
   * The language a (sub)command's own words are written in: the one given with {@code --language},
   * else English.
   */
  static Language language(CommandSpec command) {
    Language language = chosen(command);
    return language == null ? Language.EN : language;
  }

  /** The language given with {@code --language}, or {@code null} when none was given. */
  static @Nullable Language chosen(CommandSpec command) {
    return command.root().userObject() instanceof Ifg ifg ? ifg.chosen : null;
  }

  /** Without a subcommand: a usage error. */
  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), Words.text(language(spec), "missing.ifg"));
  }

  /** {@code --language} names a language the app does not speak. */
  static final class UnknownLanguage extends CommandLine.ParameterException {
    private static final long serialVersionUID = 1L;

    UnknownLanguage(CommandLine commandLine, IllegalArgumentException refused) {
      super(commandLine, refused.getMessage());
    }
  }

  /**
   * A configured command line writing to {@code out} and {@code err}.
   *
   * @param out where normal output goes
   * @param err where errors go
   * @return the command line
   */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine commandLine = new CommandLine(new Ifg());
    commandLine.setOut(out);
    commandLine.setErr(err);
    exitCodes(commandLine);
    CommandLine.IParameterExceptionHandler usage = commandLine.getParameterExceptionHandler();
    commandLine.setParameterExceptionHandler(
        (exception, arguments) -> {
          if (exception instanceof UnknownLanguage) {
            exception.getCommandLine().getErr().println("ifg: " + exception.getMessage());
            return UNUSABLE;
          }
          return usage.handleParseException(exception, arguments);
        });
    commandLine.setExecutionExceptionHandler(
        (exception, failed, parseResult) -> {
          PrintWriter e = failed.getErr();
          Language language = language(failed.getCommandSpec());
          e.println(
              Words.text(
                  language,
                  "failed.unexpectedly",
                  exception.getClass().getSimpleName(),
                  String.valueOf(exception.getMessage())));
          e.println(Words.text(language, "failed.report"));
          if (System.getenv("IFG_TRACE") != null) {
            exception.printStackTrace(e);
          }
          return UNUSABLE;
        });
    return commandLine;
  }

  /** Usage errors and unexpected failures exit with 2, in every (sub)command. */
  private static void exitCodes(CommandLine commandLine) {
    commandLine.getCommandSpec().exitCodeOnInvalidInput(UNUSABLE);
    commandLine.getCommandSpec().exitCodeOnExecutionException(UNUSABLE);
    commandLine.getSubcommands().values().forEach(Ifg::exitCodes);
  }

  /**
   * Runs a command line in-process.
   *
   * @param out where normal output goes
   * @param err where errors go
   * @param args the arguments, e.g. {@code rti score --instrument x.json --answers a.json}
   * @return the exit code: 0 done, 1 invalid instrument, 2 unusable command line or input
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    int code = commandLine(out, err).execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /**
   * Runs a command line on standard output and standard error.
   *
   * @param args the arguments
   * @return the exit code
   */
  public static int run(String... args) {
    return run(
        new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true),
        args);
  }

  /**
   * The program's entry point; exits with the command's exit code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** The version of the project this app was built from. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties properties = new Properties();
      try (InputStream in = Ifg.class.getResourceAsStream("/ifg-version.properties")) {
        if (in != null) {
          properties.load(in);
        }
      }
      return new String[] {"ifg " + properties.getProperty("version", "unknown")};
    }
  }
}
