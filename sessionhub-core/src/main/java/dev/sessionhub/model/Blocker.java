package dev.sessionhub.model;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Something in the way, raised on a whole session or on one goal, and resolved later. An open
 * blocker on a goal stops that goal from being completed.
 *
 * @param id unique within the session
 * @param goalId the goal it blocks, or {@code null} when it blocks the session as a whole
 * @param description what is in the way
 * @param raisedBy who raised it
 * @param raisedAt when
 * @param resolvedBy who resolved it, or {@code null} while open
 * @param resolvedAt when it was resolved, or {@code null} while open
 * @param resolution how it was resolved, or {@code null} while open
 */
public record Blocker(
    String id,
    @Nullable String goalId,
    String description,
    String raisedBy,
    Instant raisedAt,
    @Nullable String resolvedBy,
    @Nullable Instant resolvedAt,
    @Nullable String resolution) {

  /** Checks that required components are present. */
  public Blocker {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(raisedBy, "raisedBy");
    Objects.requireNonNull(raisedAt, "raisedAt");
  }

  /** Whether the blocker is still open. */
  public boolean isOpen() {
    return resolvedAt == null;
  }

  /** This blocker, resolved. */
  public Blocker resolve(String by, Instant at, String how) {
    return new Blocker(id, goalId, description, raisedBy, raisedAt, by, at, how);
  }
}
