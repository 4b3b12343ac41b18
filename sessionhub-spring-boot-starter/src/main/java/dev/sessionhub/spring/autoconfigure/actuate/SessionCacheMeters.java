package dev.sessionhub.spring.autoconfigure.actuate;

import dev.sessionhub.cache.LocalSessionCache;
import dev.sessionhub.spi.SessionCache;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.Objects;

/**
 * The local session cache's meters, from {@link LocalSessionCache#stats()}: counters
 * {@code sessionhub.cache.hits}, {@code .misses} and {@code .evictions}, and gauges
 * {@code sessionhub.cache.hit.ratio} (hits over lookups since start; 1 before the first lookup)
 * and {@code sessionhub.cache.size} (approximate). Reading them reads a few counters. Binds
 * nothing for a cache that is not a {@link LocalSessionCache} (none, or a host's own).
 */
public final class SessionCacheMeters implements MeterBinder {

  private final SessionCache sessionCache;

  /**
   * Meters of {@code cache}.
   *
   * @param cache the session cache
   */
  public SessionCacheMeters(SessionCache cache) {
    this.sessionCache = Objects.requireNonNull(cache, "cache");
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    if (!(sessionCache instanceof LocalSessionCache cache)) {
      return;
    }
    FunctionCounter.builder("sessionhub.cache.hits", cache, c -> c.stats().hits())
        .description("Session cache lookups that found a session").register(registry);
    FunctionCounter.builder("sessionhub.cache.misses", cache, c -> c.stats().misses())
        .description("Session cache lookups that found nothing").register(registry);
    FunctionCounter.builder("sessionhub.cache.evictions", cache, c -> c.stats().evictions())
        .description("Sessions the cache dropped because it was full or they expired").register(registry);
    Gauge.builder("sessionhub.cache.hit.ratio", cache, c -> c.stats().hitRate())
        .description("Session cache hits over lookups since start").register(registry);
    Gauge.builder("sessionhub.cache.size", cache, LocalSessionCache::estimatedSize)
        .description("Sessions in the cache, approximately").register(registry);
  }
}
