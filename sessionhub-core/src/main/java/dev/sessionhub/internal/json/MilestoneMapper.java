package dev.sessionhub.internal.json;

import dev.sessionhub.model.Milestone;
import tools.jackson.core.JsonGenerator;

/** The JSON fields of a {@link Milestone}. */
final class MilestoneMapper {

  private MilestoneMapper() {}

  static void write(JsonGenerator g, Milestone m) {
    g.writeStringProperty("id", m.id());
    g.writeStringProperty("name", m.name());
    JsonOut.strings(g, "requiredGoalIds", m.requiredGoalIds());
    JsonOut.optInstant(g, "reachedAt", m.reachedAt());
  }

  static Milestone read(JsonIn in) {
    return new Milestone(
        in.string("id"),
        in.string("name"),
        in.strings("requiredGoalIds"),
        in.optInstant("reachedAt"));
  }
}
