package dev.sessionhub.internal.template;

import static dev.sessionhub.internal.template.TemplateBuilder.aTemplate;
import static dev.sessionhub.internal.template.TemplateGoalBuilder.aGoal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.sessionhub.error.ValidationException;
import dev.sessionhub.error.Violation;
import dev.sessionhub.internal.template.TemplateInstantiator.Instantiation;
import dev.sessionhub.model.Goal;
import dev.sessionhub.model.GoalStatus;
import dev.sessionhub.model.Limits;
import dev.sessionhub.model.Milestone;
import dev.sessionhub.model.Template;
import dev.sessionhub.model.TemplateMilestone;
import dev.sessionhub.model.TemplateParameter;
import dev.sessionhub.spi.IdGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("TemplateInstantiator")
class TemplateInstantiatorTest {

  private static final Instant NOW = Instant.parse("2026-04-01T10:00:00Z");

  /** Ids id-1, id-2, ... in the order asked for. */
  private static IdGenerator sequentialIds() {
    int[] next = {0};
    return () -> "id-" + ++next[0];
  }

  private static Instantiation instantiate(Template t, Map<String, String> parameters) {
    return TemplateInstantiator.instantiate(t, parameters, sequentialIds(), NOW);
  }

  private static List<Violation> rejected(Template t, Map<String, String> parameters) {
    return catchThrowableOfType(ValidationException.class, () -> instantiate(t, parameters)).violations();
  }

  private final Template linked = aTemplate()
      .withName("Fix {{component}}")
      .withDescription("In {{component}} for {{ owner }}")
      .withParameters(
          TemplateParameter.required("component", "what"),
          TemplateParameter.optional("owner", "who", "the team"))
      .withGoals(
          aGoal("a").withTitle("Look at {{component}}").withDescription("{{owner}}").withWeight(3)
              .withCriteria("{{component}} understood").withEstimate(Duration.ofMinutes(10)),
          aGoal("b").withParent("a").dependingOn("a", "c"),
          aGoal("c"))
      .withMilestones(new TemplateMilestone("{{component}} done", List.of("c", "a")))
      .build();

  @Nested
  @DisplayName("goals and milestones")
  class Mapping {

    private final Instantiation result = instantiate(linked, Map.of("component", "parser"));

    @Test
    @DisplayName("give goals fresh ids in template order, then milestones")
    void ids() {
      assertThat(result.goals()).extracting(Goal::id).containsExactly("id-1", "id-2", "id-3");
      assertThat(result.milestones()).extracting(Milestone::id).containsExactly("id-4");
    }

    @Test
    @DisplayName("map parent and dependency keys to the new ids, forward references included")
    void links() {
      Goal b = result.goals().get(1);
      assertThat(b.parentId()).isEqualTo("id-1");
      assertThat(b.dependsOn()).containsExactly("id-1", "id-3");
      assertThat(result.goals().get(0).parentId()).isNull();
    }

    @Test
    @DisplayName("map a milestone's required keys to the new ids and leave it unreached")
    void milestones() {
      assertThat(result.milestones()).containsExactly(new Milestone("id-4", "parser done", List.of("id-3", "id-1"),
          null));
    }

    @Test
    @DisplayName("create open goals with filled texts, keeping category, weight and estimate")
    void goals() {
      assertThat(result.goals().get(0)).isEqualTo(new Goal("id-1", null, "Look at parser", "the team",
          linked.goals().get(0).category(), GoalStatus.OPEN, 3, List.of("parser understood"), List.of(),
          Duration.ofMinutes(10), null));
    }

    @Test
    @DisplayName("fill the name and description")
    void texts() {
      assertThat(result.name()).isEqualTo("Fix parser");
      assertThat(result.description()).isEqualTo("In parser for the team");
    }
  }

  @Nested
  @DisplayName("parameters")
  class Parameters {

    @Test
    @DisplayName("defaults fill optional parameters not given")
    void defaults() {
      assertThat(instantiate(linked, Map.of("component", "parser")).resolvedParameters())
          .containsExactly(Map.entry("component", "parser"), Map.entry("owner", "the team"));
    }

    @Test
    @DisplayName("a given value overrides the default")
    void override() {
      Instantiation result = instantiate(linked, Map.of("component", "parser", "owner", "Ana"));
      assertThat(result.description()).isEqualTo("In parser for Ana");
      assertThat(result.resolvedParameters()).containsEntry("owner", "Ana");
    }

    @Test
    @DisplayName("a missing required parameter is rejected, naming it")
    void missing() {
      assertThat(rejected(linked, Map.of()))
          .containsExactly(new Violation("parameters.component", "required parameter missing"));
    }

    @Test
    @DisplayName("an unknown parameter is rejected, naming it")
    void unknown() {
      assertThat(rejected(linked, Map.of("component", "x", "colour", "red")))
          .containsExactly(new Violation("parameters.colour", "unknown parameter"));
    }

    @Test
    @DisplayName("a blank value or one over 1,000 characters is rejected")
    void invalidValues() {
      assertThat(rejected(linked, Map.of("component", " ", "owner", "x".repeat(1_001))))
          .extracting(Violation::path).containsExactly("parameters.component", "parameters.owner");
      assertThat(instantiate(aTemplate().withParameters(TemplateParameter.required("p", "d")).build(),
          Map.of("p", "x".repeat(1_000))).resolvedParameters()).containsKey("p");
    }

    @Test
    @DisplayName("every problem is reported in one exception, unknown names sorted")
    void allAtOnce() {
      assertThat(rejected(linked, Map.of("owner", "", "zeta", "1", "alpha", "2")))
          .extracting(Violation::path)
          .containsExactly("parameters.component", "parameters.owner", "parameters.alpha", "parameters.zeta");
    }
  }

  @Nested
  @DisplayName("filled texts")
  class FilledTexts {

    @Test
    @DisplayName("a value that pushes a text over its limit is reported at that text")
    void tooLong() {
      Template t = aTemplate().withName("{{p}}{{p}}").withParameters(TemplateParameter.required("p", "d"))
          .withGoals(aGoal("a").withTitle("{{p}}")).build();
      String value = "x".repeat(Limits.NAME_MAX / 2 + 1);
      assertThat(rejected(t, Map.of("p", value))).extracting(Violation::path).containsExactly("name");
    }
  }
}
