package dev.sessionhub.internal.template;

import dev.sessionhub.model.GoalCategory;
import dev.sessionhub.model.TemplateGoal;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Test data builder: a valid goal titled after its key, weight 1, no links. */
final class TemplateGoalBuilder {

  private final String key;
  private @Nullable String parentKey;
  private String title;
  private String description = "";
  private int weight = 1;
  private List<String> successCriteria = List.of();
  private List<String> dependsOn = List.of();
  private @Nullable Duration estimate;

  private TemplateGoalBuilder(String key) {
    this.key = key;
    this.title = "Goal " + key;
  }

  static TemplateGoalBuilder aGoal(String key) {
    return new TemplateGoalBuilder(key);
  }

  TemplateGoalBuilder withParent(@Nullable String v) {
    parentKey = v;
    return this;
  }

  TemplateGoalBuilder withTitle(String v) {
    title = v;
    return this;
  }

  TemplateGoalBuilder withDescription(String v) {
    description = v;
    return this;
  }

  TemplateGoalBuilder withWeight(int v) {
    weight = v;
    return this;
  }

  TemplateGoalBuilder withCriteria(String... v) {
    successCriteria = List.of(v);
    return this;
  }

  TemplateGoalBuilder dependingOn(String... v) {
    dependsOn = List.of(v);
    return this;
  }

  TemplateGoalBuilder withEstimate(@Nullable Duration v) {
    estimate = v;
    return this;
  }

  TemplateGoal build() {
    return new TemplateGoal(key, parentKey, title, description, GoalCategory.OTHER, weight, successCriteria,
        dependsOn, estimate);
  }
}
