package dev.sessionhub;

import dev.sessionhub.internal.domain.Checks;
import dev.sessionhub.model.Difficulty;
import dev.sessionhub.model.Priority;
import dev.sessionhub.model.SessionType;
import dev.sessionhub.model.TemplateGoal;
import dev.sessionhub.model.TemplateMilestone;
import dev.sessionhub.model.TemplateParameter;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * A custom template to save. Saving a draft whose id is already used by a template makes a new
 * version of it (only its creator may); otherwise it is version 1. Built-in ids are reserved.
 *
 * @param id the template id: 1 to 64 of {@code [A-Za-z0-9_-]}
 * @param name display name, may hold {@code {{placeholders}}}
 * @param description what it is for, may hold placeholders
 * @param type type of sessions it creates
 * @param estimatedDuration planned duration, positive
 * @param defaultPriority priority of sessions created from it
 * @param difficulty how hard
 * @param tags labels copied to sessions
 * @param parameters the placeholders it declares
 * @param goals goals it creates
 * @param milestones milestones it creates
 */
public record TemplateDraft(
    String id,
    String name,
    String description,
    SessionType type,
    Duration estimatedDuration,
    Priority defaultPriority,
    Difficulty difficulty,
    List<String> tags,
    List<TemplateParameter> parameters,
    List<TemplateGoal> goals,
    List<TemplateMilestone> milestones) {

  /** Checks required components and copies the lists. */
  public TemplateDraft {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(estimatedDuration, "estimatedDuration");
    Objects.requireNonNull(defaultPriority, "defaultPriority");
    Objects.requireNonNull(difficulty, "difficulty");
    tags = Checks.requireList("tags", tags);
    parameters = Checks.requireList("parameters", parameters);
    goals = Checks.requireList("goals", goals);
    milestones = Checks.requireList("milestones", milestones);
  }
}
