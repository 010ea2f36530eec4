package be.ifg.cli;

import be.ifg.domain.DisclosureEntry;
import be.ifg.domain.Dossier;
import be.ifg.domain.DossierEvent;
import be.ifg.domain.TableEvent;
import be.ifg.examples.jdbc.JdbcStore;
import be.ifg.persistence.CorruptRecord;
import be.ifg.persistence.PersistenceException;
import be.ifg.persistence.RecordedEvent;
import be.ifg.persistence.Store;
import be.ifg.persistence.StreamId;
import be.ifg.workflow.DisclosureLog;
import be.ifg.workflow.LogVerification;
import be.ifg.workflow.TableState;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code ifg store} command group: check what a store keeps.
 *
 * <p>Each invocation is independent and holds no shared state.
 */
@Command(
    name = "store",
    mixinStandardHelpOptions = true,
    description = "Stores: check the events and the disclosure log a JDBC store keeps.",
    subcommands = {StoreCommand.Verify.class})
public final class StoreCommand implements Runnable {
  @Spec CommandSpec spec;

  /** Creates the command; picocli calls this. */
  public StoreCommand() {}

  /**
   * What is wrong with a {@code --store} value, or {@code null} when it is a JDBC URL.
   *
   * @param url the value given
   * @return a message that says what to give instead, or {@code null}
   */
  static @Nullable String urlProblem(String url) {
    if (url.startsWith("jdbc:")) {
      return null;
    }
    return "--store: '"
        + url
        + "' is not a JDBC URL; give jdbc:h2:file:PATH for an H2 database in the file PATH.mv.db"
        + " (created when missing), e.g. --store jdbc:h2:file:./target/ifg-store";
  }

  /** Without a subcommand: a usage error. */
  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(
        spec.commandLine(), "Missing command: 'verify'");
  }

  /**
   * {@code ifg store verify --store URL}: every stream decodes, every dossier and table stream
   * folds to a valid state, and the disclosure log's hash chain is intact.
   */
  @Command(
      name = "verify",
      mixinStandardHelpOptions = true,
      description = {
        "Checks a store: every record decodes, every dossier's and every table's events fold"
            + " into a valid state, and the disclosure log's hash chain is intact.",
        "Exit 0 when all is well, 1 with each problem (dossier or table and version, or log"
            + " sequence), 2 when the store cannot be opened."
      })
  public static final class Verify implements Callable<Integer> {
    private static final int PAGE = 500;

    @Spec CommandSpec spec;

    @Option(
        names = "--store",
        paramLabel = "URL",
        required = true,
        description =
            "The JDBC URL of the store: jdbc:h2:file:PATH (the H2 database in PATH.mv.db) or a"
                + " PostgreSQL URL; the same URL 'ifg scenario run --store' played on.")
    @Nullable String store;

    /** Creates the command; picocli calls this. */
    public Verify() {}

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      String url = Objects.requireNonNull(store, "--store");
      String problem = urlProblem(url);
      if (problem != null) {
        err.println(problem);
        return Ifg.UNUSABLE;
      }
      List<String> problems = new ArrayList<>();
      int[] counts;
      try (Store s = JdbcStore.open(url)) {
        counts = verify(s, problems);
      } catch (PersistenceException e) {
        err.println("the store " + url + " cannot be read: " + e.getMessage());
        return Ifg.UNUSABLE;
      }
      for (String p : problems) {
        out.println("PROBLEM " + p);
      }
      if (problems.isEmpty()) {
        out.println(
            "store verified: "
                + counts[0]
                + " stream(s), "
                + counts[1]
                + " event(s), "
                + counts[2]
                + " disclosure entr"
                + (counts[2] == 1 ? "y" : "ies")
                + " with an intact hash chain");
        if (counts[0] == 0 && counts[2] == 0) {
          out.println(
              "the store is empty: if you expected a played scenario, check the URL (an H2 file"
                  + " URL opens a new, empty database when nothing is at that path)");
        }
        return Ifg.OK;
      }
      out.println(problems.size() + " problem(s) found");
      return Ifg.INVALID;
    }

    /**
     * Checks the store; adds each problem found.
     *
     * @return the number of streams, events and disclosure entries read
     */
    static int[] verify(Store store, List<String> problems) {
      int streams = 0;
      int events = 0;
      for (StreamId stream : store.streams()) {
        streams++;
        List<RecordedEvent> recorded;
        try {
          recorded = store.read(stream);
        } catch (CorruptRecord c) {
          problems.add(c.record() + ": " + c.problem());
          continue;
        }
        events += recorded.size();
        if (stream.dossierId().isPresent()) {
          fold(stream, recorded, problems);
        } else if (stream.region().isPresent()) {
          foldTable(stream.region().get(), recorded, problems);
        }
      }
      List<DisclosureEntry> log = new ArrayList<>();
      try {
        long after = 0;
        List<DisclosureEntry> page;
        do {
          page = store.readDisclosures(after, PAGE);
          log.addAll(page);
          if (!page.isEmpty()) {
            after = page.get(page.size() - 1).sequence();
          }
        } while (page.size() == PAGE);
      } catch (CorruptRecord c) {
        problems.add(c.record() + ": " + c.problem());
        return new int[] {streams, events, log.size()};
      }
      LogVerification verification = DisclosureLog.verify(log);
      if (verification instanceof LogVerification.Broken b) {
        problems.add("disclosure log, sequence " + b.sequence() + ": " + b.reason());
      }
      return new int[] {streams, events, log.size()};
    }

    /**
     * Folds a table's stream: it starts with the table's configuration, and every membership
     * change, pledge and signal after it fits.
     */
    private static void foldTable(
        String region, List<RecordedEvent> recorded, List<String> problems) {
      if (recorded.isEmpty()) {
        return;
      }
      if (!(recorded.get(0).event() instanceof TableEvent.TableConfigured configured)) {
        problems.add(
            "table " + region + ", version 1: the stream does not start with its configuration");
        return;
      }
      TableState state = TableState.of(configured.table());
      for (RecordedEvent r : recorded) {
        String where = "table " + region + ", version " + r.version();
        if (!(r.event() instanceof TableEvent e)) {
          problems.add(where + ": not a table event");
          return;
        }
        try {
          state = state.evolve(e);
        } catch (IllegalArgumentException invalid) {
          problems.add(where + ": the history does not fold: " + invalid.getMessage());
          return;
        }
      }
    }

    private static void fold(StreamId stream, List<RecordedEvent> recorded, List<String> problems) {
      Optional<be.ifg.domain.DossierId> id = stream.dossierId();
      @Nullable Dossier state = null;
      for (RecordedEvent r : recorded) {
        String where = "dossier " + id.orElseThrow() + ", version " + r.version();
        if (!(r.event() instanceof DossierEvent e)) {
          problems.add(where + ": not a dossier event");
          return;
        }
        try {
          state = Dossier.evolve(state, e);
        } catch (IllegalArgumentException invalid) {
          problems.add(where + ": the history does not fold: " + invalid.getMessage());
          return;
        }
      }
    }
  }
}
