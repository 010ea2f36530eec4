package be.ifg.cli;

import be.ifg.domain.CaseTable;
import be.ifg.domain.DossierStatus;
import be.ifg.domain.Language;
import be.ifg.examples.jdbc.JdbcStore;
import be.ifg.persistence.PersistenceException;
import be.ifg.persistence.Store;
import be.ifg.rti.Parsed;
import be.ifg.rti.Problem;
import be.ifg.workflow.Reason;
import be.ifg.workflow.WorkflowException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code ifg scenario} command group: play a case told as data through the chain.
 *
 * <p>Each invocation is independent and holds no shared state.
 */
@Command(
    name = "scenario",
    mixinStandardHelpOptions = true,
    description = "Scenarios: a case told as data, played through the SDK.",
    subcommands = {ScenarioCommand.Run.class})
public final class ScenarioCommand implements Runnable {
  @Spec CommandSpec spec;

  /** Creates the command; picocli calls this. */
  public ScenarioCommand() {}

  /** Without a subcommand: a usage error. */
  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(
        spec.commandLine(), Words.text(Ifg.language(spec), "missing.scenario"));
  }

  /**
   * {@code ifg scenario run FILE [--json] [--store URL]}: validates the whole file, then plays it,
   * in memory or on a JDBC store.
   */
  @Command(
      name = "run",
      mixinStandardHelpOptions = true,
      description = {
        "Validates a scenario file completely, then plays it through the SDK and prints a"
            + " walk-through ending with 'N passed, M failed'.",
        "Exit 0 when every expectation is met, 1 when one failed, 2 when the file cannot be used"
            + " (each error as FILE: $.path: message)."
      })
  public static final class Run implements Callable<Integer> {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The scenario file (JSON).")
    @Nullable Path file;

    @Option(names = "--json", description = "Print the report as JSON.")
    boolean json;

    @Option(
        names = "--store",
        paramLabel = "URL",
        description =
            "Play on a JDBC store instead of in memory: jdbc:h2:file:PATH (an H2 database in"
                + " PATH.mv.db, created when missing, in a directory that must exist) or a"
                + " PostgreSQL URL. A store that holds any of the scenario's dossiers is refused"
                + " before anything runs: use a new PATH for each run.")
    @Nullable String store;

    /** Creates the command; picocli calls this. */
    public Run() {}

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      Language language = Ifg.language(spec);
      Path scenarioFile = java.util.Objects.requireNonNull(file, "FILE");
      Parsed<Scenario> parsed = ScenarioReader.read(scenarioFile);
      if (!parsed.isValid()) {
        for (Problem p : parsed.problems()) {
          err.println(p.source() + ": " + p.path() + ": " + p.message());
        }
        err.println(Words.text(language, "scenario.unusable", parsed.problems().size()));
        return Ifg.UNUSABLE;
      }
      Scenario scenario = parsed.orElseThrow();
      List<ScenarioRun.Result> results;
      if (store == null) {
        results = new ScenarioRun(scenario, language).play();
      } else {
        String problem = StoreCommand.newStoreProblem(store, language);
        if (problem != null) {
          err.println(problem);
          return Ifg.UNUSABLE;
        }
        try (Store jdbc = JdbcStore.open(store)) {
          // before anything runs: a store that holds one of the scenario's dossiers (at any
          // table) is refused, or a second run would write on top of the first (issue 15)
          for (be.ifg.persistence.StreamId stream : jdbc.streams()) {
            if (stream.dossierId().isPresent()
                && scenario.dossierTables().containsKey(stream.dossierId().get())) {
              err.println(
                  Words.text(
                      language,
                      "scenario.storeHoldsDossier",
                      store,
                      stream.dossierId().get(),
                      stream));
              return Ifg.UNUSABLE;
            }
          }
          results = new ScenarioRun(scenario, jdbc, language).play();
        } catch (PersistenceException e) {
          err.println(Words.text(language, "scenario.storeFailed", store, e.getMessage()));
          return Ifg.UNUSABLE;
        } catch (WorkflowException e) {
          // the store holds a table of the same region configured otherwise
          err.println(Words.text(language, "scenario.storeCannotPlay", store, e.getMessage()));
          return Ifg.UNUSABLE;
        }
      }
      int[] counts = ScenarioRun.count(results);
      if (json) {
        out.println(json(results, counts));
      } else {
        walkThrough(out, scenario, results, counts, language, Ifg.chosen(spec));
      }
      return counts[1] == 0 ? Ifg.OK : Ifg.INVALID;
    }

    private static String json(List<ScenarioRun.Result> results, int[] counts) {
      JsonMapper mapper = JsonMapper.builder().build();
      ObjectNode root = mapper.createObjectNode();
      root.put("passed", counts[0]);
      root.put("failed", counts[1]);
      ArrayNode steps = root.putArray("steps");
      for (ScenarioRun.Result r : results) {
        ObjectNode s = steps.addObject();
        s.put("index", r.step().index());
        s.put("outcome", r.outcome().name());
        ArrayNode reasons = s.putArray("reasons");
        r.reasons().forEach(reason -> reasons.add(reason.code().name()));
        if (r.state() == null) {
          s.putNull("state");
        } else {
          s.put("state", r.state().name());
        }
        if (r.expectation() == null) {
          s.putNull("expectation");
        } else {
          s.put("expectation", r.expectation().name());
        }
        s.put("message", r.message());
      }
      return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    /**
     * Prints the walk-through in a language. A state is shown by its code and its label in the
     * language given with {@code --language}, or, when none was given, in Dutch, as before.
     */
    private static void walkThrough(
        PrintWriter out,
        Scenario scenario,
        List<ScenarioRun.Result> results,
        int[] counts,
        Language language,
        @Nullable Language chosen) {
      Language stateLanguage = chosen == null ? Language.NL : chosen;
      out.println(Words.text(language, "walk.scenario", scenario.name()));
      boolean several = scenario.tables().size() > 1;
      for (CaseTable table : scenario.tables()) {
        out.println(
            Words.text(
                language,
                "walk.table",
                table.region(),
                table.partners().size(),
                table.members().size(),
                table.coordinator()));
      }
      for (ScenarioRun.Result r : results) {
        Scenario.Step step = r.step();
        scenario.note(step.index()).ifPresent(note -> out.println("    # " + note));
        StringBuilder line = new StringBuilder();
        line.append(
            String.format(
                "[%d] %s  ", step.index(), TIME.format(step.at().atZone(scenario.zone()))));
        if (step instanceof Scenario.CommandStep c) {
          line.append(c.by()).append(" ").append(c.command().name());
          if (c.dossier() != null && !c.command().isTableCommand()) {
            line.append(" (").append(c.dossier()).append(")");
          } else if (several && c.table() != null) {
            line.append(" (").append(Words.text(language, "walk.atTable", c.table())).append(")");
          }
          line.append(" -> ").append(Words.text(language, "outcome." + r.outcome().name()));
        } else if (step instanceof Scenario.Question q) {
          line.append(Words.text(language, "walk.ask", q.ask()));
          if (q.who() != null) {
            line.append(" ").append(Words.text(language, "walk.for", q.who()));
          }
          if (q.oneDossier() && q.dossier() != null) {
            line.append(" ").append(Words.text(language, "walk.of", q.dossier()));
          } else if (several
              && q.table() != null
              && (q.ask().equals("agenda") || q.ask().equals("signals"))) {
            line.append(" ").append(Words.text(language, "walk.at", q.table()));
          }
          if (q.on() != null) {
            line.append(" ").append(Words.text(language, "walk.on", q.on()));
          }
          if (r.expectation() == null) {
            line.append(": ").append(r.message());
          }
        } else if (step instanceof Scenario.Check c) {
          line.append(Words.text(language, "walk.check", c.state()));
        } else {
          line.append(r.message());
        }
        out.println(line);
        for (Reason reason : r.reasons()) {
          out.println(
              "      "
                  + Words.text(language, "walk.reason", reason.code(), reason.message(language)));
        }
        DossierStatus state = r.state();
        if (state != null) {
          out.println(
              "      "
                  + Words.text(language, "walk.state", state.name(), state.label(stateLanguage)));
        }
        if (r.expectation() != null) {
          out.println(
              "      "
                  + Words.text(
                      language,
                      "walk.expectation",
                      Words.text(language, "expectation." + r.expectation().name()),
                      r.message()));
        }
      }
      out.println(Words.text(language, "walk.counts", counts[0], counts[1]));
    }
  }
}
