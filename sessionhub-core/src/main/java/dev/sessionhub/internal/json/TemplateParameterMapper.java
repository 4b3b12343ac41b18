package dev.sessionhub.internal.json;

import dev.sessionhub.model.TemplateParameter;
import tools.jackson.core.JsonGenerator;

/** The JSON fields of a {@link TemplateParameter}. */
final class TemplateParameterMapper {

  private TemplateParameterMapper() {}

  static void write(JsonGenerator g, TemplateParameter p) {
    g.writeStringProperty("name", p.name());
    g.writeStringProperty("description", p.description());
    g.writeBooleanProperty("required", p.required());
    JsonOut.optString(g, "defaultValue", p.defaultValue());
  }

  static TemplateParameter read(JsonIn in) {
    return new TemplateParameter(
        in.string("name"), in.string("description"), in.bool("required"), in.optString("defaultValue"));
  }
}
