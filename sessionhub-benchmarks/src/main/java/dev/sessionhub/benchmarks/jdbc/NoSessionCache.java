package dev.sessionhub.benchmarks.jdbc;

import dev.sessionhub.model.Session;
import dev.sessionhub.spi.SessionCache;
import java.util.Optional;

/**
 * A cache that never holds anything, so that every read of the hub goes to the store. (Core has
 * one, but in an internal package; this is the same few lines on the public port.)
 */
final class NoSessionCache implements SessionCache {

  @Override
  public Optional<Session> get(String sessionId) {
    return Optional.empty();
  }

  @Override
  public void put(Session session) {
    // nothing kept
  }

  @Override
  public void invalidate(String sessionId) {
    // nothing kept
  }
}
