package be.ifg.workflow;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.MAINTAINED;

import be.ifg.domain.Language;
import be.ifg.domain.Phrase;
import org.apiguardian.api.API;

/**
 * One reason a command was rejected: a stable code and a sentence a person understands, in each
 * {@link Language}. The workflow's own reasons take their words from its phrasebook; an application
 * or a test that makes one gives its words in each language, {@code new Reason(code, Phrase.of(nl,
 * fr, en))}.
 *
 * @param code the code applications and scenarios match on
 * @param text the explanation in every language
 */
@API(status = MAINTAINED, since = "0.1")
public record Reason(ReasonCode code, Phrase text) {
  /** Checks that both parts are present. */
  public Reason {
    checkNotNull(code, "code");
    checkNotNull(text, "text");
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
