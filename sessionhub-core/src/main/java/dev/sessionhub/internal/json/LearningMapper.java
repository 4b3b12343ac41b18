package dev.sessionhub.internal.json;

import dev.sessionhub.model.Learning;
import tools.jackson.core.JsonGenerator;

/** The JSON fields of a {@link Learning}. */
final class LearningMapper {

  private LearningMapper() {}

  static void write(JsonGenerator g, Learning l) {
    g.writeStringProperty("id", l.id());
    g.writeStringProperty("text", l.text());
    g.writeStringProperty("author", l.author());
    JsonOut.instant(g, "createdAt", l.createdAt());
  }

  static Learning read(JsonIn in) {
    return new Learning(in.string("id"), in.string("text"), in.string("author"), in.instant("createdAt"));
  }
}
