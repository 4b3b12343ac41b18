package dev.sessionhub.cache.redis;

import dev.sessionhub.spi.SessionCache;

/**
 * A {@link SessionCache} of two levels: core's local cache in this process in front of Redis,
 * shared by every instance. Build one with {@link RedisCaches#builder}; hand it to
 * {@code SessionHubBuilder.cache(..)}; close it after the hub.
 *
 * <p>Reads try the local level, then Redis, then report a miss (the hub then reads the store and
 * puts what it read). A put compares versions in Redis atomically (a Lua script), so an older
 * snapshot never replaces a newer one there; when it stores a newer version it publishes an
 * invalidation and returns only once every instance has applied it to its local level (or can
 * no longer trust its local level). So once a write is acknowledged, no instance reads an older
 * snapshot from either level. The exact guarantee, and what staleness remains, is in the
 * module's README.
 *
 * <p>When Redis is unavailable, slow or restarted, calls go straight on as misses (the hub reads
 * the store), nothing throws, one warning is logged per outage, and the cache resumes by itself
 * when Redis is back. Thread-safe.
 */
public interface TwoLevelSessionCache extends SessionCache, AutoCloseable {

  /** What each level has done so far. Cheap: it reads counters. */
  TwoLevelCacheStats stats();

  /**
   * Whether the cache is fully in service: Redis answers, the invalidation channel is live, and
   * nothing changed during an outage is waiting to be repaired. For health checks.
   */
  boolean redisAvailable();

  /** Stops the cache's threads and its subscription; the Redis client stays the host's. Idempotent. */
  @Override
  void close();
}
