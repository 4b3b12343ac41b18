package dev.sessionhub.cache;

/**
 * Counts of what a cache has done since it was created: an immutable value, read from
 * {@link LocalSessionCache#stats()}. Counts only grow, so a metrics registry can publish each as
 * a monotonic counter; two snapshots taken apart give the activity in between.
 *
 * @param hits {@code get} calls that returned a snapshot
 * @param misses {@code get} calls that returned nothing
 * @param evictions entries the cache dropped on its own, because it was full or an entry
 *     expired (explicit invalidations and replacements by newer versions are not counted)
 */
public record CacheStats(long hits, long misses, long evictions) {

  private static final CacheStats EMPTY = new CacheStats(0, 0, 0);

  /**
   * Checks that no count is negative.
   *
   * @throws IllegalArgumentException if a count is negative
   */
  public CacheStats {
    if (hits < 0 || misses < 0 || evictions < 0) {
      throw new IllegalArgumentException(
          "cache counts must not be negative: hits " + hits + ", misses " + misses + ", evictions " + evictions);
    }
  }

  /** All counts zero. */
  public static CacheStats empty() {
    return EMPTY;
  }

  /** Every {@code get}: hits plus misses. */
  public long requests() {
    return hits + misses;
  }

  /** Hits over requests, from 0 to 1; 1 when there was no request yet (nothing was missed). */
  public double hitRate() {
    long requests = requests();
    return requests == 0 ? 1.0 : (double) hits / requests;
  }
}
