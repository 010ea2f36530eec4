package be.ifg.cli;

import be.ifg.domain.DisclosureEntry;
import be.ifg.domain.Dossier;
import be.ifg.domain.DossierEvent;
import be.ifg.domain.DossierId;
import be.ifg.domain.Language;
import be.ifg.domain.ProfessionalId;
import be.ifg.domain.TableEvent;
import be.ifg.examples.jdbc.JdbcStore;
import be.ifg.persistence.CorruptRecord;
import be.ifg.persistence.LogCheckpoint;
import be.ifg.persistence.PersistenceException;
import be.ifg.persistence.RecordedEvent;
import be.ifg.persistence.Store;
import be.ifg.persistence.StreamId;
import be.ifg.persistence.anchor.FileLogAnchor;
import be.ifg.workflow.ChainApproach;
import be.ifg.workflow.Checkpoints;
import be.ifg.workflow.DisclosureLog;
import be.ifg.workflow.LogSigner;
import be.ifg.workflow.LogVerification;
import be.ifg.workflow.TableState;
import be.ifg.workflow.WorkflowException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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
    description =
        "Stores: check the events and the disclosure log a JDBC store keeps; make the key that"
            + " signs the log's checkpoints; purge the dossiers whose retention period ended; follow a"
            + " table's events as a subscriber; list, show, export and import what a store holds."
            + " No store command creates a database, except 'import --create'.",
    subcommands = {
      StoreCommand.Verify.class,
      StoreCommand.Keygen.class,
      StoreCommand.Purge.class,
      StoreCommand.Events.class,
      StoreInspect.ListCommand.class,
      StoreInspect.Show.class,
      StoreInspect.Export.class,
      StoreInspect.Import.class
    })
public final class StoreCommand implements Runnable {
  @Spec CommandSpec spec;

  /** Creates the command; picocli calls this. */
  public StoreCommand() {}

  /**
   * What is wrong with a {@code --store} value, or {@code null} when it is a JDBC URL.
   *
   * @param url the value given
   * @param language the language of the message
   * @return a message that says what to give instead, or {@code null}
   */
  static @Nullable String urlProblem(String url, Language language) {
    if (url.startsWith("jdbc:")) {
      return null;
    }
    return Words.text(language, "store.notJdbc", url);
  }

