package dev.sessionhub.model;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Per-session preferences.
 *
 * @param commentsEnabled whether members may add comments
 * @param notifyMentions whether mentions in comments raise a user-mentioned event
 * @param breakReminder how long an ACTIVE stretch may run before a host should suggest a break,
 *     or {@code null} for never
 */
public record SessionSettings(boolean commentsEnabled, boolean notifyMentions, @Nullable Duration breakReminder) {

  private static final SessionSettings DEFAULTS = new SessionSettings(true, true, null);

  /** Comments on, mention notifications on, no break reminder. */
  public static SessionSettings defaults() {
    return DEFAULTS;
  }
}
