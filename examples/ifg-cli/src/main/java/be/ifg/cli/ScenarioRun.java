package be.ifg.cli;

import static java.util.stream.Collectors.joining;

import be.ifg.domain.AssessmentReference;
import be.ifg.domain.CaseTable;
import be.ifg.domain.DisclosureEntry;
import be.ifg.domain.DossierId;
import be.ifg.domain.DossierStatus;
import be.ifg.domain.ItemId;
import be.ifg.domain.Language;
import be.ifg.domain.ProfessionalId;
import be.ifg.domain.Purpose;
import be.ifg.domain.SessionId;
import be.ifg.domain.TableMember;
import be.ifg.persistence.Store;
import be.ifg.persistence.memory.InMemoryStore;
import be.ifg.workflow.AccessDecision;
import be.ifg.workflow.AccessReport;
import be.ifg.workflow.AgendaEntry;
import be.ifg.workflow.ChainApproach;
import be.ifg.workflow.Command;
import be.ifg.workflow.Decision;
import be.ifg.workflow.DossierCommand;
import be.ifg.workflow.DossierPage;
import be.ifg.workflow.DossierSummary;
import be.ifg.workflow.DossierView;
import be.ifg.workflow.LogVerification;
import be.ifg.workflow.MinutesEntry;
import be.ifg.workflow.Reason;
import be.ifg.workflow.ReasonCode;
import be.ifg.workflow.RuleFinding;
import be.ifg.workflow.TableCommand;
import be.ifg.workflow.TableState;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/*
 * Plays a validated scenario through the public SDK (ChainApproach) only: one chain approach per
 * table, all on the same store, each step given to the chain approach of its table (resolved by
 * the reader: a dossier's table, or the table of a table command's actor).
 *
 * The SDK denies by default and answers status and agenda questions only to an actor with
 * standing. Where the runner itself needs a fact (the state after each step, the assessment, an
 * agenda or signals without "who"), it asks as the coordinator of the table — the scenario's
 * author knows every fact, and the coordinator sees everything — or, should the coordinator lack
 * standing, as the first member who has it. Each of these questions is logged like any other.
 *
 * Expectations: an explicit "expect" counts once, MET or FAILED. A command without "expect" must
 * be accepted: accepted, it counts nothing (expectation null); rejected, it counts as a FAILED
 * expectation, so a run never passes over an unexpected rejection. The decide, view and audit
 * questions go to the need-to-know policy through the SDK (ChainApproach.decide, view, audit and
 * verifyLog), so each is written to the disclosure log. A view "shows" an item when it shows the
 * item's content; a withheld item (id, category, contributor, no content) does not count as shown,
 * and a hidden victim location leaves no trace at all.
 */

/** Plays a scenario and collects the result of every step. */
final class ScenarioRun {

  /** The outcome of a step. */
  enum Outcome {
    ACCEPTED,
    REJECTED,
    ANSWERED,
    CHECKED
  }

  /** Whether a step's expectation held. */
  enum Expectation {
    MET,
    FAILED
  }

  /**
   * The result of one step.
   *
   * @param step the step
   * @param outcome what happened
   * @param reasons the rejection's reasons (empty otherwise)
   * @param state the dossier's state after the step, or {@code null}
   * @param expectation whether the expectation held, or {@code null} when nothing was expected
   * @param message what the step did or found
   */
  record Result(
      Scenario.Step step,
      Outcome outcome,
      List<Reason> reasons,
      @Nullable DossierStatus state,
      @Nullable Expectation expectation,
      String message) {}

  private final Scenario scenario;
  private final ScenarioClock clock;

  /** The language of the results' messages. */
  private final Language language;

  /** The chain approach of every table, by region, in file order; all on one store. */
  private final Map<String, ChainApproach> chains = new LinkedHashMap<>();

  /** A run in memory, its messages in a language. */
  ScenarioRun(Scenario scenario, Language language) {
    this(scenario, new InMemoryStore(), language);
  }

  /**
   * A run on the given store (the caller closes it), its messages in a language.
   *
   * @throws be.ifg.workflow.WorkflowException if the store holds one of the tables configured
   *     otherwise
   */
  ScenarioRun(Scenario scenario, Store store, Language language) {
    this.scenario = scenario;
    this.language = language;
    this.clock = new ScenarioClock(scenario.start(), scenario.zone());
    for (CaseTable table : scenario.tables()) {
      chains.put(
          table.region(),
          ChainApproach.builder()
              .table(table)
              .clock(clock)
              .instruments(scenario.instruments())
              .store(store)
              .build());
    }
  }

