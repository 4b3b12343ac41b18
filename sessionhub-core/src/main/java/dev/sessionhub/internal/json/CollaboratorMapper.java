package dev.sessionhub.internal.json;

import dev.sessionhub.model.Collaborator;
import dev.sessionhub.model.Role;
import tools.jackson.core.JsonGenerator;

/** The JSON fields of a {@link Collaborator}. */
final class CollaboratorMapper {

  private CollaboratorMapper() {}

  static void write(JsonGenerator g, Collaborator c) {
    g.writeStringProperty("userId", c.userId());
    JsonOut.enumValue(g, "role", c.role());
    JsonOut.instant(g, "addedAt", c.addedAt());
  }

  static Collaborator read(JsonIn in) {
    return new Collaborator(in.string("userId"), in.enumValue("role", Role.class), in.instant("addedAt"));
  }
}
