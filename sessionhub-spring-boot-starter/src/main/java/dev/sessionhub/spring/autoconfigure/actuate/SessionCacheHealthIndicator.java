package dev.sessionhub.spring.autoconfigure.actuate;

import dev.sessionhub.cache.CacheStats;
import dev.sessionhub.cache.LocalSessionCache;
import dev.sessionhub.spi.SessionCache;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * UP when the session cache answers a lookup (for a remote cache, a round trip to its server),
 * with the local cache's statistics as details; DOWN with the failure otherwise.
 */
public final class SessionCacheHealthIndicator implements HealthIndicator {

  private final SessionCache cache;

  /**
   * An indicator for {@code cache}.
   *
   * @param cache the cache to probe
   */
  public SessionCacheHealthIndicator(SessionCache cache) {
    this.cache = cache;
  }

  @Override
  public Health health() {
    try {
      cache.get(Probes.PROBE_ID);
    } catch (RuntimeException e) {
      return Probes.down(e, "look one session up");
    }
    Health.Builder up = Health.up().withDetail("cache", cache.getClass().getSimpleName());
    if (cache instanceof LocalSessionCache local) {
      CacheStats stats = local.stats();
      up.withDetail("size", local.estimatedSize()).withDetail("hits", stats.hits())
          .withDetail("misses", stats.misses()).withDetail("evictions", stats.evictions())
          .withDetail("hitRate", stats.hitRate());
    }
    return up.build();
  }
}
