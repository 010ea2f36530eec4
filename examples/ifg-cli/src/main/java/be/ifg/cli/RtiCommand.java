package be.ifg.cli;

import be.ifg.domain.AssessmentStatus;
import be.ifg.domain.ItemContribution;
import be.ifg.domain.Language;
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
    List<String> files = List.of();

    /** Creates the command; picocli calls this. */
    public Validate() {}

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      int code = Ifg.OK;
      for (String name : files) {
        Path file = path(name, spec, err);
        if (file == null) {
          code = Ifg.UNUSABLE;
          continue;
        }
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
    String answers = "answers.json";

    @Option(
        names = "--wording",
        paramLabel = "FILE",
        description = "A local wording file to merge into the instrument (labels in one language).")
    @Nullable String wording;

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
          Path wordingFile = path(wording, spec, err);
          if (wordingFile == null) {
            return Ifg.UNUSABLE;
          }
          Parsed<Instrument> merged = WordingJson.apply(resolved, wordingFile);
          if (!(merged instanceof Parsed.Valid)) {
            merged.problems().forEach(err::println);
            return Ifg.UNUSABLE;
          }
          resolved = merged.orElseThrow();
        }
        Path answersFile = path(answers, spec, err);
        if (answersFile == null) {
          return Ifg.UNUSABLE;
        }
        Parsed<AnswerSet> answerSet = AnswersJson.read(answersFile, resolved);
        if (!(answerSet instanceof Parsed.Valid)) {
          answerSet.problems().forEach(err::println);
          return Ifg.UNUSABLE;
        }
        AssessmentOutcome outcome = Assessments.score(resolved, answerSet.orElseThrow());
        if (outcome instanceof AssessmentOutcome.Refused) {
          for (Refusal refusal : ((AssessmentOutcome.Refused) outcome).refusals()) {
            err.println(
                new Problem(
                    answersFile.toString(),
                    "$.override",
                    refusal.message() + " (" + refusal.reason() + ")"));
          }
          return Ifg.UNUSABLE;
        }
        Assessment assessment = ((AssessmentOutcome.Scored) outcome).assessment();
        if (json) {
          out.println(AssessmentJson.write(assessment));
        } else {
          // the explanation's sentences and the instrument's own texts (title, sections, items) in
          // the language of --language
          new Explanation(out, Ifg.language(spec), Ifg.language(spec).tag()).print(assessment);
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
      Path file = path(instrument, spec, err);
      if (file == null) {
        return null;
      }
      if (Files.exists(file)) {
        // a file, or a directory or device reported as such by the reader
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
              printable(instrument),
              String.join(", ", builtIn.all().stream().map(Instrument::reference).toList())));
      return null;
    }
  }

  /**
   * The file a command-line argument names, or null after a one-line message when no file can have
   * that name (a NUL character, say).
   */
  static @Nullable Path path(String name, CommandSpec spec, PrintWriter err) {
    try {
      return Path.of(name);
    } catch (java.nio.file.InvalidPathException e) {
      err.println(Words.text(Ifg.language(spec), "rti.badPath", printable(name)));
      return null;
    }
  }

  /**
   * A command-line argument as it can be shown on one line: control characters escaped, at most 200
   * characters.
   */
  static String printable(String argument) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    for (; i < argument.length() && out.length() < 200; i++) {
      char c = argument.charAt(i);
      if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return i < argument.length() ? out + "…" : out.toString();
  }

  /** Writes an assessment as text a social worker understands. */
  static final class Explanation {
    private final PrintWriter out;
    private final Language words;
    private final String language;

    /**
     * An explanation whose sentences are in one language and the instrument's texts (title,
     * sections, items) in the language with the tag {@code language}.
     */
    Explanation(PrintWriter out, Language words, String language) {
      this.out = out;
      this.words = words;
      this.language = language;
    }

    private String text(String key, @Nullable Object... arguments) {
      return Words.text(words, key, arguments);
    }

    void print(Assessment a) {
      Instrument instrument = a.instrument();
      out.println(instrument.title(language));
      out.println("  " + text("rti.instrument", instrument.reference(), instrument.hash()));
      if (!instrument.validated()) {
        out.println("  " + text("rti.notValidated"));
      }
      if (!instrument.licence().notice().isBlank()) {
        out.println("  " + text("rti.licence", instrument.licence().notice()));
      }
      out.println("  " + text("rti.assessed", a.answers().assessedAt(), a.answers().assessor()));
      out.println();

      out.println(text("rti.risk", points(a.score()), a.maxScore()));
      if (a.rescaled()) {
        out.println("  " + text("rti.rescaled"));
      }
      for (Section section : instrument.sections()) {
        if (!section.kind().isRisk()) {
          continue;
        }
        out.println("  " + section.label(language) + " (" + section.kind() + ")");
        printItems(a, section);
      }
      out.println();

      out.println(text("rti.protective", points(a.protectiveScore())));
      out.println("  " + text("rti.protectiveApart"));
      for (Section section : instrument.sections()) {
        if (section.kind().isRisk()) {
          continue;
        }
        out.println("  " + section.label(language));
        printItems(a, section);
      }
      out.println();

      if (a.missing().isEmpty()) {
        out.println(text("rti.missingNone"));
      } else {
        out.println(text("rti.missing", a.missing().size()));
        for (String id : a.missing()) {
          out.println("  ? " + id + ": " + label(instrument, id));
        }
        out.println("  " + missingPolicy(instrument));
      }
      out.println();

      if (a.firedRules().isEmpty()) {
        out.println(text("rti.firedNone"));
      } else {
        out.println(text("rti.fired"));
        for (Rule rule : instrument.rules()) {
          if (a.firedRules().contains(rule.id())) {
            out.println("  ! " + rule.id() + ": " + describe(instrument, rule));
          }
        }
      }
      out.println();

      Qualification q = a.qualification();
      out.println(
          text(
              "rti.qualification",
              q.problemAreas().isEmpty() ? text("rti.noArea") : String.join(", ", q.problemAreas()),
              q.protectiveFactors().isEmpty()
                  ? text("rti.none")
                  : String.join(", ", q.protectiveFactors())));
      out.println();
      if (a.status() != AssessmentStatus.COMPLETE) {
        out.println(text("rti.noBand", a.status()));
        out.println(
            "  "
                + text(
                    a.status() == AssessmentStatus.INCOMPLETE
                        ? "rti.incomplete"
                        : "rti.insufficient"));
        return;
      }
      out.println(text("rti.band", a.finalBand()));
      out.println(
          "  "
              + text(
                  "rti.scoreBand",
                  a.score(),
                  a.scoreBand(),
                  instrument.band(a.scoreBand()).orElseThrow().minScore().toPlainString()));
      if (!a.band().equals(a.scoreBand())) {
        out.println("  " + text("rti.lifted", a.band()));
      }
      OverrideRequest override = a.answers().override();
      if (override != null) {
        out.println(
            "  " + text("rti.override", override.by(), a.finalBand(), override.rationale()));
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
            c.get().answer().equals("NOT_APPLICABLE")
                ? text("rti.notApplicable")
                : c.get().answer();
        out.printf(
            "    %s %-4s %s%n",
            points.signum() > 0 ? "+" : " ",
            points.toPlainString(),
            text(
                "rti.item",
                item.id(),
                item.label(language),
                answer.isEmpty() ? text("rti.noDates") : answer));
      }
    }

    private String label(Instrument instrument, String itemId) {
      return instrument.item(itemId).map(i -> i.label(language)).orElse(itemId);
    }

    /** "1 point", "0 points", "2.50 points". */
    private String points(BigDecimal points) {
      return text(
          points.compareTo(BigDecimal.ONE) == 0 ? "rti.point" : "rti.points",
          points.toPlainString());
    }

    private String missingPolicy(Instrument instrument) {
      Integer maxMissing = instrument.missing().maxMissing();
      String limit = maxMissing == null ? "" : " " + text("rti.maxMissing", maxMissing);
      return switch (instrument.missing().policy()) {
            case EXCLUDE_AND_RESCALE -> text("rti.policy.EXCLUDE_AND_RESCALE");
            case BLOCK -> text("rti.policy.BLOCK");
            default -> text("rti.policy.TREAT_AS_ABSENT");
          }
          + limit;
    }

    private String describe(Instrument instrument, Rule rule) {
      String condition;
      if (rule instanceof Rule.AnyCritical) {
        condition = text("rti.rule.anyCritical");
      } else if (rule instanceof Rule.CountInSection r) {
        condition =
            text(
                "rti.rule.countInSection",
                r.atLeast(),
                instrument.section(r.section()).map(s -> s.label(language)).orElse(r.section()),
                r.answer());
      } else if (rule instanceof Rule.KOfN r) {
        condition = text("rti.rule.kOfN", r.atLeast(), String.join(", ", r.items()));
      } else {
        Rule.EventsInWindow r = (Rule.EventsInWindow) rule;
        condition =
            text(
                "rti.rule.eventsInWindow",
                r.atLeast(),
                label(instrument, r.item()),
                r.windowDays());
      }
      return text("rti.rule.lift", condition, rule.minBand());
    }
  }
}
