package be.ifg.domain;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A decision of the table that may record the session it was taken in: an acceptance, a decline, an
 * appointment, the adoption of a plan, the operational team's decision on a proposed plan
 * adjustment or its own adjustment of the plan, a closure, an evaluation. The session's minutes are
 * the decisions that name it.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public interface SessionDecision {
  /** The session the decision was taken in, or {@code null} when it names none. */
  @Nullable SessionId session();
}
