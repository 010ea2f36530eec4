package be.ifg.cli;

import be.ifg.domain.ActionId;
import be.ifg.domain.ActionStatus;
import be.ifg.domain.CaseTable;
import be.ifg.domain.CorrectionKind;
import be.ifg.domain.DangerAssessment;
import be.ifg.domain.DossierId;
import be.ifg.domain.DossierStatus;
import be.ifg.domain.GoalId;
import be.ifg.domain.GoalOutcome;
import be.ifg.domain.InclusionCriterion;
import be.ifg.domain.InformationCategory;
import be.ifg.domain.ItemId;
import be.ifg.domain.Partner;
import be.ifg.domain.PartnerId;
import be.ifg.domain.PartnerKind;
import be.ifg.domain.Party;
import be.ifg.domain.PartyId;
import be.ifg.domain.PartyRole;
import be.ifg.domain.ProfessionalId;
import be.ifg.domain.ProposalId;
import be.ifg.domain.Purpose;
import be.ifg.domain.RequestId;
import be.ifg.domain.SafetyMeasure;
import be.ifg.domain.Sector;
import be.ifg.domain.SessionId;
import be.ifg.domain.SignalCategory;
import be.ifg.domain.SignalId;
import be.ifg.domain.TableMember;
import be.ifg.rti.AnswerSet;
import be.ifg.rti.Instruments;
import be.ifg.rti.Parsed;
import be.ifg.rti.Problem;
import be.ifg.rti.json.AnswersJson;
import be.ifg.rti.json.BuiltInInstruments;
import be.ifg.rti.json.InstrumentJson;
import be.ifg.workflow.AccessAction;
import be.ifg.workflow.AgendaKind;
import be.ifg.workflow.Command;
import be.ifg.workflow.CommandDeclaration;
import be.ifg.workflow.Commands;
import be.ifg.workflow.DossierPart;
import be.ifg.workflow.ReasonCode;
import be.ifg.workflow.SessionDecisionKind;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/*
 * Reads a scenario file and validates all of it before anything runs.
 *
 * Every problem is collected with its JSON path: unknown fields anywhere, unknown commands and
 * questions, unknown ids (actor, party, partner, item, goal, action, request, dossier), bad enum
 * values, missing required fields, times that go backwards. Ids are known from the tables or from
 * an earlier step that introduces them (a registration's parties, a shared item, a request, a
 * plan's goals and actions) in the same dossier, or a joinTable's new member.
 *
 * Several tables: every step is routed to one table's chain approach. A dossier belongs to the
 * table it is registered at (with.table, required when the file has several tables); a table
 * command goes to the table of its actor (every member and professional id belongs to one table,
 * and joinTable seats a new id at the table of the coordinator who gives it). Partner ids are
 * read at the table of the step: each table has its own.
 *
 * Texts the library itself judges (reasons, summaries, advice, ...) are optional here: a blank or
 * missing one reaches the decision and is rejected there, so a scenario can expect that rejection.
 */

