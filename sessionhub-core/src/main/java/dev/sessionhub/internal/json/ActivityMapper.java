package dev.sessionhub.internal.json;

import dev.sessionhub.model.ActivityEntry;
import tools.jackson.core.JsonGenerator;

/** The JSON fields of an {@link ActivityEntry}: its delta as a free-form object. */
final class ActivityMapper {

  private ActivityMapper() {}

  static void write(JsonGenerator g, ActivityEntry e) {
    g.writeNumberProperty("seq", e.seq());
    g.writeStringProperty("sessionId", e.sessionId());
    g.writeNumberProperty("sessionVersion", e.sessionVersion());
    g.writeStringProperty("actor", e.actor());
    g.writeStringProperty("action", e.action());
    JsonOut.instant(g, "at", e.at());
    g.writeName("delta");
    CustomJson.writeObject(g, e.delta());
  }

  static ActivityEntry read(JsonIn in) {
    return new ActivityEntry(
        in.int64("seq"),
        in.string("sessionId"),
        in.int64("sessionVersion"),
        in.string("actor"),
        in.string("action"),
        in.instant("at"),
        in.customValues("delta"));
  }
}
