package dev.sessionhub.cache;

import static dev.sessionhub.testing.Snapshots.session;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sessionhub.NewSession;
import dev.sessionhub.SessionHub;
import dev.sessionhub.model.Session;
import dev.sessionhub.spi.SessionCache;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("SessionCaches, the public factory")
class SessionCachesTest {


  @Test
  @DisplayName("local() is a bounded cache that keeps the higher version and counts what it does")
  void local() {
    LocalSessionCache cache = SessionCaches.local(10, Duration.ofMinutes(1));
    cache.put(session("s1", 2));
    cache.put(session("s1", 1));

    assertThat(cache.get("s1")).map(Session::version).contains(2L);
    assertThat(cache.get("s2")).isEmpty();
    for (int i = 0; i < 100; i++) {
      cache.put(session("x" + i, 1));
    }
    assertThat(cache.estimatedSize()).isLessThanOrEqualTo(10);
    assertThat(cache.stats().hits()).isEqualTo(1);
    assertThat(cache.stats().misses()).isEqualTo(1);
    assertThat(cache.stats().evictions()).isGreaterThanOrEqualTo(91);
  }

  @Test
  @DisplayName("a hub's reads show in the local cache's statistics")
  void statsThroughAHub() {
    LocalSessionCache cache = SessionCaches.local(100, Duration.ofMinutes(1));
    SessionHub hub = SessionHub.builder().cache(cache).build();
    Session s = hub.create("ann", NewSession.named("cached"));
    hub.get("ann", s.id());
    hub.get("ann", s.id());

    assertThat(cache.stats().hits()).isEqualTo(2);
  }

  @Test
  @DisplayName("none() keeps nothing")
  void none() {
    SessionCache none = SessionCaches.none();
    none.put(session("s1", 1));
    none.invalidateOlderThan("s1", 1);

    assertThat(none.get("s1")).isEmpty();
    assertThat(SessionCaches.none()).isSameAs(none);
  }

  @Test
  @DisplayName("local() rejects a negative size or ttl")
  void rejects() {
    assertThatThrownBy(() -> SessionCaches.local(-1, Duration.ofMinutes(1))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SessionCaches.local(1, Duration.ofMinutes(-1))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("CacheStats: counts are never negative; the hit rate of no request is 1")
  void stats() {
    assertThat(CacheStats.empty().hitRate()).isEqualTo(1.0);
    assertThat(new CacheStats(3, 1, 0).requests()).isEqualTo(4);
    assertThat(new CacheStats(3, 1, 0).hitRate()).isEqualTo(0.75);
    assertThatThrownBy(() -> new CacheStats(0, -1, 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
