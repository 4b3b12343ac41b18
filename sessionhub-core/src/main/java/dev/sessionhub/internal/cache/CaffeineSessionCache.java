package dev.sessionhub.internal.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.sessionhub.cache.CacheStats;
import dev.sessionhub.cache.LocalSessionCache;
import dev.sessionhub.model.Session;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.LongAdder;
import org.jspecify.annotations.Nullable;

/**
 * A local session cache on Caffeine, bounded in size and in age: entries are evicted beyond
 * {@code maximumSize} and expire {@code ttl} after they were last written.
 *
 * <p>Thread-safe. {@link #put} keeps the higher version of a session with a compare-and-set
 * loop on the cache's map view: it replaces only the exact value it compared against, so racing
 * puts of two versions leave the higher. It does not use {@code merge} or {@code compute}:
 * Caffeine restarts the ttl of an entry even when the remapping function keeps the old value, so
 * a stale put would keep an old entry alive longer.
 *
 * <p>A value is a {@link Session} or a {@link Floor}: {@link #invalidateOlderThan} replaces an
 * older snapshot (or nothing) with a floor, which reads as a miss and refuses puts below its
 * version, so a reader that loaded the old snapshot before another instance's change cannot put
 * it back afterwards. Hits, misses and evictions are counted here rather than by Caffeine, so a
 * floor counts as a miss and its eviction as nothing.
 */
public final class CaffeineSessionCache implements LocalSessionCache {

  /** "Version {@code version} exists elsewhere": a miss that refuses older snapshots. */
  private record Floor(long version) {}

  private final Cache<String, Object> cache;
  private final LongAdder hits = new LongAdder();
  private final LongAdder misses = new LongAdder();
  private final LongAdder evictions = new LongAdder();

  /**
   * A cache of at most {@code maximumSize} sessions, each kept at most {@code ttl}.
   *
   * @throws IllegalArgumentException if the size is negative or the ttl is negative
   */
  public CaffeineSessionCache(long maximumSize, Duration ttl) {
    // Maintenance runs on the calling thread: handing every put to the common pool woke a
    // second thread per write and cost ~20% of a create (docs/benchmarks.md).
    this(maximumSize, ttl, Ticker.systemTicker(), Runnable::run);
  }

  /** For tests: a cache reading time from {@code ticker} and doing maintenance on {@code executor}. */
  CaffeineSessionCache(long maximumSize, Duration ttl, Ticker ticker, Executor executor) {
    this.cache = Caffeine.newBuilder()
        .maximumSize(maximumSize)
        .expireAfterWrite(Objects.requireNonNull(ttl, "ttl"))
        .ticker(ticker)
        .executor(executor)
        .evictionListener(this::evicted)
        .build();
  }

  private void evicted(@Nullable String key, @Nullable Object value, RemovalCause cause) {
    if (value instanceof Session) {
      evictions.increment();
    }
  }

  @Override
  public Optional<Session> get(String sessionId) {
    Object value = cache.getIfPresent(Objects.requireNonNull(sessionId, "sessionId"));
    if (value instanceof Session s) {
      hits.increment();
      return Optional.of(s);
    }
    misses.increment();
    return Optional.empty();
  }

  @Override
  public void put(Session session) {
    Objects.requireNonNull(session, "session");
    ConcurrentMap<String, Object> map = cache.asMap();
    while (!tryPut(map, session)) {
      Thread.onSpinWait();
    }
  }

  /**
   * One attempt: stores {@code given} unless a higher version (or floor) is cached; a tie
   * replaces, which restarts the ttl. False when another put changed the entry in between.
   */
  private static boolean tryPut(ConcurrentMap<String, Object> map, Session given) {
    Object cached = map.get(given.id());
    if (cached == null) {
      return map.putIfAbsent(given.id(), given) == null;
    }
    return versionOf(cached) > given.version() || map.replace(given.id(), cached, given);
  }

  private static long versionOf(Object value) {
    return value instanceof Session s ? s.version() : ((Floor) value).version();
  }

  @Override
  public void invalidate(String sessionId) {
    cache.invalidate(Objects.requireNonNull(sessionId, "sessionId"));
  }

  @Override
  public void invalidateOlderThan(String sessionId, long version) {
    Objects.requireNonNull(sessionId, "sessionId");
    ConcurrentMap<String, Object> map = cache.asMap();
    Floor floor = new Floor(version);
    while (true) {
      Object cached = map.get(sessionId);
      if (cached == null ? map.putIfAbsent(sessionId, floor) == null
          : versionOf(cached) >= version || map.replace(sessionId, cached, floor)) {
        return;
      }
      Thread.onSpinWait();
    }
  }

  @Override
  public CacheStats stats() {
    return new CacheStats(hits.sum(), misses.sum(), evictions.sum());
  }

  @Override
  public long estimatedSize() {
    return cache.estimatedSize();
  }

  /** For tests: runs pending maintenance such as eviction now. */
  void cleanUp() {
    cache.cleanUp();
  }
}
