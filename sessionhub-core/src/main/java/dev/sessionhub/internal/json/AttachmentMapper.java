package dev.sessionhub.internal.json;

import dev.sessionhub.model.Attachment;
import tools.jackson.core.JsonGenerator;

/** The JSON fields of an {@link Attachment}. */
final class AttachmentMapper {

  private AttachmentMapper() {}

  static void write(JsonGenerator g, Attachment a) {
    g.writeStringProperty("id", a.id());
    g.writeStringProperty("name", a.name());
    g.writeStringProperty("contentType", a.contentType());
    g.writeNumberProperty("size", a.size());
    g.writeStringProperty("sha256", a.sha256());
    g.writeNumberProperty("version", a.version());
    g.writeStringProperty("uploadedBy", a.uploadedBy());
    JsonOut.instant(g, "uploadedAt", a.uploadedAt());
  }

  static Attachment read(JsonIn in) {
    return new Attachment(
        in.string("id"),
        in.string("name"),
        in.string("contentType"),
        in.int64("size"),
        in.string("sha256"),
        in.int32("version"),
        in.string("uploadedBy"),
        in.instant("uploadedAt"));
  }
}
