package be.ifg.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The web app is built on the library's public API alone: it proves the API is enough. It names no
 * type of an {@code internal} package, and it never reaches the store but through the library (it
 * opens the JDBC adapter and hands it to the chain approach, nothing more).
 */
class ArchitectureTests {
  private static final JavaClasses APP =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("be.ifg.web");

  @Test
  void theAppUsesNoInternalPackageOfTheLibrary() {
    noClasses()
        .that()
        .resideInAPackage("be.ifg.web..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("be.ifg..internal..")
        .because("the web app is built on the library's public API alone")
        .check(APP);
  }

  @Test
  void onlyTheWiringTouchesTheStore() {
    noClasses()
        .that()
        .resideInAPackage("be.ifg.web..")
        .and()
        .doNotHaveSimpleName("ChainConfiguration")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("be.ifg.persistence..", "be.ifg.examples.jdbc..")
        .because("pages read and change dossiers through the chain approach's decisions only")
        .check(APP);
  }
}
