package be.ifg.workflow.archfixture.internal;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * A type of an internal package that claims to be stable API: the API-status rule must refuse it.
 */
@API(status = STABLE, since = "0.1")
public final class InternalMarkedStable {
  private InternalMarkedStable() {}
}
