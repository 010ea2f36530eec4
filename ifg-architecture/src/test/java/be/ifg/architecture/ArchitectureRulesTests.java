package be.ifg.architecture;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ifg.domain.archfixture.DomainReachingUp;
import be.ifg.rti.archfixture.RtiExposingLibraries;
import be.ifg.rti.internal.Ids;
import be.ifg.workflow.ReasonCode;
import be.ifg.workflow.archfixture.WorkflowUsingRtiInternals;
import be.ifg.workflow.archfixture.internal.InternalMarkedStable;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/**
 * The architecture rules catch what they are meant to catch: each is checked against a deliberately
 * bad class, so that a rule that no longer bites fails the build.
 */
class ArchitectureRulesTests {
  private static final JavaClasses BAD =
      new ClassFileImporter()
          .importClasses(
              DomainReachingUp.class,
              WorkflowUsingRtiInternals.class,
              RtiExposingLibraries.class,
              ReasonCode.class,
              Ids.class,
              InternalMarkedStable.class);

  @Test
  void moduleMapCatchesTheDomainUsingTheWorkflow() {
    assertThatThrownBy(() -> ArchitectureTests.moduleMap().check(BAD))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("DomainReachingUp")
        .hasMessageContaining("ReasonCode");
  }

  @Test
  void internalsRuleCatchesAnotherModuleUsingThem() {
    assertThatThrownBy(() -> ArchitectureTests.internalsOf("be.ifg.rti").check(BAD))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("WorkflowUsingRtiInternals");
  }

  @Test
  void jacksonRuleCatchesJsonInTheDomain() {
    assertThatThrownBy(() -> ArchitectureTests.domainWithoutJackson().check(BAD))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("JsonNode");
  }

  @Test
  void nullMarkedRuleCatchesAnUnmarkedPackage() {
    assertThatThrownBy(() -> ArchitectureTests.nullMarked().check(BAD))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("be.ifg.domain.archfixture");
  }

  @Test
  void guavaRuleCatchesAGuavaTypeInAPublicSignature() {
    assertThatThrownBy(() -> ArchitectureTests.apiWithoutGuava().check(BAD))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("RtiExposingLibraries.NAMES exposes Guava type")
        .hasMessageContaining("RtiExposingLibraries.names(tools.jackson.databind.JsonNode)")
        .hasMessageContaining("ImmutableList")
        .hasMessageNotContaining("count()");
  }

  @Test
  void jacksonRuleCatchesAJacksonTypeInAPublicSignature() {
    assertThatThrownBy(
            () -> ArchitectureTests.apiWithoutJackson("be.ifg.rti.archfixture").check(BAD))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("exposes Jackson type tools.jackson.databind.JsonNode")
        .hasMessageNotContaining("NAMES");
  }

  @Test
  void apiStatusRuleCatchesAnUnmarkedTypeAndAWronglyMarkedInternal() {
    assertThatThrownBy(() -> ArchitectureTests.apiStatusMarked().check(BAD))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("DomainReachingUp has no @API status")
        .hasMessageContaining("InternalMarkedStable is marked STABLE in an internal package")
        .hasMessageNotContaining("ReasonCode")
        .hasMessageNotContaining("Ids");
  }
}
