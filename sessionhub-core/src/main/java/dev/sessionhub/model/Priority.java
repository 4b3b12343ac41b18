package dev.sessionhub.model;

/** How urgent a session is; declared from lowest to highest, so {@link #ordinal()} orders them. */
public enum Priority {
  /** Whenever there is time. */
  LOW,
  /** The default. */
  MEDIUM,
  /** Before the medium ones. */
  HIGH,
  /** Drop everything else. */
  CRITICAL
}
