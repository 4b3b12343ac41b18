package dev.sessionhub.error;

import dev.sessionhub.Operation;
import dev.sessionhub.model.LifecycleAction;
import dev.sessionhub.model.SessionStatus;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The session's state does not allow the change: a lifecycle action that is not a legal move
 * from the current state (the table is in the README), or any change to an ARCHIVED session,
 * which is read-only. Nothing was written.
 */
public class IllegalTransitionException extends SessionHubException {

  private static final long serialVersionUID = 1L;

  private final String sessionId;
  private final SessionStatus from;
  private final Operation operation;
  private final @Nullable LifecycleAction action;

  /** For the session, its current state and the lifecycle action refused. */
  public IllegalTransitionException(String sessionId, SessionStatus from, LifecycleAction action) {
    super("session " + sessionId + " is " + from + ": cannot " + action
        + (from == SessionStatus.ARCHIVED ? " (an archived session is read-only)" : ""));
    this.sessionId = sessionId;
    this.from = from;
    this.operation = Operation.valueOf(action.name());
    this.action = action;
  }

  /** For the session, its current state and a change that is not a lifecycle action. */
  public IllegalTransitionException(String sessionId, SessionStatus from, Operation operation) {
    super("session " + sessionId + " is " + from + ": cannot " + Objects.requireNonNull(operation, "operation")
        + (from == SessionStatus.ARCHIVED ? " (an archived session is read-only)" : ""));
    this.sessionId = sessionId;
    this.from = from;
    this.operation = operation;
    this.action = null;
  }

  /** The session. */
  public String sessionId() {
    return sessionId;
  }

  /** Its state when the change was refused. */
  public SessionStatus from() {
    return from;
  }

  /** The operation refused. */
  public Operation operation() {
    return operation;
  }

  /** The lifecycle action refused, or {@code null} when the change was not a lifecycle action. */
  public @Nullable LifecycleAction action() {
    return action;
  }
}
