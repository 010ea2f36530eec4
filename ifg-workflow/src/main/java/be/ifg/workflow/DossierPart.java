package be.ifg.workflow;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import be.ifg.domain.Labelled;
import be.ifg.domain.Language;
import be.ifg.domain.Purpose;
import org.apiguardian.api.API;

/**
 * A part of a dossier that {@link ChainApproach#read} hands out as a {@link DossierPage}: the
 * registration, the plan in all its versions, progress reports, incidents, goal decisions, the
 * closure, evaluations, the case directors' history and the timeline in words.
 *
 * <p>Which parts a reader sees is decided by the need-to-know policy (rule {@code dossier-part}):
 * nobody without standing at the table sees any part; a member with standing sees every part in
 * full for SAFETY and PLAN, and only how many entries each part has for EVALUATION and STATISTICS
 * ({@link #access(Purpose)}). Within the registration, why informing a party was deferred is shown
 * only to the case director in office, the members holding the registrant's partner's seat and the
 * coordinator; within the timeline, a step about an item follows that item's decision.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum DossierPart implements Labelled {
  /**
   * The registration: parties with role and age group, criteria, informing records, deferrals with
   * review dates, the danger assessment and safety measures, the registrant.
   */
  REGISTRATION,
  /** The plan in all its versions: goals, actions, owners, due dates, status, who, when and why. */
  PLAN,
  /** The case director's progress reports. */
  PROGRESS,
  /** The incidents reported after registration. */
  INCIDENTS,
  /** The team's decisions closing goals. */
  GOAL_DECISIONS,
  /** How the dossier ended or is ending: decline, conclusion, follow-up, closure, withdrawal. */
  CLOSURE,
  /** The evaluations of a closed dossier. */
  EVALUATIONS,
  /** The history of the case directors' appointments. */
  DIRECTORS,
  /** The history of the dossier in words: each step, who and when. */
  TIMELINE;

  /** How much of a part a member with standing sees for a purpose. */
  public enum Access implements Labelled {
    /** The part with its facts. */
    SHOWN,
    /** How many entries the part has: no identity, no text. */
    COUNTED,
    /** Nothing of it. */
    NONE;

    @Override
    public String label(Language language) {
      return Words.BOOK.label(this, language);
    }
  }

  /**
   * How much of this part a member with standing sees for the purpose: {@link Access#SHOWN} for
   * SAFETY and PLAN, {@link Access#COUNTED} for EVALUATION and STATISTICS. Anybody without standing
   * sees {@link Access#NONE} of every part, for every purpose.
   *
   * @throws NullPointerException if the purpose is null
   */
  public Access access(Purpose purpose) {
    checkNotNull(purpose, "purpose must not be null");
    return purpose == Purpose.SAFETY || purpose == Purpose.PLAN ? Access.SHOWN : Access.COUNTED;
  }

  @Override
  public String label(Language language) {
    return Words.BOOK.label(this, language);
  }

  /**
   * The table of which parts each reader sees for each purpose, as Markdown, as
   * docs/need-to-know.md shows it between its markers.
   */
  public static String toMarkdown() {
    StringBuilder b = new StringBuilder();
    b.append("| part |");
    for (Purpose p : Purpose.values()) {
      b.append(" member, ").append(p.name()).append(" |");
    }
    b.append(" without standing, any purpose |\n|---|");
    for (int i = 0; i <= Purpose.values().length; i++) {
      b.append("---|");
    }
    b.append('\n');
    for (DossierPart part : values()) {
      b.append("| ").append(part.label(Language.EN)).append(" |");
      for (Purpose p : Purpose.values()) {
        b.append(' ').append(part.access(p).label(Language.EN)).append(" |");
      }
      b.append(' ').append(Access.NONE.label(Language.EN)).append(" |\n");
    }
    return b.toString();
  }
}
