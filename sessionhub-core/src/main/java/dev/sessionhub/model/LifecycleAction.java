package dev.sessionhub.model;

/** An action that moves a session from one {@link SessionStatus} to another. */
public enum LifecycleAction {
  /** DRAFT to ACTIVE. */
  START,
  /** ACTIVE to PAUSED. */
  PAUSE,
  /** PAUSED to ACTIVE. */
  RESUME,
  /** ACTIVE or PAUSED to COMPLETED. */
  COMPLETE,
  /** COMPLETED to ACTIVE. */
  REOPEN,
  /** Any state but ARCHIVED to ARCHIVED; what "delete" means. */
  ARCHIVE
}
