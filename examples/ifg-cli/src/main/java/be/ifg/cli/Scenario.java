package be.ifg.cli;

import be.ifg.domain.CaseTable;
import be.ifg.domain.DossierId;
import be.ifg.domain.DossierStatus;
import be.ifg.domain.ItemId;
import be.ifg.domain.PartyId;
import be.ifg.domain.ProfessionalId;
import be.ifg.domain.Purpose;
import be.ifg.domain.SessionId;
import be.ifg.rti.Instruments;
import be.ifg.workflow.AccessAction;
import be.ifg.workflow.AgendaKind;
import be.ifg.workflow.Command;
import be.ifg.workflow.DossierPart;
import be.ifg.workflow.ReasonCode;
import be.ifg.workflow.SessionDecisionKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A scenario file, read and validated completely: the tables, the instruments and the steps, each
 * with its time, dossier and table resolved. Immutable once read.
 *
 * @param name the scenario's name
 * @param start when it starts
 * @param zone the zone of its times
 * @param tables the case tables as configured, each identified by its region, in file order
 * @param dossierTables the region of the table each dossier of the file is registered at
 * @param instruments the built-in instruments and the scenario's own
 * @param steps the steps in order
 * @param notes the comments some steps carry in their {@code name}, by step index
 */
record Scenario(
    String name,
    Instant start,
    ZoneId zone,
    List<CaseTable> tables,
    Map<DossierId, String> dossierTables,
    Instruments instruments,
    List<Step> steps,
    Map<Integer, String> notes) {

  /** The comment of the step with this index, if it has one. */
  Optional<String> note(int index) {
    return Optional.ofNullable(notes.get(index));
  }

  /** The region of the table the dossier is registered at, if the file registers it. */
  Optional<String> tableOf(@Nullable DossierId dossier) {
    return dossier == null ? Optional.empty() : Optional.ofNullable(dossierTables.get(dossier));
  }

  /**
   * One step; {@code dossier} is the dossier it applies to, or {@code null} before any; {@code
   * table} is the region of the table whose chain approach it goes to, or {@code null} when it goes
   * to none (a question about a dossier no step registered).
   */
  sealed interface Step permits CommandStep, Question, Check, Advance {
    int index();

    Instant at();

    @Nullable DossierId dossier();

    @Nullable String table();
  }

  /**
   * What a command step expects.
   *
   * @param explicit whether the step carries an {@code expect} (it then counts once, met or
   *     failed); without one the command must be accepted and counts only when it is not
   * @param rejected whether the command must be rejected (otherwise it must be accepted)
   * @param codes reason codes that must all be among the rejection's reasons (empty: any)
   * @param state the state the dossier must be in after the step, or {@code null}
   */
  record CommandExpectation(
      boolean explicit, boolean rejected, List<ReasonCode> codes, @Nullable DossierStatus state) {

    /** The expectation of a step without {@code expect}: accepted. */
    static CommandExpectation accepted() {
      return new CommandExpectation(false, false, List.of(), null);
    }
  }

  /**
   * A command; {@code table} is the dossier's table, or for a table command and a registration the
   * table it is given at.
   */
  record CommandStep(
      int index,
      Instant at,
      @Nullable DossierId dossier,
      @Nullable String table,
      ProfessionalId by,
      Command command,
      CommandExpectation expect)
      implements Step {}

  /**
   * A question: {@code ask} with its fields and its expectation (absent: just answer it). {@code
   * oneDossier} is true for an agenda of the dossier the step names (rather than the table's).
   */
  record Question(
      int index,
      Instant at,
      @Nullable DossierId dossier,
      @Nullable String table,
      String ask,
      boolean oneDossier,
      @Nullable ProfessionalId who,
      @Nullable LocalDate on,
      @Nullable Expectation expect,
      @Nullable AccessAction action,
      @Nullable ItemId item,
      @Nullable Purpose purpose,
      @Nullable SessionId session)
      implements Step {}

  record Check(
      int index,
      Instant at,
      @Nullable DossierId dossier,
      @Nullable String table,
      DossierStatus state)
      implements Step {}

  /**
   * A clock move; {@code state}, when given, is checked after the move (the library may accept
   * more: an {@code advance} step may carry {@code "expect": {"state": S}}).
   */
  record Advance(
      int index,
      Instant at,
      @Nullable DossierId dossier,
      @Nullable String table,
      String amount,
      Instant to,
      @Nullable DossierStatus state)
      implements Step {}

  /** The expectation of a question. */
  sealed interface Expectation
      permits AgendaExpectation,
          AssessmentExpectation,
          SignalsExpectation,
          MinutesExpectation,
          DecideExpectation,
          ViewExpectation,
          AuditExpectation,
          PageExpectation,
          AccessReportExpectation {}

  /**
   * One agenda line a question looks for.
   *
   * @param kind its kind
   * @param overdue whether it must be overdue, or {@code null}
   * @param ref its reference, or {@code null}
   */
  record AgendaLine(AgendaKind kind, @Nullable Boolean overdue, @Nullable String ref) {}

  record AgendaExpectation(List<AgendaLine> includes, List<AgendaLine> excludes)
      implements Expectation {}

  record AssessmentExpectation(
      @Nullable BigDecimal score,
      @Nullable BigDecimal maxScore,
      @Nullable BigDecimal protectiveScore,
      Map<String, String> texts,
      @Nullable Set<String> firedRules)
      implements Expectation {}

  record SignalsExpectation(int count) implements Expectation {}

  /**
   * One decision a {@code minutes} question looks for.
   *
   * @param dossier the dossier decided on, or {@code null} for any
   * @param decision what was decided
   */
  record MinutesLine(@Nullable DossierId dossier, SessionDecisionKind decision) {}

  /**
   * What a {@code minutes} question expects.
   *
   * @param count how many decisions the minutes hold, or {@code null}
   * @param includes decisions that must be among them
   */
  record MinutesExpectation(@Nullable Integer count, List<MinutesLine> includes)
      implements Expectation {}

  /**
   * What a {@code decide} question expects.
   *
   * @param decision {@code PERMIT} or {@code DENY}
   * @param rule a rule that must be among the deciding rules, or {@code null}
   */
  record DecideExpectation(String decision, @Nullable String rule) implements Expectation {}

  /**
   * What a {@code view} question expects.
   *
   * @param items exactly the items the view must show, or {@code null} if not given
   * @param hidden items that must not appear in the view
   */
  record ViewExpectation(@Nullable List<String> items, List<String> hidden)
      implements Expectation {}

  /**
   * What an {@code audit} question expects.
   *
   * @param atLeast the least number of log entries, or {@code null}
   * @param intact whether the chain must verify, or {@code null}
   */
  record AuditExpectation(@Nullable Integer atLeast, @Nullable Boolean intact)
      implements Expectation {}

  /**
   * A timeline step a page question expects or rules out.
   *
   * @param kind the step's kind (the event's name, e.g. {@code DirectorAppointed})
   * @param whoGiven whether the file names who took the step ({@code who} may then be null: a step
   *     whose actor the reader may not know)
   * @param who who took the step, or {@code null}
   * @param mentions a word the step's English sentence holds (an item id, a party), or {@code null}
   */
  record PageStep(
      String kind, boolean whoGiven, @Nullable ProfessionalId who, @Nullable String mentions) {}

  /**
   * What a page question expects; every field given must hold.
   *
   * @param refused whether the page is refused
   * @param shown parts shown in full
   * @param counted parts shown as counts only
   * @param steps the number of timeline steps, or {@code null}
   * @param includes timeline steps that must appear
   * @param excludes timeline steps that must not appear
   * @param deferralReason {@code shown} or {@code withheld}: the reasons of the deferrals
   * @param dangerUpdates the number of danger updates in the registration, or {@code null}
   */
  record PageExpectation(
      @Nullable Boolean refused,
      Set<DossierPart> shown,
      Set<DossierPart> counted,
      @Nullable Integer steps,
      List<PageStep> includes,
      List<PageStep> excludes,
      @Nullable String deferralReason,
      @Nullable Integer dangerUpdates)
      implements Expectation {}

  /**
   * The access report question's party and what to check of the report: whether one was produced,
   * how many dossiers it covers, exactly which items it lists ({@code items}), items it must not
   * list ({@code hidden}), items it must list without content ({@code withheld}), and whether it
   * may name who registered, contributed or informed ({@code sources}).
   */
  record AccessReportExpectation(
      PartyId party,
      @Nullable Boolean produced,
      @Nullable Integer dossiers,
      @Nullable List<String> items,
      List<String> hidden,
      List<String> withheld,
      @Nullable Boolean sources)
      implements Expectation {}
}
