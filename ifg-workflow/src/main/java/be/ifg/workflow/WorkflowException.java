package be.ifg.workflow;

import static org.apiguardian.api.API.Status.MAINTAINED;

import org.apiguardian.api.API;

/**
 * The root of the workflow's failures: something outside a business decision went wrong, such as a
 * dossier that kept changing under a command until the SDK gave up retrying. A rejected command is
 * never an exception: it is a {@link Decision.Rejected}.
 */
@API(status = MAINTAINED, since = "0.1")
public class WorkflowException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what went wrong
   */
  public WorkflowException(String message) {
    super(message);
  }

  /**
   * Creates the exception with its cause.
   *
   * @param message what went wrong
   * @param cause the underlying failure
   */
  public WorkflowException(String message, Throwable cause) {
    super(message, cause);
  }
}
