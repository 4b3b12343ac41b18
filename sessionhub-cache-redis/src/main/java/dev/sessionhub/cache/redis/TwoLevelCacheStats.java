package dev.sessionhub.cache.redis;

import java.util.Objects;

/**
 * What a {@link TwoLevelSessionCache} has done since it was created, per level and for its
 * invalidation channel: an immutable value; every count only grows.
 *
 * @param local the local level (in this process). A read while the local level is not trusted
 *     (the invalidation channel is down) skips it and is counted by neither of its counts
 * @param redis the Redis level, shared by every instance
 * @param outages times Redis became unreachable (each logged once, as one warning)
 * @param invalidationsSent invalidations this instance published
 * @param invalidationsReceived invalidations from other instances applied here
 * @param invalidationTimeouts published invalidations not acknowledged by every receiver within
 *     the lease; the write then waited the lease out
 */
public record TwoLevelCacheStats(LevelStats local, LevelStats redis, long outages, long invalidationsSent,
    long invalidationsReceived, long invalidationTimeouts) {

  /**
   * Checks the values.
   *
   * @throws NullPointerException if a level is null
   * @throws IllegalArgumentException if a count is negative
   */
  public TwoLevelCacheStats {
    Objects.requireNonNull(local, "local");
    Objects.requireNonNull(redis, "redis");
    if (outages < 0 || invalidationsSent < 0 || invalidationsReceived < 0 || invalidationTimeouts < 0) {
      throw new IllegalArgumentException("counts must not be negative");
    }
  }
}
