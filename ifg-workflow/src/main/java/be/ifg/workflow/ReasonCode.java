package be.ifg.workflow;

import static org.apiguardian.api.API.Status.MAINTAINED;

import org.apiguardian.api.API;

/**
 * Why a command was rejected. A rejection carries every reason that applies, each with a message a
 * person understands; these codes are the stable part that applications and scenarios match on.
 */
@API(status = MAINTAINED, since = "0.1")
public enum ReasonCode {
  /** The client system has no victim, direct or indirect. */
  NO_VICTIM,
  /** A direct victim (or, for a child, a parent who is not a perpetrator) was not informed. */
  VICTIM_NOT_INFORMED,
  /** A perpetrator is neither informed nor deferred for safety with a reason and a review date. */
  INFORMING_UNRESOLVED,
  /** No inclusion criterion applies. */
  NO_CRITERIA,
  /** The command is not allowed in the dossier's current state. */
  NOT_ALLOWED_IN_STATE,
  /** The actor lacks the role the command needs. */
  NOT_AUTHORIZED,
  /** Information requests are still open. */
  OPEN_INFORMATION_REQUESTS,
  /** No completed risk assessment (or a reassessment is due after a new incident). */
  NO_ASSESSMENT,
  /** No adopted plan. */
  NO_PLAN,
  /** No case director appointed. */
  NO_CASE_DIRECTOR,
  /** An action's owner does not sit at the table. */
  OWNER_NOT_AT_TABLE,
  /** The proposed case director is not a member of the table. */
  DIRECTOR_NOT_AT_TABLE,
  /** Goals of the plan are still open. */
  GOALS_OPEN,
  /** The violence has not stopped. */
  VIOLENCE_NOT_STOPPED,
  /** The follow-up period is not over yet. */
  FOLLOW_UP_NOT_OVER,
  /** The instrument does not allow this professional-judgement override. */
  OVERRIDE_NOT_ALLOWED,
  /** A professional-judgement override needs a rationale and an assessor. */
  RATIONALE_REQUIRED,
  /** The member has not signed the secrecy pledge. */
  PLEDGE_MISSING,
  /** A case director in office was replaced without a reason (a handover needs one). */
  REASON_REQUIRED,
  /**
   * An information request was answered with an item its asker may not see, or one hidden from
   * members who see the request answered: share it on its own and answer with one they may see.
   */
  ANSWER_HIDDEN_FROM_ASKER,
  /**
   * A policy signal's text could identify a person: it names a party of one of the table's
   * dossiers, or holds a national register number, a phone number, a street address or a date that
   * may be a birth date. Each reason names the span by its character positions and its kind, never
   * the dossier or the party.
   */
  SIGNAL_IDENTIFYING,
  /** The command's content is not valid (a missing field, an unknown id, a duplicate id). */
  INVALID_INPUT
}
