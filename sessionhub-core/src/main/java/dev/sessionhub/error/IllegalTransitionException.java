package dev.sessionhub.error;

import dev.sessionhub.model.LifecycleAction;
import dev.sessionhub.model.SessionStatus;

/** A lifecycle action is not allowed from the session's current state. Nothing was written. */
public class IllegalTransitionException extends SessionHubException {

  private static final long serialVersionUID = 1L;

  private final String sessionId;
  private final SessionStatus from;
  private final LifecycleAction action;

  /** For the session, its current state and the action refused. */
  public IllegalTransitionException(String sessionId, SessionStatus from, LifecycleAction action) {
    super("session " + sessionId + " is " + from + ": cannot " + action);
    this.sessionId = sessionId;
    this.from = from;
    this.action = action;
  }

  /** The session. */
  public String sessionId() {
    return sessionId;
  }

  /** Its state when the action was refused. */
  public SessionStatus from() {
    return from;
  }

  /** The action refused. */
  public LifecycleAction action() {
    return action;
  }
}
