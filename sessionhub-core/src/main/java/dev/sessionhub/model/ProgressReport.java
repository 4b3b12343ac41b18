package dev.sessionhub.model;

import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where a session stands: progress, goal and blocker counts, and time against the estimate.
 *
 * @param percent weighted share of done goals, 0 to 100 (see {@link Session#progress()})
 * @param goalsTotal every goal
 * @param goalsDone goals DONE
 * @param goalsOpen goals OPEN or IN_PROGRESS
 * @param goalsSkipped goals SKIPPED
 * @param openBlockers blockers not yet resolved
 * @param milestonesReached milestones reached
 * @param milestonesTotal every milestone
 * @param estimated the planned duration, or {@code null}
 * @param actual time spent ACTIVE so far
 * @param remaining {@code estimated × (1 − percent/100)}, or {@code null} without an estimate
 */
public record ProgressReport(
    double percent,
    int goalsTotal,
    int goalsDone,
    int goalsOpen,
    int goalsSkipped,
    int openBlockers,
    int milestonesReached,
    int milestonesTotal,
    @Nullable Duration estimated,
    Duration actual,
    @Nullable Duration remaining) {

  /** How far the actual time runs over the estimate (negative when under), if there is one. */
  public Optional<Duration> overrun() {
    return estimated == null ? Optional.empty() : Optional.of(actual.minus(estimated));
  }
}
