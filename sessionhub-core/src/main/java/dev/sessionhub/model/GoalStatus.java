package dev.sessionhub.model;

/** The state of a goal. SKIPPED goals leave the progress denominator. */
public enum GoalStatus {
  /** Not started. */
  OPEN,
  /** Being worked on. */
  IN_PROGRESS,
  /** Done; counts fully towards progress. */
  DONE,
  /** Decided not to do; excluded from progress. */
  SKIPPED;

  /** Whether the goal needs no more work (done or skipped). */
  public boolean isClosed() {
    return this == DONE || this == SKIPPED;
  }
}
