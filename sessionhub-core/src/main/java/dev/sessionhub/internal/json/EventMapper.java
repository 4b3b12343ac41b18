package dev.sessionhub.internal.json;

import dev.sessionhub.model.LifecycleAction;
import dev.sessionhub.model.Role;
import dev.sessionhub.model.SessionStatus;
import dev.sessionhub.model.event.SessionEvent;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.core.JsonGenerator;

/**
 * The JSON fields of a {@link SessionEvent}: {@code type} (the record's simple name), the common
 * fields, then the fields of that type, named after its components.
 */
final class EventMapper {

  private EventMapper() {}

  static void write(JsonGenerator g, SessionEvent e) {
    g.writeStringProperty("type", e.getClass().getSimpleName());
    g.writeStringProperty("sessionId", e.sessionId());
    g.writeNumberProperty("version", e.version());
    g.writeStringProperty("actor", e.actor());
    JsonOut.instant(g, "at", e.at());
    if (e instanceof SessionEvent.Created c) {
      g.writeStringProperty("name", c.name());
      JsonOut.optObject(g, "template", c.template(), TemplateRefMapper::write);
    } else if (e instanceof SessionEvent.Updated u) {
      // Sorted, so equal events give identical text.
      JsonOut.strings(g, "changedFields", List.copyOf(new TreeSet<>(u.changedFields())));
    } else if (e instanceof SessionEvent.StatusChanged s) {
      JsonOut.enumValue(g, "from", s.from());
      JsonOut.enumValue(g, "to", s.to());
      JsonOut.enumValue(g, "action", s.action());
    } else if (e instanceof SessionEvent.GoalCompleted c) {
      g.writeStringProperty("goalId", c.goalId());
    } else if (e instanceof SessionEvent.MilestoneReached m) {
      g.writeStringProperty("milestoneId", m.milestoneId());
    } else if (e instanceof SessionEvent.BlockerRaised b) {
      g.writeStringProperty("blockerId", b.blockerId());
      JsonOut.optString(g, "goalId", b.goalId());
    } else if (e instanceof SessionEvent.BlockerResolved b) {
      g.writeStringProperty("blockerId", b.blockerId());
    } else if (e instanceof SessionEvent.CommentAdded c) {
      g.writeStringProperty("commentId", c.commentId());
      JsonOut.optString(g, "parentId", c.parentId());
    } else if (e instanceof SessionEvent.UserMentioned m) {
      g.writeStringProperty("commentId", m.commentId());
      g.writeStringProperty("userId", m.userId());
    } else if (e instanceof SessionEvent.CollaboratorAdded c) {
      g.writeStringProperty("userId", c.userId());
      JsonOut.enumValue(g, "role", c.role());
    } else if (e instanceof SessionEvent.CollaboratorRemoved c) {
      g.writeStringProperty("userId", c.userId());
    } else if (e instanceof SessionEvent.RoleChanged r) {
      g.writeStringProperty("userId", r.userId());
      JsonOut.enumValue(g, "from", r.from());
      JsonOut.enumValue(g, "to", r.to());
    } else if (e instanceof SessionEvent.AttachmentAdded a) {
      g.writeStringProperty("attachmentId", a.attachmentId());
      g.writeStringProperty("name", a.name());
      g.writeNumberProperty("attachmentVersion", a.attachmentVersion());
    }
    // Archived has no fields of its own.
  }

  static SessionEvent read(JsonIn in) {
    String type = in.string("type");
    String id = in.string("sessionId");
    long v = in.int64("version");
    String actor = in.string("actor");
    Instant at = in.instant("at");
    in.throwIfInvalid();
    return switch (type) {
      case "Created" -> new SessionEvent.Created(id, v, actor, at, in.string("name"),
          in.optObject("template", TemplateRefMapper::read));
      case "Updated" -> new SessionEvent.Updated(id, v, actor, at, Set.copyOf(in.strings("changedFields")));
      case "StatusChanged" -> new SessionEvent.StatusChanged(id, v, actor, at, in.enumValue("from", SessionStatus.class),
          in.enumValue("to", SessionStatus.class), in.enumValue("action", LifecycleAction.class));
      case "GoalCompleted" -> new SessionEvent.GoalCompleted(id, v, actor, at, in.string("goalId"));
      case "MilestoneReached" -> new SessionEvent.MilestoneReached(id, v, actor, at, in.string("milestoneId"));
      case "BlockerRaised" -> new SessionEvent.BlockerRaised(id, v, actor, at, in.string("blockerId"),
          in.optString("goalId"));
      case "BlockerResolved" -> new SessionEvent.BlockerResolved(id, v, actor, at, in.string("blockerId"));
      case "CommentAdded" -> new SessionEvent.CommentAdded(id, v, actor, at, in.string("commentId"),
          in.optString("parentId"));
      case "UserMentioned" -> new SessionEvent.UserMentioned(id, v, actor, at, in.string("commentId"),
          in.string("userId"));
      case "CollaboratorAdded" -> new SessionEvent.CollaboratorAdded(id, v, actor, at, in.string("userId"),
          in.enumValue("role", Role.class));
      case "CollaboratorRemoved" -> new SessionEvent.CollaboratorRemoved(id, v, actor, at, in.string("userId"));
      case "RoleChanged" -> new SessionEvent.RoleChanged(id, v, actor, at, in.string("userId"),
          in.enumValue("from", Role.class), in.enumValue("to", Role.class));
      case "AttachmentAdded" -> new SessionEvent.AttachmentAdded(id, v, actor, at, in.string("attachmentId"),
          in.string("name"), in.int32("attachmentVersion"));
      case "Archived" -> new SessionEvent.Archived(id, v, actor, at);
      default -> {
        in.report("type", "unknown event type \"" + type + "\"");
        yield new SessionEvent.Archived(id, v, actor, at);
      }
    };
  }
}
