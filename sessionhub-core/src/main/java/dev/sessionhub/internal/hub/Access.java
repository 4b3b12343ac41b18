package dev.sessionhub.internal.hub;

import dev.sessionhub.Operation;
import dev.sessionhub.error.AccessDeniedException;
import dev.sessionhub.error.NotFoundException;
import dev.sessionhub.model.Role;
import dev.sessionhub.model.Session;

/** Applies the {@link Operation} matrix to a user and a session. */
final class Access {

  private Access() {}

  /**
   * The user's role, if it allows the operation.
   *
   * @throws NotFoundException when the user is not a member (no existence leak)
   * @throws AccessDeniedException when the role is too low
   */
  static Role require(String user, Session s, Operation op) {
    Role role = s.roleOf(user).orElseThrow(() -> new NotFoundException("session", s.id()));
    if (!op.allows(role)) {
      throw new AccessDeniedException(user, op.name(), op.requiredRole(), role);
    }
    return role;
  }
}
