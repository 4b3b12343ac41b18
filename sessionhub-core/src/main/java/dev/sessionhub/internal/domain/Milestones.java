package dev.sessionhub.internal.domain;

import dev.sessionhub.error.NotFoundException;
import dev.sessionhub.model.Goal;
import dev.sessionhub.model.GoalStatus;
import dev.sessionhub.model.Milestone;
import dev.sessionhub.model.Session;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The milestone rule: a milestone is reached when every goal it requires is DONE, and the time
 * is recorded; it is no longer reached if one of them is reopened.
 */
public final class Milestones {

  private Milestones() {}

  /** Adds a milestone requiring existing goals, recomputed at once. */
  public static Session add(Session s, Milestone m, Instant now) {
    Checks checks = new Checks();
    checks.check(!m.requiredGoalIds().isEmpty(), "requiredGoalIds", "must name at least one goal");
    for (int i = 0; i < m.requiredGoalIds().size(); i++) {
      String id = m.requiredGoalIds().get(i);
      checks.check(s.goal(id).isPresent(), "requiredGoalIds[" + i + "]", "no goal " + id + " in session " + s.id());
    }
    checks.throwIfAny();
    List<Milestone> ms = new ArrayList<>(s.milestones());
    ms.add(m);
    return recompute(s.toBuilder().milestones(ms).build(), now);
  }

  /** Removes a milestone. */
  public static Session remove(Session s, String milestoneId) {
    List<Milestone> ms = new ArrayList<>(s.milestones());
    if (!ms.removeIf(m -> m.id().equals(milestoneId))) {
      throw new NotFoundException("milestone", milestoneId);
    }
    return s.toBuilder().milestones(ms).build();
  }

  /** The session with every milestone's reached time brought up to date with its goals. */
  public static Session recompute(Session s, Instant now) {
    if (s.milestones().isEmpty()) {
      return s;
    }
    Map<String, Goal> goals = new HashMap<>(s.goals().size() * 2);
    for (Goal g : s.goals()) {
      goals.put(g.id(), g);
    }
    List<Milestone> ms = new ArrayList<>(s.milestones().size());
    boolean changed = false;
    for (Milestone m : s.milestones()) {
      boolean reached = allDone(m, goals);
      Milestone next = reached == m.reached() ? m : m.withReachedAt(reached ? now : null);
      changed |= next != m;
      ms.add(next);
    }
    return changed ? s.toBuilder().milestones(ms).build() : s;
  }

  private static boolean allDone(Milestone m, Map<String, Goal> goals) {
    for (String id : m.requiredGoalIds()) {
      Goal g = goals.get(id);
      if (g == null || g.status() != GoalStatus.DONE) {
        return false;
      }
    }
    return !m.requiredGoalIds().isEmpty();
  }
}
