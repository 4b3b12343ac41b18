package dev.sessionhub.internal.cache;

import dev.sessionhub.model.Session;
import dev.sessionhub.spi.SessionCache;
import java.util.Optional;

/**
 * A {@link SessionCache} that keeps nothing: every get is a miss. Stateless, so thread-safe.
 * Public as {@link dev.sessionhub.cache.SessionCaches#none()}.
 */
public final class NoCache implements SessionCache {

  private static final NoCache NONE = new NoCache();

  private NoCache() {}

  /** The cache that keeps nothing. */
  public static SessionCache none() {
    return NONE;
  }

  @Override
  public Optional<Session> get(String sessionId) {
    return Optional.empty();
  }

  @Override
  public void put(Session session) {
    // keeps nothing
  }

  @Override
  public void invalidate(String sessionId) {
    // nothing to forget
  }

  @Override
  public void invalidateOlderThan(String sessionId, long version) {
    // nothing to forget
  }
}
