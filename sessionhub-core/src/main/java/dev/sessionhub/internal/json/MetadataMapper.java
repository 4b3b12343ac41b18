package dev.sessionhub.internal.json;

import dev.sessionhub.model.Difficulty;
import dev.sessionhub.model.SessionMetadata;
import tools.jackson.core.JsonGenerator;

/** The JSON fields of {@link SessionMetadata}. */
final class MetadataMapper {

  private MetadataMapper() {}

  static void write(JsonGenerator g, SessionMetadata m) {
    JsonOut.strings(g, "tags", m.tags());
    JsonOut.strings(g, "skills", m.skills());
    JsonOut.optEnum(g, "difficulty", m.difficulty());
  }

  static SessionMetadata read(JsonIn in) {
    return new SessionMetadata(in.strings("tags"), in.strings("skills"), in.optEnum("difficulty", Difficulty.class));
  }
}
