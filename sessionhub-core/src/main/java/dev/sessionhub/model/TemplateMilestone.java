package dev.sessionhub.model;

import java.util.List;
import java.util.Objects;

/**
 * A milestone a template creates.
 *
 * @param name name (may hold placeholders)
 * @param requiredGoalKeys keys of the goals it requires; never empty
 */
public record TemplateMilestone(String name, List<String> requiredGoalKeys) {

  /** Copies the list and checks the name is present. */
  public TemplateMilestone {
    Objects.requireNonNull(name, "name");
    requiredGoalKeys = Lists.copyOf("requiredGoalKeys", requiredGoalKeys);
  }
}
