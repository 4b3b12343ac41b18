package dev.sessionhub.cache.redis;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The Redis adapter's shape")
class AdapterShapeTest {

  private static final JavaClasses ADAPTER = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("dev.sessionhub.cache.redis");

  @Test
  @DisplayName("uses only core's public API and ports, never core's internals")
  void onlyPublicCore() {
    noClasses().should().dependOnClassesThat().resideInAPackage("dev.sessionhub.internal..").check(ADAPTER);
  }

  @Test
  @DisplayName("exposes only its builders, the cache and transport types and their statistics")
  void smallPublicSurface() {
    classes().that().resideInAPackage("dev.sessionhub.cache.redis").and().arePublic()
        .should().haveNameMatching("dev\\.sessionhub\\.cache\\.redis\\.(RedisCaches|TwoLevelSessionCache|TwoLevelCacheStats"
            + "|LevelStats|RedisEventTransport(\\$Builder)?|EventTransportStats)")
        .check(ADAPTER);
  }

  @Test
  @DisplayName("never uses Java serialization")
  void noJavaSerialization() {
    noClasses().should().dependOnClassesThat().haveFullyQualifiedName("java.io.ObjectOutputStream")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.ObjectInputStream").check(ADAPTER);
  }
}
