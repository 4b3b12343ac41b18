package dev.sessionhub;

import dev.sessionhub.model.Priority;
import dev.sessionhub.model.SessionMetadata;
import dev.sessionhub.model.SessionSettings;
import dev.sessionhub.model.SessionType;
import java.time.Duration;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A change to a session's own fields; {@code null} components are left as they are. Start from
 * {@link #empty()} and use the withers.
 *
 * @param name new name
 * @param description new description
 * @param type new type
 * @param priority new priority
 * @param estimatedDuration new estimate
 * @param settings new settings
 * @param metadata new tags, skills and difficulty
 * @param customFields new custom fields (replacing all of them)
 */
public record SessionPatch(
    @Nullable String name,
    @Nullable String description,
    @Nullable SessionType type,
    @Nullable Priority priority,
    @Nullable Duration estimatedDuration,
    @Nullable SessionSettings settings,
    @Nullable SessionMetadata metadata,
    @Nullable Map<String, @Nullable Object> customFields) {

  /** A patch that changes nothing. */
  public static SessionPatch empty() {
    return new SessionPatch(null, null, null, null, null, null, null, null);
  }

  /** Whether the patch changes nothing. */
  public boolean isEmpty() {
    return equals(empty());
  }

  /** Renaming. */
  public SessionPatch name(String v) {
    return new SessionPatch(v, description, type, priority, estimatedDuration, settings, metadata, customFields);
  }

  /** Changing the description. */
  public SessionPatch description(String v) {
    return new SessionPatch(name, v, type, priority, estimatedDuration, settings, metadata, customFields);
  }

  /** Changing the type. */
  public SessionPatch type(SessionType v) {
    return new SessionPatch(name, description, v, priority, estimatedDuration, settings, metadata, customFields);
  }

  /** Changing the priority. */
  public SessionPatch priority(Priority v) {
    return new SessionPatch(name, description, type, v, estimatedDuration, settings, metadata, customFields);
  }

  /** Changing the estimate. */
  public SessionPatch estimatedDuration(Duration v) {
    return new SessionPatch(name, description, type, priority, v, settings, metadata, customFields);
  }

  /** Changing the settings. */
  public SessionPatch settings(SessionSettings v) {
    return new SessionPatch(name, description, type, priority, estimatedDuration, v, metadata, customFields);
  }

  /** Changing tags, skills and difficulty. */
  public SessionPatch metadata(SessionMetadata v) {
    return new SessionPatch(name, description, type, priority, estimatedDuration, settings, v, customFields);
  }

  /** Replacing the custom fields. */
  public SessionPatch customFields(Map<String, @Nullable Object> v) {
    return new SessionPatch(name, description, type, priority, estimatedDuration, settings, metadata, v);
  }
}
