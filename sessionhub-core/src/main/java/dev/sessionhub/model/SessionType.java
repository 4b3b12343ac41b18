package dev.sessionhub.model;

/** What kind of work a session is. */
public enum SessionType {
  /** Reproduce, find the cause, fix and verify a defect. */
  BUG_FIX,
  /** Design, build, test and document a feature. */
  FEATURE,
  /** Frame a question, survey, experiment and summarize. */
  RESEARCH,
  /** Reviewing someone else's work. */
  REVIEW,
  /** Learning a skill or a codebase. */
  LEARNING,
  /** Anything else. */
  OTHER
}
