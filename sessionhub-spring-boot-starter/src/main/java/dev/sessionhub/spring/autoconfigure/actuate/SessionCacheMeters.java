package dev.sessionhub.spring.autoconfigure.actuate;

import dev.sessionhub.cache.LocalSessionCache;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.Objects;

/**
 * The local session cache's meters, from {@link LocalSessionCache#stats()}: counters
 * {@code sessionhub.cache.hits}, {@code .misses} and {@code .evictions}, and gauges
 * {@code sessionhub.cache.hit.ratio} (hits over lookups since start; 1 before the first lookup)
 * and {@code sessionhub.cache.size} (approximate). Reading them reads a few counters.
 */
public final class SessionCacheMeters implements MeterBinder {

  private final LocalSessionCache cache;

  /**
   * Meters of {@code cache}.
   *
   * @param cache the local cache
   */
  public SessionCacheMeters(LocalSessionCache cache) {
    this.cache = Objects.requireNonNull(cache, "cache");
  }

  @Override
  public void bindTo(MeterRegistry registry) {
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
