package dev.sessionhub.internal.json;

import dev.sessionhub.error.ValidationException;
import dev.sessionhub.model.Priority;
import dev.sessionhub.model.Session;
import dev.sessionhub.model.SessionStatus;
import dev.sessionhub.model.SessionType;
import tools.jackson.core.JsonGenerator;

/**
 * The JSON fields of a {@link Session}. The derived {@code ownerId} and {@code progress} are
 * written for readers of the JSON but ignored when reading: the session recomputes them.
 */
final class SessionMapper {

  private SessionMapper() {}

  static void write(JsonGenerator g, Session s) {
    g.writeStringProperty("id", s.id());
    g.writeNumberProperty("version", s.version());
    g.writeNumberProperty("editVersion", s.editVersion());
    JsonOut.optString(g, "createKey", s.createKey().orElse(null));
    g.writeStringProperty("name", s.name());
    g.writeStringProperty("description", s.description());
    JsonOut.enumValue(g, "type", s.type());
    JsonOut.enumValue(g, "status", s.status());
    JsonOut.enumValue(g, "priority", s.priority());
    g.writeStringProperty("ownerId", s.ownerId());
    JsonOut.optObject(g, "template", s.template().orElse(null), TemplateRefMapper::write);
    JsonOut.instant(g, "createdAt", s.createdAt());
    JsonOut.instant(g, "updatedAt", s.updatedAt());
    JsonOut.optInstant(g, "startedAt", s.startedAt().orElse(null));
    JsonOut.optInstant(g, "completedAt", s.completedAt().orElse(null));
    JsonOut.optInstant(g, "archivedAt", s.archivedAt().orElse(null));
    JsonOut.optDuration(g, "estimatedDuration", s.estimatedDuration().orElse(null));
    g.writeNumberProperty("progress", s.progress());
    JsonOut.objects(g, "goals", s.goals(), GoalMapper::write);
    JsonOut.objects(g, "milestones", s.milestones(), MilestoneMapper::write);
    JsonOut.objects(g, "blockers", s.blockers(), BlockerMapper::write);
    JsonOut.objects(g, "resources", s.resources(), ResourceMapper::write);
    JsonOut.objects(g, "attachments", s.attachments(), AttachmentMapper::write);
    JsonOut.objects(g, "collaborators", s.collaborators(), CollaboratorMapper::write);
    JsonOut.objects(g, "history", s.history(), StatusChangeMapper::write);
    JsonOut.object(g, "settings", s.settings(), SettingsMapper::write);
    JsonOut.object(g, "metadata", s.metadata(), MetadataMapper::write);
    g.writeName("customFields");
    CustomJson.writeObject(g, s.customFields());
    JsonOut.objects(g, "learnings", s.learnings(), LearningMapper::write);
    g.writeNumberProperty("commentCount", s.commentCount());
  }

  static Session read(JsonIn in) {
    Session.Builder b = Session.builder()
        .id(in.string("id"))
        .version(in.int64("version"))
        .editVersion(in.optInt64("editVersion"))
        .createKey(in.optString("createKey"))
        .name(in.string("name"))
        .description(in.string("description"))
        .type(in.enumValue("type", SessionType.class))
        .status(in.enumValue("status", SessionStatus.class))
        .priority(in.enumValue("priority", Priority.class))
        .template(in.optObject("template", TemplateRefMapper::read))
        .createdAt(in.instant("createdAt"))
        .updatedAt(in.instant("updatedAt"))
        .startedAt(in.optInstant("startedAt"))
        .completedAt(in.optInstant("completedAt"))
        .archivedAt(in.optInstant("archivedAt"))
        .estimatedDuration(in.optDuration("estimatedDuration"))
        .goals(in.objects("goals", GoalMapper::read))
        .milestones(in.objects("milestones", MilestoneMapper::read))
        .blockers(in.objects("blockers", BlockerMapper::read))
        .resources(in.objects("resources", ResourceMapper::read))
        .attachments(in.objects("attachments", AttachmentMapper::read))
        .collaborators(in.objects("collaborators", CollaboratorMapper::read))
        .history(in.objects("history", StatusChangeMapper::read))
        .settings(SettingsMapper.read(in.object("settings")))
        .metadata(MetadataMapper.read(in.object("metadata")))
        .customFields(in.customValues("customFields"))
        .learnings(in.objects("learnings", LearningMapper::read))
        .commentCount(in.int64("commentCount"));
    // The aggregate's own checks (one owner, a count not negative) only make sense on valid parts.
    in.throwIfInvalid();
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      String field = fieldOf(e);
      throw ValidationException.of(field.isEmpty() ? in.path() : in.pathOf(field), String.valueOf(e.getMessage()));
    }
  }

  /** Which field an aggregate check of {@link Session.Builder#build()} refused. */
  private static String fieldOf(IllegalArgumentException e) {
    String message = String.valueOf(e.getMessage());
    return message.startsWith("commentCount") ? "commentCount"
        : message.startsWith("editVersion") ? "editVersion"
        : message.contains("owner") ? "collaborators" : "";
  }
}
