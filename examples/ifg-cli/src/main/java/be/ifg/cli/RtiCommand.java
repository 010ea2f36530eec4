package be.ifg.cli;

import be.ifg.domain.AssessmentStatus;
import be.ifg.domain.ItemContribution;
import be.ifg.rti.AnswerSet;
import be.ifg.rti.Assessment;
import be.ifg.rti.AssessmentOutcome;
import be.ifg.rti.Assessments;
import be.ifg.rti.Instrument;
import be.ifg.rti.Instruments;
import be.ifg.rti.Item;
import be.ifg.rti.OverrideRequest;
import be.ifg.rti.Parsed;
import be.ifg.rti.Problem;
import be.ifg.rti.Qualification;
import be.ifg.rti.Refusal;
import be.ifg.rti.Rule;
import be.ifg.rti.Section;
import be.ifg.rti.UnreadableInputException;
import be.ifg.rti.json.AnswersJson;
import be.ifg.rti.json.AssessmentJson;
import be.ifg.rti.json.BuiltInInstruments;
import be.ifg.rti.json.InstrumentJson;
import be.ifg.rti.json.WordingJson;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The {@code ifg rti} command group: validate risk-assessment instruments and score answers.
 *
 * <p>Each invocation is independent and holds no shared state.
 */
@Command(
    name = "rti",
    mixinStandardHelpOptions = true,
    description = "Risk-assessment instruments: validate definitions and score answers.",
    subcommands = {RtiCommand.Validate.class, RtiCommand.Score.class})
public final class RtiCommand implements Runnable {
  @Spec CommandSpec spec;

  /** Creates the command; picocli calls this. */
  public RtiCommand() {}

