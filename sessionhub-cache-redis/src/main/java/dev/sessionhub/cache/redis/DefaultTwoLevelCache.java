package dev.sessionhub.cache.redis;

import dev.sessionhub.cache.CacheStats;
import dev.sessionhub.cache.LocalSessionCache;
import dev.sessionhub.cache.SessionCaches;
import dev.sessionhub.model.Session;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;
import redis.clients.jedis.UnifiedJedis;

/**
 * The two-level cache: core's local cache, Redis through {@link RedisLevel}, kept coherent by
 * the {@link InvalidationBus}. The local level is replaced by an empty one when everything must
 * be forgotten (the local cache has no clear); counts of the retired ones are kept.
 */
final class DefaultTwoLevelCache implements TwoLevelSessionCache, InvalidationBus.Receiver {

  private final long localSize;
  private final Duration ttl;
  private final Breaker breaker;
  private final RedisLevel redis;
  private final InvalidationBus bus;
  private final LongAdder retiredHits = new LongAdder();
  private final LongAdder retiredMisses = new LongAdder();
  private final LongAdder retiredEvictions = new LongAdder();
  private volatile LocalSessionCache local;
  private volatile boolean closed;

  DefaultTwoLevelCache(UnifiedJedis jedis, String prefix, long localSize, Duration ttl, Duration lease,
      Duration pingInterval, Duration retryAfter, String instanceId) {
    this.localSize = localSize;
    this.ttl = ttl;
    this.local = SessionCaches.local(localSize, ttl);
    this.breaker = new Breaker("Redis cache " + prefix, retryAfter);
    this.redis = new RedisLevel(jedis, prefix, ttl, breaker);
    this.bus = new InvalidationBus(jedis, breaker, redis, this, prefix, instanceId, pingInterval, lease);
  }

  @Override
  public Optional<Session> get(String sessionId) {
    Objects.requireNonNull(sessionId, "sessionId");
    LocalSessionCache l1 = local;
    if (bus.fresh()) {
      Optional<Session> hit = l1.get(sessionId);
      // The level may have been replaced (cleared) meanwhile; invalidations go to the new one only.
      if (hit.isPresent() && local == l1) {
        return hit;
      }
    }
    if (bus.quarantined()) {
      return Optional.empty();
    }
    long mark = bus.mark(sessionId);
    Session s = redis.get(sessionId);
    if (s == null) {
      return Optional.empty();
    }
    keepLocally(l1, s, mark);
    return Optional.of(s);
  }

  /**
   * Puts what was read into the local level, unless the level is not trusted. An invalidation
   * applied before the put left a version floor that refuses it; one applied after replaces it.
   * An invalidation that arrived meanwhile (the mark moved) may still name no version, or its floor
   * may have been evicted, so the put is then taken back with a floor just above it. Never by
   * removing the entry: that would drop a floor another reader's slower put of an older
   * snapshot relies on, and for the moment between that put and its own take-back, readers that
   * started after the newer version was acknowledged would be served the older one.
   */
  private void keepLocally(LocalSessionCache l1, Session s, long mark) {
    if (!bus.fresh()) {
      return;
    }
    l1.put(s);
    if (bus.mark(s.id()) != mark) {
      l1.invalidateOlderThan(s.id(), s.version() + 1);
    }
  }

  @Override
  public void put(Session session) {
    Objects.requireNonNull(session, "session");
    String id = session.id();
    RedisLevel.Cas cas = redis.put(session);
    if (cas != null && !cas.stored()) {
      local.invalidateOlderThan(id, cas.other());
      // Redis holds a newer version, whose writer may still be waiting for the other instances to
      // acknowledge its invalidation: this put's write is acknowledged when it returns, so it
      // must not return before every instance dropped what is older than that newer version
      // (two appends to one session on one instance, the second put first, read stale here).
      bus.invalidate(id, cas.other());
      return;
    }
    // Stored, or Redis unavailable: the newest version known here. This instance's own
    // invalidations do not come back to it, so mark the session changed (a slower put of an older
    // version on another thread then drops what it put) and set a floor in the current local level.
    bus.touch(id);
    local.invalidateOlderThan(id, session.version());
    keepLocally(local, session, bus.mark(id));
    if (cas == null) {
      bus.unconfirmed(id, session.version());
    } else {
      // Also when Redis already held this version: the thread that put it (a reader that loaded
      // it from the store, say) may still be waiting for the acknowledgements.
      bus.invalidate(id, session.version());
    }
  }

  @Override
  public void invalidate(String sessionId) {
    Objects.requireNonNull(sessionId, "sessionId");
    local.invalidate(sessionId);
    if (!redis.forget(sessionId, DirtySet.ANY)) {
      bus.unconfirmed(sessionId, DirtySet.ANY);
      return;
    }
    bus.invalidate(sessionId, DirtySet.ANY);
  }

  /** Only the local level: the writer already gave Redis the new version. */
  @Override
  public void invalidateOlderThan(String sessionId, long version) {
    local.invalidateOlderThan(Objects.requireNonNull(sessionId, "sessionId"), version);
  }

  @Override
  public void olderThan(String sessionId, long version) {
    if (version == DirtySet.ANY) {
      local.invalidate(sessionId);
    } else {
      local.invalidateOlderThan(sessionId, version);
    }
  }

  @Override
  public void clearAll() {
    LocalSessionCache old = local;
    local = SessionCaches.local(localSize, ttl);
    CacheStats s = old.stats();
    retiredHits.add(s.hits());
    retiredMisses.add(s.misses());
    retiredEvictions.add(s.evictions());
  }

  @Override
  public TwoLevelCacheStats stats() {
    CacheStats l1 = local.stats();
    LevelStats localStats = new LevelStats(retiredHits.sum() + l1.hits(), retiredMisses.sum() + l1.misses(),
        retiredEvictions.sum() + l1.evictions(), 0);
    LevelStats redisStats = new LevelStats(redis.hits(), redis.misses(), 0, breaker.errors());
    return new TwoLevelCacheStats(localStats, redisStats, breaker.outages(), bus.sent(), bus.received(), bus.timeouts());
  }

  @Override
  public boolean redisAvailable() {
    return !closed && bus.healthy();
  }

  @Override
  public void close() {
    if (!closed) {
      closed = true;
      bus.close();
    }
  }

  @Override
  public String toString() {
    return "TwoLevelSessionCache[" + breaker + "]";
  }
}
