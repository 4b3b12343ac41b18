package dev.sessionhub;

import dev.sessionhub.internal.domain.Checks;
import dev.sessionhub.model.GoalCategory;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A goal to add to a session. Start from {@link #titled(String)} and use the withers.
 *
 * @param title short title
 * @param description longer text
 * @param category kind of work
 * @param weight weight in progress, 1 to 1,000
 * @param successCriteria what "done" means
 * @param dependsOn ids of goals of the session that must be done first
 * @param estimate effort estimate, or {@code null}
 * @param parentId the parent goal for a sub-goal, or {@code null}
 */
public record NewGoal(
    String title,
    String description,
    GoalCategory category,
    int weight,
    List<String> successCriteria,
    List<String> dependsOn,
    @Nullable Duration estimate,
    @Nullable String parentId) {

  /** Checks required components and copies the lists. */
  public NewGoal {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(category, "category");
    successCriteria = Checks.requireList("successCriteria", successCriteria);
    dependsOn = Checks.requireList("dependsOn", dependsOn);
  }

  /** A top-level goal of weight 1, category OTHER. */
  public static NewGoal titled(String title) {
    return new NewGoal(title, "", GoalCategory.OTHER, 1, List.of(), List.of(), null, null);
  }

  /** With a description. */
  public NewGoal withDescription(String v) {
    return new NewGoal(title, v, category, weight, successCriteria, dependsOn, estimate, parentId);
  }

  /** With a category. */
  public NewGoal withCategory(GoalCategory v) {
    return new NewGoal(title, description, v, weight, successCriteria, dependsOn, estimate, parentId);
  }

  /** With a weight. */
  public NewGoal withWeight(int v) {
    return new NewGoal(title, description, category, v, successCriteria, dependsOn, estimate, parentId);
  }

  /** With success criteria. */
  public NewGoal withCriteria(String... v) {
    return new NewGoal(title, description, category, weight, Arrays.asList(v), dependsOn, estimate, parentId);
  }

  /** Depending on these goals. */
  public NewGoal dependingOn(String... goalIds) {
    return new NewGoal(title, description, category, weight, successCriteria, Arrays.asList(goalIds), estimate, parentId);
  }

  /** With an estimate. */
  public NewGoal withEstimate(Duration v) {
    return new NewGoal(title, description, category, weight, successCriteria, dependsOn, v, parentId);
  }

  /** As a sub-goal of this goal. */
  public NewGoal under(String parentGoalId) {
    return new NewGoal(title, description, category, weight, successCriteria, dependsOn, estimate, parentGoalId);
  }
}
