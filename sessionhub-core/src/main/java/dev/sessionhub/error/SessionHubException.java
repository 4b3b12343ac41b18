package dev.sessionhub.error;

/** The root of every exception SessionHub throws on purpose. Unchecked. */
public class SessionHubException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** With a message. */
  public SessionHubException(String message) {
    super(message);
  }

  /** With a message and a cause. */
  public SessionHubException(String message, Throwable cause) {
    super(message, cause);
  }
}
