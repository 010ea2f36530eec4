package be.ifg.rti.archfixture;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import tools.jackson.databind.JsonNode;

/**
 * A deliberate violation for {@code ArchitectureRulesTests}: public signatures that hand callers
 * Guava and Jackson types. Never part of the library.
 */
public final class RtiExposingLibraries {
  /** A Guava type in a public field. */
  public static final ImmutableSet<String> NAMES = ImmutableSet.of("a");

  private RtiExposingLibraries() {}

  /** A Jackson type as a parameter, a Guava type as the result. */
  public static ImmutableList<String> names(JsonNode node) {
    return ImmutableList.of(String.valueOf(node.isObject()));
  }

  /** Guava and Jackson used inside only, which the signature rules allow. */
  public static int count() {
    return ImmutableList.of(NAMES).size();
  }
}
