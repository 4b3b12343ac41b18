package dev.sessionhub.error;

/**
 * A write named a version of a session that is no longer current: somebody else changed it
 * first. Nothing was written. Reload, reapply the change and try again.
 */
public class ConflictException extends SessionHubException {

  private static final long serialVersionUID = 1L;

  private final String sessionId;
  private final long expectedVersion;
  private final long actualVersion;

  /**
   * @param sessionId the session written
   * @param expectedVersion the version the writer read
   * @param actualVersion the version stored now ({@code -1} when it is unknown to the store)
   */
  public ConflictException(String sessionId, long expectedVersion, long actualVersion) {
    super("session " + sessionId + " was changed concurrently: expected version " + expectedVersion
        + " but it is at version " + actualVersion);
    this.sessionId = sessionId;
    this.expectedVersion = expectedVersion;
    this.actualVersion = actualVersion;
  }

  /** The session written. */
  public String sessionId() {
    return sessionId;
  }

  /** The version the writer read. */
  public long expectedVersion() {
    return expectedVersion;
  }

  /** The version stored now, or {@code -1} when the store could not tell. */
  public long actualVersion() {
    return actualVersion;
  }
}
