package be.ifg.workflow;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * One reason a command was rejected: a stable code and a message a person understands.
 *
 * @param code the code applications and scenarios match on
 * @param message the explanation
 */
public record Reason(ReasonCode code, String message) {
  /**
   * Validates the reason.
   *
   * @throws IllegalArgumentException if the message is blank
   */
  public Reason {
    checkNotNull(code, "code");
    checkNotNull(message, "message");
    checkArgument(!message.isBlank(), "message of reason %s must not be blank", code);
  }

  @Override
  public String toString() {
    return code + ": " + message;
  }
}
