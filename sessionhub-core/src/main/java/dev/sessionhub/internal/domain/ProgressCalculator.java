package dev.sessionhub.internal.domain;

import dev.sessionhub.model.Blocker;
import dev.sessionhub.model.Goal;
import dev.sessionhub.model.GoalStatus;
import dev.sessionhub.model.Milestone;
import dev.sessionhub.model.ProgressReport;
import dev.sessionhub.model.Session;
import java.time.Duration;
import java.time.Instant;

/**
 * The progress report of a session: counts, and time against the estimate. The percentage itself
 * is {@link Session#progress()}, computed by the model's one progress formula.
 */
public final class ProgressCalculator {

  private ProgressCalculator() {}

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
}
