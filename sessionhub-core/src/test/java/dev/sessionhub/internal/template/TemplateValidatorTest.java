package dev.sessionhub.internal.template;

import static dev.sessionhub.internal.template.TemplateBuilder.aTemplate;
import static dev.sessionhub.internal.template.TemplateGoalBuilder.aGoal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.sessionhub.error.ValidationException;
import dev.sessionhub.error.Violation;
import dev.sessionhub.model.Limits;
import dev.sessionhub.model.TemplateGoal;
import dev.sessionhub.model.TemplateMilestone;
import dev.sessionhub.model.TemplateParameter;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("TemplateValidator")
class TemplateValidatorTest {

  private static List<Violation> violations(TemplateBuilder template) {
    return TemplateValidator.validate(template.build());
  }

  private static List<String> paths(TemplateBuilder template) {
    return violations(template).stream().map(Violation::path).toList();
  }

  private static String chars(int n) {
    return "x".repeat(n);
  }

  @Test
  @DisplayName("accepts a minimal valid template")
  void minimal() {
    assertThat(violations(aTemplate())).isEmpty();
  }

  @Nested
  @DisplayName("reports every violation together")
  class AllAtOnce {

    private final TemplateBuilder fourProblems = aTemplate()
        .withName(" ")
        .withEstimatedDuration(Duration.ZERO)
        .withGoals(aGoal("a").withWeight(0), aGoal("b").dependingOn("missing"));

    @Test
    @DisplayName("a template with four problems gets four violations, in field order")
    void four() {
      assertThat(violations(fourProblems)).extracting(Violation::path)
          .containsExactly("name", "estimatedDuration", "goals[0].weight", "goals[1].dependsOn[0]");
    }

    @Test
    @DisplayName("check throws one ValidationException listing them all")
    void check() {
      ValidationException e = catchThrowableOfType(ValidationException.class,
          () -> TemplateValidator.check(fourProblems.build()));
      assertThat(e.violations()).hasSize(4);
    }

    @Test
    @DisplayName("check accepts a valid template")
    void checkValid() {
      assertThatCode(() -> TemplateValidator.check(aTemplate().build())).doesNotThrowAnyException();
    }
  }

  @Nested
  @DisplayName("id")
  class Id {

    @Test
    @DisplayName("must not be blank")
    void blank() {
      assertThat(violations(aTemplate().withId(" "))).containsExactly(new Violation("id", "must not be blank"));
    }

    @Test
    @DisplayName("may have 64 characters but not 65")
    void length() {
      assertThat(paths(aTemplate().withId(chars(64)))).isEmpty();
      assertThat(paths(aTemplate().withId(chars(65)))).containsExactly("id");
    }

    @Test
    @DisplayName("may hold only letters, digits, '-' and '_'")
    void characters() {
      assertThat(paths(aTemplate().withId("Ok_id-9"))).isEmpty();
      assertThat(paths(aTemplate().withId("no/slash"))).containsExactly("id");
    }
  }

  @Nested
  @DisplayName("name and description")
  class NameAndDescription {

    @Test
    @DisplayName("the name must not be blank")
    void blankName() {
      assertThat(violations(aTemplate().withName(""))).containsExactly(new Violation("name", "must not be blank"));
    }

    @Test
    @DisplayName("the name may have NAME_MAX characters but no more")
    void longName() {
      assertThat(paths(aTemplate().withName(chars(Limits.NAME_MAX)))).isEmpty();
      assertThat(paths(aTemplate().withName(chars(Limits.NAME_MAX + 1)))).containsExactly("name");
    }

    @Test
    @DisplayName("the description may be empty but not longer than DESCRIPTION_MAX")
    void description() {
      assertThat(paths(aTemplate().withDescription(""))).isEmpty();
      assertThat(paths(aTemplate().withDescription(chars(Limits.DESCRIPTION_MAX + 1))))
          .containsExactly("description");
    }
  }

  @Nested
  @DisplayName("estimatedDuration")
  class EstimatedDuration {

    @Test
    @DisplayName("must be positive")
    void positive() {
      assertThat(paths(aTemplate().withEstimatedDuration(Duration.ZERO))).containsExactly("estimatedDuration");
      assertThat(paths(aTemplate().withEstimatedDuration(Duration.ofMinutes(-5))))
          .containsExactly("estimatedDuration");
    }