  /** The chain approach of a table; the first table's for a step that goes to none. */
  private ChainApproach chain(@Nullable String region) {
    ChainApproach chain = region == null ? null : chains.get(region);
    return chain != null ? chain : chains.values().iterator().next();
  }

  /**
   * Who asks when the runner needs a fact of a table: its coordinator, or should the coordinator
   * lack standing (no pledge), the first member who has it.
   */
  private static ProfessionalId insider(ChainApproach chain) {
    TableState table = chain.tableState();
    if (table.hasStanding(table.coordinator())) {
      return table.coordinator();
    }
    return table.table().members().stream()
        .map(TableMember::id)
        .filter(table::hasStanding)
        .findFirst()
        .orElse(table.coordinator());
  }

  List<Result> play() {
    List<Result> results = new ArrayList<>();
    for (Scenario.Step step : scenario.steps()) {
      clock.set(step.at());
      results.add(play(step));
    }
    return results;
  }

  /** The dossier's state as the coordinator of its table learns it, or null without a dossier. */
  private @Nullable DossierStatus state(@Nullable DossierId dossier) {
    Optional<String> region = scenario.tableOf(dossier);
    if (dossier == null || region.isEmpty()) {
      return null;
    }
    ChainApproach chain = chain(region.get());
    return chain.status(insider(chain), dossier).map(DossierSummary::status).orElse(null);
  }

  private Result play(Scenario.Step step) {
    if (step instanceof Scenario.CommandStep c) {
      return command(c);
    }
    if (step instanceof Scenario.Check c) {
      DossierStatus actual = state(c.dossier());
      boolean met = actual == c.state();
      return new Result(
          step,
          Outcome.CHECKED,
          List.of(),
          actual,
          met ? Expectation.MET : Expectation.FAILED,
          met ? text("run.stateIs", c.state()) : expectedState(c.state(), actual));
    }
    if (step instanceof Scenario.Advance a) {
      clock.set(a.to());
      DossierStatus actual = state(a.dossier());
      String moved =
          text("run.advanced", a.amount(), a.to().atZone(scenario.zone()).toLocalDateTime());
      if (a.state() == null) {
        return new Result(step, Outcome.CHECKED, List.of(), actual, null, moved);
      }
      boolean met = actual == a.state();
      return new Result(
          step,
          Outcome.CHECKED,
          List.of(),
          actual,
          met ? Expectation.MET : Expectation.FAILED,
          moved + "; " + (met ? text("run.stateIs", a.state()) : expectedState(a.state(), actual)));
    }
    return question((Scenario.Question) step);
  }

  /**
   * Gives a step's command to its table, routed by the command's kind: the reader has checked that
   * a dossier command names a dossier.
   */
  private static Decision give(ChainApproach chain, Scenario.CommandStep c) {
    if (c.command() instanceof Command.Register registration) {
      return chain.register(c.by(), registration);
    }
    if (c.command() instanceof TableCommand tableCommand) {
      return chain.handle(c.by(), tableCommand);
    }
    return chain.handle(
        c.by(), Objects.requireNonNull(c.dossier(), "dossier"), (DossierCommand) c.command());
  }

  private Result command(Scenario.CommandStep c) {
    ChainApproach chain = chain(c.table());
    Decision decision = give(chain, c);
    DossierStatus state = state(c.dossier());
    Scenario.CommandExpectation expect = c.expect();
    List<String> failures = new ArrayList<>();
    String met;
    Outcome outcome;
    List<Reason> reasons;
    if (decision instanceof Decision.Rejected r) {
      outcome = Outcome.REJECTED;
      reasons = r.reasons();
      met = text("run.rejectedAsExpected");
      if (!expect.rejected()) {
        failures.add(text("run.rejectedUnexpectedly"));
      } else {
        List<ReasonCode> missing =
            expect.codes().stream().filter(code -> !r.hasCode(code)).toList();
        if (!missing.isEmpty()) {
          failures.add(text("run.rejectedOtherwise", missing.toString(), r.codes().toString()));
        } else if (!expect.codes().isEmpty()) {
          met =
              text(
                  "run.rejectedAsExpectedWith",
                  expect.codes().stream().map(Enum::name).collect(joining(", ")));
        }
      }
    } else {
      outcome = Outcome.ACCEPTED;
      reasons = List.of();
      met = text("run.accepted");
      if (expect.rejected()) {
        failures.add(
            expect.codes().isEmpty()
                ? text("run.acceptedUnexpectedly")
                : text("run.acceptedUnexpectedlyWith", expect.codes().toString()));
      }
    }
    if (expect.state() != null && expect.state() != state) {
      failures.add(expectedState(expect.state(), state));
    } else if (expect.state() != null) {
      met += "; " + text("run.stateIs", state);
    }
    Expectation e;
    if (!failures.isEmpty()) {
      e = Expectation.FAILED;
    } else {
      e = expect.explicit() ? Expectation.MET : null;
    }
    return new Result(
        c, outcome, reasons, state, e, failures.isEmpty() ? met : String.join("; ", failures));
  }

