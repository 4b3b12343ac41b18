package dev.sessionhub.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A member of a session and the role they hold. The owner is a member with role
 * {@link Role#OWNER}; there is exactly one.
 *
 * @param userId the member
 * @param role what they may do
 * @param addedAt when they joined (or last changed role)
 */
public record Collaborator(String userId, Role role, Instant addedAt) {

  /** Checks that every component is present. */
  public Collaborator {
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(addedAt, "addedAt");
  }
}