    @Test
    @DisplayName("may be DURATION_MAX but no more")
    void max() {
      assertThat(paths(aTemplate().withEstimatedDuration(Limits.DURATION_MAX))).isEmpty();
      assertThat(paths(aTemplate().withEstimatedDuration(Limits.DURATION_MAX.plusSeconds(1))))
          .containsExactly("estimatedDuration");
    }
  }

  @Nested
  @DisplayName("tags")
  class Tags {

    @Test
    @DisplayName("at most TAGS_MAX")
    void count() {
      assertThat(paths(aTemplate().withTags(Collections.nCopies(Limits.TAGS_MAX, "t")))).isEmpty();
      assertThat(paths(aTemplate().withTags(Collections.nCopies(Limits.TAGS_MAX + 1, "t")))).containsExactly("tags");
    }

    @Test
    @DisplayName("each non-blank and at most TAG_MAX characters")
    void each() {
      assertThat(paths(aTemplate().withTags("ok", " ", chars(Limits.TAG_MAX + 1), chars(Limits.TAG_MAX))))
          .containsExactly("tags[1]", "tags[2]");
    }
  }

  @Nested
  @DisplayName("parameters")
  class Parameters {

    @Test
    @DisplayName("names must follow the placeholder syntax")
    void syntax() {
      assertThat(paths(aTemplate().withParameters(
          TemplateParameter.required("1st", "d"), TemplateParameter.required("ok_1", "d"),
          TemplateParameter.required("has-dash", "d"))))
          .containsExactly("parameters[0].name", "parameters[2].name");
    }

    @Test
    @DisplayName("names must be unique")
    void unique() {
      assertThat(violations(aTemplate().withParameters(
          TemplateParameter.required("a", "d"), TemplateParameter.optional("a", "d", "x"))))
          .containsExactly(new Violation("parameters[1].name", "duplicate parameter 'a'"));
    }

    @Test
    @DisplayName("a required parameter has no default")
    void requiredWithDefault() {
      assertThat(paths(aTemplate().withParameters(new TemplateParameter("a", "d", true, "x"))))
          .containsExactly("parameters[0].defaultValue");
    }

    @Test
    @DisplayName("an optional parameter has a default, which must be a valid value")
    void optionalDefault() {
      assertThat(paths(aTemplate().withParameters(
          new TemplateParameter("a", "d", false, null),
          TemplateParameter.optional("b", "d", " "),
          TemplateParameter.optional("c", "d", chars(dev.sessionhub.model.Limits.PARAMETER_VALUE_MAX + 1)),
          TemplateParameter.optional("e", "d", chars(dev.sessionhub.model.Limits.PARAMETER_VALUE_MAX)))))
          .containsExactly("parameters[0].defaultValue", "parameters[1].defaultValue", "parameters[2].defaultValue");
    }

    @Test
    @DisplayName("descriptions are at most DESCRIPTION_MAX characters")
    void description() {
      assertThat(paths(aTemplate().withParameters(
          TemplateParameter.required("a", chars(Limits.DESCRIPTION_MAX + 1)))))
          .containsExactly("parameters[0].description");
    }
  }

  @Nested
  @DisplayName("placeholders")
  class UsedPlaceholders {

    @Test
    @DisplayName("declared ones are accepted everywhere")
    void declared() {
      assertThat(violations(aTemplate()
          .withParameters(TemplateParameter.required("p", "d"))
          .withName("{{p}}").withDescription("{{ p }}")
          .withGoals(aGoal("a").withTitle("{{p}}").withDescription("{{p}}").withCriteria("{{p}}"))
          .withMilestones(new TemplateMilestone("{{p}}", List.of("a"))))).isEmpty();
    }

    @Test
    @DisplayName("an undeclared one is reported at the path of each text using it, naming it")
    void undeclared() {
      List<Violation> found = violations(aTemplate()
          .withName("{{n}}").withDescription("{{d}}")
          .withGoals(aGoal("a").withTitle("{{t}}").withDescription("{{gd}}").withCriteria("ok", "{{c}}"))
          .withMilestones(new TemplateMilestone("{{m}}", List.of("a"))));
      assertThat(found).containsExactly(
          new Violation("name", "uses undeclared parameter 'n'"),
          new Violation("description", "uses undeclared parameter 'd'"),
          new Violation("goals[0].title", "uses undeclared parameter 't'"),
          new Violation("goals[0].description", "uses undeclared parameter 'gd'"),
          new Violation("goals[0].successCriteria[1]", "uses undeclared parameter 'c'"),
          new Violation("milestones[0].name", "uses undeclared parameter 'm'"));
    }