  private Result question(Scenario.Question q) {
    DossierStatus state = state(q.dossier());
    Scenario.Expectation expect = q.expect();
    boolean aboutADossier =
        q.ask().equals("decide")
            || q.ask().equals("view")
            || q.ask().equals("assessment")
            || q.ask().equals("page");
    if (aboutADossier && state == null) {
      // the file names the dossier, but its registration was rejected: nothing to ask about
      return new Result(
          q,
          Outcome.ANSWERED,
          List.of(),
          null,
          expect == null ? null : Expectation.FAILED,
          q.dossier() == null
              ? text("run.noDossierToAsk")
              : text("run.noSuchDossierToAsk", q.dossier()));
    }
    ChainApproach chain = chain(q.table());
    switch (q.ask()) {
      case "agenda":
        {
          LocalDate on = q.on() != null ? q.on() : LocalDate.ofInstant(q.at(), scenario.zone());
          ProfessionalId who = q.who() != null ? q.who() : insider(chain);
          List<AgendaEntry> entries =
              q.oneDossier() && q.dossier() != null
                  ? chain.agenda(who, q.dossier(), on)
                  : chain.agenda(who, on);
          return agenda(q, state, entries, on);
        }
      case "sessionAgenda":
        {
          ProfessionalId who = q.who() != null ? q.who() : insider(chain);
          SessionId session = Objects.requireNonNull(q.session(), "session");
          List<AgendaEntry> entries = chain.sessionAgenda(who, session);
          LocalDate on =
              chain
                  .tableState()
                  .session(session)
                  .map(x -> LocalDate.ofInstant(x.startsAt(), scenario.zone()))
                  .orElse(LocalDate.ofInstant(q.at(), scenario.zone()));
          return agenda(q, state, entries, on);
        }
      case "minutes":
        {
          ProfessionalId who = q.who() != null ? q.who() : insider(chain);
          SessionId session = Objects.requireNonNull(q.session(), "session");
          List<MinutesEntry> minutes = chain.minutes(who, session);
          String listing =
              minutes.isEmpty()
                  ? text("run.noMinutes")
                  : minutes.stream()
                      .map(
                          m ->
                              text(
                                  "minutes.line",
                                  m.dossier(),
                                  m.decision().label(language),
                                  m.recordedBy(),
                                  m.at()))
                      .collect(Collectors.joining("; "));
          if (!(expect instanceof Scenario.MinutesExpectation e)) {
            return new Result(q, Outcome.ANSWERED, List.of(), state, null, listing);
          }
          List<String> failures = new ArrayList<>();
          Integer count = e.count();
          if (count != null && count != minutes.size()) {
            failures.add(text("run.minutesExpected", count, minutes.size()));
          }
          for (Scenario.MinutesLine l : e.includes()) {
            if (minutes.stream()
                .noneMatch(
                    m ->
                        m.decision() == l.decision()
                            && (l.dossier() == null || l.dossier().equals(m.dossier())))) {
              failures.add(
                  text(
                      "run.missing",
                      l.decision() + (l.dossier() == null ? "" : " " + l.dossier())));
            }
          }
          return answered(q, state, failures, listing);
        }
      case "assessment":
        {
          // the assessment is dossier content: the runner asks for it as the table's coordinator,
          // through a view the need-to-know policy decides (and logs), like any application
          Optional<AssessmentReference> a =
              q.dossier() == null
                  ? Optional.empty()
                  : chain.view(insider(chain), q.dossier(), Purpose.PLAN)
                          instanceof DossierView.Itemized view
                      ? view.latestAssessment()
                      : Optional.empty();
          if (a.isEmpty()) {
            return new Result(
                q,
                Outcome.ANSWERED,
                List.of(),
                state,
                expect == null ? null : Expectation.FAILED,
                text("run.noAssessment"));
          }
          AssessmentReference s = a.get();
          String listing =
              text(
                  "run.assessment",
                  s.instrumentId(),
                  s.instrumentVersion(),
                  s.status(),
                  s.score().stripTrailingZeros().toPlainString(),
                  s.band(),
                  s.finalBand(),
                  s.firedRules().toString());
          if (!(expect instanceof Scenario.AssessmentExpectation e)) {
            return new Result(q, Outcome.ANSWERED, List.of(), state, null, listing);
          }
          List<String> failures = new ArrayList<>();
          compare(failures, "score", e.score(), s.score());
          compare(failures, "maxScore", e.maxScore(), s.maxScore());
          compare(failures, "protectiveScore", e.protectiveScore(), s.protectiveScore());
          for (Map.Entry<String, String> t : e.texts().entrySet()) {
            String actual =
                switch (t.getKey()) {
                  case "scoreBand" -> s.scoreBand();
                  case "band" -> s.band();
                  case "finalBand" -> s.finalBand();
                  default -> s.status().name();
                };
            if (!t.getValue().equals(actual)) {
              failures.add(text("run.fieldExpected", t.getKey(), t.getValue(), actual));
            }
          }
          if (e.firedRules() != null && !e.firedRules().equals(new HashSet<>(s.firedRules()))) {
            failures.add(
                text(
                    "run.fieldExpected",
                    "firedRules",
                    e.firedRules().toString(),
                    s.firedRules().toString()));
          }
          return answered(q, state, failures, listing);
        }
      case "signals":
        {
          ProfessionalId reader = q.who() != null ? q.who() : insider(chain);
          int count = chain.signals(reader).size();
          String listing = text("run.signals", count);
          if (!(expect instanceof Scenario.SignalsExpectation e)) {
            return new Result(q, Outcome.ANSWERED, List.of(), state, null, listing);
          }
          List<String> failures = new ArrayList<>();
          if (e.count() != count) {
            failures.add(text("run.signalsExpected", e.count(), count));
          }
          return answered(q, state, failures, listing);
        }
      case "decide":
        return decide(chain, q, state);
      case "view":
        return view(chain, q, state);
      case "audit":
        return audit(chain, q, state);
      case "page":
        return page(chain, q, state);
      case "accessReport":
        return accessReport(chain, q, state);
      default:
        return new Result(
            q,
            Outcome.ANSWERED,
            List.of(),
            state,
            expect == null ? null : Expectation.FAILED,
            text("run.unknownQuestion", q.ask()));
    }
  }

