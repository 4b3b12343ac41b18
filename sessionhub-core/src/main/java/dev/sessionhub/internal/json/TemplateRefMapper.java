package dev.sessionhub.internal.json;

import dev.sessionhub.model.TemplateRef;
import tools.jackson.core.JsonGenerator;

/** The JSON fields of a {@link TemplateRef}. */
final class TemplateRefMapper {

  private TemplateRefMapper() {}

  static void write(JsonGenerator g, TemplateRef r) {
    g.writeStringProperty("templateId", r.templateId());
    g.writeNumberProperty("version", r.version());
  }

  static TemplateRef read(JsonIn in) {
    return new TemplateRef(in.string("templateId"), in.int32("version"));
  }
}
