package dev.sessionhub.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The progress formula, in one place. A goal counts 1 when DONE; a goal with sub-goals that is
 * not done counts the weighted share of its sub-goals; otherwise 0. SKIPPED goals leave the
 * denominator at every level. Session progress is the weighted share over top-level goals, as a
 * percentage. Runs in O(goals).
 */
final class Progress {

  private Progress() {}

  /** Progress of these goals, 0 to 100; 0 when no goal counts. */
  static double percent(List<Goal> goals) {
    if (goals.isEmpty()) {
      return 0.0;
    }
    Map<String, List<Goal>> children = new HashMap<>();
    List<Goal> roots = new ArrayList<>();
    Map<String, Goal> byId = new HashMap<>(goals.size() * 2);
    for (Goal g : goals) {
      byId.put(g.id(), g);
    }
    for (Goal g : goals) {
      if (g.parentId() == null || !byId.containsKey(g.parentId())) {
        roots.add(g);
      } else {
        children.computeIfAbsent(g.parentId(), k -> new ArrayList<>()).add(g);
      }
    }
    Double share = weightedShare(roots, children);
    return share == null ? 0.0 : Math.max(0.0, Math.min(100.0, share * 100.0));
  }

  /** The weighted share of done work among {@code goals}, or null when all are skipped. */
  private static Double weightedShare(List<Goal> goals, Map<String, List<Goal>> children) {
    double total = 0;
    double done = 0;
    for (Goal g : goals) {
      if (g.status() == GoalStatus.SKIPPED) {
        continue;
      }
      total += g.weight();
      done += g.weight() * completion(g, children);
    }
    return total == 0 ? null : done / total;
  }

  private static double completion(Goal g, Map<String, List<Goal>> children) {
    if (g.status() == GoalStatus.DONE) {
      return 1.0;
    }
    List<Goal> subs = children.get(g.id());
    if (subs == null) {
      return 0.0;
    }
    Double share = weightedShare(subs, children);
    return share == null ? 0.0 : share;
  }
}
