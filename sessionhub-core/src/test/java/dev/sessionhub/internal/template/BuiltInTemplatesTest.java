package dev.sessionhub.internal.template;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessionhub.model.Difficulty;
import dev.sessionhub.model.Priority;
import dev.sessionhub.model.SessionType;
import dev.sessionhub.model.Template;
import dev.sessionhub.model.TemplateGoal;
import dev.sessionhub.model.TemplateMilestone;
import dev.sessionhub.model.TemplateParameter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("BuiltInTemplates")
class BuiltInTemplatesTest {

  static Stream<Named<Template>> all() {
    return BuiltInTemplates.all().stream().map(t -> Named.of(t.id(), t));
  }

  private static Template get(String id) {
    return BuiltInTemplates.find(id).orElseThrow();
  }

  private static Map<String, List<String>> dependencies(Template t) {
    return t.goals().stream().collect(Collectors.toMap(TemplateGoal::key, TemplateGoal::dependsOn));
  }

  @Nested
  @DisplayName("lookup")
  class Lookup {

    @Test
    @DisplayName("lists bug-fix, feature-development and research-exploration, in that order")
    void ids() {
      assertThat(BuiltInTemplates.all()).extracting(Template::id)
          .containsExactly("bug-fix", "feature-development", "research-exploration");
    }

    @Test
    @DisplayName("finds a built-in by id and nothing for another id")
    void find() {
      assertThat(BuiltInTemplates.find("bug-fix")).map(Template::name).contains("Bug Fix");
      assertThat(BuiltInTemplates.find("custom")).isEmpty();
    }

    @Test
    @DisplayName("tells built-in ids from others")
    void isBuiltIn() {
      assertThat(BuiltInTemplates.isBuiltIn("research-exploration")).isTrue();
      assertThat(BuiltInTemplates.isBuiltIn("Bug-Fix")).isFalse();
    }
  }