  private Result agenda(
      Scenario.Question q, @Nullable DossierStatus state, List<AgendaEntry> entries, LocalDate on) {
    Scenario.Expectation expect = q.expect();
    String listing =
        entries.isEmpty()
            ? text("run.nothingDue")
            : entries.stream().map(this::line).collect(Collectors.joining("; "));
    if (!(expect instanceof Scenario.AgendaExpectation a)) {
      return new Result(q, Outcome.ANSWERED, List.of(), state, null, listing);
    }
    List<String> failures = new ArrayList<>();
    for (Scenario.AgendaLine l : a.includes()) {
      if (entries.stream().noneMatch(e -> matches(l, e))) {
        failures.add(text("run.missing", describe(l)));
      }
    }
    // the agenda also lists what comes; an exclusion holds when nothing matching is due
    // or overdue on the agenda's date (an entry due later does not break it)
    for (Scenario.AgendaLine l : a.excludes()) {
      if (entries.stream().anyMatch(e -> !e.due().isAfter(on) && matches(l, e))) {
        failures.add(text("run.unexpected", describe(l)));
      }
    }
    return answered(q, state, failures, listing);
  }

  private Result decide(ChainApproach chain, Scenario.Question q, @Nullable DossierStatus state) {
    ProfessionalId who = Objects.requireNonNull(q.who(), "who");
    DossierId dossier = Objects.requireNonNull(q.dossier(), "dossier");
    ItemId item = Objects.requireNonNull(q.item(), "item");
    AccessDecision d =
        chain.decide(
            who,
            Objects.requireNonNull(q.action(), "action"),
            dossier,
            item,
            Objects.requireNonNull(q.purpose(), "purpose"));
    // the actor's answer may conceal a victim location as an item that does not exist; the
    // disclosure log, the auditor's record, keeps the rules that really decided, and the scenario
    // (written by someone who knows every fact) is checked against those: the newest entry of
    // this actor about this item of this dossier at this table is the one just written
    List<DisclosureEntry> log = chain.audit();
    List<String> recorded = d.ruleIds();
    for (int i = log.size() - 1; i >= 0; i--) {
      DisclosureEntry e = log.get(i);
      if (who.equals(e.actor())
          && item.equals(e.item())
          && dossier.equals(e.dossier())
          && (e.table() == null || e.table().equals(chain.region()))) {
        recorded = e.rules();
        break;
      }
    }
    String listing =
        text(
                "run.decided",
                who,
                q.action(),
                item,
                q.purpose(),
                d.outcome(),
                d.rules().stream().map(this::rule).collect(Collectors.joining("; ")))
            + (recorded.equals(d.ruleIds())
                ? ""
                : " " + text("run.told", who, recorded.toString()));
    if (!(q.expect() instanceof Scenario.DecideExpectation e)) {
      return new Result(q, Outcome.ANSWERED, List.of(), state, null, listing);
    }
    List<String> failures = new ArrayList<>();
    if (!e.decision().equals(d.outcome())) {
      failures.add(text("run.decisionExpected", e.decision(), d.outcome()));
    }
    String wanted = e.rule();
    if (wanted != null
        && d.ruleIds().stream().noneMatch(r -> sameRule(r, wanted))
        && recorded.stream().noneMatch(r -> sameRule(r, wanted))) {
      failures.add(text("run.ruleExpected", wanted, recorded.toString()));
    }
    return answered(q, state, failures, listing);
  }

