package dev.sessionhub.model;

/** The kind of work a goal is, used for time distribution analytics. */
public enum GoalCategory {
  /** Framing and designing. */
  PLANNING,
  /** Doing the work. */
  EXECUTION,
  /** Checking the work. */
  TESTING,
  /** Writing it down. */
  DOCUMENTATION,
  /** Anything else. */
  OTHER
}
