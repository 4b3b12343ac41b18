package dev.sessionhub.internal.json;

import dev.sessionhub.model.Blocker;
import tools.jackson.core.JsonGenerator;

/** The JSON fields of a {@link Blocker}. */
final class BlockerMapper {

  private BlockerMapper() {}

  static void write(JsonGenerator g, Blocker b) {
    g.writeStringProperty("id", b.id());
    JsonOut.optString(g, "goalId", b.goalId());
    g.writeStringProperty("description", b.description());
    g.writeStringProperty("raisedBy", b.raisedBy());
    JsonOut.instant(g, "raisedAt", b.raisedAt());
    JsonOut.optString(g, "resolvedBy", b.resolvedBy());
    JsonOut.optInstant(g, "resolvedAt", b.resolvedAt());
    JsonOut.optString(g, "resolution", b.resolution());
  }

  static Blocker read(JsonIn in) {
    return new Blocker(
        in.string("id"),
        in.optString("goalId"),
        in.string("description"),
        in.string("raisedBy"),
        in.instant("raisedAt"),
        in.optString("resolvedBy"),
        in.optInstant("resolvedAt"),
        in.optString("resolution"));
  }
}
