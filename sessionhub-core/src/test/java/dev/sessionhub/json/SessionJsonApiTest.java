package dev.sessionhub.json;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.sessionhub.internal.json.JsonCodec;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("SessionJson public API")
class SessionJsonApiTest {

  private static final JavaClasses API = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("dev.sessionhub.json");

  @Test
  @DisplayName("does not depend on Jackson: it is an implementation detail")
  void noJackson() {
    noClasses().that().resideInAPackage("dev.sessionhub.json")
        .should().dependOnClassesThat().resideInAPackage("tools.jackson..")
        .check(API);
  }

  @Test
  @DisplayName("declares format version 1, the one the codec writes")
  void formatVersion() {
    assertThat(SessionJson.FORMAT_VERSION).isEqualTo(1).isEqualTo(JsonCodec.FORMAT);
  }

  @Test
  @DisplayName("hands out a reusable instance")
  void create() {
    assertThat(SessionJson.create()).isNotNull().isSameAs(SessionJson.create());
  }
}
