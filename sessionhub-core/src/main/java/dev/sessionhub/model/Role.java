package dev.sessionhub.model;

/** A member's role on a session. Declared from least to most privileged. */
public enum Role {
  /** May read and comment. */
  VIEWER,
  /** May edit content and run lifecycle actions, but not share or archive. */
  COLLABORATOR,
  /** May do everything, including sharing, changing roles, transferring ownership and archiving. */
  OWNER;

  /** Whether this role grants at least what {@code other} grants. */
  public boolean atLeast(Role other) {
    return compareTo(other) >= 0;
  }
}