/** Reads and validates scenario files. */
final class ScenarioReader {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:@-]{0,99}");

  private final Path file;
  private final String source;
  private final List<Problem> problems = new ArrayList<>();

  /** The line and column of each value of the file, by JSON path. */
  private Map<String, int[]> where = Map.of();

  // what the file has introduced so far
  /** Every known actor and the region of the table they belong to. */
  private final Map<ProfessionalId, String> actors = new LinkedHashMap<>();

  /** The regions of the tables, in file order (a table without a valid region gets a stand-in). */
  private final List<String> regions = new ArrayList<>();

  /** The partners known at each table: its seats and the organisations of its professionals. */
  private final Map<String, Set<PartnerId>> partners = new HashMap<>();

  private final Map<DossierId, Known> dossiers = new HashMap<>();
  private final Map<DossierId, String> dossierTables = new LinkedHashMap<>();
  private final Set<SignalId> signals = new HashSet<>();
  private final Set<SessionId> sessions = new HashSet<>();

  /** The region of the table the step being read goes to, or {@code null}. */
  private @Nullable String here;

  /** The ids a dossier has introduced. */
  private static final class Known {
    final Set<PartyId> parties = new HashSet<>();
    final Set<ItemId> items = new HashSet<>();
    final Set<RequestId> requests = new HashSet<>();
    final Set<ProposalId> proposals = new HashSet<>();
    final Set<GoalId> goals = new HashSet<>();
    final Set<ActionId> actions = new HashSet<>();
  }

  private ScenarioReader(Path file) {
    this.file = file;
    this.source = file.toString();
  }

  /**
   * Reads a scenario.
   *
   * @return the scenario, or every problem found
   */
  static Parsed<Scenario> read(Path file) {
    return new ScenarioReader(file).read();
  }

  private void problem(String path, String message) {
    // the place of the value, or of the nearest enclosing value (a missing field: its object)
    String known = path;
    int[] place = where.get(known);
    while (place == null && known.length() > 1) {
      int cut = Math.max(known.lastIndexOf('.'), known.lastIndexOf('['));
      if (cut <= 0) {
        break;
      }
      known = known.substring(0, cut);
      place = where.get(known);
    }
    if (place == null) {
      place = where.getOrDefault("$", new int[] {0, 0});
    }
    problems.add(
        new Problem(
            source,
            ScenarioJson.shown(path, 300),
            ScenarioJson.shown(message, 1000),
            place[0],
            place[1]));
  }

  private static String at(String path, String field) {
    return path + "." + field;
  }

  private static String at(String path, int index) {
    return path + "[" + index + "]";
  }

  private Parsed<Scenario> read() {
    ScenarioJson.Tree tree = ScenarioJson.read(file, source);
    problems.addAll(tree.problems());
    where = tree.where();
    JsonNode root = tree.root();
    if (root == null) {
      return Parsed.invalid(problems);
    }
    if (root == null || !root.isObject()) {
      problem("$", "a scenario must be a JSON object");
      return Parsed.invalid(problems);
    }
    fields(root, "$", Set.of("name", "start", "table", "tables", "instruments", "steps"));
    String name = Optional.ofNullable(string(root, "$", "name", false)).orElse(source);
    OffsetDateTime start = dateTime(root, "$", "start", true, ZoneOffset.UTC);
    ZoneId zone = start == null ? ZoneId.of("UTC") : start.getOffset();
    List<CaseTable> tables = tables(root);
    Instruments instruments = instruments(root.get("instruments"), "$.instruments");
    List<Scenario.Step> steps = new ArrayList<>();
    Map<Integer, String> notes = new LinkedHashMap<>();
    JsonNode stepsNode = root.get("steps");
    if (stepsNode == null || !stepsNode.isArray()) {
      problem("$.steps", "required: an array of steps");
    } else if (start != null) {
      Cursor cursor = new Cursor(start.toInstant(), zone);
      for (int i = 0; i < stepsNode.size(); i++) {
        JsonNode note = stepsNode.get(i).get("name");
        if (note != null) {
          if (note.isString() && !note.stringValue().isBlank()) {
            notes.put(i, note.stringValue());
          } else {
            problem(at(at("$.steps", i), "name"), "a step's name is a comment: a non-blank text");
          }
        }
        here = null;
        Scenario.Step step = step(stepsNode.get(i), at("$.steps", i), i, cursor, instruments);
        if (step != null) {
          steps.add(step);
        }
      }
    }
    if (!problems.isEmpty() || tables.isEmpty() || start == null) {
      if (problems.isEmpty()) {
        problem("$", "the scenario cannot be used");
      }
      return Parsed.invalid(problems);
    }
    return Parsed.valid(
        new Scenario(
            name,
            start.toInstant(),
            zone,
            List.copyOf(tables),
            Map.copyOf(dossierTables),
            instruments,
            List.copyOf(steps),
            Map.copyOf(notes)));
  }

  /** The time and dossier as the steps go. */
  private static final class Cursor {
    Instant now;
    final ZoneId zone;
    @Nullable DossierId dossier;

    Cursor(Instant now, ZoneId zone) {
      this.now = now;
      this.zone = zone;
    }
  }

  // ---------------------------------------------------------------- table and instruments

  /**
   * The file's tables: {@code table}, or {@code tables} (one or more, each identified by its
   * region). Empty when one of them has a problem.
   */
  private List<CaseTable> tables(JsonNode root) {
    List<CaseTable> tables = new ArrayList<>();
    boolean complete = true;
    if (root.has("tables")) {
      JsonNode list = root.get("tables");
      if (root.has("table")) {
        problem("$.table", "give either \"table\" or \"tables\", not both");
        return List.of();
      }
      if (!list.isArray() || list.isEmpty()) {
        problem("$.tables", "must be an array of one or more tables");
        return List.of();
      }
      for (int i = 0; i < list.size(); i++) {
        CaseTable t = table(list.get(i), at("$.tables", i));
        if (t == null) {
          complete = false;
        } else {
          tables.add(t);
        }
      }
    } else {
      CaseTable t = table(root.get("table"), "$.table");
      if (t == null) {
        complete = false;
      } else {
        tables.add(t);
      }
    }
    return complete ? tables : List.of();
  }

  private @Nullable CaseTable table(@Nullable JsonNode node, String path) {
    if (node == null || !node.isObject()) {
      problem(path, "required: the case table");
      regions.add("#" + path);
      return null;
    }
    int before = problems.size();
    fields(
        node,
        path,
        Set.of(
            "region",
            "partners",
            "members",
            "professionals",
            "coordinator",
            "reportEveryWeeks",
            "followUpMonths"));
    String region = id(node, path, "region", true);
    if (region != null && regions.contains(region)) {
      problem(
          at(path, "region"),
          "the table of '" + region + "' is listed twice; each table is identified by its region");
      region = null;
    }
    // a table without a (valid) region still gets a key, so that its ids are known once
    String key = region != null ? region : "#" + path;
    regions.add(key);
    Set<PartnerId> seats = new LinkedHashSet<>();
    List<Partner> partnerList = new ArrayList<>();
    // ids of partners listed with a problem of their own: a member of one is not reported again
    Set<String> listedWithAProblem = new HashSet<>();
    for (JsonNode p : array(node, path, "partners", true)) {
      String pp = at(at(path, "partners"), partnerList.size());
      fields(p, pp, Set.of("id", "kind", "sector"));
      String id = id(p, pp, "id", true);
      PartnerKind kind = enumValue(p, pp, "kind", PartnerKind.class, true);
      Sector sector = enumValue(p, pp, "sector", Sector.class, false);
      if (kind == PartnerKind.OTHER && sector == null) {
        problem(at(pp, "sector"), "required for a partner of kind OTHER");
      }
      if (id != null && kind != null && (sector != null || kind != PartnerKind.OTHER)) {
        if (!seats.add(PartnerId.of(id))) {
          problem(at(pp, "id"), "partner '" + id + "' is listed twice");
        }
        Partner partner =
            new Partner(
                PartnerId.of(id),
                kind,
                sector != null ? sector : kind.defaultSector().orElseThrow());
        partnerList.add(partner);
      } else {
        partnerList.add(null);
        if (id != null) {
          listedWithAProblem.add(id);
        }
      }
    }
    Set<PartnerId> known = new LinkedHashSet<>(seats);
    partners.put(key, known);
    List<TableMember> members = new ArrayList<>();
    int i = 0;
    for (JsonNode m : array(node, path, "members", true)) {
      String mp = at(at(path, "members"), i++);
      fields(m, mp, Set.of("id", "partner", "pledged"));
      String id = id(m, mp, "id", true);
      String partner = id(m, mp, "partner", true);
      Boolean pledged = bool(m, mp, "pledged", false);
      if (partner != null
          && !seats.contains(PartnerId.of(partner))
          && !listedWithAProblem.contains(partner)) {
        problem(at(mp, "partner"), "unknown partner '" + partner + "'; partners are " + seats);
      }
      if (id != null && partner != null) {
        newActor(ProfessionalId.of(id), key, at(mp, "id"));
        members.add(
            new TableMember(
                ProfessionalId.of(id), PartnerId.of(partner), pledged == null || pledged));
      }
    }
    List<String[]> professionals = new ArrayList<>();
    i = 0;
    for (JsonNode p : array(node, path, "professionals", false)) {
      String pp = at(at(path, "professionals"), i++);
      fields(p, pp, Set.of("id", "partner"));
      String id = id(p, pp, "id", true);
      String partner = id(p, pp, "partner", true);
      if (id != null && partner != null) {
        newActor(ProfessionalId.of(id), key, at(pp, "id"));
        known.add(PartnerId.of(partner));
        professionals.add(new String[] {id, partner});
      }
    }
    String coordinator = id(node, path, "coordinator", true);
    if (coordinator != null
        && members.stream().noneMatch(m -> m.id().value().equals(coordinator))) {
      problem(at(path, "coordinator"), "the coordinator must be a member: '" + coordinator + "'");
    }
    // bounded so that weeks and months become days and dates without overflow: ten years
    Integer weeks =
        atMost(positiveInt(node, path, "reportEveryWeeks"), 520, path, "reportEveryWeeks");
    Integer months = atMost(positiveInt(node, path, "followUpMonths"), 120, path, "followUpMonths");
    if (problems.size() > before || region == null || coordinator == null) {
      return null;
    }
    CaseTable.Builder b = CaseTable.builder(region);
    partnerList.forEach(b::partner);
    members.forEach(b::member);
    professionals.forEach(p -> b.professional(p[0], p[1]));
    b.coordinator(coordinator);
    if (weeks != null) {
      b.reportInterval(Period.ofWeeks(weeks));
    }
    if (months != null) {
      b.followUpPeriod(Period.ofMonths(months));
    }
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      problem(path, e.getMessage());
      return null;
    }
  }

  /**
   * How a message names a table: by its region, or by its place in the file when its region has a
   * problem of its own.
   */
  private static String tableName(String key) {
    return key.startsWith("#") ? "the table at " + key.substring(1) : "the table of " + key;
  }

  /** Introduces an actor at a table; member and professional ids are unique in the file. */
  private void newActor(ProfessionalId id, String table, String path) {
    String already = actors.putIfAbsent(id, table);
    if (already == null) {
      return;
    }
    if (already.equals(table)) {
      problem(path, "'" + id + "' is listed twice");
    } else {
      problem(
          path,
          "'"
              + id
              + "' is listed at "
              + tableName(already)
              + " already; member and professional ids are unique in the file");
    }
  }

  private Instruments instruments(@Nullable JsonNode node, String path) {
    Instruments catalogue = BuiltInInstruments.catalogue();
    if (node == null) {
      return catalogue;
    }
    if (!node.isArray()) {
      problem(path, "must be an array of instrument files");
      return catalogue;
    }
    Path dir = file.toAbsolutePath().normalize().getParent();
    for (int i = 0; i < node.size(); i++) {
      JsonNode f = node.get(i);
      if (!f.isString()) {
        problem(at(path, i), "must be a file name");
        continue;
      }
      Path p = confined(dir, f.stringValue(), at(path, i));
      if (p == null) {
        continue;
      }
      Parsed<?> parsed = InstrumentJson.register(catalogue, p);
      problems.addAll(parsed.problems());
    }
    return catalogue;
  }

  /**
   * A file the scenario names, resolved in the scenario's directory; null (with a problem) when the
   * name leaves that directory and its subdirectories, is not a regular file, or cannot be a path.
   * A file elsewhere is never opened, so nothing of it is shown.
   */
  private @Nullable Path confined(Path dir, String name, String path) {
    String shown = ScenarioJson.shown(name, 200);
    Path p;
    try {
      if (name.isBlank() || name.length() > 1000 || name.indexOf('\0') >= 0) {
        throw new InvalidPathException(name, "not a file name");
      }
      p = dir.resolve(name).normalize();
    } catch (InvalidPathException e) {
      problem(path, "not a usable file name: '" + shown + "'");
      return null;
    }
    try {
      if (!p.startsWith(dir) || Files.exists(p) && !p.toRealPath().startsWith(dir.toRealPath())) {
        problem(
            path,
            "'"
                + shown
                + "' is outside the scenario's directory; expected a file in it or in a"
                + " subdirectory");
        return null;
      }
      if (Files.isDirectory(p)) {
        problem(path, "'" + shown + "' is a directory; expected an instrument file (JSON)");
        return null;
      }
      if (!Files.isRegularFile(p)) {
        problem(path, "no such instrument file: '" + shown + "'");
        return null;
      }
    } catch (IOException | SecurityException e) {
      problem(path, "cannot read the instrument file '" + shown + "'");
      return null;
    }
    return p;
  }

  // ---------------------------------------------------------------- steps

  private static final Set<String> STEP = Set.of("at", "dossier", "name");
  private static final Map<String, Set<String>> QUESTIONS =
      Map.of(
          "decide", Set.of("who", "action", "item", "purpose"),
          "view", Set.of("who", "purpose"),
          "agenda", Set.of("who", "on"),
          "assessment", Set.of(),
          "audit", Set.of(),
          "signals", Set.of("who"),
          "sessionAgenda", Set.of("who", "session"),
          "minutes", Set.of("who", "session"),
          "page", Set.of("who", "purpose"),
          "accessReport", Set.of("who", "party"));

  private Scenario.@Nullable Step step(
      JsonNode node, String path, int index, Cursor cursor, Instruments instruments) {
    if (!node.isObject()) {
      problem(path, "a step must be an object");
      return null;
    }
    OffsetDateTime at = dateTime(node, path, "at", false, cursor.zone);
    if (at != null) {
      if (at.toInstant().isBefore(cursor.now)) {
        problem(
            at(path, "at"),
            "time goes backwards: " + at + " is before the previous step's " + cursor.now);
      } else {
        cursor.now = at.toInstant();
      }
    }
    Instant now = cursor.now;
    DossierId named = null;
    if (node.has("dossier")) {
      String d = id(node, path, "dossier", true);
      if (d != null) {
        named = DossierId.of(d);
        if (!dossiers.containsKey(named) && !registers(node, d)) {
          problem(at(path, "dossier"), "unknown dossier '" + d + "'; no step registered it");
        }
      }
    }
    DossierId dossier = named != null ? named : cursor.dossier;
    String dossierTable = dossier == null ? null : dossierTables.get(dossier);
    if (node.has("do")) {
      Set<String> allowed = new HashSet<>(STEP);
      allowed.addAll(Set.of("by", "do", "with", "expect"));
      fields(node, path, allowed);
      return commandStep(node, path, index, now, dossier, cursor, instruments);
    }
    if (node.has("ask")) {
      String ask = string(node, path, "ask", true);
      if (ask == null) {
        return null;
      }
      Set<String> extra = QUESTIONS.get(ask);
      if (extra == null) {
        problem(at(path, "ask"), "unknown question '" + ask + "'; known: " + QUESTIONS.keySet());
        return null;
      }
      Set<String> allowed = new HashSet<>(STEP);
      allowed.addAll(extra);
      allowed.add("ask");
      allowed.add("expect");
      fields(node, path, allowed);
      return question(node, path, index, now, dossier, ask);
    }
    if (node.has("advance")) {
      Set<String> allowed = new HashSet<>(STEP);
      allowed.add("advance");
      allowed.add("expect");
      fields(node, path, allowed);
      DossierStatus state = null;
      JsonNode expect = node.get("expect");
      if (expect != null) {
        String ep = at(path, "expect");
        if (!expect.isObject()) {
          problem(ep, "after an advance, a check must be {\"state\": STATE}");
        } else {
          fields(expect, ep, Set.of("state"));
          state = enumValue(expect, ep, "state", DossierStatus.class, true);
          if (dossier == null) {
            problem(path, "no dossier is registered yet to check");
          }
        }
      }
      String amount = string(node, path, "advance", true);
      if (amount == null) {
        return null;
      }
      Instant to = advance(amount, now, cursor.zone);
      if (to == null) {
        problem(
            at(path, "advance"),
            "not an ISO period (P6M) or duration (PT2H) that ends by the year 9999: '"
                + amount
                + "'");
        return null;
      }
      cursor.now = to;
      return new Scenario.Advance(index, now, dossier, dossierTable, amount, to, state);
    }
    if (node.has("expect")) {
      fields(node, path, Set.of("at", "dossier", "name", "expect"));
      JsonNode expect = node.get("expect");
      String ep = at(path, "expect");
      if (!expect.isObject()) {
        problem(ep, "a check must be {\"state\": STATE}");
        return null;
      }
      fields(expect, ep, Set.of("state"));
      DossierStatus state = enumValue(expect, ep, "state", DossierStatus.class, true);
      if (dossier == null) {
        problem(path, "no dossier is registered yet to check");
      }
      return state == null ? null : new Scenario.Check(index, now, dossier, dossierTable, state);
    }
    problem(path, "a step needs \"do\", \"ask\", \"advance\" or \"expect\"");
    return null;
  }

  /** Whether the step registers the named dossier (it may name the dossier it registers). */
  private static boolean registers(JsonNode step, String dossier) {
    JsonNode doNode = step.get("do");
    JsonNode with = step.get("with");
    JsonNode named = with == null || !with.isObject() ? null : with.get("dossier");
    return doNode != null
        && doNode.isString()
        && doNode.stringValue().equals("register")
        && named != null
        && named.isString()
        && named.stringValue().equals(dossier);
  }

  /** The latest moment a scenario may reach: the end of the year 9999. */
  static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

  /** The earliest moment a scenario may name: the start of the year 1. */
  static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");

  /**
   * The moment {@code amount} after {@code now}, or null when the amount is not an ISO period or
   * duration, is negative, or reaches beyond {@link #LATEST}.
   */
  static @Nullable Instant advance(String amount, Instant now, ZoneId zone) {
    if (amount.length() > 100) {
      return null;
    }
    try {
      Instant to;
      try {
        Period p = Period.parse(amount);
        if (p.isNegative()) {
          return null;
        }
        to = now.atZone(zone).plus(p).toInstant();
      } catch (DateTimeParseException e) {
        Duration d = Duration.parse(amount);
        if (d.isNegative()) {
          return null;
        }
        to = now.plus(d);
      }
      return to.isAfter(LATEST) ? null : to;
    } catch (DateTimeException | ArithmeticException e) {
      // not a period nor a duration, or beyond the range of dates
      return null;
    }
  }

  private Scenario.@Nullable Step question(
      JsonNode node, String path, int index, Instant now, @Nullable DossierId dossier, String ask) {
    ProfessionalId who = node.has("who") ? actor(node, path, "who") : null;
    String dossierTable = dossier == null ? null : dossierTables.get(dossier);
    // the table the question goes to: the dossier's, or for the table's agenda and signals the
    // table of who asks (by default the coordinator of the dossier's table, or of the only table)
    boolean oneDossier = ask.equals("agenda") && node.has("dossier");
    String table;
    boolean aboutASession = ask.equals("sessionAgenda") || ask.equals("minutes");
    boolean aboutAParty = ask.equals("accessReport");
    if (ask.equals("agenda") && !oneDossier
        || ask.equals("signals")
        || aboutASession
        || aboutAParty) {
      if (who != null) {
        table = actors.get(who);
      } else if (dossierTable != null) {
        table = dossierTable;
      } else if (regions.size() == 1) {
        table = regions.get(0);
      } else {
        table = null;
        if (!node.has("who")) {
          problem(
              at(path, "who"),
              "required while no dossier is registered: the file has several tables, and who"
                  + " asks tells which");
        }
      }
    } else if (ask.equals("audit")) {
      table = dossierTable != null ? dossierTable : regions.isEmpty() ? null : regions.get(0);
    } else {
      table = dossierTable;
    }
    here = table;
    LocalDate on = date(node, path, "on", false);
    JsonNode expect = node.get("expect");
    String ep = at(path, "expect");
    Scenario.Expectation expectation = null;
    AccessAction action = null;
    ItemId item = null;
    Purpose purpose = null;
    SessionId session = null;
    if (ask.equals("decide")) {
      action = enumValue(node, path, "action", AccessAction.class, true);
      purpose = enumValue(node, path, "purpose", Purpose.class, true);
      actorRequired(node, path);
      item = itemRef(node, path, "item", dossier, true);
      if (expect != null) {
        if (expect.isString()) {
          PolicyDecision d = enumText(expect, ep, PolicyDecision.class);
          if (d != null) {
            expectation = new Scenario.DecideExpectation(d.name(), null);
          }
        } else if (expect.isObject()) {
          fields(expect, ep, Set.of("decision", "rule"));
          PolicyDecision d = enumValue(expect, ep, "decision", PolicyDecision.class, true);
          String rule = string(expect, ep, "rule", false);
          if (d != null) {
            expectation = new Scenario.DecideExpectation(d.name(), rule);
          }
        } else {
          problem(ep, "must be \"PERMIT\", \"DENY\" or {decision, rule}");
        }
      }
    } else if (ask.equals("view")) {
      actorRequired(node, path);
      purpose = enumValue(node, path, "purpose", Purpose.class, true);
      if (expect != null) {
        if (expect.isObject()) {
          fields(expect, ep, Set.of("items", "hidden"));
          List<String> items = new ArrayList<>();
          List<String> hidden = new ArrayList<>();
          for (String f : List.of("items", "hidden")) {
            int i = 0;
            for (JsonNode one : array(expect, ep, f, false)) {
              String ip = at(at(ep, f), i++);
              if (!one.isString()) {
                problem(ip, "must be an item id");
              } else if (checkItem(one.stringValue(), ip, dossier)) {
                (f.equals("items") ? items : hidden).add(one.stringValue());
              }
            }
          }
          expectation = new Scenario.ViewExpectation(expect.has("items") ? items : null, hidden);
        } else {
          problem(ep, "must be {items: [...]} or {hidden: [...]}");
        }
      }
    } else if (ask.equals("page")) {
      actorRequired(node, path);
      purpose = enumValue(node, path, "purpose", Purpose.class, true);
      if (dossier == null) {
        problem(path, "no dossier is registered yet to ask about");
      }
      if (expect != null) {
        expectation = pageExpectation(expect, ep);
      }
    } else if (ask.equals("audit")) {
      if (expect != null) {
        if (expect.isObject()) {
          fields(expect, ep, Set.of("atLeast", "intact"));
          Integer atLeast = nonNegativeInt(expect, ep, "atLeast");
          Boolean intact = bool(expect, ep, "intact", false);
          expectation = new Scenario.AuditExpectation(atLeast, intact);
        } else {
          problem(ep, "must be {atLeast, intact}");
        }
      }
    } else if (ask.equals("agenda")) {
      if (expect != null) {
        if (expect.isObject()) {
          fields(expect, ep, Set.of("includes", "excludes"));
          expectation =
              new Scenario.AgendaExpectation(
                  agendaLines(expect, ep, "includes"), agendaLines(expect, ep, "excludes"));
        } else {
          problem(ep, "must be {includes: [...], excludes: [...]}");
        }
      }
    } else if (ask.equals("assessment")) {
      if (dossier == null) {
        problem(path, "no dossier is registered yet to ask about");
      }
      if (expect != null) {
        if (expect.isObject()) {
          fields(
              expect,
              ep,
              Set.of(
                  "score",
                  "maxScore",
                  "protectiveScore",
                  "scoreBand",
                  "band",
                  "finalBand",
                  "status",
                  "firedRules"));
          Map<String, String> texts = new LinkedHashMap<>();
          for (String f : List.of("scoreBand", "band", "finalBand", "status")) {
            if (expect.has(f) && !expect.get(f).isNull()) {
              String v = string(expect, ep, f, false);
              if (v != null) {
                texts.put(f, v);
              }
            }
          }
          Set<String> fired = null;
          if (expect.has("firedRules")) {
            fired = new LinkedHashSet<>();
            int i = 0;
            for (JsonNode r : array(expect, ep, "firedRules", false)) {
              if (!r.isString()) {
                problem(at(at(ep, "firedRules"), i), "must be a rule id");
              } else {
                fired.add(r.stringValue());
              }
              i++;
            }
          }
          expectation =
              new Scenario.AssessmentExpectation(
                  number(expect, ep, "score"),
                  number(expect, ep, "maxScore"),
                  number(expect, ep, "protectiveScore"),
                  texts,
                  fired);
        } else {
          problem(ep, "must be an object of assessment fields");
        }
      }
    } else if (aboutASession) {
      session = sessionRef(node, path, "session", true);
      if (expect != null && ask.equals("sessionAgenda")) {
        if (expect.isObject()) {
          fields(expect, ep, Set.of("includes", "excludes"));
          expectation =
              new Scenario.AgendaExpectation(
                  agendaLines(expect, ep, "includes"), agendaLines(expect, ep, "excludes"));
        } else {
          problem(ep, "must be {includes: [...], excludes: [...]}");
        }
      } else if (expect != null) {
        if (expect.isObject()) {
          fields(expect, ep, Set.of("count", "includes"));
          Integer count = nonNegativeInt(expect, ep, "count");
          List<Scenario.MinutesLine> lines =
              objects(
                  expect,
                  ep,
                  "includes",
                  "{dossier?, decision}",
                  Set.of("dossier", "decision"),
                  (line, lp) -> {
                    SessionDecisionKind kind =
                        enumValue(line, lp, "decision", SessionDecisionKind.class, true);
                    String d = id(line, lp, "dossier", false);
                    if (d != null && !dossiers.containsKey(DossierId.of(d))) {
                      problem(
                          at(lp, "dossier"), "unknown dossier '" + d + "'; no step registered it");
                    }
                    return kind == null
                        ? null
                        : new Scenario.MinutesLine(d == null ? null : DossierId.of(d), kind);
                  });
          expectation = new Scenario.MinutesExpectation(count, lines);
        } else {
          problem(ep, "must be {count?, includes?: [...]}");
        }
      }
    } else if (aboutAParty) {
      expectation = accessReportExpectation(node, path, expect, ep);
    } else if (ask.equals("signals")) {
      if (expect != null) {
        if (expect.isObject()) {
          fields(expect, ep, Set.of("count"));
          Integer count = nonNegativeInt(expect, ep, "count");
          if (!expect.has("count")) {
            problem(at(ep, "count"), "required: the number of signals");
          }
          expectation = new Scenario.SignalsExpectation(count == null ? 0 : count);
        } else {
          problem(ep, "must be {count: n}");
        }
      }
    }
    return new Scenario.Question(
        index,
        now,
        dossier,
        table,
        ask,
        oneDossier,
        who,
        on,
        expectation,
        action,
        item,
        purpose,
        session);
  }

  private static final Set<String> PAGE_EXPECT =
      Set.of("refused", "shown", "counted", "timeline", "deferralReason", "dangerUpdates");

  /** The expectation of a page question: {refused?, shown?, counted?, timeline?, …}. */
  private Scenario.@Nullable PageExpectation pageExpectation(JsonNode expect, String ep) {
    if (!expect.isObject()) {
      problem(
          ep, "must be {refused?, shown?, counted?, timeline?, deferralReason?, dangerUpdates?}");
      return null;
    }
    fields(expect, ep, PAGE_EXPECT);
    Boolean refused = bool(expect, ep, "refused", false);
    Set<DossierPart> shown = parts(expect, ep, "shown");
    Set<DossierPart> counted = parts(expect, ep, "counted");
    Integer count = null;
    List<Scenario.PageStep> includes = List.of();
    List<Scenario.PageStep> excludes = List.of();
    JsonNode timeline = expect.get("timeline");
    String tp = at(ep, "timeline");
    if (timeline != null) {
      if (timeline.isObject()) {
        fields(timeline, tp, Set.of("count", "includes", "excludes"));
        count = nonNegativeInt(timeline, tp, "count");
        includes = pageSteps(timeline, tp, "includes");
        excludes = pageSteps(timeline, tp, "excludes");
      } else {
        problem(tp, "must be {count?, includes?: [...], excludes?: [...]}");
      }
    }
    String deferralReason = string(expect, ep, "deferralReason", false);
    if (deferralReason != null
        && !deferralReason.equals("shown")
        && !deferralReason.equals("withheld")) {
      problem(at(ep, "deferralReason"), "must be \"shown\" or \"withheld\", not " + deferralReason);
      deferralReason = null;
    }
    if (!shown.isEmpty() && !counted.isEmpty()) {
      for (DossierPart p : shown) {
        if (counted.contains(p)) {
          problem(at(ep, "counted"), "part '" + partId(p) + "' cannot be both shown and counted");
        }
      }
    }
    return new Scenario.PageExpectation(
        refused,
        shown,
        counted,
        count,
        includes,
        excludes,
        deferralReason,
        nonNegativeInt(expect, ep, "dangerUpdates"));
  }

  /** A page part's id in a file: its name in lower case, with dashes ({@code goal-decisions}). */
  static String partId(DossierPart part) {
    return part.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private Set<DossierPart> parts(JsonNode node, String path, String field) {
    Set<DossierPart> out = new LinkedHashSet<>();
    int i = 0;
    for (JsonNode one : array(node, path, field, false)) {
      String pp = at(at(path, field), i++);
      DossierPart found = null;
      if (one.isString()) {
        for (DossierPart part : DossierPart.values()) {
          if (partId(part).equals(one.stringValue())) {
            found = part;
          }
        }
      }
      if (found == null) {
        problem(
            pp,
            "must be a part of the page, one of "
                + Arrays.stream(DossierPart.values()).map(ScenarioReader::partId).toList()
                + ", not "
                + one);
      } else {
        out.add(found);
      }
    }
    return out;
  }

  private List<Scenario.PageStep> pageSteps(JsonNode node, String path, String field) {
    return objects(
        node,
        path,
        field,
        "{kind, who?, mentions?}",
        Set.of("kind", "who", "mentions"),
        (line, lp) -> {
          String kind = string(line, lp, "kind", true);
          boolean whoGiven = line.has("who");
          ProfessionalId who =
              whoGiven && !line.get("who").isNull() ? actor(line, lp, "who") : null;
          String mentions = string(line, lp, "mentions", false);
          return kind == null ? null : new Scenario.PageStep(kind, whoGiven, who, mentions);
        });
  }

  /** The decisions of a decide question. */
  enum PolicyDecision {
    PERMIT,
    DENY
  }

  private void actorRequired(JsonNode node, String path) {
    if (!node.has("who")) {
      problem(at(path, "who"), "required: who asks");
    }
  }

  private List<Scenario.AgendaLine> agendaLines(JsonNode expect, String ep, String field) {
    return objects(
        expect,
        ep,
        field,
        "{kind, overdue?, ref?}",
        Set.of("kind", "overdue", "ref"),
        (line, lp) -> {
          AgendaKind kind = enumValue(line, lp, "kind", AgendaKind.class, true);
          Boolean overdue = bool(line, lp, "overdue", false);
          String ref = string(line, lp, "ref", false);
          return kind == null ? null : new Scenario.AgendaLine(kind, overdue, ref);
        });
  }

  /**
   * An optional array of objects with the given fields, read one object at a time; an element that
   * is not an object ("must be" its shape), or an unknown field, is a problem of the file at its
   * path. The reader gives {@code null} for an object it could not read (its problems are reported
   * already).
   */
  private <T> List<T> objects(
      JsonNode node,
      String path,
      String field,
      String shape,
      Set<String> allowed,
      BiFunction<JsonNode, String, @Nullable T> read) {
    List<T> out = new ArrayList<>();
    int i = 0;
    for (JsonNode line : array(node, path, field, false)) {
      String lp = at(at(path, field), i++);
      if (!line.isObject()) {
        problem(lp, "must be " + shape);
        continue;
      }
      fields(line, lp, allowed);
      T value = read.apply(line, lp);
      if (value != null) {
        out.add(value);
      }
    }
    return out;
  }

  // ---------------------------------------------------------------- commands

  /**
   * The fields a step's "with" may hold beyond the command's own components: the table a
   * registration goes to, and what an assess step copies from an answers file.
   */
  private static final Map<Class<? extends Command>, Set<String>> EXTRA_FIELDS =
      Map.of(
          Command.Register.class,
          Set.of("table"),
          Command.Assess.class,
          Set.of("assessedAt", "assessor"));

  /**
   * The commands of the scenario format, derived from the command declarations: per command the
   * fields its "with" may hold, which are the components of its record.
   */
  private static final Map<String, Set<String>> WITH = new LinkedHashMap<>();

  static {
    for (CommandDeclaration d : Commands.all()) {
      Set<String> fields = new HashSet<>(EXTRA_FIELDS.getOrDefault(d.type(), Set.of()));
      for (RecordComponent c : d.type().getRecordComponents()) {
        fields.add(c.getName());
      }
      WITH.put(d.name(), Set.copyOf(fields));
    }
  }

  private Scenario.@Nullable Step commandStep(
      JsonNode node,
      String path,
      int index,
      Instant now,
      @Nullable DossierId dossier,
      Cursor cursor,
      Instruments instruments) {
    ProfessionalId by = actor(node, path, "by");
    if (!node.has("by")) {
      problem(at(path, "by"), "required: the actor");
    }
    String name = string(node, path, "do", true);
    if (name == null) {
      return null;
    }
    Set<String> allowed = WITH.get(name);
    if (allowed == null) {
      problem(at(path, "do"), "unknown command '" + name + "'; known: " + WITH.keySet());
      return null;
    }
    CommandDeclaration declared = Commands.named(name).orElseThrow();
    JsonNode with = node.get("with");
    String wp = at(path, "with");
    if (with == null) {
      with = MAPPER.createObjectNode();
    } else if (!with.isObject()) {
      problem(wp, "must be an object");
      return null;
    }
    fields(with, wp, allowed);
    Scenario.CommandExpectation expect = commandExpectation(node.get("expect"), at(path, "expect"));
    DossierId target = dossier;
    Command command;
    if (declared.kind() == CommandDeclaration.Kind.REGISTRATION) {
      here = registeringTable(with, wp);
      String d = id(with, wp, "dossier", true);
      target = d == null ? null : DossierId.of(d);
      // read even when a part has a problem: its parties are known to the steps after it
      command =
          READERS
              .get(declared.type())
              .read(
                  this, new With(with, wp, target, new Known(), now, cursor.zone, by, instruments));
      if (target != null) {
        // a dossier whose table has a problem (reported) is still known to the steps after it
        String registeredAt = here == null ? null : dossierTables.putIfAbsent(target, here);
        if (registeredAt != null && !registeredAt.equals(here)) {
          problem(
              at(wp, "dossier"),
              "dossier '"
                  + d
                  + "' is registered at "
                  + tableName(registeredAt)
                  + "; dossier names are unique in the file");
        }
        Known known = dossiers.getOrDefault(target, new Known());
        if (command instanceof Command.Register r) {
          r.parties().forEach(p -> known.parties.add(p.id()));
        }
        dossiers.put(target, known);
        cursor.dossier = target;
      }
    } else {
      if (declared.kind() == CommandDeclaration.Kind.TABLE) {
        // a table command goes to the table of its actor
        here = by == null ? null : actors.get(by);
      } else if (target == null) {
        problem(path, "no dossier is registered yet for " + name);
        return null;
      } else {
        here = dossierTables.get(target);
      }
      Known k = target == null ? new Known() : dossiers.getOrDefault(target, new Known());
      command = command(declared, new With(with, wp, target, k, now, cursor.zone, by, instruments));
    }
    if (command == null || by == null) {
      return null;
    }
    return new Scenario.CommandStep(index, now, target, here, by, command, expect);
  }

  /**
   * The table a registration is given at: {@code with.table}, required when the file has several
   * tables.
   */
  private @Nullable String registeringTable(JsonNode with, String wp) {
    String named = id(with, wp, "table", false);
    if (named != null) {
      if (!regions.contains(named)) {
        problem(
            at(wp, "table"),
            "unknown table '"
                + named
                + "'; the tables are "
                + regions.stream().filter(r -> !r.startsWith("#")).toList());
        return null;
      }
      return named;
    }
    if (regions.size() == 1) {
      return regions.get(0);
    }
    if (!with.has("table")) {
      problem(
          at(wp, "table"),
          "required: the file has several tables; name the region of the table the dossier is"
              + " registered at");
    }
    return null;
  }

  private Scenario.CommandExpectation commandExpectation(@Nullable JsonNode expect, String ep) {
    if (expect == null) {
      return Scenario.CommandExpectation.accepted();
    }
    if (!expect.isObject()) {
      problem(ep, "must be {\"rejected\": CODE}, {\"rejected\": true} or {\"state\": STATE}");
      return Scenario.CommandExpectation.accepted();
    }
    fields(expect, ep, Set.of("rejected", "state"));
    DossierStatus state = enumValue(expect, ep, "state", DossierStatus.class, false);
    JsonNode r = expect.get("rejected");
    String rp = at(ep, "rejected");
    boolean rejected = false;
    List<ReasonCode> codes = new ArrayList<>();
    if (r == null) {
      if (!expect.has("state")) {
        problem(rp, "required: a reason code, true or false (or give \"state\")");
      }
    } else if (r.isBoolean()) {
      rejected = r.booleanValue();
    } else if (r.isString()) {
      rejected = true;
      ReasonCode code = enumText(r, rp, ReasonCode.class);
      if (code != null) {
        codes.add(code);
      }
    } else if (r.isArray()) {
      // the library accepts more: a list of codes that must all be among the reasons
      rejected = true;
      for (int i = 0; i < r.size(); i++) {
        ReasonCode code = enumText(r.get(i), at(rp, i), ReasonCode.class);
        if (code != null) {
          codes.add(code);
        }
      }
    } else {
      problem(rp, "must be a reason code, a list of reason codes, true or false");
    }
    return new Scenario.CommandExpectation(true, rejected, List.copyOf(codes), state);
  }

  private Command.@Nullable Register register(
      JsonNode with, String wp, @Nullable DossierId dossier) {
    List<Party> parties = new ArrayList<>();
    Set<PartyId> ids = new HashSet<>();
    int i = 0;
    for (JsonNode p : array(with, wp, "parties", false)) {
      String pp = at(at(wp, "parties"), i++);
      fields(p, pp, Set.of("id", "role", "birthYear"));
      String id = id(p, pp, "id", true);
      PartyRole role = enumValue(p, pp, "role", PartyRole.class, true);
      Integer birthYear = null;
      if (p.has("birthYear")) {
        JsonNode y = p.get("birthYear");
        if (!y.isIntegralNumber()
            || !y.canConvertToInt()
            || y.intValue() < 1900
            || y.intValue() > 2200) {
          problem(at(pp, "birthYear"), "must be a year between 1900 and 2200");
        } else {
          birthYear = y.intValue();
        }
      }
      if (id != null && role != null) {
        if (!ids.add(PartyId.of(id))) {
          problem(at(pp, "id"), "party '" + id + "' is listed twice");
        }
        parties.add(new Party(PartyId.of(id), role, birthYear));
      }
    }
    Set<InclusionCriterion> criteria = EnumSet.noneOf(InclusionCriterion.class);
    i = 0;
    for (JsonNode c : array(with, wp, "criteria", false)) {
      InclusionCriterion v = enumText(c, at(at(wp, "criteria"), i++), InclusionCriterion.class);
      if (v != null) {
        criteria.add(v);
      }
    }
    List<Command.Informing> informed = new ArrayList<>();
    i = 0;
    for (JsonNode n : array(with, wp, "informed", false)) {
      String ip = at(at(wp, "informed"), i++);
      fields(n, ip, Set.of("party", "how"));
      PartyId party = partyIn(n, ip, "party", ids);
      String how = Optional.ofNullable(string(n, ip, "how", false)).orElse("");
      if (party != null) {
        informed.add(new Command.Informing(party, how));
      }
    }
    List<Command.Deferral> deferred = new ArrayList<>();
    i = 0;
    for (JsonNode n : array(with, wp, "deferred", false)) {
      String dp = at(at(wp, "deferred"), i++);
      fields(n, dp, Set.of("party", "reason", "reviewBy"));
      PartyId party = partyIn(n, dp, "party", ids);
      String reason = Optional.ofNullable(string(n, dp, "reason", false)).orElse("");
      LocalDate reviewBy = date(n, dp, "reviewBy", false);
      if (party != null) {
        deferred.add(new Command.Deferral(party, reason, reviewBy));
      }
    }
    DangerAssessment danger = DangerAssessment.of(false);
    JsonNode dn = with.get("danger");
    if (dn != null) {
      String dp = at(wp, "danger");
      if (!dn.isObject()) {
        problem(dp, "must be {present, crisisIntervention?, safetyPlan?}");
      } else {
        fields(dn, dp, Set.of("present", "crisisIntervention", "safetyPlan"));
        Boolean present = bool(dn, dp, "present", true);
        Set<SafetyMeasure> measures = EnumSet.noneOf(SafetyMeasure.class);
        if (Boolean.TRUE.equals(bool(dn, dp, "crisisIntervention", false))) {
          measures.add(SafetyMeasure.CRISIS_INTERVENTION);
        }
        if (Boolean.TRUE.equals(bool(dn, dp, "safetyPlan", false))) {
          measures.add(SafetyMeasure.SAFETY_PLAN);
        }
        danger = new DangerAssessment(present != null && present, measures);
      }
    }
    if (dossier == null) {
      return null;
    }
    return new Command.Register(dossier, parties, criteria, informed, deferred, danger);
  }

  /**
   * What a command's reader is given: the step's {@code with} and its JSON path, the dossier the
   * step goes to (a registration: the one it registers), the ids that dossier has introduced, the
   * step's time and zone, its actor and the instruments.
   */
  private record With(
      JsonNode w,
      String p,
      @Nullable DossierId dossier,
      Known k,
      Instant now,
      ZoneId zone,
      @Nullable ProfessionalId by,
      Instruments instruments) {}

  /**
   * Reads one command from a step's {@code with}: null, with the problems reported, if it cannot.
   */
  @FunctionalInterface
  private interface CommandReader {
    @Nullable Command read(ScenarioReader reader, With with);
  }

  /**
   * The scenario format's command registry: the reader of every declared command, by its class. The
   * command's name in a file is its declaration's ({@link CommandDeclaration#name()}); the reader
   * starts only when the registry covers exactly {@link Commands#all()}.
   */
  private static final Map<Class<? extends Command>, CommandReader> READERS =
      Map.ofEntries(
          Map.entry(Command.Register.class, (r, in) -> r.register(in.w(), in.p(), in.dossier())),
          Map.entry(Command.Accept.class, (r, in) -> new Command.Accept(r.session(in))),
          Map.entry(
              Command.Decline.class,
              (r, in) ->
                  new Command.Decline(
                      r.text(in.w(), in.p(), "reason"),
                      r.text(in.w(), in.p(), "advice"),
                      r.session(in))),
          Map.entry(Command.SignPledge.class, (r, in) -> new Command.SignPledge()),
          Map.entry(Command.ScheduleSession.class, ScenarioReader::scheduleSession),
          Map.entry(
              Command.InformParty.class,
              (r, in) ->
                  orNull(
                      r.party(in.w(), in.p(), "party", in.k()),
                      party -> new Command.InformParty(party, r.text(in.w(), in.p(), "how")))),
          Map.entry(Command.DeferInforming.class, ScenarioReader::deferInforming),
          Map.entry(Command.ShareInformation.class, ScenarioReader::shareInformation),
          Map.entry(Command.RequestInformation.class, ScenarioReader::requestInformation),
          Map.entry(Command.AnswerRequest.class, ScenarioReader::answerRequest),
          Map.entry(
              Command.WaiveRequest.class,
              (r, in) ->
                  orNull(
                      r.request(in.w(), in.p(), in.k()),
                      q -> new Command.WaiveRequest(q, r.text(in.w(), in.p(), "reason")))),
          Map.entry(Command.CompleteDossier.class, (r, in) -> new Command.CompleteDossier()),
          Map.entry(Command.Assess.class, ScenarioReader::assess),
          Map.entry(
              Command.AdoptPlan.class,
              (r, in) -> new Command.AdoptPlan(r.goals(in.w(), in.p(), in.k()), r.session(in))),
          Map.entry(Command.AppointDirector.class, ScenarioReader::appointDirector),
          Map.entry(Command.StartCaseDirection.class, (r, in) -> new Command.StartCaseDirection()),
          Map.entry(
              Command.InformClientsOfPlan.class,
              (r, in) ->
                  new Command.InformClientsOfPlan(
                      List.copyOf(r.parties(in.w(), in.p(), "parties", in.k(), true)))),
          Map.entry(
              Command.ReportProgress.class,
              (r, in) -> new Command.ReportProgress(r.text(in.w(), in.p(), "summary"))),
          Map.entry(Command.UpdateAction.class, ScenarioReader::updateAction),
          Map.entry(
              Command.AdjustPlan.class,
              (r, in) ->
                  new Command.AdjustPlan(
                      r.text(in.w(), in.p(), "reason"),
                      r.goals(in.w(), in.p(), in.k()),
                      r.session(in))),
          Map.entry(Command.UpdateDangerAssessment.class, ScenarioReader::updateDangerAssessment),
          Map.entry(Command.ProposeAdjustment.class, ScenarioReader::proposeAdjustment),
          Map.entry(Command.DecideAdjustment.class, ScenarioReader::decideAdjustment),
          Map.entry(Command.CloseGoal.class, ScenarioReader::closeGoal),
          Map.entry(Command.ReportIncident.class, ScenarioReader::reportIncident),
          Map.entry(Command.Conclude.class, ScenarioReader::conclude),
          Map.entry(Command.Close.class, (r, in) -> new Command.Close(r.session(in))),
          Map.entry(
              Command.Evaluate.class,
              (r, in) -> new Command.Evaluate(r.text(in.w(), in.p(), "notes"), r.session(in))),
          Map.entry(
              Command.Withdraw.class,
              (r, in) -> new Command.Withdraw(r.text(in.w(), in.p(), "reason"))),
          Map.entry(Command.RaiseSignal.class, ScenarioReader::raiseSignal),
          Map.entry(Command.GrantAccess.class, (r, in) -> r.access(in, Command.GrantAccess::new)),
          Map.entry(Command.RevokeAccess.class, (r, in) -> r.access(in, Command.RevokeAccess::new)),
          Map.entry(Command.JoinTable.class, ScenarioReader::joinTable),
          Map.entry(Command.LeaveTable.class, ScenarioReader::leaveTable),
          Map.entry(
              Command.RecordConsent.class, (r, in) -> r.consent(in, Command.RecordConsent::new)),
          Map.entry(
              Command.WithdrawConsent.class,
              (r, in) -> r.consent(in, Command.WithdrawConsent::new)),
          Map.entry(Command.RecordCorrection.class, ScenarioReader::recordCorrection));

  static {
    Set<Class<? extends Command>> declared = new HashSet<>();
    Commands.all().forEach(d -> declared.add(d.type()));
    if (!READERS.keySet().equals(declared)) {
      throw new IllegalStateException(
          "the scenario reader's registry must cover exactly the declared commands; declared"
              + " without a reader: "
              + declared.stream().filter(t -> !READERS.containsKey(t)).toList()
              + ", a reader without a declaration: "
              + READERS.keySet().stream().filter(t -> !declared.contains(t)).toList());
    }
  }

  /** The commands the scenario format can read: the classes of its registry. */
  static Set<Class<? extends Command>> readableCommands() {
    return READERS.keySet();
  }

  /**
   * Reads the command a step declares, with its registered reader.
   *
   * @return the command, or null with the problems reported
   */
  private @Nullable Command command(CommandDeclaration declared, With in) {
    int before = problems.size();
    Command c = READERS.get(declared.type()).read(this, in);
    return problems.size() > before ? null : c;
  }

  private @Nullable Command deferInforming(With in) {
    JsonNode w = in.w();
    String p = in.p();
    PartyId party = party(w, p, "party", in.k());
    LocalDate reviewBy = date(w, p, "reviewBy", false);
    return party == null ? null : new Command.DeferInforming(party, text(w, p, "reason"), reviewBy);
  }

  private @Nullable Command shareInformation(With in) {
    JsonNode w = in.w();
    String p = in.p();
    Known k = in.k();
    ItemId item = newItem(w, p, k);
    InformationCategory category = enumValue(w, p, "category", InformationCategory.class, true);
    Set<PartyId> about = parties(w, p, "about", k, true);
    Set<PartnerId> audience = new LinkedHashSet<>();
    int i = 0;
    for (JsonNode a : array(w, p, "audience", false)) {
      PartnerId partner = partnerText(a, at(at(p, "audience"), i++));
      if (partner != null) {
        audience.add(partner);
      }
    }
    return item == null || category == null
        ? null
        : new Command.ShareInformation(
            item, category, about, text(w, p, "reason"), text(w, p, "summary"), audience);
  }

  private @Nullable Command requestInformation(With in) {
    JsonNode w = in.w();
    String p = in.p();
    String r = id(w, p, "request", true);
    PartnerId from = partner(w, p, "from");
    LocalDate due = date(w, p, "dueBy", true);
    if (r != null) {
      in.k().requests.add(RequestId.of(r));
    }
    return r == null || from == null || due == null
        ? null
        : new Command.RequestInformation(RequestId.of(r), from, text(w, p, "question"), due);
  }

  private @Nullable Command answerRequest(With in) {
    JsonNode w = in.w();
    String p = in.p();
    Known k = in.k();
    RequestId r = request(w, p, k);
    ItemId item = newItem(w, p, k);
    InformationCategory category = enumValue(w, p, "category", InformationCategory.class, true);
    Set<PartyId> about = parties(w, p, "about", k, true);
    return r == null || item == null || category == null
        ? null
        : new Command.AnswerRequest(
            r, item, category, about, text(w, p, "reason"), text(w, p, "summary"));
  }

  private @Nullable Command assess(With in) {
    ProfessionalId by = in.by();
    Parsed<AnswerSet> answers =
        AnswersJson.readEmbedded(
            asEmbedded(in.w(), in.p(), in.now(), in.zone(), by),
            source,
            in.p(),
            in.instruments(),
            LocalDate.ofInstant(in.now(), in.zone()),
            by == null ? ProfessionalId.of("unknown") : by);
    problems.addAll(answers.problems());
    return answers instanceof Parsed.Valid<AnswerSet> v
        ? new Command.Assess(
            v.value().instrumentId(),
            v.value().instrumentVersion(),
            v.value().answers(),
            v.value().override())
        : null;
  }

  private @Nullable Command appointDirector(With in) {
    // the reason is the library's to judge: a handover without one is REASON_REQUIRED
    String reason = string(in.w(), in.p(), "reason", false);
    SessionId session = session(in);
    Command c =
        orNull(
            actor(in.w(), in.p(), "member"), m -> new Command.AppointDirector(m, reason, session));
    if (!in.w().has("member")) {
      problem(at(in.p(), "member"), "required: the member to appoint");
    }
    return c;
  }

  private @Nullable Command updateAction(With in) {
    JsonNode w = in.w();
    String p = in.p();
    String a = id(w, p, "action", true);
    if (a != null && !in.k().actions.contains(ActionId.of(a))) {
      problem(at(p, "action"), "unknown action '" + a + "' in this dossier's plans");
    }
    ActionStatus status = enumValue(w, p, "status", ActionStatus.class, true);
    return a == null || status == null ? null : new Command.UpdateAction(ActionId.of(a), status);
  }

  private @Nullable Command updateDangerAssessment(With in) {
    JsonNode w = in.w();
    String p = in.p();
    Boolean present = bool(w, p, "dangerPresent", true);
    Set<SafetyMeasure> measures = EnumSet.noneOf(SafetyMeasure.class);
    int i = 0;
    for (JsonNode m : array(w, p, "measures", false)) {
      SafetyMeasure v = enumText(m, at(at(p, "measures"), i++), SafetyMeasure.class);
      if (v != null) {
        measures.add(v);
      }
    }
    return present == null
        ? null
        : new Command.UpdateDangerAssessment(present, measures, text(w, p, "summary"));
  }

  private @Nullable Command proposeAdjustment(With in) {
    JsonNode w = in.w();
    String p = in.p();
    String id = id(w, p, "proposal", true);
    if (id != null) {
      in.k().proposals.add(ProposalId.of(id));
    }
    List<Command.PlannedGoal> goals = goals(w, p, in.k());
    return id == null
        ? null
        : new Command.ProposeAdjustment(ProposalId.of(id), text(w, p, "reason"), goals);
  }

  private @Nullable Command decideAdjustment(With in) {
    JsonNode w = in.w();
    String p = in.p();
    String id = id(w, p, "proposal", true);
    if (id != null && !in.k().proposals.contains(ProposalId.of(id))) {
      problem(at(p, "proposal"), "unknown proposal '" + id + "' in this dossier");
      id = null;
    }
    Boolean adopted = bool(w, p, "adopted", true);
    String note = text(w, p, "note");
    SessionId session = session(in);
    return id == null || adopted == null
        ? null
        : new Command.DecideAdjustment(ProposalId.of(id), adopted, note, session);
  }

  private @Nullable Command closeGoal(With in) {
    JsonNode w = in.w();
    String p = in.p();
    String g = id(w, p, "goal", true);
    if (g != null && !in.k().goals.contains(GoalId.of(g))) {
      problem(at(p, "goal"), "unknown goal '" + g + "' in this dossier's plans");
    }
    GoalOutcome outcome = enumValue(w, p, "outcome", GoalOutcome.class, true);
    return g == null || outcome == null
        ? null
        : new Command.CloseGoal(GoalId.of(g), outcome, text(w, p, "decision"));
  }

  private @Nullable Command reportIncident(With in) {
    JsonNode w = in.w();
    String p = in.p();
    Instant occurred = in.now();
    if (w.has("occurredAt")) {
      JsonNode o = w.get("occurredAt");
      Instant parsed = o.isString() ? instantOrDate(o.stringValue(), in.zone()) : null;
      if (parsed == null) {
        problem(at(p, "occurredAt"), "must be an ISO date-time or date");
      } else {
        occurred = parsed;
      }
    }
    return new Command.ReportIncident(text(w, p, "summary"), occurred);
  }

  private @Nullable Command conclude(With in) {
    Boolean stopped = bool(in.w(), in.p(), "violenceStopped", true);
    return stopped == null ? null : new Command.Conclude(stopped, text(in.w(), in.p(), "summary"));
  }

  private @Nullable Command scheduleSession(With in) {
    JsonNode w = in.w();
    String p = in.p();
    String s = id(w, p, "session", true);
    if (s != null) {
      sessions.add(SessionId.of(s));
    }
    Instant startsAt = null;
    JsonNode o = w.get("startsAt");
    if (o == null) {
      problem(at(p, "startsAt"), "required: when the session takes place");
    } else {
      startsAt = o.isString() ? instantOrDate(o.stringValue(), in.zone()) : null;
      if (startsAt == null) {
        problem(at(p, "startsAt"), "must be an ISO date-time or date");
      }
    }
    return s == null || startsAt == null
        ? null
        : new Command.ScheduleSession(SessionId.of(s), startsAt);
  }

  /**
   * The session a decision names in its {@code with.session}, if any: one a step of the file
   * scheduled before (whether it is this table's and has taken place is the library's to judge).
   */
  private @Nullable SessionId session(With in) {
    return sessionRef(in.w(), in.p(), "session", false);
  }

  private @Nullable SessionId sessionRef(
      JsonNode node, String path, String field, boolean required) {
    String s = id(node, path, field, required);
    if (s == null) {
      return null;
    }
    if (!sessions.contains(SessionId.of(s))) {
      problem(at(path, field), "unknown session '" + s + "'; no step before schedules it");
      return null;
    }
    return SessionId.of(s);
  }

  private @Nullable Command raiseSignal(With in) {
    JsonNode w = in.w();
    String p = in.p();
    String s = id(w, p, "signal", true);
    if (s != null) {
      signals.add(SignalId.of(s));
    }
    SignalCategory category = enumValue(w, p, "category", SignalCategory.class, true);
    return s == null || category == null
        ? null
        : new Command.RaiseSignal(SignalId.of(s), category, text(w, p, "text"));
  }

  /** Makes a command that grants or revokes a member's access to an item for a purpose. */
  private interface AccessCommand {
    Command make(ItemId item, ProfessionalId member, Purpose purpose);
  }

  private @Nullable Command access(With in, AccessCommand make) {
    JsonNode w = in.w();
    String p = in.p();
    ItemId item = itemRef(w, p, "item", in.dossier(), true);
    ProfessionalId member = actor(w, p, "member");
    if (!w.has("member")) {
      problem(at(p, "member"), "required: the member");
    }
    Purpose purpose = enumValue(w, p, "purpose", Purpose.class, true);
    return item == null || member == null || purpose == null
        ? null
        : make.make(item, member, purpose);
  }

  private @Nullable Command joinTable(With in) {
    JsonNode w = in.w();
    String p = in.p();
    String m = id(w, p, "member", true);
    PartnerId partner = partner(w, p, "partner");
    Boolean pledged = bool(w, p, "pledged", false);
    if (m != null && here != null) {
      // the new member is a known actor from this step on, at the table that seats them
      String table = actors.putIfAbsent(ProfessionalId.of(m), here);
      if (table != null && !table.equals(here)) {
        problem(
            at(p, "member"),
            "'"
                + m
                + "' belongs to "
                + tableName(table)
                + "; member and professional ids are unique in the file");
      }
    }
    return m == null || partner == null
        ? null
        : new Command.JoinTable(ProfessionalId.of(m), partner, Boolean.TRUE.equals(pledged));
  }

  private @Nullable Command leaveTable(With in) {
    Command c = orNull(actor(in.w(), in.p(), "member"), Command.LeaveTable::new);
    if (!in.w().has("member")) {
      problem(at(in.p(), "member"), "required: the member who leaves");
    }
    return c;
  }

  /** Makes a command that records or withdraws a party's consent. */
  private interface ConsentCommand {
    Command make(PartyId party, PartnerId partner, Purpose purpose, InformationCategory category);
  }

  private @Nullable Command consent(With in, ConsentCommand make) {
    JsonNode w = in.w();
    String p = in.p();
    PartyId party = party(w, p, "party", in.k());
    PartnerId partner = partner(w, p, "partner");
    Purpose purpose = enumValue(w, p, "purpose", Purpose.class, true);
    InformationCategory category = enumValue(w, p, "category", InformationCategory.class, true);
    return party == null || partner == null || purpose == null || category == null
        ? null
        : make.make(party, partner, purpose, category);
  }

  // --- the data subject's rights: a correction, and the access report question ---

  /**
   * A correction: {kind, subject, value, reason}; the subject is a party of the dossier for a
   * BIRTH_YEAR (its value a year, as a number or a text) and an item of the dossier for an
   * ITEM_CONTENT. A bad year or a blank reason reaches the library, which rejects it.
   */
  private @Nullable Command recordCorrection(With in) {
    JsonNode w = in.w();
    String p = in.p();
    CorrectionKind kind = enumValue(w, p, "kind", CorrectionKind.class, true);
    String subject = null;
    if (kind == CorrectionKind.BIRTH_YEAR) {
      PartyId party = party(w, p, "subject", in.k());
      subject = party == null ? null : party.value();
    } else if (kind == CorrectionKind.ITEM_CONTENT) {
      ItemId item = itemRef(w, p, "subject", in.dossier(), true);
      subject = item == null ? null : item.value();
    }
    JsonNode v = w.get("value");
    String value;
    if (v != null && v.isIntegralNumber()) {
      value = String.valueOf(v.longValue());
    } else if (v == null || v.isNull() || v.isString()) {
      value = text(w, p, "value");
    } else {
      problem(at(p, "value"), "must be a year (a number) or a text");
      value = "";
    }
    return kind == null || subject == null
        ? null
        : new Command.RecordCorrection(kind, subject, value, text(w, p, "reason"));
  }

  private static final Set<String> ACCESS_REPORT_EXPECT =
      Set.of("produced", "dossiers", "items", "hidden", "withheld", "sources");

  /**
   * The access report question: {ask: accessReport, who?, party, expect?: {produced?, dossiers?,
   * items?, hidden?, withheld?, sources?}}. The party is any id (a report about somebody nobody
   * registered is a report without dossiers); the item ids are checked as ids only, since a report
   * covers every dossier of the table.
   */
  private Scenario.AccessReportExpectation accessReportExpectation(
      JsonNode node, String path, @Nullable JsonNode expect, String ep) {
    String party = id(node, path, "party", true);
    Boolean produced = null;
    Integer count = null;
    List<String> items = null;
    List<String> hidden = new ArrayList<>();
    List<String> withheld = new ArrayList<>();
    Boolean sources = null;
    if (expect != null) {
      if (expect.isObject()) {
        fields(expect, ep, ACCESS_REPORT_EXPECT);
        produced = bool(expect, ep, "produced", false);
        count = nonNegativeInt(expect, ep, "dossiers");
        sources = bool(expect, ep, "sources", false);
        for (String f : List.of("items", "hidden", "withheld")) {
          List<String> ids = new ArrayList<>();
          int i = 0;
          for (JsonNode one : array(expect, ep, f, false)) {
            String ip = at(at(ep, f), i++);
            if (!one.isString() || !ID.matcher(one.stringValue()).matches()) {
              problem(ip, "must be an item id");
            } else {
              ids.add(one.stringValue());
            }
          }
          if (f.equals("items")) {
            items = expect.has("items") ? ids : null;
          } else if (f.equals("hidden")) {
            hidden = ids;
          } else {
            withheld = ids;
          }
        }
      } else {
        problem(ep, "must be {produced?, dossiers?, items?, hidden?, withheld?, sources?}");
      }
    }
    return new Scenario.AccessReportExpectation(
        PartyId.of(party == null ? "unknown" : party),
        produced,
        count,
        items,
        hidden,
        withheld,
        sources);
  }

  /*
   * An assess step's "with" is "as in the answers file". The library accepts more than the
   * embedded form: "assessedAt" and "assessor" may be copied from an answers file when they agree
   * with the step (its date and its actor), and an override without "by" is made by the step's
   * actor.
   */
  private JsonNode asEmbedded(
      JsonNode w, String p, Instant now, ZoneId zone, @Nullable ProfessionalId by) {
    if (!w.isObject()) {
      return w;
    }
    ObjectNode copy = (ObjectNode) w.deepCopy();
    if (w.has("assessedAt")) {
      LocalDate date = date(w, p, "assessedAt", false);
      LocalDate today = LocalDate.ofInstant(now, zone);
      if (date != null && !date.equals(today)) {
        problem(
            at(p, "assessedAt"),
            "the assessment is made at the step's time ("
                + today
                + "), not "
                + date
                + "; move the step with \"at\"");
      }
      copy.remove("assessedAt");
    }
    if (w.has("assessor")) {
      ProfessionalId assessor = actor(w, p, "assessor");
      if (assessor != null && by != null && !assessor.equals(by)) {
        problem(
            at(p, "assessor"),
            "the assessor is the step's actor ('" + by + "'), not '" + assessor + "'");
      }
      copy.remove("assessor");
    }
    JsonNode override = copy.get("override");
    if (override instanceof ObjectNode o && !o.has("by") && by != null) {
      o.put("by", by.value());
    }
    return copy;
  }

  private interface Maker<T> {
    Command make(T value);
  }

  private static <T> @Nullable Command orNull(@Nullable T value, Maker<T> maker) {
    return value == null ? null : maker.make(value);
  }

  private List<Command.PlannedGoal> goals(JsonNode w, String p, Known k) {
    List<Command.PlannedGoal> goals = new ArrayList<>();
    if (!w.has("goals")) {
      problem(at(p, "goals"), "required: the plan's goals");
    }
    int i = 0;
    for (JsonNode g : array(w, p, "goals", false)) {
      String gp = at(at(p, "goals"), i++);
      fields(g, gp, Set.of("id", "text", "actions"));
      String id = id(g, gp, "id", true);
      List<Command.PlannedAction> actions = new ArrayList<>();
      int j = 0;
      for (JsonNode a : array(g, gp, "actions", false)) {
        String ap = at(at(gp, "actions"), j++);
        fields(a, ap, Set.of("id", "text", "owner", "due"));
        String aid = id(a, ap, "id", true);
        PartnerId owner = partner(a, ap, "owner");
        LocalDate due = date(a, ap, "due", true);
        if (aid != null && owner != null && due != null) {
          k.actions.add(ActionId.of(aid));
          actions.add(new Command.PlannedAction(ActionId.of(aid), text(a, ap, "text"), owner, due));
        }
      }
      if (id != null) {
        k.goals.add(GoalId.of(id));
        goals.add(new Command.PlannedGoal(GoalId.of(id), text(g, gp, "text"), actions));
      }
    }
    return goals;
  }

  // ---------------------------------------------------------------- references

  private @Nullable ProfessionalId actor(JsonNode node, String path, String field) {
    JsonNode given = node.get(field);
    if (given != null && given.isNull()) {
      problem(at(path, field), "must be an actor id, not null");
      return null;
    }
    String id = id(node, path, field, false);
    if (id == null) {
      return null;
    }
    ProfessionalId actor = ProfessionalId.of(id);
    if (!actors.containsKey(actor)) {
      problem(at(path, field), "unknown actor '" + id + "'; known: " + actors.keySet());
      return null;
    }
    return actor;
  }

  private @Nullable PartyId party(JsonNode node, String path, String field, Known k) {
    return partyIn(node, path, field, k.parties);
  }

  private @Nullable PartyId partyIn(JsonNode node, String path, String field, Set<PartyId> known) {
    String id = id(node, path, field, true);
    if (id == null) {
      return null;
    }
    if (!known.contains(PartyId.of(id))) {
      problem(at(path, field), "unknown party '" + id + "'; the client system has " + known);
      return null;
    }
    return PartyId.of(id);
  }

  private Set<PartyId> parties(
      JsonNode node, String path, String field, Known k, boolean required) {
    Set<PartyId> out = new LinkedHashSet<>();
    if (required && !node.has(field)) {
      problem(at(path, field), "required: party ids");
    }
    int i = 0;
    for (JsonNode n : array(node, path, field, false)) {
      String pp = at(at(path, field), i++);
      if (!n.isString()) {
        problem(pp, "must be a party id");
      } else if (!k.parties.contains(PartyId.of(safeId(n.stringValue())))) {
        problem(pp, "unknown party '" + n.stringValue() + "'; the client system has " + k.parties);
      } else {
        out.add(PartyId.of(n.stringValue()));
      }
    }
    return out;
  }

  private static String safeId(String s) {
    return ID.matcher(s).matches() ? s : "invalid";
  }

  private @Nullable PartnerId partner(JsonNode node, String path, String field) {
    JsonNode n = node.get(field);
    if (n == null) {
      problem(at(path, field), "required: a partner id");
      return null;
    }
    return partnerText(n, at(path, field));
  }

  private @Nullable PartnerId partnerText(JsonNode n, String path) {
    if (!n.isString() || !ID.matcher(n.stringValue()).matches()) {
      problem(path, "must be a partner id");
      return null;
    }
    PartnerId partner = PartnerId.of(n.stringValue());
    if (here == null) {
      // the step's table is unknown, a problem reported already (an unknown actor or table)
      return partner;
    }
    Set<PartnerId> known = partners.getOrDefault(here, Set.of());
    if (!known.contains(partner)) {
      problem(
          path,
          "unknown partner '"
              + n.stringValue()
              + "'"
              + (regions.size() > 1 ? " at " + tableName(here) : "")
              + "; known: "
              + known);
      return null;
    }
    return partner;
  }

  private @Nullable ItemId newItem(JsonNode w, String p, Known k) {
    String id = id(w, p, "item", true);
    if (id == null) {
      return null;
    }
    // a repeated id is the library's to reject (a step may retry after an expected rejection)
    k.items.add(ItemId.of(id));
    return ItemId.of(id);
  }

  private @Nullable ItemId itemRef(
      JsonNode w, String p, String field, @Nullable DossierId dossier, boolean required) {
    String id = id(w, p, field, required);
    if (id == null) {
      return null;
    }
    return checkItem(id, at(p, field), dossier) ? ItemId.of(id) : null;
  }

  private boolean checkItem(String id, String path, @Nullable DossierId dossier) {
    Known k = dossier == null ? null : dossiers.get(dossier);
    if (k == null || !ID.matcher(id).matches() || !k.items.contains(ItemId.of(id))) {
      problem(path, "unknown item '" + id + "' in this dossier");
      return false;
    }
    return true;
  }

  private @Nullable RequestId request(JsonNode w, String p, Known k) {
    String id = id(w, p, "request", true);
    if (id == null) {
      return null;
    }
    if (!k.requests.contains(RequestId.of(id))) {
      problem(at(p, "request"), "unknown request '" + id + "' in this dossier");
      return null;
    }
    return RequestId.of(id);
  }

  // ---------------------------------------------------------------- values

  private void fields(JsonNode node, String path, Set<String> allowed) {
    if (!node.isObject()) {
      problem(path, "must be an object");
      return;
    }
    for (String name : node.propertyNames()) {
      if (!allowed.contains(name)) {
        problem(
            at(path, name),
            "unknown field '" + name + "'; allowed: " + new java.util.TreeSet<>(allowed));
      }
    }
  }

  private @Nullable String string(JsonNode node, String path, String field, boolean required) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      if (required) {
        problem(at(path, field), "required");
      }
      return null;
    }
    if (!v.isString()) {
      problem(at(path, field), "must be a string");
      return null;
    }
    return v.stringValue();
  }

  private String text(JsonNode node, String path, String field) {
    String s = string(node, path, field, false);
    return s == null ? "" : s;
  }

  private @Nullable String id(JsonNode node, String path, String field, boolean required) {
    String s = string(node, path, field, required);
    if (s != null && (s.length() > 100 || !ID.matcher(s).matches())) {
      problem(
          at(path, field),
          "not a valid id: '"
              + ScenarioJson.shown(s, 100)
              + "'; expected 1 to 100 letters, digits or . _ : @ -");
      return null;
    }
    return s;
  }

  private @Nullable Boolean bool(JsonNode node, String path, String field, boolean required) {
    JsonNode v = node.get(field);
    if (v == null) {
      if (required) {
        problem(at(path, field), "required: true or false");
      }
      return null;
    }
    if (!v.isBoolean()) {
      problem(at(path, field), "must be true or false");
      return null;
    }
    return v.booleanValue();
  }

  private @Nullable Integer positiveInt(JsonNode node, String path, String field) {
    JsonNode v = node.get(field);
    if (v == null) {
      return null;
    }
    if (!v.isIntegralNumber() || !v.canConvertToInt() || v.intValue() < 1) {
      problem(at(path, field), "must be a whole number from 1 to " + Integer.MAX_VALUE);
      return null;
    }
    return v.intValue();
  }

  private @Nullable Integer atMost(@Nullable Integer n, int max, String path, String field) {
    if (n != null && n > max) {
      problem(at(path, field), "must be at most " + max + ", not " + n);
      return null;
    }
    return n;
  }

  private @Nullable Integer nonNegativeInt(JsonNode node, String path, String field) {
    JsonNode v = node.get(field);
    if (v == null) {
      return null;
    }
    if (!v.isIntegralNumber() || !v.canConvertToInt() || v.intValue() < 0) {
      problem(at(path, field), "must be a whole number from 0 to " + Integer.MAX_VALUE);
      return null;
    }
    return v.intValue();
  }

  private @Nullable BigDecimal number(JsonNode node, String path, String field) {
    JsonNode v = node.get(field);
    if (v == null) {
      return null;
    }
    if (!v.isNumber()) {
      problem(at(path, field), "must be a number");
      return null;
    }
    return v.decimalValue();
  }

  private Iterable<JsonNode> array(JsonNode node, String path, String field, boolean required) {
    JsonNode v = node.get(field);
    if (v == null) {
      if (required) {
        problem(at(path, field), "required: an array");
      }
      return List.of();
    }
    if (!v.isArray()) {
      problem(at(path, field), "must be an array");
      return List.of();
    }
    List<JsonNode> out = new ArrayList<>();
    v.forEach(out::add);
    return out;
  }

  private <E extends Enum<E>> @Nullable E enumValue(
      JsonNode node, String path, String field, Class<E> type, boolean required) {
    JsonNode v = node.get(field);
    if (v == null) {
      if (required) {
        problem(at(path, field), "required: one of " + Arrays.toString(type.getEnumConstants()));
      }
      return null;
    }
    return enumText(v, at(path, field), type);
  }

  private <E extends Enum<E>> @Nullable E enumText(JsonNode v, String path, Class<E> type) {
    if (v.isString()) {
      for (E e : type.getEnumConstants()) {
        if (e.name().equals(v.stringValue())) {
          return e;
        }
      }
    }
    problem(
        path,
        "must be one of " + Arrays.toString(type.getEnumConstants()) + ", not " + v.toString());
    return null;
  }

  /*
   * The library accepts more than the format's "ISO date-time": a date-time without an offset is
   * read in the scenario's zone (the offset of "start"), a date alone as the start of that day,
   * and a date field may be given as a date-time (its date counts).
   */
  private @Nullable OffsetDateTime dateTime(
      JsonNode node, String path, String field, boolean required, ZoneId zone) {
    String s = string(node, path, field, required);
    if (s == null) {
      return null;
    }
    OffsetDateTime read = parseDateTime(s, zone);
    if (read == null) {
      problem(at(path, field), "not an ISO date-time (2026-03-01T09:00:00+01:00): '" + s + "'");
    } else if (read.toInstant().isBefore(EARLIEST) || read.toInstant().isAfter(LATEST)) {
      problem(
          at(path, field), "out of range: '" + s + "'; expected a moment in the years 1 to 9999");
      return null;
    }
    return read;
  }

  private static @Nullable OffsetDateTime parseDateTime(String s, ZoneId zone) {
    if (s.length() > 100) {
      return null;
    }
    try {
      return OffsetDateTime.parse(s);
    } catch (DateTimeParseException e) {
      try {
        return LocalDateTime.parse(s).atZone(zone).toOffsetDateTime();
      } catch (DateTimeParseException e2) {
        // not a local date-time either: try a date (the start of its day)
      }
      try {
        return LocalDate.parse(s).atStartOfDay(zone).toOffsetDateTime();
      } catch (DateTimeParseException | ArithmeticException e3) {
        return null;
      }
    }
  }

  private @Nullable LocalDate date(JsonNode node, String path, String field, boolean required) {
    String s = string(node, path, field, required);
    if (s == null) {
      return null;
    }
    if (s.length() > 100) {
      problem(
          at(path, field), "not an ISO date (2026-03-01): a text of " + s.length() + " characters");
      return null;
    }
    LocalDate read = parseDate(s, path, field);
    if (read != null && (read.getYear() < 1 || read.getYear() > 9999)) {
      problem(at(path, field), "out of range: '" + s + "'; expected a date in the years 1 to 9999");
      return null;
    }
    return read;
  }

  private @Nullable LocalDate parseDate(String s, String path, String field) {
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      try {
        return OffsetDateTime.parse(s).toLocalDate();
      } catch (DateTimeParseException e2) {
        try {
          return LocalDateTime.parse(s).toLocalDate();
        } catch (DateTimeParseException e3) {
          problem(at(path, field), "not an ISO date (2026-03-01): '" + s + "'");
          return null;
        }
      }
    }
  }

  private static @Nullable Instant instantOrDate(String s, ZoneId zone) {
    OffsetDateTime read = parseDateTime(s, zone);
    Instant at = read == null ? null : read.toInstant();
    return at == null || at.isBefore(EARLIEST) || at.isAfter(LATEST) ? null : at;
  }
}
