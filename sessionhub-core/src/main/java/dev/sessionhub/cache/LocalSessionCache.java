package dev.sessionhub.cache;

import dev.sessionhub.spi.SessionCache;

/**
 * Core's local session cache: in this process's memory, bounded in size and in age, with
 * statistics. Create one with {@link SessionCaches#local(long, java.time.Duration)}; hand it to
 * {@link dev.sessionhub.SessionHubBuilder#cache(SessionCache)} or use it as the first level of a
 * two-level cache. Keep the reference to publish its {@link #stats()}.
 *
 * <p>It keeps the {@link SessionCache} contract exactly: a put never replaces a higher version,
 * also when threads race; after {@link #invalidateOlderThan(String, long)} it refuses, until the
 * entry expires or is evicted, any snapshot below the version it was told about, so a reader
 * that loaded an old snapshot before another instance's change cannot put it back. Thread-safe.
 */
public interface LocalSessionCache extends SessionCache {

  /** What the cache has done since it was created. Cheap: it reads a few counters. */
  CacheStats stats();

  /**
   * About how many entries the cache holds now, for a size gauge. Approximate: it may count
   * entries that have expired but were not yet cleaned up, and the version markers
   * {@link #invalidateOlderThan(String, long)} leaves.
   */
  long estimatedSize();
}
