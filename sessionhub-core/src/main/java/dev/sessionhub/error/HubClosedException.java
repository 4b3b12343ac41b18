package dev.sessionhub.error;

/**
 * The {@code SessionHub} was closed: every operation on it after {@code close()} throws this,
 * and changes nothing. Build a new hub to go on.
 */
public class HubClosedException extends SessionHubException {

  private static final long serialVersionUID = 1L;

  /** With a message saying which operation was refused. */
  public HubClosedException(String message) {
    super(message);
  }
}
