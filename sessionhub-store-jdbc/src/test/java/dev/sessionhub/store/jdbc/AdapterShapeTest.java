package dev.sessionhub.store.jdbc;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The JDBC adapter's shape")
class AdapterShapeTest {

  private static final JavaClasses ADAPTER = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("dev.sessionhub.store.jdbc");

  @Test
  @DisplayName("uses only core's public API and ports, never core's internals")
  void onlyPublicCore() {
    noClasses().should().dependOnClassesThat().resideInAPackage("dev.sessionhub.internal..")
        .check(ADAPTER);
  }

  @Test
  @DisplayName("exposes only JdbcStores, its builder and Migration as public types")
  void smallPublicSurface() {
    classes().that().resideInAPackage("dev.sessionhub.store.jdbc").and().arePublic()
        .should().haveNameMatching("dev\\.sessionhub\\.store\\.jdbc\\.(JdbcStores(\\$Builder)?|Migration)")
        .check(ADAPTER);
  }
}
