package dev.sessionhub.internal.domain;

import dev.sessionhub.model.Blocker;
import dev.sessionhub.model.Goal;
import dev.sessionhub.model.GoalStatus;
import dev.sessionhub.model.Milestone;
import dev.sessionhub.model.ProgressReport;
import dev.sessionhub.model.Session;
import java.time.Duration;
import java.time.Instant;
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
public final class ProgressCalculator {

  private ProgressCalculator() {}

  /** Progress of these goals, 0 to 100; 0 when no goal counts. */
  public static double percent(List<Goal> goals) {
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
    return share == null ? 0.0 : clamp(share * 100.0);
  }

  /**
   * The full report: progress, counts, and time against the estimate as of {@code asOf}. The
   * remaining estimate is {@code estimated × (1 − percent/100)}.
   */
  public static ProgressReport report(Session s, Instant asOf) {
    int done = 0;
    int skipped = 0;
    for (Goal g : s.goals()) {
      done += g.status() == GoalStatus.DONE ? 1 : 0;
      skipped += g.status() == GoalStatus.SKIPPED ? 1 : 0;
    }
    int openBlockers = (int) s.blockers().stream().filter(Blocker::isOpen).count();
    int reached = (int) s.milestones().stream().filter(Milestone::reached).count();
    Duration estimated = s.estimatedDuration().orElse(null);
    Duration remaining = estimated == null ? null
        : Duration.ofMillis(Math.round(estimated.toMillis() * (1.0 - s.progress() / 100.0)));
    return new ProgressReport(s.progress(), s.goals().size(), done, s.goals().size() - done - skipped,
        skipped, openBlockers, reached, s.milestones().size(), estimated, s.actualDuration(asOf), remaining);
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

  private static double clamp(double v) {
    return Math.max(0.0, Math.min(100.0, v));
  }
}
