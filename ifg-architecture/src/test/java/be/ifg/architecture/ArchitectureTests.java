package be.ifg.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
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
  void everyPublicTypeSaysItsApiStatus() {
    apiStatusMarked().check(library);
  }

  /**
   * Every public top-level type of a library module says how far a caller may rely on it, with
   * apiguardian's {@code @API} as JUnit 5 does: {@code STABLE}, {@code MAINTAINED}, {@code
   * EXPERIMENTAL} or {@code DEPRECATED} in the exported packages, and {@code INTERNAL} exactly in
   * the {@code internal} packages that module-info does not export.
   */
  static ArchRule apiStatusMarked() {
    return classes()
        .that()
        .arePublic()
        .and()
        .areTopLevelClasses()
        .should(carryTheirApiStatus())
        .because("a caller must see which types are API and how stable they are (docs/api.md)");
  }

  private static ArchCondition<JavaClass> carryTheirApiStatus() {
    DescribedPredicate<JavaClass> internal = resideInAPackage("..internal..");
    return new ArchCondition<>("carry @API, INTERNAL exactly in internal packages") {
      @Override
      public void check(JavaClass c, ConditionEvents events) {
        if (!c.isAnnotatedWith(API.class)) {
          events.add(SimpleConditionEvent.violated(c, c.getName() + " has no @API status"));
          return;
        }
        API.Status status = c.getAnnotationOfType(API.class).status();
        boolean inInternal = internal.test(c);
        if (inInternal != (status == API.Status.INTERNAL)) {
          events.add(
              SimpleConditionEvent.violated(
                  c,
                  c.getName()
                      + " is marked "
                      + status
                      + (inInternal ? " in an internal package" : " outside an internal package")));
        }
      }
    };
  }

  @Test
  void publicSignaturesUseNoGuavaType() {
    apiWithoutGuava().check(library);
  }

  /**
   * No public signature of an exported package names a Guava type: Guava is a dependency of every
   * module but a transitive one of none, so that a caller never needs Guava to use the library.
   */
  static ArchRule apiWithoutGuava() {
    return classes()
        .that(arePublicApi())
        .should(exposeNoTypeFrom("Guava", "com.google.common."))
        .because("module-info says requires com.google.common, not requires transitive");
  }

  @Test
  void rtiCoreExposesNoJacksonType() {
    apiWithoutJackson("be.ifg.rti").check(library);
  }

  /**
   * No public signature in {@code apiPackage} (the package itself, not its subpackages) names a
   * Jackson type: ifg-rti's {@code JsonNode}-facing API lives in {@code be.ifg.rti.json} only, so
   * that the core can be used without Jackson on its API.
   */
  static ArchRule apiWithoutJackson(String apiPackage) {
    return classes()
        .that()
        .resideInAPackage(apiPackage)
        .and(arePublicApi())
        .should(exposeNoTypeFrom("Jackson", "tools.jackson.", "com.fasterxml.jackson."))
        .because("the JSON-facing API lives in a json package of its own");
  }

  /**
   * Public classes, all of whose enclosing classes are public too, outside {@code internal}
   * packages (the packages module-info does not export).
   */
  private static DescribedPredicate<JavaClass> arePublicApi() {
    DescribedPredicate<JavaClass> internal = resideInAPackage("..internal..");
    return new DescribedPredicate<>("are public API (public, outside internal packages)") {
      @Override
      public boolean test(JavaClass c) {
        if (internal.test(c)) {
          return false;
        }
        for (Optional<JavaClass> k = Optional.of(c);
            k.isPresent();
            k = k.get().getEnclosingClass()) {
          if (!k.get().getModifiers().contains(JavaModifier.PUBLIC)) {
            return false;
          }
        }
        return true;
      }
    };
  }

  /**
   * Names no type from the packages starting with {@code prefixes} in its supertypes, or in the
   * type, parameters, result, type arguments or exceptions of a public or protected member.
   */
  private static ArchCondition<JavaClass> exposeNoTypeFrom(String library, String... prefixes) {
    return new ArchCondition<>("expose no " + library + " type in a public signature") {
      @Override
      public void check(JavaClass c, ConditionEvents events) {
        List<JavaType> supertypes = new ArrayList<>(c.getInterfaces());
        c.getSuperclass().ifPresent(supertypes::add);
        report(c, c.getName(), supertypes, events);
        for (JavaMember m : c.getMembers()) {
          Set<JavaModifier> modifiers = m.getModifiers();
          if (!modifiers.contains(JavaModifier.PUBLIC)
              && !modifiers.contains(JavaModifier.PROTECTED)) {
            continue;
          }
          List<JavaType> types = new ArrayList<>();
          if (m instanceof JavaField f) {
            types.add(f.getType());
          } else if (m instanceof JavaCodeUnit u) {
            types.add(u.getReturnType());
            types.addAll(u.getParameterTypes());
            types.addAll(u.getExceptionTypes());
          }
          report(m, m.getFullName(), types, events);
        }
      }

      private void report(
          Object where, String name, List<? extends JavaType> types, ConditionEvents events) {
        for (JavaType type : types) {
          for (JavaClass raw : type.getAllInvolvedRawTypes()) {
            for (String prefix : prefixes) {
              if (raw.getName().startsWith(prefix)) {
                events.add(
                    SimpleConditionEvent.violated(
                        where, name + " exposes " + library + " type " + raw.getName()));
              }
            }
          }
        }
      }
    };
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