  /*
   * The data subject's access report (ChainApproach.accessReport): printed per dossier with the
   * party's role, the items listed (with or without content) and how many times the record was
   * seen, then the kinds of redaction; checked against the report as the coordinator got it.
   */
  private Result accessReport(
      ChainApproach chain, Scenario.Question q, @Nullable DossierStatus state) {
    Scenario.AccessReportExpectation e = (Scenario.AccessReportExpectation) q.expect();
    ProfessionalId who = q.who() != null ? q.who() : insider(chain);
    AccessReport report = chain.accessReport(who, Objects.requireNonNull(e, "party").party());
    List<String> listed = new ArrayList<>();
    List<String> withheld = new ArrayList<>();
    boolean sources = false;
    String listing;
    if (report instanceof AccessReport.Produced p) {
      List<String> sections = new ArrayList<>();
      for (AccessReport.Section s : p.dossiers()) {
        List<String> items = new ArrayList<>();
        for (AccessReport.Item i : s.items()) {
          listed.add(i.id().value());
          if (i.withheld() != null) {
            withheld.add(i.id().value());
            items.add(text("report.itemWithheld", i.id(), i.category().name(), i.withheld()));
          } else {
            items.add(text("report.item", i.id(), i.category().name(), i.content()));
          }
          sources |= i.contributor() != null || i.sharedAt() != null;
        }
        sources |= s.registrantPartner() != null;
        sources |= s.informed().stream().anyMatch(i -> i.by() != null);
        sections.add(
            text(
                "report.dossier",
                s.dossier(),
                s.record().role().name(),
                items.isEmpty() ? "-" : String.join("; ", items),
                s.seen().size()));
      }
      listing =
          text(
              "report.produced",
              p.party(),
              who,
              sections.isEmpty() ? text("report.noDossier") : String.join(" | ", sections),
              p.redactions().toString());
    } else {
      listing = text("report.refused", report.party(), who);
    }
    if (e.produced() == null
        && e.dossiers() == null
        && e.items() == null
        && e.hidden().isEmpty()
        && e.withheld().isEmpty()
        && e.sources() == null) {
      return new Result(q, Outcome.ANSWERED, List.of(), state, null, listing);
    }
    List<String> failures = new ArrayList<>();
    if (e.produced() != null && e.produced() != report.isProduced()) {
      failures.add(text("report.producedExpected", e.produced(), report.isProduced()));
    }
    int count = report instanceof AccessReport.Produced p ? p.dossiers().size() : 0;
    if (e.dossiers() != null && e.dossiers() != count) {
      failures.add(text("report.dossiersExpected", e.dossiers(), count));
    }
    if (e.items() != null && !new HashSet<>(e.items()).equals(new HashSet<>(listed))) {
      failures.add(text("run.itemsExpected", e.items().toString(), listed.toString()));
    }
    for (String hidden : e.hidden()) {
      if (listed.contains(hidden)) {
        failures.add(text("run.shouldBeHidden", hidden));
      }
    }
    for (String w : e.withheld()) {
      if (!withheld.contains(w)) {
        failures.add(text("report.withheldExpected", w));
      }
    }
    if (e.sources() != null && e.sources() != sources) {
      failures.add(text("report.sourcesExpected", e.sources(), sources));
    }
    return answered(q, state, failures, listing);
  }

