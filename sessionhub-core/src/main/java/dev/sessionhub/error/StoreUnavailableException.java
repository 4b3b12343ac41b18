package dev.sessionhub.error;

/**
 * A store, cache or content adapter could not reach its backend (connection refused, timeout).
 * The cause carries the underlying error. Whether anything was written is stated by the adapter:
 * SessionHub's adapters write a change entirely or not at all.
 */
public class StoreUnavailableException extends SessionHubException {

  private static final long serialVersionUID = 1L;

  /** With a message naming the backend, and the underlying cause. */
  public StoreUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