  /** Without a subcommand: a usage error. */
  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(
        spec.commandLine(), Words.text(Ifg.language(spec), "missing.rti"));
  }

  /** {@code ifg rti validate FILE…}: checks instrument files, printing every problem. */
  @Command(
      name = "validate",
      mixinStandardHelpOptions = true,
      description = {
        "Validates instrument definition files and prints every problem as FILE: $.path: message.",
        "Exit 0 when all are valid, 1 when one is invalid, 2 when a file cannot be read or is not JSON."
      })
  public static final class Validate implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Instrument files (JSON).")
    List<Path> files = List.of();

    /** Creates the command; picocli calls this. */
    public Validate() {}

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      int code = Ifg.OK;
      for (Path file : files) {
        try {
          Parsed<Instrument> parsed = InstrumentJson.read(file);
          if (parsed instanceof Parsed.Valid) {
            Instrument instrument = parsed.orElseThrow();
            out.println(
                Words.text(
                    Ifg.language(spec),
                    "rti.valid",
                    file,
                    instrument.reference(),
                    instrument.hash()));
          } else {
            parsed.problems().forEach(err::println);
            code = Math.max(code, Ifg.INVALID);
          }
        } catch (UnreadableInputException e) {
          err.println(e.getMessage());
          code = Ifg.UNUSABLE;
        }
      }
      return code;
    }
  }

  /** {@code ifg rti score}: scores an answers file and explains the result. */
  @Command(
      name = "score",
      mixinStandardHelpOptions = true,
      description = {
        "Scores an answers file against an instrument and explains the result.",
        "Exit 0 when scored, 1 when the instrument file is invalid, 2 when the command line or"
            + " an input file cannot be used (including a refused override, at $.override)."
      })
  public static final class Score implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(
        names = "--instrument",
        required = true,
        paramLabel = "FILE|ID[@VERSION]",
        description = "An instrument file, or the id (and version) of a built-in instrument.")
    String instrument = "";

    @Option(
        names = "--answers",
        required = true,
        paramLabel = "FILE",
        description = "The answers file.")
    Path answers = Path.of("answers.json");

    @Option(
        names = "--wording",
        paramLabel = "FILE",
        description = "A local wording file to merge into the instrument (labels in one language).")
    @Nullable Path wording;

    @Option(names = "--json", description = "Print the result as JSON (the format's Result).")
    boolean json;

    /** Creates the command; picocli calls this. */
    public Score() {}

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      try {
        Parsed<Instrument> loaded = instrument(err);
        if (loaded == null) {
          return Ifg.UNUSABLE;
        }
        if (!(loaded instanceof Parsed.Valid)) {
          loaded.problems().forEach(err::println);
          return Ifg.INVALID;
        }
        Instrument resolved = loaded.orElseThrow();
        if (wording != null) {
          Parsed<Instrument> merged = WordingJson.apply(resolved, wording);
          if (!(merged instanceof Parsed.Valid)) {
            merged.problems().forEach(err::println);
            return Ifg.UNUSABLE;
          }
          resolved = merged.orElseThrow();
        }
        Parsed<AnswerSet> answerSet = AnswersJson.read(answers, resolved);
        if (!(answerSet instanceof Parsed.Valid)) {
          answerSet.problems().forEach(err::println);
          return Ifg.UNUSABLE;
        }
        AssessmentOutcome outcome = Assessments.score(resolved, answerSet.orElseThrow());
        if (outcome instanceof AssessmentOutcome.Refused) {
          for (Refusal refusal : ((AssessmentOutcome.Refused) outcome).refusals()) {
            err.println(
                new Problem(
                    answers.toString(),
                    "$.override",
                    refusal.message() + " (" + refusal.reason() + ")"));
          }
          return Ifg.UNUSABLE;
        }
        Assessment assessment = ((AssessmentOutcome.Scored) outcome).assessment();
        if (json) {
          out.println(AssessmentJson.write(assessment));
        } else {
          // the instrument's own texts (title, sections, items) in the language of --language;
          // the explanation's sentences are English for now (see docs/cli.md)
          new Explanation(out, Ifg.language(spec).tag()).print(assessment);
        }
        return Ifg.OK;
      } catch (UnreadableInputException e) {
        err.println(e.getMessage());
        return Ifg.UNUSABLE;
      }
    }

    /**
     * The instrument: from a file, else from the built-ins; null (after a message) when neither.
     */
    private @Nullable Parsed<Instrument> instrument(PrintWriter err) {
      Path file = Path.of(instrument);
      if (Files.isRegularFile(file)) {
        return InstrumentJson.read(file);
      }
      Instruments builtIn = BuiltInInstruments.catalogue();
      Optional<Instrument> found = builtIn.find(instrument);
      if (found.isPresent()) {
        return Parsed.valid(found.get());
      }
      err.println(
          Words.text(
              Ifg.language(spec),
              "rti.noInstrument",
              instrument,
              String.join(", ", builtIn.all().stream().map(Instrument::reference).toList())));
      return null;
    }
  }

  /** Writes an assessment as text a social worker understands. */
  static final class Explanation {
    private final PrintWriter out;
    private final String language;

    Explanation(PrintWriter out, String language) {
      this.out = out;
      this.language = language;
    }

    void print(Assessment a) {
      Instrument instrument = a.instrument();
      out.println(instrument.title(language));
      out.println("  instrument " + instrument.reference() + ", content " + instrument.hash());
      if (!instrument.validated()) {
        out.println(
            "  NOTE: this instrument has not been validated scientifically. Use its result as one"
                + " input to the table's professional judgement, never as the decision itself.");
      }
      if (!instrument.licence().notice().isBlank()) {
        out.println("  Licence: " + instrument.licence().notice());
      }
      out.println(
          "  Assessed on " + a.answers().assessedAt() + " by " + a.answers().assessor() + ".");
      out.println();

      out.println(
          "Risk: "
              + points(a.score())
              + ", of at most "
              + a.maxScore()
              + " (items without a maximum, such as lists of dates, are not in the maximum)");
      if (a.rescaled()) {
        out.println(
            "  Some items were not answered; the instrument scales the score up to what the"
                + " answered items allow (rounded to 2 decimals).");
      }
      for (Section section : instrument.sections()) {
        if (!section.kind().isRisk()) {
          continue;
        }
        out.println("  " + section.label(language) + " (" + section.kind() + ")");
        printItems(a, section);
      }
      out.println();

      out.println("Protective factors: " + points(a.protectiveScore()));
      out.println(
          "  Counted apart from the risk: protective factors are never subtracted from the risk"
              + " score.");
      for (Section section : instrument.sections()) {
        if (section.kind().isRisk()) {
          continue;
        }
        out.println("  " + section.label(language));
        printItems(a, section);
      }
      out.println();

      if (a.missing().isEmpty()) {
        out.println("Missing answers: none.");
      } else {
        out.println("Missing answers (" + a.missing().size() + "), not known or not given:");
        for (String id : a.missing()) {
          out.println("  ? " + id + ": " + label(instrument, id));
        }
        out.println("  " + missingPolicy(instrument));
      }
      out.println();

      if (a.firedRules().isEmpty()) {
        out.println("Rules that fired: none.");
      } else {
        out.println("Rules that fired:");
        for (Rule rule : instrument.rules()) {
          if (a.firedRules().contains(rule.id())) {
            out.println("  ! " + rule.id() + ": " + describe(instrument, rule));
          }
        }
      }
      out.println();

      Qualification q = a.qualification();
      out.println(
          "Qualification (kwalificatie): problems in "
              + (q.problemAreas().isEmpty() ? "no area" : String.join(", ", q.problemAreas()))
              + "; protective factors present: "
              + (q.protectiveFactors().isEmpty()
                  ? "none"
                  : String.join(", ", q.protectiveFactors()))
              + ".");
      out.println();
      if (a.status() != AssessmentStatus.COMPLETE) {
        out.println("Result: " + a.status() + " - no band is given.");
        out.println(
            a.status() == AssessmentStatus.INCOMPLETE
                ? "  This instrument needs every item answered before it gives a band; answer the"
                    + " missing items and score again."
                : "  Too many items are missing to give a reliable band; gather the missing"
                    + " information and score again.");
        return;
      }
      out.println("Result: band " + a.finalBand());
      out.println(
          "  The score "
              + a.score()
              + " reaches band "
              + a.scoreBand()
              + " (from "
              + instrument.band(a.scoreBand()).orElseThrow().minScore().toPlainString()
              + " points).");
      if (!a.band().equals(a.scoreBand())) {
        out.println("  The rules that fired lift it to " + a.band() + ", whatever the score.");
      }
      OverrideRequest override = a.answers().override();
      if (override != null) {
        out.println(
            "  Professional judgement by "
                + override.by()
                + " sets the final band to "
                + a.finalBand()
                + ": "
                + override.rationale());
      }
    }

    private void printItems(Assessment a, Section section) {
      for (Item item : section.items()) {
        Optional<ItemContribution> c =
            a.contributions().stream().filter(x -> x.item().equals(item.id())).findFirst();
        if (c.isEmpty()) {
          continue;
        }
        BigDecimal points = c.get().points();
        String answer =
            c.get().answer().equals("NOT_APPLICABLE") ? "not applicable" : c.get().answer();
        out.printf(
            "    %s %-4s %s: %s - answered %s%n",
            points.signum() > 0 ? "+" : " ",
            points.toPlainString(),
            item.id(),
            item.label(language),
            answer.isEmpty() ? "(no dates)" : answer);
      }
    }

    private String label(Instrument instrument, String itemId) {
      return instrument.item(itemId).map(i -> i.label(language)).orElse(itemId);
    }

    /** "1 point", "0 points", "2.50 points". */
    private static String points(BigDecimal points) {
      String number = points.toPlainString();
      return number + (points.compareTo(BigDecimal.ONE) == 0 ? " point" : " points");
    }

    private static String missingPolicy(Instrument instrument) {
      String limit =
          instrument.missing().maxMissing() == null
              ? ""
              : " At most " + instrument.missing().maxMissing() + " may be missing.";
      switch (instrument.missing().policy()) {
        case EXCLUDE_AND_RESCALE:
          return "They are left out and the score is scaled up to the answered items." + limit;
        case BLOCK:
          return "This instrument gives no band while any item is missing." + limit;
        case TREAT_AS_ABSENT:
        default:
          return "They count as 0 points (as if the factor were absent)." + limit;
      }
    }

    private String describe(Instrument instrument, Rule rule) {
      String lift = " - the band is at least " + rule.minBand();
      if (rule instanceof Rule.AnyCritical) {
        return "a critical item is present" + lift;
      } else if (rule instanceof Rule.CountInSection) {
        Rule.CountInSection r = (Rule.CountInSection) rule;
        return "at least "
            + r.atLeast()
            + " items of "
            + instrument.section(r.section()).map(s -> s.label(language)).orElse(r.section())
            + " are answered '"
            + r.answer()
            + "'"
            + lift;
      } else if (rule instanceof Rule.KOfN) {
        Rule.KOfN r = (Rule.KOfN) rule;
        return "at least "
            + r.atLeast()
            + " of "
            + String.join(", ", r.items())
            + " are present"
            + lift;
      } else {
        Rule.EventsInWindow r = (Rule.EventsInWindow) rule;
        return "at least "
            + r.atLeast()
            + " dates of '"
            + label(instrument, r.item())
            + "' fall in the "
            + r.windowDays()
            + " days before the assessment"
            + lift;
      }
    }
  }
}
