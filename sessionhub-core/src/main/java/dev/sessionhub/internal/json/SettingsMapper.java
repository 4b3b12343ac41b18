package dev.sessionhub.internal.json;

import dev.sessionhub.model.SessionSettings;
import tools.jackson.core.JsonGenerator;

/** The JSON fields of {@link SessionSettings}. */
final class SettingsMapper {

  private SettingsMapper() {}

  static void write(JsonGenerator g, SessionSettings s) {
    g.writeBooleanProperty("commentsEnabled", s.commentsEnabled());
    g.writeBooleanProperty("notifyMentions", s.notifyMentions());
    JsonOut.optDuration(g, "breakReminder", s.breakReminder());
  }

  static SessionSettings read(JsonIn in) {
    return new SessionSettings(in.bool("commentsEnabled"), in.bool("notifyMentions"), in.optDuration("breakReminder"));
  }
}