  private Result view(ChainApproach chain, Scenario.Question q, @Nullable DossierStatus state) {
    DossierView v =
        chain.view(
            Objects.requireNonNull(q.who(), "who"),
            Objects.requireNonNull(q.dossier(), "dossier"),
            Objects.requireNonNull(q.purpose(), "purpose"));
    List<String> shown = v.shownItemIds().stream().map(ItemId::value).toList();
    String listing = text("run.view", q.who(), q.purpose(), describe(v));
    if (!(q.expect() instanceof Scenario.ViewExpectation e)) {
      return new Result(q, Outcome.ANSWERED, List.of(), state, null, listing);
    }
    List<String> failures = new ArrayList<>();
    List<String> items = e.items();
    if (items != null && !new HashSet<>(items).equals(new HashSet<>(shown))) {
      failures.add(text("run.itemsExpected", items.toString(), shown.toString()));
    }
    for (String hidden : e.hidden()) {
      if (shown.contains(hidden)) {
        failures.add(text("run.shouldBeHidden", hidden));
      }
    }
    return answered(q, state, failures, listing);
  }

  private String describe(DossierView v) {
    if (v instanceof DossierView.Itemized i) {
      StringBuilder b = new StringBuilder(text("view.shows", i.shownItemIds().toString()));
      for (DossierView.WithheldItem w : i.withheld()) {
        b.append("; ")
            .append(
                text(
                    "view.withholds",
                    w.id(),
                    w.category().name(),
                    w.contributor(),
                    w.rules().stream().map(this::rule).collect(Collectors.joining("; "))));
      }
      return b.toString();
    }
    if (v instanceof DossierView.Aggregated a) {
      return text(
          "view.counts",
          a.items(),
          a.itemsPerCategory().toString(),
          a.partiesPerRole().toString(),
          a.requests(),
          a.goals());
    }
    DossierView.Refused r = (DossierView.Refused) v;
    return text(
        "view.refused", r.rules().stream().map(this::rule).collect(Collectors.joining("; ")));
  }

