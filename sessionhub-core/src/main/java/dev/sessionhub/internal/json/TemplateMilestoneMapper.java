package dev.sessionhub.internal.json;

import dev.sessionhub.model.TemplateMilestone;
import tools.jackson.core.JsonGenerator;

/** The JSON fields of a {@link TemplateMilestone}. */
final class TemplateMilestoneMapper {

  private TemplateMilestoneMapper() {}

  static void write(JsonGenerator g, TemplateMilestone m) {
    g.writeStringProperty("name", m.name());
    JsonOut.strings(g, "requiredGoalKeys", m.requiredGoalKeys());
  }

  static TemplateMilestone read(JsonIn in) {
    return new TemplateMilestone(in.string("name"), in.strings("requiredGoalKeys"));
  }
}
