package dev.sessionhub.spi;

import static dev.sessionhub.testing.Snapshots.session;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sessionhub.model.Session;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("SessionCache's default invalidateOlderThan")
class SessionCacheDefaultsTest {

  /** A cache implementing only the three required methods, as a third party's might. */
  private static final class MapCache implements SessionCache {
    final Map<String, Session> map = new ConcurrentHashMap<>();

    @Override
    public Optional<Session> get(String sessionId) {
      return Optional.ofNullable(map.get(sessionId));
    }

    @Override
    public void put(Session session) {
      map.merge(session.id(), session, (a, b) -> a.version() >= b.version() ? a : b);
    }

    @Override
    public void invalidate(String sessionId) {
      map.remove(sessionId);
    }
  }


  @Test
  @DisplayName("forgets an older snapshot and keeps an equal or newer one")
  void olderOnly() {
    MapCache cache = new MapCache();
    cache.put(session("old", 1));
    cache.put(session("same", 2));
    cache.put(session("newer", 3));

    cache.invalidateOlderThan("old", 2);
    cache.invalidateOlderThan("same", 2);
    cache.invalidateOlderThan("newer", 2);
    cache.invalidateOlderThan("absent", 2);

    assertThat(cache.map.keySet()).containsExactlyInAnyOrder("same", "newer");
  }
}
