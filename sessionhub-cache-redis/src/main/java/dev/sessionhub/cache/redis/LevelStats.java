package dev.sessionhub.cache.redis;

/**
 * What one level of a {@link TwoLevelSessionCache} has done since the cache was created: an
 * immutable value. Counts only grow, so a metrics registry can publish each as a counter.
 *
 * @param hits reads this level answered
 * @param misses reads this level could not answer (for the Redis level: also reads skipped
 *     because Redis was unavailable)
 * @param evictions entries the level dropped on its own (size or age). The local level counts
 *     them; the Redis level reports 0, as Redis evicts and expires on the server without telling
 *     the client (see the server's {@code INFO stats}: {@code evicted_keys}, {@code expired_keys})
 * @param errors failed calls to the level (for the Redis level: connection failures, timeouts,
 *     refused commands and unreadable entries; the local level has none)
 */
public record LevelStats(long hits, long misses, long evictions, long errors) {

  /**
   * Checks that no count is negative.
   *
   * @throws IllegalArgumentException if a count is negative
   */
  public LevelStats {
    if (hits < 0 || misses < 0 || evictions < 0 || errors < 0) {
      throw new IllegalArgumentException("level counts must not be negative: hits " + hits + ", misses " + misses
          + ", evictions " + evictions + ", errors " + errors);
    }
  }

  /** Hits plus misses. */
  public long requests() {
    return hits + misses;
  }

  /** Hits over requests, from 0 to 1; 1 when there was no request yet. */
  public double hitRate() {
    long requests = requests();
    return requests == 0 ? 1.0 : (double) hits / requests;
  }
}
