package dev.sessionhub;

import dev.sessionhub.internal.domain.Checks;
import dev.sessionhub.model.GoalCategory;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A change to a goal's own fields; {@code null} components are left as they are. Status,
 * dependencies and parent have operations of their own.
 *
 * @param title new title
 * @param description new description
 * @param category new category
 * @param weight new weight
 * @param successCriteria new success criteria
 * @param estimate new estimate
 */
public record GoalPatch(
    @Nullable String title,
    @Nullable String description,
    @Nullable GoalCategory category,
    @Nullable Integer weight,
    @Nullable List<String> successCriteria,
    @Nullable Duration estimate) {

  /** A patch that changes nothing. */
  public static GoalPatch empty() {
    return new GoalPatch(null, null, null, null, null, null);
  }

  /** Retitling. */
  public GoalPatch title(String v) {
    return new GoalPatch(v, description, category, weight, successCriteria, estimate);
  }

  /** Changing the description. */
  public GoalPatch description(String v) {
    return new GoalPatch(title, v, category, weight, successCriteria, estimate);
  }

  /** Changing the category. */
  public GoalPatch category(GoalCategory v) {
    return new GoalPatch(title, description, v, weight, successCriteria, estimate);
  }

  /** Changing the weight. */
  public GoalPatch weight(int v) {
    return new GoalPatch(title, description, category, v, successCriteria, estimate);
  }

  /** Replacing the success criteria. */
  public GoalPatch successCriteria(List<String> v) {
    return new GoalPatch(title, description, category, weight, Checks.requireList("successCriteria", v), estimate);
  }

  /** Changing the estimate. */
  public GoalPatch estimate(Duration v) {
    return new GoalPatch(title, description, category, weight, successCriteria, v);
  }
}
