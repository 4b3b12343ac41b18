package dev.sessionhub.internal.cache;

import static dev.sessionhub.internal.cache.CaffeineSessionCacheTest.session;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sessionhub.spi.SessionCache;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("NoCache")
class NoCacheTest {

  @Test
  @DisplayName("keeps nothing: every get is a miss")
  void keepsNothing() {
    SessionCache none = NoCache.none();
    none.put(session("s1", 1));
    none.invalidate("s2");

    assertThat(none.get("s1")).isEmpty();
  }
}
