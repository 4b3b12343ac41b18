package dev.sessionhub.model;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A reusable session plan: goals, milestones and defaults, with {@code {{name}}} placeholders
 * filled from declared {@link TemplateParameter parameters} when a session is created from it.
 * Saving a template again makes a new version; old versions stay readable.
 *
 * @param id stable id shared by every version
 * @param version 1, 2, ... (assigned on save)
 * @param name display name (may hold placeholders)
 * @param description what it is for (may hold placeholders)
 * @param type the type of sessions it creates
 * @param estimatedDuration planned duration, positive
 * @param defaultPriority priority of sessions created from it unless overridden
 * @param difficulty how hard sessions from it tend to be
 * @param tags labels copied to sessions
 * @param parameters placeholders it declares
 * @param goals goals it creates, by key
 * @param milestones milestones it creates
 * @param builtIn whether it ships with SessionHub
 * @param createdBy who saved this version
 * @param createdAt when this version was saved
 */
public record Template(
    String id,
    int version,
    String name,
    String description,
    SessionType type,
    Duration estimatedDuration,
    Priority defaultPriority,
    Difficulty difficulty,
    List<String> tags,
    List<TemplateParameter> parameters,
    List<TemplateGoal> goals,
    List<TemplateMilestone> milestones,
    boolean builtIn,
    String createdBy,
    Instant createdAt) {

  /** Copies the lists and checks that required components are present. */
  public Template {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(estimatedDuration, "estimatedDuration");
    Objects.requireNonNull(defaultPriority, "defaultPriority");
    Objects.requireNonNull(difficulty, "difficulty");
    tags = Lists.copyOf("tags", tags);
    parameters = Lists.copyOf("parameters", parameters);
    goals = Lists.copyOf("goals", goals);
    milestones = Lists.copyOf("milestones", milestones);
    Objects.requireNonNull(createdBy, "createdBy");
    Objects.requireNonNull(createdAt, "createdAt");
  }

  /** This template as another version, saved by {@code by} at {@code at}. */
  public Template asVersion(int newVersion, String by, Instant at) {
    return new Template(id, newVersion, name, description, type, estimatedDuration, defaultPriority,
        difficulty, tags, parameters, goals, milestones, builtIn, by, at);
  }

  /** A reference to this template at this version. */
  public TemplateRef ref() {
    return new TemplateRef(id, version);
  }
}
