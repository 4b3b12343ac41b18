package dev.sessionhub.internal.json;

import dev.sessionhub.model.LifecycleAction;
import dev.sessionhub.model.SessionStatus;
import dev.sessionhub.model.StatusChange;
import tools.jackson.core.JsonGenerator;

/** The JSON fields of a {@link StatusChange}. */
final class StatusChangeMapper {

  private StatusChangeMapper() {}

  static void write(JsonGenerator g, StatusChange c) {
    JsonOut.enumValue(g, "from", c.from());
    JsonOut.enumValue(g, "to", c.to());
    JsonOut.enumValue(g, "action", c.action());
    g.writeStringProperty("actor", c.actor());
    JsonOut.instant(g, "at", c.at());
  }

  static StatusChange read(JsonIn in) {
    return new StatusChange(
        in.enumValue("from", SessionStatus.class),
        in.enumValue("to", SessionStatus.class),
        in.enumValue("action", LifecycleAction.class),
        in.string("actor"),
        in.instant("at"));
  }
}
