package dev.sessionhub.model;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One goal of a session. Goals form a tree through {@link #parentId()} (sub-goals) and a DAG
 * through {@link #dependsOn()}: a goal may be completed only when every goal it depends on is
 * done (or skipped) and no open blocker is raised on it.
 *
 * @param id unique within the session
 * @param parentId the parent goal, or {@code null} for a top-level goal
 * @param title short title, shown in lists and searched
 * @param description longer text, may be empty
 * @param category the kind of work
 * @param status the current state
 * @param weight relative weight in progress, at least 1
 * @param successCriteria what "done" means, one line each
 * @param dependsOn ids of goals in the same session that must be done first
 * @param estimate optional estimate of the effort
 * @param completedAt when it was marked done, or {@code null}
 */
public record Goal(
    String id,
    @Nullable String parentId,
    String title,
    String description,
    GoalCategory category,
    GoalStatus status,
    int weight,
    List<String> successCriteria,
    List<String> dependsOn,
    @Nullable Duration estimate,
    @Nullable Instant completedAt) {

  /** Copies the lists and checks that required components are present. */
  public Goal {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(status, "status");
    successCriteria = List.copyOf(successCriteria);
    dependsOn = List.copyOf(dependsOn);
  }

  /** A new open, top-level goal of weight 1 with no criteria, dependencies or estimate. */
  public static Goal of(String id, String title) {
    return new Goal(id, null, title, "", GoalCategory.OTHER, GoalStatus.OPEN, 1, List.of(), List.of(), null, null);
  }

  /** This goal with another status and completion time. */
  public Goal withStatus(GoalStatus newStatus, @Nullable Instant newCompletedAt) {
    return new Goal(id, parentId, title, description, category, newStatus, weight, successCriteria,
        dependsOn, estimate, newCompletedAt);
  }

  /** This goal with another list of dependencies. */
  public Goal withDependsOn(List<String> newDependsOn) {
    return new Goal(id, parentId, title, description, category, status, weight, successCriteria,
        newDependsOn, estimate, completedAt);
  }
}
