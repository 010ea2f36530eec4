package be.ifg.cli;

import be.ifg.domain.DossierStatus;
import be.ifg.domain.Language;
import be.ifg.domain.ProfessionalId;
import be.ifg.domain.SignalCategory;
import be.ifg.examples.jdbc.JdbcStore;
import be.ifg.persistence.PersistenceException;
import be.ifg.persistence.Store;
import be.ifg.workflow.DisclosureLog;
import be.ifg.workflow.SteeringGroup;
import be.ifg.workflow.SteeringReport;
import be.ifg.workflow.SteeringReports;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code ifg report --store URL --group FILE --as READER --from DATE --to DATE [--format
 * text|json|csv] [--threshold N]}: a steering group's report over a period, from a store, for one
 * of the group's readers (docs/steering.md).
 *
 * <p>Each invocation is independent and holds no shared state.
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "A steering group's report over a period, from a store: inflow and outflow, dossiers per"
          + " state, time per phase, decline reasons, reopenings, risk bands and policy signals,"
          + " with counts below the threshold suppressed. Only a reader of the group gets it; the"
          + " question is written to the store's disclosure log.",
      "Exit 0 with the report, 1 when the reader is not a reader of the group, 2 when the command"
          + " line, the group file or the store cannot be used."
    })
public final class ReportCommand implements Callable<Integer> {
  /** The zone of a period's days: the chain approach is Flemish. */
  static final ZoneId ZONE = ZoneId.of("Europe/Brussels");

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  @Spec CommandSpec spec;

  @Mixin ExistingStore store;

  @Option(
      names = "--group",
      paramLabel = "FILE",
      required = true,
      description =
          "The steering group: a JSON file with name, readers, regions and optionally"
              + " declineCategories (docs/steering.md).")
  @Nullable Path group;

  @Option(
      names = "--as",
      paramLabel = "READER",
      required = true,
      description = "Who asks: the professional id of a reader of the group.")
  @Nullable String reader;

  @Option(names = "--from", paramLabel = "DATE", required = true, description = "First day.")
  @Nullable String from;

  @Option(names = "--to", paramLabel = "DATE", required = true, description = "Last day.")
  @Nullable String to;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text (default), json or csv.")
  String format = "text";

  @Option(
      names = "--threshold",
      paramLabel = "N",
      defaultValue = "5",
      description = "The smallest count shown (default 5, at least 3).")
  int threshold = SteeringReports.DEFAULT_THRESHOLD;

