package be.ifg.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The architecture of the library, in one place: the module map of the README and DESIGN §2 as
 * rules that every build runs.
 *
 * <pre>
 * rti             → domain
 * persistence-api → domain
 * workflow        → domain, rti, persistence-api
 * persistence-tck → persistence-api, domain
 * examples        → anything (not checked here)
 * </pre>
 */
class ArchitectureTests {
  /** The library modules by root package; each may have an {@code internal} package. */
  private static final List<String> MODULES =
      List.of("be.ifg.domain", "be.ifg.rti", "be.ifg.persistence", "be.ifg.workflow");

  private static JavaClasses library;

  @BeforeAll
  static void importLibrary() {
    library =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(MODULES);
  }

  @Test
  void modulesDependOnlyOnWhatTheModuleMapAllows() {
    moduleMap().check(library);
  }

  /** The module map of DESIGN §2 as a layered architecture. */
  static ArchRule moduleMap() {
    return layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .withOptionalLayers(true)
        .layer("domain")
        .definedBy("be.ifg.domain..")
        .layer("rti")
        .definedBy("be.ifg.rti..")
        .layer("persistence-api")
        .definedBy(
            resideInAPackage("be.ifg.persistence..")
                .and(not(resideInAPackage("be.ifg.persistence.tck.."))))
        .layer("persistence-tck")
        .definedBy("be.ifg.persistence.tck..")
        .layer("workflow")
        .definedBy("be.ifg.workflow..")
        .whereLayer("domain")
        .mayOnlyAccessLayers("domain")
        .whereLayer("rti")
        .mayOnlyAccessLayers("domain")
        .whereLayer("persistence-api")
        .mayOnlyAccessLayers("domain")
        .whereLayer("persistence-tck")
        .mayOnlyAccessLayers("persistence-api", "domain")
        .whereLayer("workflow")
        .mayOnlyAccessLayers("domain", "rti", "persistence-api");
  }

  @Test
  void modulesHaveNoCycles() {
    slices().matching("be.ifg.(*)..").should().beFreeOfCycles().check(library);
  }

  @Test
  void packagesHaveNoCycles() {
    // an internal package may use its module's API types that the API hands it; every other
    // dependency counts
    slices()
        .matching("be.ifg.(**)")
        .should()
        .beFreeOfCycles()
        .ignoreDependency(resideInAPackage("..internal.."), not(resideInAPackage("..internal..")))
        .check(library);
  }

  @Test
  void nothingOutsideAModuleTouchesItsInternals() {
    for (String module : MODULES) {
      internalsOf(module).check(library);
    }
  }

  /** Nothing outside a module may use its {@code internal} packages. */
  static ArchRule internalsOf(String module) {
    return noClasses()
        .that()
        .resideOutsideOfPackage(module + "..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(module + ".internal..")
        .allowEmptyShould(true)
        .because("the internal packages of " + module + " are not API");
  }

  @Test
  void domainIsFreeOfJackson() {
    domainWithoutJackson().check(library);
  }

  /** The domain carries no JSON mapping. */
  static ArchRule domainWithoutJackson() {
    return noClasses()
        .that()
        .resideInAPackage("be.ifg.domain..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("com.fasterxml.jackson..", "tools.jackson..");
  }

  @Test
  void onlyJsonPackagesUseJackson() {
    noClasses()
        .that()
        .resideInAnyPackage("be.ifg.rti..", "be.ifg.persistence..", "be.ifg.workflow..")
        .and()
        .resideOutsideOfPackage("..json..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("com.fasterxml.jackson..", "tools.jackson..")
        .allowEmptyShould(true)
        .because("JSON mapping lives in json packages that publish a Jackson module")
        .check(library);
  }

  @Test
  void everyPackageIsNullMarked() {
    nullMarked().check(library);
  }

  /** Every class lives in a package annotated {@code @NullMarked}. */
  static ArchRule nullMarked() {
    return classes().should(beInANullMarkedPackage());
  }

  @Test
  void libraryThrowsNoGenericExceptions() {
    NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS.check(library);
  }

  @Test
  void libraryWritesNothingToStandardStreams() {
    NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(library);
  }

  private static ArchCondition<JavaClass> beInANullMarkedPackage() {
    return new ArchCondition<>("be in a package annotated @NullMarked") {
      @Override
      public void check(JavaClass c, ConditionEvents events) {
        boolean marked = c.getPackage().isAnnotatedWith(NullMarked.class);
        events.add(
            new SimpleConditionEvent(
                c,
                marked,
                c.getName() + " is in package " + c.getPackageName() + " without @NullMarked"));
      }
    };
  }
}
