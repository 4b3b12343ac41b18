package dev.sessionhub.internal.json;

import dev.sessionhub.model.GoalCategory;
import dev.sessionhub.model.TemplateGoal;
import tools.jackson.core.JsonGenerator;

/** The JSON fields of a {@link TemplateGoal}. */
final class TemplateGoalMapper {

  private TemplateGoalMapper() {}

  static void write(JsonGenerator g, TemplateGoal goal) {
    g.writeStringProperty("key", goal.key());
    JsonOut.optString(g, "parentKey", goal.parentKey());
    g.writeStringProperty("title", goal.title());
    g.writeStringProperty("description", goal.description());
    JsonOut.enumValue(g, "category", goal.category());
    g.writeNumberProperty("weight", goal.weight());
    JsonOut.strings(g, "successCriteria", goal.successCriteria());
    JsonOut.strings(g, "dependsOn", goal.dependsOn());
    JsonOut.optDuration(g, "estimate", goal.estimate());
  }

  static TemplateGoal read(JsonIn in) {
    return new TemplateGoal(
        in.string("key"),
        in.optString("parentKey"),
        in.string("title"),
        in.string("description"),
        in.enumValue("category", GoalCategory.class),
        in.int32("weight"),
        in.strings("successCriteria"),
        in.strings("dependsOn"),
        in.optDuration("estimate"));
  }
}