  /** Creates the command; picocli calls this. */
  public ReportCommand() {}

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Language language = Ifg.language(spec);
    String url = store.url();
    String problem = StoreCommand.urlProblem(url, language);
    if (problem == null && !List.of("text", "json", "csv").contains(format)) {
      problem = Words.text(language, "report.format", format);
    }
    if (problem == null && threshold < 3) {
      problem = Words.text(language, "report.threshold", threshold);
    }
    LocalDate first = null;
    LocalDate last = null;
    if (problem == null) {
      try {
        first = LocalDate.parse(Objects.requireNonNull(from));
        last = LocalDate.parse(Objects.requireNonNull(to));
        if (last.isBefore(first)) {
          problem = Words.text(language, "report.period", first, last);
        }
      } catch (DateTimeParseException e) {
        problem = Words.text(language, "report.date", e.getParsedString());
      }
    }
    SteeringGroup steering = null;
    if (problem == null) {
      try {
        steering = readGroup(Objects.requireNonNull(group), language);
      } catch (GroupProblem e) {
        problem = e.getMessage();
      }
    }
    ProfessionalId who;
    try {
      who = ProfessionalId.of(Objects.requireNonNull(reader));
    } catch (IllegalArgumentException e) {
      who = null;
      if (problem == null) {
        problem = Words.text(language, "report.reader", reader);
      }
    }
    if (problem != null) {
      err.println(problem);
      return Ifg.UNUSABLE;
    }
    Optional<SteeringReport> report;
    try (Store s = JdbcStore.open(url)) {
      SteeringReports reports =
          new SteeringReports(
              s,
              Objects.requireNonNull(steering),
              Clock.system(ZONE),
              threshold,
              new DisclosureLog(s));
      report = reports.report(Objects.requireNonNull(who), first, last);
    } catch (PersistenceException e) {
      err.println(Words.text(language, "store.unreadable", url, e.getMessage()));
      return Ifg.UNUSABLE;
    }
    if (report.isEmpty()) {
      err.println(Words.text(language, "report.notReader", who, steering.name()));
      return Ifg.INVALID;
    }
    switch (format) {
      case "json" -> out.println(json(report.get()));
      case "csv" -> out.print(csv(report.get()));
      default -> out.print(text(report.get(), language));
    }
    return Ifg.OK;
  }

  /** A group file that cannot be used; the message names the file and the JSON path. */
  static final class GroupProblem extends Exception {
    private static final long serialVersionUID = 1L;

    GroupProblem(String message) {
      super(message);
    }
  }

  /**
   * Reads a steering group from its JSON file: {@code name}, {@code readers} and {@code regions}
   * (non-empty arrays of ids) and optionally {@code declineCategories} (an object of arrays of
   * words).
   */
  static SteeringGroup readGroup(Path file, Language language) throws GroupProblem {
    JsonNode root;
    try {
      root = MAPPER.readTree(Files.readString(file));
    } catch (IOException e) {
      throw new GroupProblem(Words.text(language, "report.groupUnreadable", file, e.getMessage()));
    } catch (JacksonException e) {
      throw new GroupProblem(
          Words.text(language, "report.groupNotJson", file, e.getOriginalMessage()));
    }
    if (root == null || !root.isObject()) {
      throw problem(file, "$", "report.groupExpectObject", language);
    }
    for (String field : root.propertyNames()) {
      if (!Set.of("name", "readers", "regions", "declineCategories").contains(field)) {
        throw problem(file, "$." + field, "report.groupUnknownField", language);
      }
    }
    JsonNode name = root.get("name");
    if (name == null || !name.isString() || name.asString().isBlank()) {
      throw problem(file, "$.name", "report.groupExpectName", language);
    }
    Set<ProfessionalId> readers = new LinkedHashSet<>();
    for (String id : strings(root, "readers", file, language)) {
      readers.add(ProfessionalId.of(id));
    }
    Set<String> regions = new LinkedHashSet<>(strings(root, "regions", file, language));
    Map<String, List<String>> categories = new LinkedHashMap<>();
    JsonNode declines = root.get("declineCategories");
    if (declines != null) {
      if (!declines.isObject()) {
        throw problem(file, "$.declineCategories", "report.groupExpectCategories", language);
      }
      for (String category : declines.propertyNames()) {
        categories.put(category, strings(declines, category, file, language));
      }
    }
    try {
      return new SteeringGroup(name.asString(), readers, regions, categories);
    } catch (IllegalArgumentException e) {
      throw new GroupProblem(Words.text(language, "report.groupInvalid", file, e.getMessage()));
    }
  }

  private static List<String> strings(JsonNode parent, String field, Path file, Language language)
      throws GroupProblem {
    String path = parent.has("name") ? "$." + field : "$.declineCategories." + field;
    JsonNode node = parent.get(field);
    if (node == null || !node.isArray() || node.isEmpty()) {
      throw problem(file, path, "report.groupExpectIds", language);
    }
    List<String> values = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      JsonNode v = node.get(i);
      if (!v.isString() || v.asString().isBlank()) {
        throw problem(file, path + "[" + i + "]", "report.groupExpectIds", language);
      }
      try {
        if (path.startsWith("$.readers")) {
          ProfessionalId.of(v.asString());
        }
      } catch (IllegalArgumentException e) {
        throw problem(file, path + "[" + i + "]", "report.groupExpectIds", language);
      }
      values.add(v.asString());
    }
    return values;
  }

  private static GroupProblem problem(Path file, String path, String key, Language language) {
    return new GroupProblem(
        Words.text(language, "report.groupAt", file, path, Words.text(language, key)));
  }

  /** The label of a cell's key in a language. */
  static String label(SteeringReport.Measure measure, String key, Language language) {
    return switch (measure) {
      case INFLOW, OUTFLOW, STATES -> DossierStatus.valueOf(key).label(language);
      case SIGNALS -> SignalCategory.valueOf(key).label(language);
      case REOPENINGS -> Words.text(language, "report.cell.reopened");
      default ->
          key.equals("none")
              ? Words.text(language, "report.cell.none")
              : key.equals(SteeringGroup.OTHER) ? Words.text(language, "report.cell.other") : key;
    };
  }

  /** The report as text, in a language. */
  static String text(SteeringReport r, Language language) {
    StringBuilder b = new StringBuilder();
    int t = r.threshold();
    b.append(
            Words.text(
                language,
                "report.heading",
                r.group(),
                String.join(", ", r.regions()),
                r.from(),
                r.to()))
        .append('\n');
    for (SteeringReport.Figures f : r.figures()) {
      b.append('\n')
          .append(Words.text(language, "report.measure." + f.measure().name()))
          .append('\n');
      for (SteeringReport.Cell c : f.cells()) {
        line(b, label(f.measure(), c.key(), language), c.count().text(t));
      }
      if (f.cells().size() > 1) {
        line(b, Words.text(language, "report.total"), f.total().text(t));
      }
    }
    b.append('\n').append(Words.text(language, "report.phases")).append('\n');
    for (SteeringReport.PhaseTime p : r.phases()) {
      line(b, p.phase().label(language), p.shown() ? p.medianDays() + " / " + p.p90Days() : "-");
    }
    b.append('\n').append(Words.text(language, "report.legend", t, t - 1)).append('\n');
    return b.toString();
  }

  private static void line(StringBuilder b, String label, String value) {
    b.append("  ").append(label);
    b.append(" ".repeat(Math.max(1, 40 - label.length()))).append(value).append('\n');
  }

  /** The report as JSON: every count as its number or {@code null}, with its text. */
  static String json(SteeringReport r) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("group", r.group());
    ArrayNode regions = root.putArray("regions");
    r.regions().forEach(regions::add);
    root.put("from", r.from().toString());
    root.put("to", r.to().toString());
    root.put("threshold", r.threshold());
    ArrayNode figures = root.putArray("figures");
    for (SteeringReport.Figures f : r.figures()) {
      ObjectNode g = figures.addObject();
      g.put("measure", f.measure().name());
      count(g.putObject("total"), f.total(), r.threshold());
      ArrayNode cells = g.putArray("cells");
      for (SteeringReport.Cell c : f.cells()) {
        ObjectNode cell = cells.addObject();
        cell.put("key", c.key());
        count(cell, c.count(), r.threshold());
      }
    }
    ArrayNode phases = root.putArray("phases");
    for (SteeringReport.PhaseTime p : r.phases()) {
      ObjectNode o = phases.addObject();
      o.put("phase", p.phase().name());
      o.put("medianDays", p.medianDays());
      o.put("p90Days", p.p90Days());
    }
    return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
  }

  private static void count(ObjectNode o, SteeringReport.Count c, int threshold) {
    if (c instanceof SteeringReport.Shown s) {
      o.put("count", s.count());
    } else {
      o.putNull("count");
      o.put("suppressed", ((SteeringReport.Suppressed) c).mark().name());
    }
    o.put("text", c.text(threshold));
  }

  /** The report as CSV: {@code measure,key,count}, a total row per group, then the phases. */
  static String csv(SteeringReport r) {
    StringBuilder b = new StringBuilder("measure,key,count\n");
    int t = r.threshold();
    for (SteeringReport.Figures f : r.figures()) {
      for (SteeringReport.Cell c : f.cells()) {
        b.append(f.measure()).append(',').append(c.key()).append(',');
        b.append(c.count().text(t)).append('\n');
      }
      b.append(f.measure()).append(",TOTAL,").append(f.total().text(t)).append('\n');
    }
    for (SteeringReport.PhaseTime p : r.phases()) {
      String median = p.shown() ? String.valueOf(p.medianDays()) : "-";
      String p90 = p.shown() ? String.valueOf(p.p90Days()) : "-";
      b.append("PHASE_MEDIAN_DAYS,").append(p.phase()).append(',').append(median).append('\n');
      b.append("PHASE_P90_DAYS,").append(p.phase()).append(',').append(p90).append('\n');
    }
    return b.toString();
  }
}
