package be.ifg.cli;

import be.ifg.domain.ChainEvent;
import be.ifg.domain.DisclosureEntry;
import be.ifg.domain.Dossier;
import be.ifg.domain.DossierEvent;
import be.ifg.domain.DossierId;
import be.ifg.domain.Language;
import be.ifg.examples.jdbc.JdbcStore;
import be.ifg.persistence.CorruptRecord;
import be.ifg.persistence.PersistenceException;
import be.ifg.persistence.RecordedEvent;
import be.ifg.persistence.Store;
import be.ifg.persistence.StreamId;
import be.ifg.persistence.json.EventJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The store in use (issue 15): {@code ifg store list}, {@code show}, {@code export} and {@code
 * import}. They open only a store that exists ({@link JdbcStore#openExisting}); {@code import
 * --create} alone makes one, and only in a directory that exists.
 *
 * <p>Who runs them is the store's administrator, who can read every row with the database's own
 * tools anyway; still, {@code list} prints no content at all and {@code show} prints an event's
 * content only when asked with {@code --content}. None of them is logged in the disclosure log:
 * they do not go through the library's need-to-know policy (see docs/security.md).
 */
final class StoreInspect {
  /** The first line of an export: what the file is, and the version of its form. */
  static final String HEADER = "{\"format\":\"ifg-store-export\",\"version\":1}";

  private static final int PAGE = 500;

  /** The longest line an import reads: far above any event the library writes. */
  private static final int MAX_LINE = 4 * 1024 * 1024;

  private StoreInspect() {}

  /** Opens a store that exists, or prints why not and returns empty. */
  private static Optional<Store> existing(String url, PrintWriter err, Language language) {
    String problem = StoreCommand.urlProblem(url, language);
    if (problem != null) {
      err.println(problem);
      return Optional.empty();
    }
    try {
      return Optional.of(JdbcStore.openExisting(url));
    } catch (PersistenceException e) {
      err.println(Words.text(language, "store.unreadable", url, e.getMessage()));
      return Optional.empty();
    }
  }

  /** Every disclosure entry, in sequence order, page by page. */
  private static void eachDisclosure(Store store, Consumer<DisclosureEntry> each) {
    long after = 0;
    List<DisclosureEntry> page;
    do {
      page = store.readDisclosures(after, PAGE);
      page.forEach(each);
      if (!page.isEmpty()) {
        after = page.get(page.size() - 1).sequence();
      }
    } while (page.size() == PAGE);
  }

  /** The state a dossier's events fold to, as a label, or the words for a history that does not. */
  private static String state(List<RecordedEvent> recorded, Language language) {
    @Nullable Dossier state = null;
    try {
      for (RecordedEvent r : recorded) {
        if (!(r.event() instanceof DossierEvent e)) {
          return Words.text(language, "inspect.noState");
        }
        state = Dossier.evolve(state, e);
      }
    } catch (IllegalArgumentException | IllegalStateException doesNotFold) {
      return Words.text(language, "inspect.noState");
    }
    return state == null ? "-" : state.status().label(language);
  }

  /** {@code ifg store list --store URL}: the tables and dossiers of a store, without content. */
  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = {
        "Lists what a store holds: each table with its dossiers (id, state, number of events)"
            + " and the length of the disclosure log. Prints no content.",
        "Exit 0, or 2 when there is no store at the URL or it cannot be read."
      })
  static final class ListCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin ExistingStore store;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      Language language = Ifg.language(spec);
      String url = store.url();
      Optional<Store> opened = existing(url, err, language);
      if (opened.isEmpty()) {
        return Ifg.UNUSABLE;
      }
      try (Store s = opened.get()) {
        // region ("" for dossiers of no table) -> lines of its dossiers; the table's own events
        Map<String, List<String>> dossiers = new TreeMap<>();
        Map<String, Integer> tableEvents = new TreeMap<>();
        for (StreamId stream : s.streams()) {
          String region = stream.region().orElse("");
          List<RecordedEvent> recorded = s.read(stream);
          Optional<DossierId> dossier = stream.dossierId();
          if (dossier.isPresent()) {
            dossiers
                .computeIfAbsent(region, r -> new ArrayList<>())
                .add(
                    Words.text(
                        language,
                        "inspect.dossier",
                        dossier.get(),
                        state(recorded, language),
                        recorded.size()));
          } else {
            tableEvents.put(region, recorded.size());
            dossiers.computeIfAbsent(region, r -> new ArrayList<>());
          }
        }
        for (Map.Entry<String, List<String>> table : dossiers.entrySet()) {
          String region = table.getKey();
          out.println(
              region.isEmpty()
                  ? Words.text(language, "inspect.noTable", table.getValue().size())
                  : Words.text(
                      language,
                      "inspect.table",
                      region,
                      tableEvents.getOrDefault(region, 0),
                      table.getValue().size()));
          table.getValue().forEach(line -> out.println("  " + line));
        }
        long[] entries = new long[2];
        eachDisclosure(
            s,
            e -> {
              entries[0]++;
              entries[1] += e.isTombstone() ? 1 : 0;
            });
        out.println(Words.text(language, "inspect.log", entries[0], entries[1]));
        return Ifg.OK;
      } catch (PersistenceException e) {
        err.println(Words.text(language, "store.unreadable", url, e.getMessage()));
        return Ifg.UNUSABLE;
      }
    }
  }

  /**
   * {@code ifg store show DOSSIER --store URL [--table REGION] [--content]}: a dossier's events and
   * its disclosure-log entries.
   */
  @Command(
      name = "show",
      mixinStandardHelpOptions = true,
      description = {
        "Shows one dossier of a store: each event with its version, time, kind and who recorded"
            + " it, then each disclosure-log entry about the dossier (who asked what, for which"
            + " purpose, and the outcome). An event's content (names, summaries, items) only with"
            + " --content.",
        "Exit 0, or 2 when there is no store, no such dossier, or the dossier is at more than"
            + " one table and --table does not say which."
      })
  static final class Show implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DOSSIER", description = "The dossier's id, e.g. d1.")
    @Nullable String dossier;

    @Mixin ExistingStore store;

    @Option(
        names = "--table",
        paramLabel = "REGION",
        description = "The region of the dossier's table, when the store has it at more than one.")
    @Nullable String table;

    @Option(
        names = "--content",
        description =
            "Also print each event's content, in the stable JSON form of the store (the store's"
                + " administrator can read it in the database anyway; the default shows none).")
    boolean content;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      Language language = Ifg.language(spec);
      String url = store.url();
      DossierId id;
      try {
        id = DossierId.of(Objects.requireNonNull(dossier, "DOSSIER"));
        if (table != null) {
          StreamId.table(table);
        }
      } catch (IllegalArgumentException e) {
        err.println(Words.text(language, "inspect.badInput", e.getMessage()));
        return Ifg.UNUSABLE;
      }
      Optional<Store> opened = existing(url, err, language);
      if (opened.isEmpty()) {
        return Ifg.UNUSABLE;
      }
      try (Store s = opened.get()) {
        List<StreamId> found = new ArrayList<>();
        for (StreamId stream : s.streams()) {
          if (stream.dossierId().equals(Optional.of(id))
              && (table == null || stream.region().equals(Optional.of(table)))) {
            found.add(stream);
          }
        }
        if (found.isEmpty()) {
          err.println(Words.text(language, "inspect.noDossier", id, url));
          return Ifg.UNUSABLE;
        }
        if (found.size() > 1) {
          List<String> regions =
              found.stream().map(f -> f.region().orElse("-")).distinct().toList();
          err.println(Words.text(language, "inspect.ambiguous", id, String.join(", ", regions)));
          return Ifg.UNUSABLE;
        }
        StreamId stream = found.get(0);
        List<RecordedEvent> recorded = s.read(stream);
        out.println(
            Words.text(
                language,
                "inspect.heading",
                id,
                stream.region().orElse("-"),
                state(recorded, language),
                recorded.size()));
        for (RecordedEvent r : recorded) {
          ChainEvent e = r.event();
          out.println(
              "  "
                  + Words.text(
                      language,
                      "inspect.event",
                      r.version(),
                      e.at(),
                      EventJson.type(e),
                      e.actor()));
          if (content) {
            out.println("    " + EventJson.write(e));
          }
        }
        List<String> log = new ArrayList<>();
        Optional<String> region = stream.region();
        eachDisclosure(
            s,
            entry -> {
              if (entry.dossierId().equals(Optional.of(id))
                  && (region.isEmpty()
                      || entry.tableRegion().isEmpty()
                      || entry.tableRegion().equals(region))) {
                log.add("  " + logLine(entry, language));
              }
            });
        out.println(Words.text(language, "inspect.logHeading", log.size()));
        log.forEach(out::println);
        return Ifg.OK;
      } catch (PersistenceException e) {
        err.println(Words.text(language, "store.unreadable", url, e.getMessage()));
        return Ifg.UNUSABLE;
      }
    }

    private static String logLine(DisclosureEntry e, Language language) {
      if (e.isTombstone()) {
        return Words.text(language, "inspect.tombstone", e.sequence(), e.at(), e.purgedBy());
      }
      return Words.text(
          language,
          "inspect.entry",
          e.sequence(),
          e.at(),
          e.actor(),
          e.action(),
          e.item() == null ? "-" : e.item(),
          e.purpose() == null ? "-" : e.purpose().label(language),
          e.outcome());
    }
  }

  /** {@code ifg store export --store URL [--to FILE]}: every record, as JSON lines. */
  @Command(
      name = "export",
      mixinStandardHelpOptions = true,
      description = {
        "Writes everything a store holds as JSON lines: a header line, then every event in the"
            + " order the store recorded them ({\"stream\":…,\"version\":…,\"event\":{…}}), then"
            + " the disclosure log in sequence order ({\"sequence\":…,\"entry\":{…}}), each in the"
            + " stable JSON form of the store. The file holds all content: keep it as the store.",
        "Exit 0, or 2 when there is no store, it cannot be read, or --to names a file that"
            + " exists."
      })
  static final class Export implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin ExistingStore store;

    @Option(
        names = "--to",
        paramLabel = "FILE",
        description = "A new file to write to (never overwritten); standard output without it.")
    @Nullable Path to;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      Language language = Ifg.language(spec);
      String url = store.url();
      if (to != null && Files.exists(to)) {
        err.println(Words.text(language, "export.exists", to));
        return Ifg.UNUSABLE;
      }
      Optional<Store> opened = existing(url, err, language);
      if (opened.isEmpty()) {
        return Ifg.UNUSABLE;
      }
      try (Store s = opened.get()) {
        if (to == null) {
          long[] counts = export(s, out);
          out.flush();
          err.println(Words.text(language, "export.done", counts[0], counts[1], "-"));
          return Ifg.OK;
        }
        try (Writer w =
            Files.newBufferedWriter(to, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW)) {
          PrintWriter writer = new PrintWriter(w);
          long[] counts = export(s, writer);
          if (writer.checkError()) {
            throw new IOException("the write failed");
          }
          out.println(Words.text(language, "export.done", counts[0], counts[1], to));
          return Ifg.OK;
        } catch (FileAlreadyExistsException exists) {
          err.println(Words.text(language, "export.exists", to));
          return Ifg.UNUSABLE;
        } catch (IOException e) {
          err.println(Words.text(language, "export.cannotWrite", to, e.getMessage()));
          return Ifg.UNUSABLE;
        }
      } catch (PersistenceException e) {
        err.println(Words.text(language, "store.unreadable", url, e.getMessage()));
        return Ifg.UNUSABLE;
      }
    }
  }

  /**
   * Writes a store as JSON lines: the header, every event by global position, then every disclosure
   * entry by sequence.
   *
   * @return the number of events and of disclosure entries written
   */
  static long[] export(Store store, PrintWriter to) {
    long[] counts = new long[2];
    to.print(HEADER + "\n");
    long after = 0;
    List<RecordedEvent> page;
    do {
      page = store.readAll(after, PAGE);
      for (RecordedEvent r : page) {
        // stream names hold only [A-Za-z0-9._:@/-]: nothing to escape
        to.print(
            "{\"stream\":\""
                + r.stream().value()
                + "\",\"version\":"
                + r.version()
                + ",\"event\":"
                + EventJson.write(r.event())
                + "}\n");
        counts[0]++;
        after = r.position();
      }
    } while (page.size() == PAGE);
    eachDisclosure(
        store,
        e -> {
          to.print(
              "{\"sequence\":"
                  + e.sequence()
                  + ",\"entry\":"
                  + EventJson.writeDisclosure(e)
                  + "}\n");
          counts[1]++;
        });
    to.flush();
    return counts;
  }

  /** {@code ifg store import FILE --store URL [--create]}: an export into an empty store. */
  @Command(
      name = "import",
      mixinStandardHelpOptions = true,
      description = {
        "Reads a file written by 'ifg store export' into an empty store, in the same order, then"
            + " verifies the store as 'ifg store verify' does and says what was imported. A store"
            + " that holds any event or disclosure entry is refused before anything is written.",
        "Exit 0 when imported and verified, 1 when the imported store does not verify, 2 when"
            + " the file or the store cannot be used (a line of the file that cannot be read is"
            + " named: FILE: line N: what)."
      })
  static final class Import implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The export file (JSON lines).")
    @Nullable Path file;

    @Option(
        names = "--store",
        paramLabel = "URL",
        required = true,
        description = "The JDBC URL of the empty store to import into.")
    @Nullable String store;

    @Option(
        names = "--create",
        description =
            "Create the store when missing: the H2 database file (in a directory that exists)"
                + " or the tables in an existing database. Without it the store must exist.")
    boolean create;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      Language language = Ifg.language(spec);
      String url = Objects.requireNonNull(store, "--store");
      Path from = Objects.requireNonNull(file, "FILE");
      if (!Files.isRegularFile(from) || !Files.isReadable(from)) {
        err.println(
            Words.text(
                language, Files.isDirectory(from) ? "import.directory" : "import.noFile", from));
        return Ifg.UNUSABLE;
      }
      Optional<Store> opened;
      if (create) {
        String problem = StoreCommand.newStoreProblem(url, language);
        if (problem != null) {
          err.println(problem);
          return Ifg.UNUSABLE;
        }
        try {
          opened = Optional.of(JdbcStore.open(url));
        } catch (PersistenceException e) {
          err.println(Words.text(language, "store.unreadable", url, e.getMessage()));
          return Ifg.UNUSABLE;
        }
      } else {
        opened = existing(url, err, language);
      }
      if (opened.isEmpty()) {
        return Ifg.UNUSABLE;
      }
      try (Store s = opened.get()) {
        if (!s.streams().isEmpty() || s.lastDisclosure().isPresent()) {
          err.println(Words.text(language, "import.notEmpty", url));
          return Ifg.UNUSABLE;
        }
        long[] counts;
        try {
          importInto(s, from, false); // the whole file is read once before anything is written
          counts = importInto(s, from, true);
        } catch (BadLine bad) {
          err.println(Words.text(language, "import.badLine", from, bad.line, bad.getMessage()));
          return Ifg.UNUSABLE;
        } catch (IOException e) {
          err.println(Words.text(language, "import.noFile", from + ": " + e.getMessage()));
          return Ifg.UNUSABLE;
        }
        out.println(Words.text(language, "import.done", counts[0], counts[1], counts[2], url));
        List<String> problems = new ArrayList<>();
        int[] verified = StoreCommand.Verify.verify(s, problems, null, language);
        for (String p : problems) {
          out.println(Words.text(language, "store.problem", p));
        }
        if (!problems.isEmpty()) {
          out.println(Words.text(language, "store.problems", problems.size()));
          return Ifg.INVALID;
        }
        out.println(
            Words.text(
                language,
                verified[2] == 1 ? "store.verifiedOneEntry" : "store.verified",
                verified[0],
                verified[1],
                verified[2]));
        return Ifg.OK;
      } catch (PersistenceException e) {
        err.println(Words.text(language, "store.unreadable", url, e.getMessage()));
        return Ifg.UNUSABLE;
      }
    }
  }

  /** A line of an export that cannot be imported; the message says what is wrong. */
  static final class BadLine extends RuntimeException {
    private static final long serialVersionUID = 1L;

    final long line;

    BadLine(long line, String message) {
      super(message, null, false, false);
      this.line = line;
    }
  }

  /**
   * Reads an export into a store, in its order: consecutive events of one stream in one append.
   * With {@code write} false it only reads and checks the file.
   *
   * @return the number of streams, events and disclosure entries imported
   * @throws BadLine for a line that cannot be read or does not follow (named by number)
   * @throws IOException if the file cannot be read
   */
  static long[] importInto(Store store, Path file, boolean write) throws IOException {
    JsonMapper mapper = JsonMapper.builder().build();
    Map<StreamId, Long> versions = new TreeMap<>();
    long events = 0;
    long entries = 0;
    long lineNumber = 0;
    List<ChainEvent> batch = new ArrayList<>();
    @Nullable StreamId batchStream = null;
    long batchFrom = 0;
    long expectedSequence = 1;
    boolean disclosures = false;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        lineNumber++;
        if (line.length() > MAX_LINE) {
          throw new BadLine(lineNumber, "the line is longer than " + MAX_LINE + " characters");
        }
        if (lineNumber == 1) {
          if (!line.equals(HEADER)) {
            throw new BadLine(1, "expected the header " + HEADER);
          }
          continue;
        }
        if (line.isBlank()) {
          throw new BadLine(lineNumber, "an empty line");
        }
        JsonNode node;
        try {
          node = mapper.readTree(line);
        } catch (JacksonException e) {
          throw new BadLine(lineNumber, "not JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
          throw new BadLine(lineNumber, "expected an object");
        }
        try {
          if (node.has("stream") && node.size() == 3 && !disclosures) {
            StreamId stream = new StreamId(text(node, "stream", lineNumber));
            long version = number(node, "version", lineNumber);
            JsonNode event = node.get("event");
            if (event == null || !event.isObject()) {
              throw new BadLine(lineNumber, "expected \"event\": an object");
            }
            long expected = versions.getOrDefault(stream, 0L) + 1;
            if (version != expected) {
              throw new BadLine(
                  lineNumber,
                  "stream " + stream + " goes on at version " + expected + ", not " + version);
            }
            versions.put(stream, version);
            ChainEvent read = EventJson.read(event.toString(), stream, version);
            if (!stream.equals(batchStream)) {
              flush(write ? store : null, batchStream, batchFrom, batch);
              batchStream = stream;
              batchFrom = version - 1;
            }
            batch.add(read);
            events++;
          } else if (node.has("sequence") && node.size() == 2) {
            flush(write ? store : null, batchStream, batchFrom, batch);
            batchStream = null;
            disclosures = true;
            long sequence = number(node, "sequence", lineNumber);
            JsonNode entry = node.get("entry");
            if (entry == null || !entry.isObject()) {
              throw new BadLine(lineNumber, "expected \"entry\": an object");
            }
            if (sequence != expectedSequence) {
              throw new BadLine(
                  lineNumber,
                  "the log goes on at sequence " + expectedSequence + ", not " + sequence);
            }
            DisclosureEntry read = EventJson.readDisclosure(entry.toString(), sequence);
            if (write) {
              store.appendDisclosure(read);
            }
            expectedSequence++;
            entries++;
          } else {
            throw new BadLine(
                lineNumber,
                disclosures && node.has("stream")
                    ? "an event after the disclosure log"
                    : "expected {\"stream\",\"version\",\"event\"} or {\"sequence\",\"entry\"}");
          }
        } catch (CorruptRecord c) {
          throw new BadLine(lineNumber, c.getMessage());
        } catch (IllegalArgumentException e) {
          throw new BadLine(lineNumber, String.valueOf(e.getMessage()));
        }
      }
    }
    if (lineNumber == 0) {
      throw new BadLine(1, "the file is empty; expected the header " + HEADER);
    }
    flush(write ? store : null, batchStream, batchFrom, batch);
    return new long[] {versions.size(), events, entries};
  }

  private static void flush(
      @Nullable Store store,
      @Nullable StreamId stream,
      long expectedVersion,
      List<ChainEvent> batch) {
    if (store != null && stream != null && !batch.isEmpty()) {
      store.append(stream, expectedVersion, List.copyOf(batch));
    }
    batch.clear();
  }

  private static String text(JsonNode node, String field, long line) {
    JsonNode value = node.get(field);
    if (value == null || !value.isString()) {
      throw new BadLine(line, "expected \"" + field + "\": a text");
    }
    return value.asString();
  }

  private static long number(JsonNode node, String field, long line) {
    JsonNode value = node.get(field);
    if (value == null || !value.isIntegralNumber() || !value.canConvertToLong()) {
      throw new BadLine(line, "expected \"" + field + "\": a whole number");
    }
    long n = value.asLong();
    if (n < 1) {
      throw new BadLine(line, "expected \"" + field + "\": a number from 1");
    }
    return n;
  }
}
