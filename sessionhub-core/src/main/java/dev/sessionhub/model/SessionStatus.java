package dev.sessionhub.model;

/** The lifecycle state of a session. Legal moves between them are listed in {@link LifecycleAction}'s table. */
public enum SessionStatus {
  /** Created, not started yet. */
  DRAFT,
  /** Being worked on; only time in this state counts towards the actual duration. */
  ACTIVE,
  /** Started and put aside for now. */
  PAUSED,
  /** Finished; may be reopened. */
  COMPLETED,
  /** Deleted from the user's point of view; final. */
  ARCHIVED
}
