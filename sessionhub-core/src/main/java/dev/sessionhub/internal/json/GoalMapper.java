package dev.sessionhub.internal.json;

import dev.sessionhub.model.Goal;
import dev.sessionhub.model.GoalCategory;
import dev.sessionhub.model.GoalStatus;
import tools.jackson.core.JsonGenerator;

/** The JSON fields of a {@link Goal}. */
final class GoalMapper {

  private GoalMapper() {}

  static void write(JsonGenerator g, Goal goal) {
    g.writeStringProperty("id", goal.id());
    JsonOut.optString(g, "parentId", goal.parentId());
    g.writeStringProperty("title", goal.title());
    g.writeStringProperty("description", goal.description());
    JsonOut.enumValue(g, "category", goal.category());
    JsonOut.enumValue(g, "status", goal.status());
    g.writeNumberProperty("weight", goal.weight());
    JsonOut.strings(g, "successCriteria", goal.successCriteria());
    JsonOut.strings(g, "dependsOn", goal.dependsOn());
    JsonOut.optDuration(g, "estimate", goal.estimate());
    JsonOut.optInstant(g, "completedAt", goal.completedAt());
  }

  static Goal read(JsonIn in) {
    return new Goal(
        in.string("id"),
        in.optString("parentId"),
        in.string("title"),
        in.string("description"),
        in.enumValue("category", GoalCategory.class),
        in.enumValue("status", GoalStatus.class),
        in.int32("weight"),
        in.strings("successCriteria"),
        in.strings("dependsOn"),
        in.optDuration("estimate"),
        in.optInstant("completedAt"));
  }
}
