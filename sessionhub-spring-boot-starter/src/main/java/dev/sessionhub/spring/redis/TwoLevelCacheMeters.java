package dev.sessionhub.spring.redis;

import dev.sessionhub.cache.redis.LevelStats;
import dev.sessionhub.cache.redis.TwoLevelCacheStats;
import dev.sessionhub.cache.redis.TwoLevelSessionCache;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.Objects;
import java.util.function.ToLongFunction;

/**
 * The two-level cache's meters, per level (tag {@code level} = {@code local} or {@code redis}):
 * counters {@code sessionhub.cache.hits}, {@code .misses}, {@code .evictions} and
 * {@code .errors}; counters {@code sessionhub.cache.redis.outages} and
 * {@code sessionhub.cache.redis.invalidations} (tag {@code direction} = {@code sent},
 * {@code received}, {@code timed-out}); gauge {@code sessionhub.cache.redis.available} (1 or 0).
 */
public final class TwoLevelCacheMeters implements MeterBinder {

  private final TwoLevelSessionCache cache;

  /**
   * Meters of {@code cache}.
   *
   * @param cache the two-level cache
   */
  public TwoLevelCacheMeters(TwoLevelSessionCache cache) {
    this.cache = Objects.requireNonNull(cache, "cache");
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    level(registry, "local", TwoLevelCacheStats::local);
    level(registry, "redis", TwoLevelCacheStats::redis);
    counter(registry, "sessionhub.cache.redis.outages", "Times Redis became unreachable", TwoLevelCacheStats::outages);
    invalidations(registry, "sent", TwoLevelCacheStats::invalidationsSent);
    invalidations(registry, "received", TwoLevelCacheStats::invalidationsReceived);
    invalidations(registry, "timed-out", TwoLevelCacheStats::invalidationTimeouts);
    Gauge.builder("sessionhub.cache.redis.available", cache, c -> c.redisAvailable() ? 1 : 0)
        .description("1 when Redis and the invalidation channel are in service").register(registry);
  }

  private void level(MeterRegistry registry, String level, java.util.function.Function<TwoLevelCacheStats, LevelStats> of) {
    levelCounter(registry, "sessionhub.cache.hits", "Lookups this level answered", level, s -> of.apply(s).hits());
    levelCounter(registry, "sessionhub.cache.misses", "Lookups this level could not answer", level, s -> of.apply(s).misses());
    levelCounter(registry, "sessionhub.cache.evictions", "Entries this level dropped on its own", level,
        s -> of.apply(s).evictions());
    levelCounter(registry, "sessionhub.cache.errors", "Failed calls to this level", level, s -> of.apply(s).errors());
  }

  private void levelCounter(MeterRegistry registry, String name, String description, String level,
      ToLongFunction<TwoLevelCacheStats> count) {
    FunctionCounter.builder(name, cache, c -> count.applyAsLong(c.stats())).tag("level", level).description(description)
        .register(registry);
  }

  private void invalidations(MeterRegistry registry, String direction, ToLongFunction<TwoLevelCacheStats> count) {
    FunctionCounter.builder("sessionhub.cache.redis.invalidations", cache, c -> count.applyAsLong(c.stats()))
        .tag("direction", direction).description("Invalidations between instances").register(registry);
  }

  private void counter(MeterRegistry registry, String name, String description, ToLongFunction<TwoLevelCacheStats> count) {
    FunctionCounter.builder(name, cache, c -> count.applyAsLong(c.stats())).description(description).register(registry);
  }
}