    @Test
    @DisplayName("several undeclared ones in one text each get a violation")
    void several() {
      assertThat(violations(aTemplate().withName("{{a}} {{b}} {{a}}"))).extracting(Violation::message)
          .containsExactly("uses undeclared parameter 'a'", "uses undeclared parameter 'b'");
    }
  }

  @Nested
  @DisplayName("goals")
  class Goals {

    @Test
    @DisplayName("at least one")
    void none() {
      assertThat(violations(aTemplate().withGoals(List.of())))
          .containsExactly(new Violation("goals", "must have at least one goal"));
    }

    @Test
    @DisplayName("at most GOALS_MAX")
    void tooMany() {
      List<TemplateGoal> goals = IntStream.rangeClosed(0, Limits.GOALS_MAX)
          .mapToObj(i -> aGoal("g" + i).build()).toList();
      assertThat(paths(aTemplate().withGoals(goals))).containsExactly("goals");
      assertThat(paths(aTemplate().withGoals(goals.subList(0, Limits.GOALS_MAX)))).isEmpty();
    }

    @Test
    @DisplayName("keys are non-blank, at most 64 characters of letters, digits, '-' and '_'")
    void keys() {
      assertThat(paths(aTemplate().withGoals(
          aGoal(""), aGoal(chars(65)), aGoal("a b"), aGoal(chars(64)), aGoal("Ok-1_x"))))
          .containsExactly("goals[0].key", "goals[1].key", "goals[2].key");
    }

    @Test
    @DisplayName("keys are unique")
    void uniqueKeys() {
      assertThat(violations(aTemplate().withGoals(aGoal("a"), aGoal("b"), aGoal("a"))))
          .containsExactly(new Violation("goals[2].key", "duplicate key 'a' (also goals[0])"));
    }

    @Test
    @DisplayName("titles are non-blank and at most NAME_MAX characters")
    void titles() {
      assertThat(paths(aTemplate().withGoals(
          aGoal("a").withTitle(" "), aGoal("b").withTitle(chars(Limits.NAME_MAX + 1)),
          aGoal("c").withTitle(chars(Limits.NAME_MAX)))))
          .containsExactly("goals[0].title", "goals[1].title");
    }

    @Test
    @DisplayName("descriptions are at most DESCRIPTION_MAX characters")
    void descriptions() {
      assertThat(paths(aTemplate().withGoals(
          aGoal("a").withDescription(""), aGoal("b").withDescription(chars(Limits.DESCRIPTION_MAX + 1)))))
          .containsExactly("goals[1].description");
    }

    @Test
    @DisplayName("success criteria are each non-blank and at most NOTE_MAX characters")
    void criteria() {
      assertThat(paths(aTemplate().withGoals(
          aGoal("a").withCriteria("ok", "", chars(Limits.NOTE_MAX + 1), chars(Limits.NOTE_MAX)))))
          .containsExactly("goals[0].successCriteria[1]", "goals[0].successCriteria[2]");
    }

    @Test
    @DisplayName("weights are from 1 to WEIGHT_MAX")
    void weights() {
      assertThat(paths(aTemplate().withGoals(
          aGoal("a").withWeight(0), aGoal("b").withWeight(1), aGoal("c").withWeight(Limits.WEIGHT_MAX),
          aGoal("d").withWeight(Limits.WEIGHT_MAX + 1), aGoal("e").withWeight(-1))))
          .containsExactly("goals[0].weight", "goals[3].weight", "goals[4].weight");
    }

    @Test
    @DisplayName("estimates are optional, positive and at most DURATION_MAX")
    void estimates() {
      assertThat(paths(aTemplate().withGoals(
          aGoal("a").withEstimate(null), aGoal("b").withEstimate(Duration.ZERO),
          aGoal("c").withEstimate(Limits.DURATION_MAX), aGoal("d").withEstimate(Limits.DURATION_MAX.plusDays(1)))))
          .containsExactly("goals[1].estimate", "goals[3].estimate");
    }
  }

  @Nested
  @DisplayName("goal references")
  class References {

    @Test
    @DisplayName("a parent must exist")
    void unknownParent() {
      assertThat(violations(aTemplate().withGoals(aGoal("a"), aGoal("b").withParent("nope"))))
          .containsExactly(new Violation("goals[1].parentKey", "no goal has key 'nope'"));
    }

    @Test
    @DisplayName("a goal is not its own parent")
    void ownParent() {
      assertThat(violations(aTemplate().withGoals(aGoal("a"), aGoal("b").withParent("b"))))
          .containsExactly(new Violation("goals[1].parentKey", "a goal must not be its own parent"));
    }

