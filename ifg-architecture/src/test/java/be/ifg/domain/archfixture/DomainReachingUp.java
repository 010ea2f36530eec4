package be.ifg.domain.archfixture;

import be.ifg.workflow.ReasonCode;
import tools.jackson.databind.JsonNode;

/**
 * A deliberate violation for {@code ArchitectureRulesTests}: domain code that uses the workflow and
 * Jackson, in a package without {@code @NullMarked}. Never part of the library.
 */
public final class DomainReachingUp {
  private DomainReachingUp() {}

  /** Uses a workflow type from the domain. */
  public static String reason() {
    return ReasonCode.NO_VICTIM.name();
  }

  /** Uses Jackson from the domain. */
  public static boolean json(JsonNode node) {
    return node.isObject();
  }
}