  /*
   * A page question reads the dossier's page through the SDK (ChainApproach.read, one log entry)
   * and prints it in the run's language: the parts shown in full and those counted, the
   * registration's deferrals (with their reason where the reader may know it) and danger updates,
   * and the timeline, one step a line, in the library's words. Its expectations are checked
   * against the page as the reader got it.
   */
  private Result page(ChainApproach chain, Scenario.Question q, @Nullable DossierStatus state) {
    ProfessionalId who = Objects.requireNonNull(q.who(), "who");
    Purpose purpose = Objects.requireNonNull(q.purpose(), "purpose");
    DossierPage page = chain.read(who, Objects.requireNonNull(q.dossier(), "dossier"), purpose);
    String listing = text("run.page", who, purpose, describe(page));
    if (!(q.expect() instanceof Scenario.PageExpectation e)) {
      return new Result(q, Outcome.ANSWERED, List.of(), state, null, listing);
    }
    List<String> failures = new ArrayList<>();
    boolean refused = page instanceof DossierPage.Refused;
    Boolean wantRefused = e.refused();
    if (wantRefused != null && wantRefused != refused) {
      failures.add(text(wantRefused ? "page.expectedRefused" : "page.expectedShown"));
    }
    DossierPage.Shown shown = page instanceof DossierPage.Shown s ? s : null;
    boolean needsShown =
        !e.shown().isEmpty()
            || !e.counted().isEmpty()
            || e.steps() != null
            || !e.includes().isEmpty()
            || !e.excludes().isEmpty()
            || e.deferralReason() != null
            || e.dangerUpdates() != null;
    if (shown == null) {
      if (needsShown && !Boolean.TRUE.equals(wantRefused)) {
        failures.add(text("page.nothingShown"));
      }
      return answered(q, state, failures, listing);
    }
    for (DossierPage.Part<?> part : shown.parts()) {
      boolean full = part instanceof DossierPage.Part.Full;
      if (e.shown().contains(part.part()) && !full) {
        failures.add(text("page.partExpectedShown", ScenarioReader.partId(part.part())));
      }
      if (e.counted().contains(part.part()) && full) {
        failures.add(text("page.partExpectedCounted", ScenarioReader.partId(part.part())));
      }
    }
    List<DossierPage.Step> steps = shown.timeline().facts().orElse(List.of());
    Integer count = e.steps();
    if (count != null && count != shown.timeline().count()) {
      failures.add(text("page.stepsExpected", count, shown.timeline().count()));
    }
    for (Scenario.PageStep l : e.includes()) {
      if (steps.stream().noneMatch(s -> matches(l, s))) {
        failures.add(text("run.missing", describe(l)));
      }
    }
    for (Scenario.PageStep l : e.excludes()) {
      if (steps.stream().anyMatch(s -> matches(l, s))) {
        failures.add(text("run.unexpected", describe(l)));
      }
    }
    Optional<DossierPage.Registration> registration = shown.registration().facts();
    String reason = e.deferralReason();
    if (reason != null) {
      List<DossierPage.Deferral> deferrals =
          registration.map(DossierPage.Registration::deferrals).orElse(List.of());
      boolean wanted = reason.equals("shown");
      if (deferrals.isEmpty()) {
        failures.add(text("page.noDeferral"));
      } else if (deferrals.stream().anyMatch(d -> d.reasonIfKnown().isPresent() != wanted)) {
        failures.add(text(wanted ? "page.reasonExpectedShown" : "page.reasonExpectedWithheld"));
      }
    }
    Integer updates = e.dangerUpdates();
    if (updates != null) {
      int found = registration.map(r -> r.dangerUpdates().size()).orElse(-1);
      if (found != updates) {
        failures.add(
            found < 0
                ? text("page.noRegistration")
                : text("page.dangerUpdatesExpected", updates, found));
      }
    }
    return answered(q, state, failures, listing);
  }

  private String describe(DossierPage page) {
    if (page instanceof DossierPage.Refused r) {
      return text(
          "view.refused", r.rules().stream().map(this::rule).collect(Collectors.joining("; ")));
    }
    DossierPage.Shown shown = (DossierPage.Shown) page;
    List<String> full = new ArrayList<>();
    List<String> counted = new ArrayList<>();
    for (DossierPage.Part<?> part : shown.parts()) {
      if (part instanceof DossierPage.Part.Full) {
        full.add(part.part().label(language));
      } else {
        counted.add(text("page.count", part.part().label(language), part.count()));
      }
    }
    StringBuilder b = new StringBuilder();
    if (!full.isEmpty()) {
      b.append(text("page.shows", String.join(", ", full)));
    }
    if (!counted.isEmpty()) {
      b.append(b.length() == 0 ? "" : "; ").append(text("page.counts", String.join(", ", counted)));
    }
    shown
        .registration()
        .facts()
        .ifPresent(
            r -> {
              for (DossierPage.Deferral d : r.deferrals()) {
                b.append("; ")
                    .append(
                        d.reasonIfKnown()
                            .map(reason -> text("page.deferral", d.party(), d.reviewBy(), reason))
                            .orElseGet(
                                () -> text("page.deferralWithoutReason", d.party(), d.reviewBy())));
              }
              if (!r.dangerUpdates().isEmpty()) {
                b.append("; ").append(text("page.dangerUpdates", r.dangerUpdates().size()));
              }
            });
    shown
        .timeline()
        .facts()
        .ifPresent(
            steps -> {
              for (DossierPage.Step s : steps) {
                b.append(System.lineSeparator())
                    .append("        ")
                    .append(
                        text(
                            "page.step",
                            LocalDate.ofInstant(s.at(), scenario.zone()),
                            s.text().text(language)));
              }
            });
    return b.toString();
  }

  private static boolean matches(Scenario.PageStep l, DossierPage.Step s) {
    if (!l.kind().equals(s.kind())) {
      return false;
    }
    if (l.whoGiven() && !Objects.equals(l.who(), s.who())) {
      return false;
    }
    String mentions = l.mentions();
    return mentions == null
        || Pattern.compile(
                "(?<![\\p{L}\\p{N}_-])" + Pattern.quote(mentions) + "(?![\\p{L}\\p{N}_-])")
            .matcher(s.text().text(Language.EN))
            .find();
  }

