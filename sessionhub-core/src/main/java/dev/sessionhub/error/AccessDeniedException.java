package dev.sessionhub.error;

import dev.sessionhub.model.Role;
import org.jspecify.annotations.Nullable;

/**
 * The acting user is a member of the session but their role does not allow the action.
 * (A user who is not a member gets {@link NotFoundException} instead, so that existence does
 * not leak.)
 */
public class AccessDeniedException extends SessionHubException {

  private static final long serialVersionUID = 1L;

  private final String action;
  private final Role required;
  private final @Nullable Role actual;

  /**
   * @param user the acting user
   * @param action the operation refused
   * @param required the least role it needs
   * @param actual the role the user holds
   */
  public AccessDeniedException(String user, String action, Role required, @Nullable Role actual) {
    super("user " + user + " may not " + action + ": it needs role " + required
        + (actual == null ? "" : " but the user is " + actual));
    this.action = action;
    this.required = required;
    this.actual = actual;
  }

  /** The operation refused. */
  public String action() {
    return action;
  }

  /** The least role the operation needs. */
  public Role required() {
    return required;
  }

  /** The role the user holds, if any. */
  public @Nullable Role actual() {
    return actual;
  }
}
