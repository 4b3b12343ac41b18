package dev.sessionhub.internal.template;

import dev.sessionhub.model.Difficulty;
import dev.sessionhub.model.Priority;
import dev.sessionhub.model.SessionType;
import dev.sessionhub.model.Template;
import dev.sessionhub.model.TemplateGoal;
import dev.sessionhub.model.TemplateMilestone;
import dev.sessionhub.model.TemplateParameter;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** Test data builder: a valid one-goal custom template unless told otherwise. */
final class TemplateBuilder {

  static final Instant AT = Instant.parse("2026-03-01T09:00:00Z");

  private String id = "custom";
  private int version = 1;
  private String name = "Custom";
  private String description = "";
  private Duration estimatedDuration = Duration.ofMinutes(60);
  private Difficulty difficulty = Difficulty.INTERMEDIATE;
  private List<String> tags = List.of();
  private List<TemplateParameter> parameters = List.of();
  private List<TemplateGoal> goals = List.of(TemplateGoalBuilder.aGoal("a").build());
  private List<TemplateMilestone> milestones = List.of();
  private boolean builtIn;

  private TemplateBuilder() {}

  static TemplateBuilder aTemplate() {
    return new TemplateBuilder();
  }

  TemplateBuilder withId(String v) {
    id = v;
    return this;
  }

  TemplateBuilder withVersion(int v) {
    version = v;
    return this;
  }

  TemplateBuilder withName(String v) {
    name = v;
    return this;
  }

  TemplateBuilder withDescription(String v) {
    description = v;
    return this;
  }

  TemplateBuilder withEstimatedDuration(Duration v) {
    estimatedDuration = v;
    return this;
  }

  TemplateBuilder withDifficulty(Difficulty v) {
    difficulty = v;
    return this;
  }

  TemplateBuilder withTags(String... v) {
    tags = List.of(v);
    return this;
  }

  TemplateBuilder withTags(List<String> v) {
    tags = v;
    return this;
  }

  TemplateBuilder withParameters(TemplateParameter... v) {
    parameters = List.of(v);
    return this;
  }

  TemplateBuilder withGoals(TemplateGoalBuilder... v) {
    goals = Arrays.stream(v).map(TemplateGoalBuilder::build).toList();
    return this;
  }

  TemplateBuilder withGoals(List<TemplateGoal> v) {
    goals = v;
    return this;
  }

  TemplateBuilder withMilestones(TemplateMilestone... v) {
    milestones = List.of(v);
    return this;
  }

  TemplateBuilder withMilestones(List<TemplateMilestone> v) {
    milestones = v;
    return this;
  }

  TemplateBuilder builtIn() {
    builtIn = true;
    return this;
  }

  Template build() {
    return new Template(id, version, name, description, SessionType.OTHER, estimatedDuration, Priority.MEDIUM,
        difficulty, tags, parameters, goals, milestones, builtIn, "tester", AT);
  }
}