  private String describe(Scenario.PageStep l) {
    return l.kind()
        + (l.whoGiven() ? " " + text("page.by", l.who() == null ? "?" : l.who()) : "")
        + (l.mentions() == null ? "" : " " + text("page.mentioning", l.mentions()));
  }

  private Result audit(ChainApproach chain, Scenario.Question q, @Nullable DossierStatus state) {
    int entries = chain.audit().size();
    LogVerification verification = chain.verifyLog();
    String listing =
        text(entries == 1 ? "audit.entry" : "audit.entries", entries)
            + ", "
            + (verification instanceof LogVerification.Broken b
                ? text("audit.broken", b.sequence(), b.reason())
                : text("audit.intact"));
    if (!(q.expect() instanceof Scenario.AuditExpectation e)) {
      return new Result(q, Outcome.ANSWERED, List.of(), state, null, listing);
    }
    List<String> failures = new ArrayList<>();
    Integer atLeast = e.atLeast();
    if (atLeast != null && entries < atLeast) {
      failures.add(text("audit.atLeast", atLeast, entries));
    }
    Boolean intact = e.intact();
    if (intact != null && intact != verification.isIntact()) {
      failures.add(text(intact ? "audit.expectedIntact" : "audit.expectedBroken"));
    }
    return answered(q, state, failures, listing);
  }

  private String rule(RuleFinding f) {
    return f.rule() + " (" + f.basis().label(language) + "): " + f.text(language);
  }

  private String text(String key, @Nullable Object... arguments) {
    return Words.text(language, key, arguments);
  }

  /** "expected state X, found Y", or "found no dossier". */
  private String expectedState(@Nullable DossierStatus expected, @Nullable DossierStatus actual) {
    return actual == null
        ? text("run.expectedStateNoDossier", expected)
        : text("run.expectedState", expected, actual);
  }

  /**
   * A named rule matches a deciding rule when they are equal ignoring case, spaces and the
   * difference between dashes and underscores, or when one contains the other (so {@code pledge}
   * finds {@code pledge-signed} and {@code forward} finds {@code no-forward}).
   */
  private static boolean sameRule(String actual, String wanted) {
    String a = normalized(actual);
    String w = normalized(wanted);
    if (a.equals(w)) {
      return true;
    }
    return w.length() >= 4 && (a.contains(w) || w.contains(a));
  }

  private static String normalized(String rule) {
    return rule.trim().toLowerCase(java.util.Locale.ROOT).replace('_', '-').replace(' ', '-');
  }

  private void compare(
      List<String> failures,
      String field,
      @Nullable BigDecimal expected,
      @Nullable BigDecimal actual) {
    if (expected != null && (actual == null || expected.compareTo(actual) != 0)) {
      failures.add(
          text(
              "run.fieldExpected",
              field,
              expected.toPlainString(),
              actual == null ? text("run.none") : actual.toPlainString()));
    }
  }

  private Result answered(
      Scenario.Question q, @Nullable DossierStatus state, List<String> failures, String listing) {
    return new Result(
        q,
        Outcome.ANSWERED,
        List.of(),
        state,
        failures.isEmpty() ? Expectation.MET : Expectation.FAILED,
        failures.isEmpty() ? listing : text("run.found", String.join("; ", failures), listing));
  }

  private static boolean matches(Scenario.AgendaLine l, AgendaEntry e) {
    return l.kind() == e.kind()
        && (l.overdue() == null || l.overdue() == e.overdue())
        && (l.ref() == null || l.ref().equals(e.reference()));
  }

  private String describe(Scenario.AgendaLine l) {
    Boolean overdue = l.overdue();
    return l.kind()
        + (l.ref() == null ? "" : " " + l.ref())
        + (overdue == null
            ? ""
            : " (" + text(overdue ? "agenda.overdue" : "agenda.notOverdue") + ")");
  }

  private String line(AgendaEntry e) {
    return text(
        e.overdue() ? "agenda.lineOverdue" : "agenda.line",
        e.kind(),
        e.reference(),
        e.due(),
        e.dossier());
  }

  /** Counts the expectations that held and that failed. */
  static int[] count(List<Result> results) {
    int passed = 0;
    int failed = 0;
    for (Result r : results) {
      if (r.expectation() == Expectation.MET) {
        passed++;
      } else if (r.expectation() == Expectation.FAILED) {
        failed++;
      }
    }
    return new int[] {passed, failed};
  }
}