    @Test
    @DisplayName("a dependency must exist")
    void unknownDependency() {
      assertThat(violations(aTemplate().withGoals(aGoal("a"), aGoal("b").dependingOn("a", "nope"))))
          .containsExactly(new Violation("goals[1].dependsOn[1]", "no goal has key 'nope'"));
    }

    @Test
    @DisplayName("a dependency is listed once")
    void duplicateDependency() {
      assertThat(violations(aTemplate().withGoals(aGoal("a"), aGoal("b").dependingOn("a", "a"))))
          .containsExactly(new Violation("goals[1].dependsOn[1]", "duplicate dependency 'a'"));
    }

    @Test
    @DisplayName("a self-dependency is reported once, at its index, not also as a cycle")
    void selfDependency() {
      assertThat(violations(aTemplate().withGoals(aGoal("a").dependingOn("a"))))
          .containsExactly(new Violation("goals[0].dependsOn[0]", "a goal must not depend on itself"));
    }

    @Test
    @DisplayName("valid parents and a diamond of dependencies are accepted")
    void valid() {
      assertThat(violations(aTemplate().withGoals(
          aGoal("a"), aGoal("b").withParent("a").dependingOn("a"), aGoal("c").withParent("a").dependingOn("a"),
          aGoal("d").withParent("b").dependingOn("b", "c")))).isEmpty();
    }
  }

  @Nested
  @DisplayName("cycles")
  class Cycles {

    @Test
    @DisplayName("a 2-cycle of dependencies is reported with its path")
    void twoCycle() {
      assertThat(violations(aTemplate().withGoals(aGoal("a").dependingOn("b"), aGoal("b").dependingOn("a"))))
          .containsExactly(new Violation("goals[0].dependsOn", "dependency cycle: a -> b -> a"));
    }

    @Test
    @DisplayName("a 3-cycle of dependencies is reported once, with its path")
    void threeCycle() {
      assertThat(violations(aTemplate().withGoals(
          aGoal("x"), aGoal("a").dependingOn("c"), aGoal("b").dependingOn("a", "x"), aGoal("c").dependingOn("b"))))
          .containsExactly(new Violation("goals[1].dependsOn", "dependency cycle: a -> c -> b -> a"));
    }

    @Test
    @DisplayName("separate cycles are each reported")
    void separate() {
      assertThat(paths(aTemplate().withGoals(
          aGoal("a").dependingOn("b"), aGoal("b").dependingOn("a"),
          aGoal("c").dependingOn("d"), aGoal("d").dependingOn("c"))))
          .containsExactly("goals[0].dependsOn", "goals[2].dependsOn");
    }

    @Test
    @DisplayName("a cycle of parents is reported with its path")
    void parentCycle() {
      assertThat(violations(aTemplate().withGoals(
          aGoal("a").withParent("c"), aGoal("b").withParent("a"), aGoal("c").withParent("b"))))
          .containsExactly(new Violation("goals[0].parentKey", "parent cycle: a -> c -> b -> a"));
    }
  }

  @Nested
  @DisplayName("milestones")
  class Milestones {

    @Test
    @DisplayName("at most MILESTONES_MAX")
    void count() {
      List<TemplateMilestone> many = Collections.nCopies(Limits.MILESTONES_MAX + 1,
          new TemplateMilestone("m", List.of("a")));
      assertThat(paths(aTemplate().withMilestones(many))).containsExactly("milestones");
      assertThat(paths(aTemplate().withMilestones(many.subList(0, Limits.MILESTONES_MAX)))).isEmpty();
    }

    @Test
    @DisplayName("names are non-blank and at most NAME_MAX characters")
    void names() {
      assertThat(paths(aTemplate().withMilestones(
          new TemplateMilestone(" ", List.of("a")), new TemplateMilestone(chars(Limits.NAME_MAX + 1), List.of("a")))))
          .containsExactly("milestones[0].name", "milestones[1].name");
    }

    @Test
    @DisplayName("require at least one goal")
    void empty() {
      assertThat(violations(aTemplate().withMilestones(new TemplateMilestone("m", List.of()))))
          .containsExactly(new Violation("milestones[0].requiredGoalKeys", "must name at least one goal"));
    }

    @Test
    @DisplayName("require only existing goals")
    void unknownGoal() {
      assertThat(violations(aTemplate().withMilestones(new TemplateMilestone("m", List.of("a", "nope")))))
          .containsExactly(new Violation("milestones[0].requiredGoalKeys[1]", "no goal has key 'nope'"));
    }
  }
}
