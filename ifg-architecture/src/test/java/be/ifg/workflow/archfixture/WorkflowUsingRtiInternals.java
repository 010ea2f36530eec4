package be.ifg.workflow.archfixture;

import be.ifg.rti.internal.Ids;

/**
 * A deliberate violation for {@code ArchitectureRulesTests}: another module's internal package in
 * use. Never part of the library.
 */
public final class WorkflowUsingRtiInternals {
  private WorkflowUsingRtiInternals() {}

  /** Checks a version with ifg-rti's internal patterns. */
  public static boolean isVersion(String text) {
    return Ids.isSemanticVersion(text);
  }
}
