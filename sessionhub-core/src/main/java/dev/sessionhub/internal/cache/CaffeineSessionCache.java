package dev.sessionhub.internal.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.sessionhub.model.Session;
import dev.sessionhub.spi.SessionCache;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executor;

/**
 * A local {@link SessionCache} on Caffeine, bounded in size and in age: entries are evicted
 * beyond {@code maximumSize} and expire {@code ttl} after they were last written.
 *
 * <p>Thread-safe. {@link #put} keeps the higher version of a session with a compare-and-set
 * loop on the cache's map view: it replaces only the exact snapshot it compared against, so
 * racing puts of two versions leave the higher. It does not use {@code merge} or
 * {@code compute}: Caffeine restarts the ttl of an entry even when the remapping function keeps
 * the old value, so a stale put would keep an old entry alive longer.
 */
public final class CaffeineSessionCache implements SessionCache {

  private final Cache<String, Session> cache;

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
        .build();
  }

  @Override
  public Optional<Session> get(String sessionId) {
    return Optional.ofNullable(cache.getIfPresent(Objects.requireNonNull(sessionId, "sessionId")));
  }

  @Override
  public void put(Session session) {
    Objects.requireNonNull(session, "session");
    ConcurrentMap<String, Session> map = cache.asMap();
    while (!tryPut(map, session)) {
      Thread.onSpinWait();
    }
  }

  /**
   * One attempt: stores {@code given} unless a higher version is cached; a tie replaces, which
   * restarts the ttl. False when another put changed the entry in between.
   */
  private static boolean tryPut(ConcurrentMap<String, Session> map, Session given) {
    Session cached = map.get(given.id());
    if (cached == null) {
      return map.putIfAbsent(given.id(), given) == null;
    }
    return cached.version() > given.version() || map.replace(given.id(), cached, given);
  }

  @Override
  public void invalidate(String sessionId) {
    cache.invalidate(Objects.requireNonNull(sessionId, "sessionId"));
  }

  /** For tests: runs pending maintenance such as eviction now. */
  void cleanUp() {
    cache.cleanUp();
  }
}
