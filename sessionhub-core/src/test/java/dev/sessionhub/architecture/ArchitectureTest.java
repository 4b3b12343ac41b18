package dev.sessionhub.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The shape of sessionhub-core")
class ArchitectureTest {

  private static JavaClasses core;

  @BeforeAll
  static void importCore() {
    core = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("dev.sessionhub");
  }

  @Test
  @DisplayName("core depends only on the JDK, slf4j, Jackson, Caffeine, JSpecify and itself")
  void coreDependencies() {
    classes().should().onlyDependOnClassesThat().resideInAnyPackage(
        "java..", "javax.crypto..", "org.slf4j..", "tools.jackson..", "com.github.benmanes.caffeine..",
        "org.jspecify.annotations..", "dev.sessionhub..")
        .check(core);
  }

  @Test
  @DisplayName("the ports depend only on the model and the errors")
  void portsOnModel() {
    classes().that().resideInAPackage("dev.sessionhub.spi..")
        .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.jspecify.annotations..",
            "dev.sessionhub.spi..", "dev.sessionhub.model..", "dev.sessionhub.error..")
        .check(core);
  }

  @Test
  @DisplayName("the model knows neither the facade nor the ports")
  void modelIsInnermost() {
    classes().that().resideInAPackage("dev.sessionhub.model..")
        .should().onlyDependOnClassesThat().resideOutsideOfPackages("dev.sessionhub.spi..", "dev.sessionhub.internal.hub..")
        .check(core);
  }

  @Test
  @DisplayName("the model, the ports and the errors do not depend on internal code (no cycle through it)")
  void publicApiStandsAlone() {
    noClasses().that().resideInAnyPackage("dev.sessionhub.model..", "dev.sessionhub.spi..", "dev.sessionhub.error..")
        .should().dependOnClassesThat().resideInAPackage("..internal..")
        .check(core);
  }

  @Test
  @DisplayName("no public API type exposes an internal type in a public signature")
  void internalsStayHidden() {
    classes().that().resideOutsideOfPackage("..internal..").and().arePublic()
        .should(notExposeInternalTypes())
        .check(core);
  }

  private static ArchCondition<JavaClass> notExposeInternalTypes() {
    return new ArchCondition<>("not expose internal types in public signatures") {
      @Override
      public void check(JavaClass c, ConditionEvents events) {
        for (JavaCodeUnit unit : c.getCodeUnits()) {
          if (!unit.getModifiers().contains(JavaModifier.PUBLIC)) {
            continue;
          }
          List<JavaClass> types = new ArrayList<>(unit.getRawParameterTypes());
          types.add(unit.getRawReturnType());
          for (JavaClass t : types) {
            report(events, c, unit.getFullName(), t);
          }
        }
        for (JavaField f : c.getFields()) {
          if (f.getModifiers().contains(JavaModifier.PUBLIC)) {
            report(events, c, f.getFullName(), f.getRawType());
          }
        }
        if (c.getRawSuperclass().isPresent()) {
          report(events, c, c.getName() + " extends", c.getRawSuperclass().get());
        }
      }

      private void report(ConditionEvents events, JavaClass c, String where, JavaClass t) {
        if (t.getPackageName().contains(".internal")) {
          events.add(SimpleConditionEvent.violated(c, where + " exposes internal type " + t.getName()));
        }
      }
    };
  }
}
