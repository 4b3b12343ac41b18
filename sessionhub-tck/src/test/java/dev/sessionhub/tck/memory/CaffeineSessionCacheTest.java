package dev.sessionhub.tck.memory;

import dev.sessionhub.internal.cache.CaffeineSessionCache;
import dev.sessionhub.spi.SessionCache;
import dev.sessionhub.tck.SessionCacheContract;
import java.time.Duration;

class CaffeineSessionCacheTest extends SessionCacheContract {

  @Override
  protected SessionCache createCache() {
    return new CaffeineSessionCache(10_000, Duration.ofHours(1));
  }
}
