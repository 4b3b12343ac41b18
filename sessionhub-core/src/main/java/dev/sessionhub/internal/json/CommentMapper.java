package dev.sessionhub.internal.json;

import dev.sessionhub.model.Comment;
import tools.jackson.core.JsonGenerator;

/** The JSON fields of a {@link Comment}. */
final class CommentMapper {

  private CommentMapper() {}

  static void write(JsonGenerator g, Comment c) {
    g.writeStringProperty("id", c.id());
    g.writeStringProperty("sessionId", c.sessionId());
    g.writeNumberProperty("number", c.number());
    JsonOut.optString(g, "parentId", c.parentId());
    g.writeStringProperty("author", c.author());
    g.writeStringProperty("body", c.body());
    JsonOut.strings(g, "mentions", c.mentions());
    JsonOut.instant(g, "createdAt", c.createdAt());
    JsonOut.optInstant(g, "editedAt", c.editedAt());
  }

  static Comment read(JsonIn in) {
    return new Comment(
        in.string("id"),
        in.string("sessionId"),
        in.int64("number"),
        in.optString("parentId"),
        in.string("author"),
        in.string("body"),
        in.strings("mentions"),
        in.instant("createdAt"),
        in.optInstant("editedAt"));
  }
}
