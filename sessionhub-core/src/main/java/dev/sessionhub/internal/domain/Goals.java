package dev.sessionhub.internal.domain;

import dev.sessionhub.error.NotFoundException;
import dev.sessionhub.model.Blocker;
import dev.sessionhub.model.Goal;
import dev.sessionhub.model.GoalStatus;
import dev.sessionhub.model.Milestone;
import dev.sessionhub.model.Session;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The goal rules: adding, editing and removing goals, dependencies (a DAG) and status changes
 * (a goal is completed only when its dependencies are done or skipped, its sub-goals are closed
 * and no open blocker is raised on it). Every function is pure and returns a new snapshot with
 * milestones recomputed.
 */
public final class Goals {

  private Goals() {}

  /** The goal, or {@link NotFoundException}. */
  public static Goal require(Session s, String goalId) {
    return s.goal(goalId).orElseThrow(() -> new NotFoundException("goal", goalId));
  }

  /** Adds a goal whose parent and dependencies must exist. */
  public static Session add(Session s, Goal goal, Instant now) {
    Checks checks = new Checks();
    if (goal.parentId() != null && s.goal(goal.parentId()).isEmpty()) {
      checks.fail("parentId", "no goal " + goal.parentId() + " in session " + s.id());
    }
    checkReferences(s, goal.dependsOn(), checks);
    checks.throwIfAny();
    List<Goal> goals = new ArrayList<>(s.goals());
    goals.add(goal);
    return Milestones.recompute(s.toBuilder().goals(goals).build(), now);
  }

  /** Replaces a goal with {@code change} applied to it. */
  public static Session edit(Session s, String goalId, UnaryOperator<Goal> change, Instant now) {
    require(s, goalId);
    List<Goal> goals = new ArrayList<>(s.goals().size());
    for (Goal g : s.goals()) {
      goals.add(g.id().equals(goalId) ? change.apply(g) : g);
    }
    return Milestones.recompute(s.toBuilder().goals(goals).build(), now);
  }

  /** Removes a goal that nothing depends on, no milestone requires and has no sub-goals. */
  public static Session remove(Session s, String goalId, Instant now) {
    require(s, goalId);
    Checks checks = new Checks();
    for (Goal g : s.goals()) {
      checks.check(!g.dependsOn().contains(goalId), "goalId", "goal " + g.id() + " depends on it");
      checks.check(!goalId.equals(g.parentId()), "goalId", "goal " + g.id() + " is its sub-goal");
    }
    for (Milestone m : s.milestones()) {
      checks.check(!m.requiredGoalIds().contains(goalId), "goalId", "milestone " + m.id() + " requires it");
    }
    checks.throwIfAny();
    List<Goal> goals = new ArrayList<>(s.goals());
    goals.removeIf(g -> g.id().equals(goalId));
    List<Blocker> blockers = new ArrayList<>(s.blockers());
    blockers.removeIf(b -> goalId.equals(b.goalId()) && b.isOpen());
    return Milestones.recompute(s.toBuilder().goals(goals).blockers(blockers).build(), now);
  }

  /** Sets a goal's status; DONE only when its dependencies, sub-goals and blockers allow. */
  public static Session setStatus(Session s, String goalId, GoalStatus status, Instant now) {
    Goal goal = require(s, goalId);
    if (status == GoalStatus.DONE) {
      checkCompletable(s, goal);
    }
    Instant completedAt = status == GoalStatus.DONE ? (goal.status() == GoalStatus.DONE ? goal.completedAt() : now) : null;
    return edit(s, goalId, g -> g.withStatus(status, completedAt), now);
  }

  /** Makes {@code goalId} depend on {@code dependsOn}; rejects unknown goals, duplicates and cycles. */
  public static Session addDependency(Session s, String goalId, String dependsOn, Instant now) {
    Goal goal = require(s, goalId);
    require(s, dependsOn);
    Checks checks = new Checks();
    checks.check(!goalId.equals(dependsOn), "dependsOnGoalId", "a goal cannot depend on itself");
    checks.check(!goal.dependsOn().contains(dependsOn), "dependsOnGoalId", "goal " + goalId + " already depends on " + dependsOn);
    checks.throwIfAny();
    List<String> deps = new ArrayList<>(goal.dependsOn());
    deps.add(dependsOn);
    Session next = edit(s, goalId, g -> g.withDependsOn(deps), now);
    Dag.findCycle(dependencyGraph(next.goals())).ifPresent(cycle -> {
      throw dev.sessionhub.error.ValidationException.of("dependsOnGoalId",
          "dependency cycle: " + String.join(" -> ", cycle));
    });
    return next;
  }

  /** Drops a dependency. */
  public static Session removeDependency(Session s, String goalId, String dependsOn, Instant now) {
    Goal goal = require(s, goalId);
    if (!goal.dependsOn().contains(dependsOn)) {
      throw new NotFoundException("dependency", goalId + " -> " + dependsOn);
    }
    List<String> deps = new ArrayList<>(goal.dependsOn());
    deps.remove(dependsOn);
    return edit(s, goalId, g -> g.withDependsOn(deps), now);
  }

  /** Goal id to the ids it depends on. */
  public static Map<String, List<String>> dependencyGraph(List<Goal> goals) {
    Map<String, List<String>> edges = new LinkedHashMap<>();
    for (Goal g : goals) {
      edges.put(g.id(), g.dependsOn());
    }
    return edges;
  }

  private static void checkCompletable(Session s, Goal goal) {
    Checks checks = new Checks();
    for (int i = 0; i < goal.dependsOn().size(); i++) {
      String dep = goal.dependsOn().get(i);
      s.goal(dep).filter(d -> !d.status().isClosed()).ifPresent(d ->
          checks.fail("dependsOn[" + goal.dependsOn().indexOf(dep) + "]",
              "goal " + d.id() + " (" + d.title() + ") it depends on is " + d.status()));
    }
    for (Goal g : s.goals()) {
      if (goal.id().equals(g.parentId()) && !g.status().isClosed()) {
        checks.fail("subGoals", "sub-goal " + g.id() + " (" + g.title() + ") is " + g.status());
      }
    }
    for (Blocker b : s.blockers()) {
      if (goal.id().equals(b.goalId()) && b.isOpen()) {
        checks.fail("blockers", "open blocker " + b.id() + " (" + b.description() + ") is raised on it");
      }
    }
    if (!checks.ok()) {
      List<dev.sessionhub.error.Violation> found = checks.violations();
      List<dev.sessionhub.error.Violation> prefixed = new ArrayList<>(found.size());
      for (dev.sessionhub.error.Violation v : found) {
        prefixed.add(new dev.sessionhub.error.Violation("goals[" + goal.id() + "]." + v.path(),
            "cannot complete goal " + goal.id() + ": " + v.message()));
      }
      throw new dev.sessionhub.error.ValidationException(prefixed);
    }
  }

  private static void checkReferences(Session s, List<String> ids, Checks checks) {
    for (int i = 0; i < ids.size(); i++) {
      if (s.goal(ids.get(i)).isEmpty()) {
        checks.fail("dependsOn[" + i + "]", "no goal " + ids.get(i) + " in session " + s.id());
      }
      if (ids.indexOf(ids.get(i)) != i) {
        checks.fail("dependsOn[" + i + "]", "duplicate dependency " + ids.get(i));
      }
    }
  }
}
