package be.ifg.workflow;

import static com.google.common.base.Preconditions.checkNotNull;

import be.ifg.domain.Language;
import be.ifg.domain.Phrase;

/**
 * One reason a command was rejected: a stable code and a sentence a person understands, in each
 * {@link Language}.
 *
 * @param code the code applications and scenarios match on
 * @param text the explanation in every language
 */
public record Reason(ReasonCode code, Phrase text) {
  /** Checks that both parts are present. */
  public Reason {
    checkNotNull(code, "code");
    checkNotNull(text, "text");
  }

  /**
   * A reason whose explanation is the same in every language (transitional: the workflow's own
   * reasons move to its phrasebook).
   *
   * @throws IllegalArgumentException if the message is blank
   */
  public Reason(ReasonCode code, String message) {
    this(code, Phrase.of(message, message, message));
  }

  /** The explanation in English. */
  public String message() {
    return text.text(Language.EN);
  }

  /** The explanation in the language. */
  public String message(Language language) {
    return text.text(language);
  }

  @Override
  public String toString() {
    return code + ": " + message();
  }
}