  @Nested
  @DisplayName("every built-in")
  class Every {

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.sessionhub.internal.template.BuiltInTemplatesTest#all")
    @DisplayName("passes the validator")
    void valid(Template t) {
      assertThat(TemplateValidator.validate(t)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.sessionhub.internal.template.BuiltInTemplatesTest#all")
    @DisplayName("is version 1, built in, by sessionhub, created 2026-01-01")
    void metadata(Template t) {
      assertThat(t.version()).isEqualTo(1);
      assertThat(t.builtIn()).isTrue();
      assertThat(t.createdBy()).isEqualTo("sessionhub");
      assertThat(t.createdAt()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.sessionhub.internal.template.BuiltInTemplatesTest#all")
    @DisplayName("has goal estimates summing to its estimated duration")
    void estimates(Template t) {
      Duration sum = t.goals().stream().map(TemplateGoal::estimate).filter(Objects::nonNull)
          .reduce(Duration.ZERO, Duration::plus);
      assertThat(sum).isEqualTo(t.estimatedDuration());
      assertThat(t.goals()).allSatisfy(g -> assertThat(g.successCriteria()).isNotEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.sessionhub.internal.template.BuiltInTemplatesTest#all")
    @DisplayName("has 2 to 3 milestones, the last requiring every goal")
    void milestones(Template t) {
      assertThat(t.milestones()).hasSizeBetween(2, 3);
      assertThat(t.milestones().get(t.milestones().size() - 1).requiredGoalKeys())
          .containsExactlyElementsOf(t.goals().stream().map(TemplateGoal::key).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.sessionhub.internal.template.BuiltInTemplatesTest#all")
    @DisplayName("has one optional parameter with a default, used in its texts")
    void parameter(Template t) {
      assertThat(t.parameters()).singleElement().satisfies(p -> {
        assertThat(p.required()).isFalse();
        assertThat(p.defaultValue()).isNotBlank();
        assertThat(Placeholders.names(t.description())).containsExactly(p.name());
      });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.sessionhub.internal.template.BuiltInTemplatesTest#all")
    @DisplayName("instantiates with defaults alone, leaving no placeholder")
    void instantiates(Template t) {
      int[] next = {0};
      TemplateInstantiator.Instantiation i = TemplateInstantiator.instantiate(t, Map.of(), () -> "id" + next[0]++,
          Instant.EPOCH);
      assertThat(Placeholders.names(i.description())).isEmpty();
      assertThat(i.goals()).allSatisfy(g -> assertThat(Placeholders.names(g.description())).isEmpty());
    }
  }

  @Nested
  @DisplayName("Bug Fix")
  class BugFix {

    private final Template t = get("bug-fix");

    @Test
    @DisplayName("is a 90-minute high-priority intermediate bug fix")
    void shape() {
      assertThat(t.name()).isEqualTo("Bug Fix");
      assertThat(t.type()).isEqualTo(SessionType.BUG_FIX);
      assertThat(t.estimatedDuration()).isEqualTo(Duration.ofMinutes(90));
      assertThat(t.defaultPriority()).isEqualTo(Priority.HIGH);
      assertThat(t.difficulty()).isEqualTo(Difficulty.INTERMEDIATE);
    }

    @Test
    @DisplayName("reproduces, finds the root cause, fixes, adds a regression test and verifies, in a chain")
    void goals() {
      assertThat(dependencies(t)).containsExactlyInAnyOrderEntriesOf(Map.of(
          "reproduce", List.of(),
          "root-cause", List.of("reproduce"),
          "fix", List.of("root-cause"),
          "regression-test", List.of("fix"),
          "verify", List.of("fix", "regression-test")));
      assertThat(t.goals()).extracting(TemplateGoal::key)
          .containsExactly("reproduce", "root-cause", "fix", "regression-test", "verify");
    }

    @Test
    @DisplayName("understands the cause after reproducing it and finding it")
    void milestones() {
      assertThat(t.milestones().get(0)).isEqualTo(new TemplateMilestone("Cause understood",
          List.of("reproduce", "root-cause")));
      assertThat(t.milestones()).last().extracting(TemplateMilestone::name).isEqualTo("Fix verified");
    }

    @Test
    @DisplayName("names the component, by default 'the affected component'")
    void parameter() {
      assertThat(t.parameters()).containsExactly(
          TemplateParameter.optional("component", "The part of the system with the bug", "the affected component"));
    }
  }

  @Nested
  @DisplayName("Feature Development")
  class FeatureDevelopment {

    private final Template t = get("feature-development");

    @Test
    @DisplayName("is a 180-minute medium-priority intermediate feature")
    void shape() {
      assertThat(t.name()).isEqualTo("Feature Development");
      assertThat(t.type()).isEqualTo(SessionType.FEATURE);
      assertThat(t.estimatedDuration()).isEqualTo(Duration.ofMinutes(180));
      assertThat(t.defaultPriority()).isEqualTo(Priority.MEDIUM);
      assertThat(t.difficulty()).isEqualTo(Difficulty.INTERMEDIATE);
    }

    @Test
    @DisplayName("designs, implements, tests, documents and reviews")
    void goals() {
      assertThat(t.goals()).extracting(TemplateGoal::key)
          .containsExactly("design", "implement", "test", "document", "review");
      assertThat(dependencies(t)).containsEntry("implement", List.of("design"))
          .containsEntry("review", List.of("test", "document"));
    }
  }

  @Nested
  @DisplayName("Research & Exploration")
  class ResearchExploration {

    private final Template t = get("research-exploration");

    @Test
    @DisplayName("is a 120-minute medium-priority advanced research session")
    void shape() {
      assertThat(t.name()).isEqualTo("Research & Exploration");
      assertThat(t.type()).isEqualTo(SessionType.RESEARCH);
      assertThat(t.estimatedDuration()).isEqualTo(Duration.ofMinutes(120));
      assertThat(t.defaultPriority()).isEqualTo(Priority.MEDIUM);
      assertThat(t.difficulty()).isEqualTo(Difficulty.ADVANCED);
    }

    @Test
    @DisplayName("frames the question, surveys, experiments and summarizes, in a chain")
    void goals() {
      assertThat(t.goals()).extracting(TemplateGoal::key)
          .containsExactly("frame-question", "survey", "experiment", "summarize");
      assertThat(dependencies(t)).containsEntry("summarize", List.of("experiment"));
    }
  }
}
