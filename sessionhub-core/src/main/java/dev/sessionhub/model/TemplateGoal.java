package dev.sessionhub.model;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A goal a template creates. Goals refer to one another by {@link #key()}.
 *
 * @param key unique within the template
 * @param parentKey the parent goal's key, or {@code null}
 * @param title title (may hold placeholders)
 * @param description description (may hold placeholders)
 * @param category kind of work
 * @param weight weight in progress, at least 1
 * @param successCriteria what "done" means
 * @param dependsOn keys of goals that must be done first
 * @param estimate optional effort estimate
 */
public record TemplateGoal(
    String key,
    @Nullable String parentKey,
    String title,
    String description,
    GoalCategory category,
    int weight,
    List<String> successCriteria,
    List<String> dependsOn,
    @Nullable Duration estimate) {

  /** Copies the lists and checks that required components are present. */
  public TemplateGoal {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(category, "category");
    successCriteria = Lists.copyOf("successCriteria", successCriteria);
    dependsOn = Lists.copyOf("dependsOn", dependsOn);
  }
}
