package dev.sessionhub.internal.json;

import dev.sessionhub.model.Difficulty;
import dev.sessionhub.model.Priority;
import dev.sessionhub.model.SessionType;
import dev.sessionhub.model.Template;
import tools.jackson.core.JsonGenerator;

/** The JSON fields of a {@link Template}. */
final class TemplateMapper {

  private TemplateMapper() {}

  static void write(JsonGenerator g, Template t) {
    g.writeStringProperty("id", t.id());
    g.writeNumberProperty("version", t.version());
    g.writeStringProperty("name", t.name());
    g.writeStringProperty("description", t.description());
    JsonOut.enumValue(g, "type", t.type());
    JsonOut.duration(g, "estimatedDuration", t.estimatedDuration());
    JsonOut.enumValue(g, "defaultPriority", t.defaultPriority());
    JsonOut.enumValue(g, "difficulty", t.difficulty());
    JsonOut.strings(g, "tags", t.tags());
    JsonOut.objects(g, "parameters", t.parameters(), TemplateParameterMapper::write);
    JsonOut.objects(g, "goals", t.goals(), TemplateGoalMapper::write);
    JsonOut.objects(g, "milestones", t.milestones(), TemplateMilestoneMapper::write);
    g.writeBooleanProperty("builtIn", t.builtIn());
    g.writeStringProperty("createdBy", t.createdBy());
    JsonOut.instant(g, "createdAt", t.createdAt());
  }

  static Template read(JsonIn in) {
    return new Template(
        in.string("id"),
        in.int32("version"),
        in.string("name"),
        in.string("description"),
        in.enumValue("type", SessionType.class),
        in.duration("estimatedDuration"),
        in.enumValue("defaultPriority", Priority.class),
        in.enumValue("difficulty", Difficulty.class),
        in.strings("tags"),
        in.objects("parameters", TemplateParameterMapper::read),
        in.objects("goals", TemplateGoalMapper::read),
        in.objects("milestones", TemplateMilestoneMapper::read),
        in.bool("builtIn"),
        in.string("createdBy"),
        in.instant("createdAt"));
  }
}
