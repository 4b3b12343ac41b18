package dev.sessionhub.spring.redis;

import dev.sessionhub.cache.redis.TwoLevelCacheStats;
import dev.sessionhub.cache.redis.TwoLevelSessionCache;
import java.util.Objects;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The health of SessionHub's Redis ({@code sessionHubRedis}): UP when the two-level cache is
 * fully in service ({@link TwoLevelSessionCache#redisAvailable()}: Redis answers, the invalidation
 * channel is live, nothing waits for repair), DOWN otherwise; the hub keeps working on its store
 * meanwhile. Details: the cache's statistics. Cheap: it reads flags and counters, no round trip.
 */
public final class RedisHealthIndicator implements HealthIndicator {

  private final TwoLevelSessionCache cache;

  /**
   * An indicator for {@code cache}.
   *
   * @param cache the two-level cache
   */
  public RedisHealthIndicator(TwoLevelSessionCache cache) {
    this.cache = Objects.requireNonNull(cache, "cache");
  }

  @Override
  public Health health() {
    TwoLevelCacheStats stats = cache.stats();
    Health.Builder health = cache.redisAvailable() ? Health.up() : Health.down();
    return health.withDetail("outages", stats.outages()).withDetail("redisErrors", stats.redis().errors())
        .withDetail("localHits", stats.local().hits()).withDetail("redisHits", stats.redis().hits())
        .withDetail("misses", stats.redis().misses()).build();
  }
}
