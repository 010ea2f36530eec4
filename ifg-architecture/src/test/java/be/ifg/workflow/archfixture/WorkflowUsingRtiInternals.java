package be.ifg.workflow.archfixture;

import be.ifg.rti.internal.SemanticVersion;

/**
 * A deliberate violation for {@code ArchitectureRulesTests}: another module's internal package in
 * use. Never part of the library.
 */
public final class WorkflowUsingRtiInternals {
  private WorkflowUsingRtiInternals() {}

  /** Parses a version with ifg-rti's internal parser. */
  public static boolean isVersion(String text) {
    return SemanticVersion.parse(text).isPresent();
  }
}
