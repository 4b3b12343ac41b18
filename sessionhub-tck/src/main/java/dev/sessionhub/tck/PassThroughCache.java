package dev.sessionhub.tck;

import dev.sessionhub.model.Session;
import dev.sessionhub.spi.SessionCache;
import java.util.Optional;

/** A cache that holds nothing, so every read of the facade tests reaches the store under test. */
final class PassThroughCache implements SessionCache {

  @Override
  public Optional<Session> get(String sessionId) {
    return Optional.empty();
  }

  @Override
  public void put(Session session) {}

  @Override
  public void invalidate(String sessionId) {}
}