  /** Without a subcommand: a usage error. */
  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(
        spec.commandLine(), Words.text(Ifg.language(spec), "missing.store"));
  }

  /**
   * {@code ifg store verify --store URL [--public-key FILE… --anchor FILE]}: every stream decodes,
   * every dossier and table stream folds to a valid state, and the disclosure log's hash chain is
   * intact; with a public key and an anchor, the log also matches every signed checkpoint.
   */
  @Command(
      name = "verify",
      mixinStandardHelpOptions = true,
      description = {
        "Checks a store: every record decodes, every dossier's and every table's events fold"
            + " into a valid state, and the disclosure log's hash chain is intact.",
        "With --public-key and --anchor, also checks the log against the checkpoints the"
            + " application signed and kept outside the store: this finds entries cut from the"
            + " end and a log rewritten with fresh hashes, which the chain alone cannot.",
        "Exit 0 when all is well, 1 with each problem (dossier or table and version, or log"
            + " sequence), 2 when the store, a key or the anchor cannot be read."
      })
  public static final class Verify implements Callable<Integer> {
    private static final int PAGE = 500;

    @Spec CommandSpec spec;

    @ArgGroup(exclusive = false, multiplicity = "0..1")
    @Nullable Anchoring anchoring;

    /** The two options that check the log against its anchor: both or neither. */
    static final class Anchoring {
      @Option(
          names = "--public-key",
          paramLabel = "FILE",
          required = true,
          description =
              "A PEM file with the public key whose checkpoints count (from 'ifg store keygen');"
                  + " repeat it to trust each key of a key rotation.")
      List<Path> publicKeys = new ArrayList<>();

      @Option(
          names = "--anchor",
          paramLabel = "FILE",
          required = true,
          description = "The anchor file the application appended its signed checkpoints to.")
      @Nullable Path anchor;
    }

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
      Language language = Ifg.language(spec);
      String url = Objects.requireNonNull(store, "--store");
      String problem = urlProblem(url, language);
      if (problem != null) {
        err.println(problem);
        return Ifg.UNUSABLE;
      }
      @Nullable Anchored anchored = null;
      if (anchoring != null) {
        try {
          anchored = anchored(anchoring); // before the store: a checkpoint covers what is there
        } catch (WorkflowException | PersistenceException e) {
          err.println(e.getMessage());
          return Ifg.UNUSABLE;
        }
      }
      List<String> problems = new ArrayList<>();
      int[] counts;
      List<String> notes = new ArrayList<>();
      try (Store s = JdbcStore.openExisting(url)) {
        counts = verify(s, problems, notes, anchored, language);
      } catch (PersistenceException e) {
        err.println(Words.text(language, "store.unreadable", url, e.getMessage()));
        return Ifg.UNUSABLE;
      }
      for (String p : problems) {
        out.println(Words.text(language, "store.problem", p));
      }
      if (problems.isEmpty()) {
        out.println(
            Words.text(
                language,
                counts[2] == 1 ? "store.verifiedOneEntry" : "store.verified",
                counts[0],
                counts[1],
                counts[2]));
        notes.forEach(out::println);
        if (anchored != null) {
          anchored.summary(counts[2], language).forEach(out::println);
        }
        if (counts[0] == 0 && counts[2] == 0) {
          out.println(Words.text(language, "store.empty"));
        }
        return Ifg.OK;
      }
      out.println(Words.text(language, "store.problems", problems.size()));
      return Ifg.INVALID;
    }

    /**
     * Reads the public keys and the checkpoints of the anchor.
     *
     * @throws WorkflowException if a key file cannot be read (the message names it)
     * @throws PersistenceException if the anchor file cannot be read (the message names it)
     */
    private static Anchored anchored(Anchoring options) {
      Path anchor = Objects.requireNonNull(options.anchor, "--anchor");
      List<PublicKey> keys = new ArrayList<>();
      for (Path file : new LinkedHashSet<>(options.publicKeys)) {
        keys.add(LogSigner.readPublicKey(file));
      }
      if (!Files.isRegularFile(anchor)) {
        throw new PersistenceException(
            "the anchor file "
                + anchor
                + (Files.exists(anchor) ? " is not a file" : " does not exist"));
      }
      if (!Files.isReadable(anchor)) {
        throw new PersistenceException(
            "the anchor file " + anchor + " cannot be read: permission denied");
      }
      return new Anchored(anchor, keys, new FileLogAnchor(anchor).checkpoints());
    }

    /**
     * The trusted public keys and the checkpoints of an anchor file.
     *
     * @param file the anchor file
     * @param keys the public keys whose checkpoints count
     * @param checkpoints the anchor's checkpoints, oldest first
     */
    record Anchored(Path file, List<PublicKey> keys, List<LogCheckpoint> checkpoints) {
      /**
       * What an intact log of {@code entries} entries is anchored by, in lines of words in a
       * language.
       */
      List<String> summary(int entries, Language language) {
        if (checkpoints.isEmpty()) {
          return List.of(Words.text(language, "store.noCheckpoint", file));
        }
        LogCheckpoint last = checkpoints.get(checkpoints.size() - 1);
        String summary =
            Words.text(
                language,
                last.length() == 1 ? "store.anchoredOneEntry" : "store.anchored",
                checkpoints.size(),
                file,
                last.at(),
                last.keyId(),
                last.length());
        if (entries <= last.length()) {
          return List.of(summary);
        }
        return List.of(
            summary, Words.text(language, "store.notCovered", last.length() + 1, entries));
      }
    }

    /**
     * Checks the store; adds each problem found.
     *
     * @return the number of streams, events and disclosure entries read
     */
    static int[] verify(Store store, List<String> problems) {
      return verify(store, problems, null, Language.EN);
    }

    /**
     * Checks the store and, when given, the disclosure log against the checkpoints of an anchor;
     * adds each problem found, in a language.
     *
     * @return the number of streams, events and disclosure entries read
     */
    static int[] verify(
        Store store, List<String> problems, @Nullable Anchored anchored, Language language) {
      return verify(store, problems, new ArrayList<>(), anchored, language);
    }

    /**
     * Checks the store as {@link #verify(Store, List, Anchored, Language)} does, and adds notes
     * that are no problem (the tombstones of purges) to {@code notes}.
     *
     * @return the number of streams, events and disclosure entries read
     */
    static int[] verify(
        Store store,
        List<String> problems,
        List<String> notes,
        @Nullable Anchored anchored,
        Language language) {
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
          fold(stream, recorded, problems, language);
        } else if (stream.region().isPresent()) {
          foldTable(stream.region().get(), recorded, problems, language);
        }
      }
      unchained(store, notes, language);
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
        problems.add(Words.text(language, "store.logBroken", b.sequence(), b.reason()));
      }
      tombstones(log, notes, language);
      if (anchored != null) {
        LogVerification against =
            Checkpoints.verify(log, anchored.keys(), anchored.checkpoints(), store);
        if (against instanceof LogVerification.Broken b && !against.equals(verification)) {
          problems.add(Words.text(language, "store.logBroken", b.sequence(), b.reason()));
        }
      }
      return new int[] {streams, events, log.size()};
    }

    /**
     * Folds a table's stream: it starts with the table's configuration, and every membership
     * change, pledge and signal after it fits.
     */
    private static void foldTable(
        String region, List<RecordedEvent> recorded, List<String> problems, Language language) {
      if (recorded.isEmpty()) {
        return;
      }
      if (!(recorded.get(0).event() instanceof TableEvent.TableConfigured configured)) {
        problems.add(Words.text(language, "store.tableUnconfigured", region));
        return;
      }
      TableState state = TableState.of(configured.table());
      for (RecordedEvent r : recorded) {
        String where = Words.text(language, "store.tableVersion", region, r.version());
        if (!(r.event() instanceof TableEvent e)) {
          problems.add(where + ": " + Words.text(language, "store.notTableEvent"));
          return;
        }
        try {
          state = state.evolve(e);
        } catch (IllegalArgumentException invalid) {
          problems.add(where + ": " + Words.text(language, "store.noFold", invalid.getMessage()));
          return;
        }
      }
    }

    private static void fold(
        StreamId stream, List<RecordedEvent> recorded, List<String> problems, Language language) {
      Optional<be.ifg.domain.DossierId> id = stream.dossierId();
      @Nullable Dossier state = null;
      for (RecordedEvent r : recorded) {
        String where = Words.text(language, "store.dossierVersion", id.orElseThrow(), r.version());
        if (!(r.event() instanceof DossierEvent e)) {
          problems.add(where + ": " + Words.text(language, "store.notDossierEvent"));
          return;
        }
        try {
          state = Dossier.evolve(state, e);
        } catch (IllegalArgumentException invalid) {
          problems.add(where + ": " + Words.text(language, "store.noFold", invalid.getMessage()));
          return;
        }
      }
    }
  }

  /**
   * {@code ifg store keygen --private FILE --public FILE}: a new Ed25519 key pair for signing the
   * disclosure log's checkpoints, in two new PEM files.
   */
  @Command(
      name = "keygen",
      mixinStandardHelpOptions = true,
      description = {
        "Makes a new Ed25519 key pair for signing the disclosure log's checkpoints: the private"
            + " key for the application (never for the store), the public key for every verifier.",
        "Never overwrites a file. Exit 0 when both files are written, 2 when a file exists"
            + " already or cannot be written."
      })
  public static final class Keygen implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(
        names = "--private",
        paramLabel = "FILE",
        required = true,
        description =
            "The new private key file (PKCS#8 PEM), readable by its owner only: give it to the"
                + " application's service account alone.")
    @Nullable Path privateFile;

    @Option(
        names = "--public",
        paramLabel = "FILE",
        required = true,
        description = "The new public key file (X.509 PEM), for 'ifg store verify --public-key'.")
    @Nullable Path publicFile;

    /** Creates the command; picocli calls this. */
    public Keygen() {}

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      Language language = Ifg.language(spec);
      Path privatePath = Objects.requireNonNull(privateFile, "--private");
      Path publicPath = Objects.requireNonNull(publicFile, "--public");
      if (privatePath
          .toAbsolutePath()
          .normalize()
          .equals(publicPath.toAbsolutePath().normalize())) {
        err.println(Words.text(language, "keygen.sameFile", privatePath));
        return Ifg.UNUSABLE;
      }
      for (Path file : List.of(privatePath, publicPath)) {
        if (Files.exists(file)) {
          err.println(Words.text(language, "keygen.exists", file));
          return Ifg.UNUSABLE;
        }
        Path directory = file.toAbsolutePath().getParent();
        if (directory == null || !Files.isDirectory(directory)) {
          err.println(Words.text(language, "keygen.noDirectory", file));
          return Ifg.UNUSABLE;
        }
      }
      KeyPair keys = LogSigner.generateKeyPair();
      try {
        LogSigner.writePrivateKey(keys.getPrivate(), privatePath);
      } catch (WorkflowException e) {
        err.println(e.getMessage());
        return Ifg.UNUSABLE;
      }
      try {
        LogSigner.writePublicKey(keys.getPublic(), publicPath);
      } catch (WorkflowException e) {
        err.println(e.getMessage());
        deleteHalfAPair(privatePath, err, language);
        return Ifg.UNUSABLE;
      }
      out.println(Words.text(language, "keygen.wrote", LogSigner.keyId(keys.getPublic())));
      out.println("  " + Words.text(language, "keygen.private", privatePath));
      out.println("  " + Words.text(language, "keygen.public", publicPath));
      return Ifg.OK;
    }

    private static void deleteHalfAPair(Path privatePath, PrintWriter err, Language language) {
      try {
        Files.deleteIfExists(privatePath);
      } catch (IOException e) {
        err.println(Words.text(language, "keygen.halfAPair", privatePath));
      }
    }
  }

  // ---- the store in use (issue 15): where a new store may be made ----

  /**
   * The file an H2 URL keeps its database in (without the {@code .mv.db} ending), or empty for a
   * URL that names no local file (in memory, over the network, not H2).
   */
  static Optional<Path> h2File(String url) {
    if (!url.regionMatches(true, 0, "jdbc:h2:", 0, "jdbc:h2:".length())) {
      return Optional.empty();
    }
    String rest = url.substring("jdbc:h2:".length());
    int options = rest.indexOf(';');
    if (options >= 0) {
      rest = rest.substring(0, options);
    }
    String lower = rest.toLowerCase(java.util.Locale.ROOT);
    if (lower.startsWith("mem:") || lower.startsWith("tcp:") || lower.startsWith("ssl:")) {
      return Optional.empty();
    }
    if (lower.startsWith("file:")) {
      rest = rest.substring("file:".length());
    }
    if (rest.startsWith("~")) {
      rest = System.getProperty("user.home") + rest.substring(1);
    }
    try {
      return rest.isEmpty() ? Optional.empty() : Optional.of(Path.of(rest));
    } catch (java.nio.file.InvalidPathException e) {
      return Optional.empty();
    }
  }

  /**
   * What keeps a command that may make a new store ({@code scenario run --store}, {@code store
   * import --create}) from using a URL, or {@code null}: not a JDBC URL, or an H2 file in a
   * directory that does not exist (H2 would make the directories; the app never does).
   */
  static @Nullable String newStoreProblem(String url, Language language) {
    String problem = urlProblem(url, language);
    if (problem != null) {
      return problem;
    }
    Optional<Path> file = h2File(url);
    if (file.isPresent()) {
      Path parent = file.get().toAbsolutePath().getParent();
      if (parent != null && !Files.isDirectory(parent)) {
        return Words.text(language, "store.noDirectory", url, parent);
      }
    }
    return null;
  }

  // ---- retention: ifg store purge, and the tombstones ifg store verify reports ----

  /** Notes how many entries of an intact log are tombstones, and of how many purges. */
  // ---- events prove their integrity (issue 15): streams written before events were chained ----

  /**
   * Notes the streams whose events carry no hash, written before events were chained: they are no
   * problem, but no hash chain vouches for them ({@link be.ifg.persistence.StreamHead}).
   */
  private static void unchained(Store store, List<String> notes, Language language) {
    List<String> names = new ArrayList<>();
    for (be.ifg.persistence.StreamHead h : store.heads()) {
      if (h.hash() == null) {
        names.add(h.stream().value());
      }
    }
    if (!names.isEmpty()) {
      String shown = String.join(", ", names.subList(0, Math.min(5, names.size())));
      notes.add(
          Words.text(
              language, "store.unchained", names.size(), shown + (names.size() > 5 ? ", …" : "")));
    }
  }

  private static void tombstones(List<DisclosureEntry> log, List<String> notes, Language language) {
    long tombstones = log.stream().filter(DisclosureEntry::isTombstone).count();
    long purges =
        log.stream().filter(e -> e.isTombstone()).map(DisclosureEntry::purgedBy).distinct().count();
    if (tombstones > 0) {
      notes.add(Words.text(language, "purge.tombstones", tombstones, purges));
    }
  }

  /**
   * {@code ifg store purge --store URL --older-than PERIOD [--as COORDINATOR] [--dry-run]}: the
   * retention purge of every table in the store ({@link ChainApproach#purge}).
   */
  @Command(
      name = "purge",
      mixinStandardHelpOptions = true,
      description = {
        "Purges the dossiers whose retention period ended: at every table of the store, each"
            + " dossier that was closed, not admitted or withdrawn longer ago than --older-than is"
            + " removed, and the disclosure log's entries about it become tombstones that keep the"
            + " hash chain verifiable. The purge is logged. Active dossiers are never purged.",
        "Exit 0 when done (also when nothing was due), 1 when a table refused the purge, 2 when"
            + " the store, the period or a key cannot be used."
      })
  public static final class Purge implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin ExistingStore store;

    @Option(
        names = "--older-than",
        paramLabel = "PERIOD",
        required = true,
        description =
            "The retention period as ISO-8601: P5Y for five years, P18M for eighteen months, P30D"
                + " for thirty days.")
    @Nullable String olderThan;

    @Option(
        names = "--as",
        paramLabel = "COORDINATOR",
        description = "Who orders the purge (default: each table's coordinator).")
    @Nullable String as;

    @Option(
        names = "--dry-run",
        description = "Only say which dossiers would be purged; the question is logged.")
    boolean dryRun;

    @ArgGroup(exclusive = false, multiplicity = "0..1")
    @Nullable Signing signing;

    /** The options that sign the purge's checkpoint in the application's anchor: all or none. */
    static final class Signing {
      @Option(
          names = "--private-key",
          paramLabel = "FILE",
          required = true,
          description =
              "The application's private key (from 'ifg store keygen'): with an anchored log, a"
                  + " purge needs a signed checkpoint of its own, or 'ifg store verify --anchor'"
                  + " reports it.")
      @Nullable Path privateKey;

      @Option(
          names = "--public-key",
          paramLabel = "FILE",
          required = true,
          description = "The public key of that private key.")
      @Nullable Path publicKey;

      @Option(
          names = "--anchor",
          paramLabel = "FILE",
          required = true,
          description = "The anchor file the application appends its checkpoints to.")
      @Nullable Path anchor;
    }

    /** Creates the command; picocli calls this. */
    public Purge() {}

    /**
     * The period of an {@code --older-than} value, or empty when it is not a period longer than
     * zero.
     */
    static Optional<Period> period(String value) {
      try {
        Period p = Period.parse(value);
        return p.isNegative() || p.isZero() ? Optional.empty() : Optional.of(p);
      } catch (DateTimeParseException notAPeriod) {
        return Optional.empty();
      }
    }

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      Language language = Ifg.language(spec);
      String url = store.url();
      String problem = urlProblem(url, language);
      if (problem != null) {
        err.println(problem);
        return Ifg.UNUSABLE;
      }
      String given = Objects.requireNonNull(olderThan, "--older-than");
      Optional<Period> period = period(given);
      if (period.isEmpty()) {
        err.println(Words.text(language, "purge.badPeriod", given));
        return Ifg.UNUSABLE;
      }
      @Nullable ProfessionalId actor = null;
      if (as != null) {
        try {
          actor = ProfessionalId.of(as);
        } catch (IllegalArgumentException bad) {
          err.println(Words.text(language, "purge.badActor", as));
          return Ifg.UNUSABLE;
        }
      }
      @Nullable LogSigner signer = null;
      @Nullable FileLogAnchor anchor = null;
      if (signing != null) {
        try {
          signer =
              LogSigner.of(
                  LogSigner.readPrivateKey(Objects.requireNonNull(signing.privateKey)),
                  LogSigner.readPublicKey(Objects.requireNonNull(signing.publicKey)));
        } catch (WorkflowException | IllegalArgumentException e) {
          err.println(e.getMessage());
          return Ifg.UNUSABLE;
        }
        anchor = new FileLogAnchor(Objects.requireNonNull(signing.anchor));
      }
      boolean refused = false;
      try (Store s = JdbcStore.openExisting(url)) {
        List<TableEvent.TableConfigured> tables = new ArrayList<>();
        for (StreamId stream : s.streams()) {
          if (stream.dossierId().isEmpty() && stream.region().isPresent()) {
            List<RecordedEvent> recorded = s.read(stream);
            if (!recorded.isEmpty()
                && recorded.get(0).event() instanceof TableEvent.TableConfigured configured) {
              tables.add(configured);
            }
          }
        }
        if (tables.isEmpty()) {
          out.println(Words.text(language, "purge.noTable"));
          return Ifg.OK;
        }
        for (TableEvent.TableConfigured configured : tables) {
          ChainApproach.Builder b =
              ChainApproach.builder()
                  .table(configured.table())
                  .store(s)
                  .clock(Clock.systemDefaultZone());
          if (signer != null && anchor != null) {
            b.anchor(anchor, signer);
          }
          ChainApproach chain = b.build();
          ProfessionalId who = actor == null ? chain.table().coordinator() : actor;
          be.ifg.workflow.Purge result = chain.purge(who, period.get(), dryRun);
          refused |= !result.isDone();
          report(chain.region(), result, given, language).forEach(out::println);
        }
      } catch (PersistenceException | WorkflowException | UnsupportedOperationException e) {
        err.println(Words.text(language, "store.unreadable", url, e.getMessage()));
        return Ifg.UNUSABLE;
      }
      return refused ? Ifg.INVALID : Ifg.OK;
    }

    /** What a table's purge did, in lines of words: counts and dossier ids, no content. */
    private static List<String> report(
        String region, be.ifg.workflow.Purge result, String period, Language language) {
      List<String> lines = new ArrayList<>();
      if (result instanceof be.ifg.workflow.Purge.Refused r) {
        lines.add(Words.text(language, "purge.refused", region));
        r.reasons().forEach(reason -> lines.add("  " + reason.message(language)));
        return lines;
      }
      be.ifg.workflow.Purge.Done d = (be.ifg.workflow.Purge.Done) result;
      if (d.dossiers().isEmpty()) {
        lines.add(Words.text(language, "purge.nothing", region, period));
        return lines;
      }
      List<String> ids = d.dossiers().stream().map(DossierId::value).toList();
      lines.add(
          Words.text(
              language,
              d.dryRun() ? "purge.wouldPurge" : "purge.purged",
              region,
              d.dossiers().size(),
              period,
              String.join(", ", ids)));
      lines.add(
          d.dryRun()
              ? Words.text(language, "purge.wouldTombstone", d.tombstones())
              : Words.text(language, "purge.tombstoned", d.tombstones(), d.entry()));
      return lines;
    }
  }

  // ---- subscriptions ----

  /**
   * {@code ifg store events --store URL --table REGION --as ACTOR --subscription NAME [--max N]}:
   * the next notices of a table's events the actor may receive, in words, after the subscription's
   * saved position, which then moves on.
   */
  @Command(
      name = "events",
      mixinStandardHelpOptions = true,
      description = {
        "Prints the next events of a table as notices for a professional: what happened in which"
            + " dossier and when, never who or any content, and only what need-to-know lets that"
            + " professional receive now (the baseline policy).",
        "The subscription's position is kept in the store: run it again and it prints only what"
            + " came after. Exit 0, or 2 when the store cannot be read or holds no such table."
      })
  public static final class Events implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin ExistingStore store;

    @Option(
        names = "--table",
        paramLabel = "REGION",
        required = true,
        description = "The region of the case table, e.g. west-vlaanderen.")
    @Nullable String table;

    @Option(
        names = "--as",
        paramLabel = "ACTOR",
        required = true,
        description = "The professional who subscribes, e.g. an.")
    @Nullable String actor;

    @Option(
        names = "--subscription",
        paramLabel = "NAME",
        required = true,
        description =
            "The subscription's name (letters, digits and . _ : @ -), e.g. cli; the store keeps"
                + " how far it got for this table, actor and name.")
    @Nullable String subscription;

    @Option(
        names = "--max",
        paramLabel = "N",
        defaultValue = "50",
        description = "The most notices to print (default ${DEFAULT-VALUE}).")
    int max = 50;

    /** Creates the command; picocli calls this. */
    public Events() {}

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      Language language = Ifg.language(spec);
      String url = store.url();
      String problem = urlProblem(url, language);
      if (problem != null) {
        err.println(problem);
        return Ifg.UNUSABLE;
      }
      if (max < 1) {
        err.println(Words.text(language, "events.max", max));
        return Ifg.UNUSABLE;
      }
      String region = Objects.requireNonNull(table, "--table");
      be.ifg.domain.ProfessionalId subscriber;
      try {
        subscriber = be.ifg.domain.ProfessionalId.of(Objects.requireNonNull(actor, "--as"));
        be.ifg.persistence.SubscriptionStore.checkName(
            Objects.requireNonNull(subscription, "--subscription"));
        StreamId.table(region);
      } catch (IllegalArgumentException e) {
        err.println(Words.text(language, "events.badInput", e.getMessage()));
        return Ifg.UNUSABLE;
      }
      try (Store s = JdbcStore.openExisting(url)) {
        List<RecordedEvent> tableEvents = s.read(StreamId.table(region));
        if (tableEvents.isEmpty()
            || !(tableEvents.get(0).event() instanceof TableEvent.TableConfigured configured)) {
          err.println(Words.text(language, "events.noTable", region, url));
          return Ifg.UNUSABLE;
        }
        be.ifg.workflow.ChainApproach chain =
            be.ifg.workflow.ChainApproach.builder()
                .table(configured.table())
                .clock(java.time.Clock.systemUTC())
                .store(s)
                .build();
        be.ifg.workflow.Subscription sub = chain.subscribe(subscriber, subscription);
        int printed =
            sub.poll(
                max,
                n ->
                    out.println(
                        Words.text(language, "events.notice", n.at(), n.text().text(language))));
        out.println(
            printed == 0
                ? Words.text(language, "events.none", subscriber, region)
                : Words.text(language, "events.printed", printed, subscriber, region));
        return Ifg.OK;
      } catch (PersistenceException | WorkflowException e) {
        err.println(Words.text(language, "store.unreadable", url, e.getMessage()));
        return Ifg.UNUSABLE;
      }
    }
  }
}
