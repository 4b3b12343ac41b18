package dev.sessionhub;

import dev.sessionhub.internal.domain.Checks;
import dev.sessionhub.model.Difficulty;
import dev.sessionhub.model.Priority;
import dev.sessionhub.model.SessionSettings;
import dev.sessionhub.model.SessionType;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What to create a blank session with. Start from {@link #named(String)} and use the withers.
 *
 * @param name the session's name
 * @param description longer description
 * @param type kind of work
 * @param priority urgency
 * @param estimatedDuration planned duration, or {@code null}
 * @param tags labels
 * @param skills skills exercised
 * @param difficulty how hard, or {@code null}
 * @param settings preferences
 * @param customFields host-defined JSON-compatible fields
 */
public record NewSession(
    String name,
    String description,
    SessionType type,
    Priority priority,
    @Nullable Duration estimatedDuration,
    List<String> tags,
    List<String> skills,
    @Nullable Difficulty difficulty,
    SessionSettings settings,
    Map<String, @Nullable Object> customFields) {

  /** Checks required components and copies the lists. */
  public NewSession {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(priority, "priority");
    tags = Checks.requireList("tags", tags);
    skills = Checks.requireList("skills", skills);
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(customFields, "customFields");
  }

  /** A session with this name and defaults for everything else. */
  public static NewSession named(String name) {
    return new NewSession(name, "", SessionType.OTHER, Priority.MEDIUM, null, List.of(), List.of(), null,
        SessionSettings.defaults(), Map.of());
  }

  /** With a description. */
  public NewSession withDescription(String v) {
    return new NewSession(name, v, type, priority, estimatedDuration, tags, skills, difficulty, settings, customFields);
  }

  /** With a type. */
  public NewSession withType(SessionType v) {
    return new NewSession(name, description, v, priority, estimatedDuration, tags, skills, difficulty, settings, customFields);
  }

  /** With a priority. */
  public NewSession withPriority(Priority v) {
    return new NewSession(name, description, type, v, estimatedDuration, tags, skills, difficulty, settings, customFields);
  }

  /** With an estimate. */
  public NewSession withEstimate(@Nullable Duration v) {
    return new NewSession(name, description, type, priority, v, tags, skills, difficulty, settings, customFields);
  }

  /** With tags. */
  public NewSession withTags(String... v) {
    return new NewSession(name, description, type, priority, estimatedDuration, Arrays.asList(v), skills, difficulty, settings, customFields);
  }

  /** With skills and a difficulty. */
  public NewSession withSkills(@Nullable Difficulty d, String... v) {
    return new NewSession(name, description, type, priority, estimatedDuration, tags, Arrays.asList(v), d, settings, customFields);
  }

  /** With settings. */
  public NewSession withSettings(SessionSettings v) {
    return new NewSession(name, description, type, priority, estimatedDuration, tags, skills, difficulty, v, customFields);
  }

  /** With custom fields. */
  public NewSession withCustomFields(Map<String, @Nullable Object> v) {
    return new NewSession(name, description, type, priority, estimatedDuration, tags, skills, difficulty, settings, v);
  }
}
