package dev.sessionhub.cache.redis;

import dev.sessionhub.error.ValidationException;
import dev.sessionhub.json.SessionJson;
import dev.sessionhub.model.Session;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;

/**
 * The Redis level: one hash per session, {@code <prefix>s:{<id>}} with fields {@code v} (the
 * version) and {@code d} (the session in core's JSON form; absent in a forgotten entry, which
 * keeps its version as a floor), every key with a ttl. The hash tag
 * keeps everything of one session in one cluster slot; the scripts touch one key each. No other
 * key refers to a session: nothing to leak when entries expire. Calls go through the breaker and
 * never throw.
 */
final class RedisLevel {

  private static final Logger LOG = LoggerFactory.getLogger(RedisLevel.class);
  private static final byte[] DATA = bytes("d");

  /**
   * Compare-and-set: stores the snapshot unless a higher version is stored, and returns
   * {@code {stored, previous}}: 1 and the version replaced (-1 if none), or 0 and the higher
   * version kept. Versions are compared as numbers (exact up to 2^53).
   */
  private static final byte[] CAS = bytes("""
      local cur = redis.call('HGET', KEYS[1], 'v')
      if cur and tonumber(cur) > tonumber(ARGV[1]) then return {0, cur} end
      redis.call('HSET', KEYS[1], 'v', ARGV[1], 'd', ARGV[2])
      redis.call('PEXPIRE', KEYS[1], ARGV[3])
      return {1, cur or '-1'}
      """);

  /**
   * Forgets the snapshot but keeps a version floor: the entry keeps {@code v} (the higher of the
   * stored one and ARGV[1]) without data, so it reads as a miss and the compare-and-set still
   * refuses anything older. Deleting the key instead would let a reader that loaded an old
   * snapshot from the store before the change put it back afterwards. ARGV[1] = -1 keeps the
   * stored version (when there is none, there is nothing to forget).
   */
  private static final byte[] FORGET = bytes("""
      local cur = redis.call('HGET', KEYS[1], 'v')
      local keep = ARGV[1]
      if cur and tonumber(cur) > tonumber(keep) then keep = cur end
      if tonumber(keep) < 0 then return 0 end
      redis.call('HSET', KEYS[1], 'v', keep)
      redis.call('HDEL', KEYS[1], 'd')
      redis.call('PEXPIRE', KEYS[1], ARGV[2])
      return 1
      """);

  /** The outcome of a compare-and-set: whether it stored, and the version it replaced or kept. */
  record Cas(boolean stored, long other) {}

  private final UnifiedJedis jedis;
  private final String prefix;
  private final byte[] ttlMillis;
  private final Breaker breaker;
  private final SessionJson json = SessionJson.create();
  private final LongAdder hits = new LongAdder();
  private final LongAdder misses = new LongAdder();

  RedisLevel(UnifiedJedis jedis, String prefix, Duration ttl, Breaker breaker) {
    this.jedis = jedis;
    this.prefix = prefix;
    this.ttlMillis = bytes(Long.toString(ttl.toMillis()));
    this.breaker = breaker;
  }

  byte[] key(String sessionId) {
    return bytes(prefix + "s:{" + sessionId + "}");
  }

  /** The stored snapshot; null on a miss, when Redis is unavailable, or for an unreadable value (then forgotten). */
  @Nullable Session get(String sessionId) {
    byte[] key = key(sessionId);
    byte[] data = breaker.call(() -> jedis.hget(key, DATA), null);
    if (data == null) {
      misses.increment();
      return null;
    }
    try {
      Session s = json.readSession(data);
      if (!s.id().equals(sessionId)) {
        throw ValidationException.of("id", "is " + s.id() + " under the key of " + sessionId);
      }
      hits.increment();
      return s;
    } catch (ValidationException e) {
      LOG.warn("unreadable cache entry for session {} forgotten: {}", sessionId, e.getMessage());
      misses.increment();
      forget(sessionId, DirtySet.ANY);
      return null;
    }
  }

  /** The compare-and-set; null when Redis is unavailable. */
  @Nullable Cas put(Session s) {
    byte[] key = key(s.id());
    List<byte[]> args = List.of(bytes(Long.toString(s.version())), json.writeSessionBytes(s), ttlMillis);
    return breaker.call(() -> {
      List<?> reply = (List<?>) jedis.eval(CAS, List.of(key), args);
      return new Cas(((Long) reply.get(0)) == 1L, Long.parseLong(new String((byte[]) reply.get(1), StandardCharsets.UTF_8)));
    }, null);
  }

  /**
   * Forgets the snapshot of the session, keeping {@code version} (or the stored version, if
   * higher; {@link DirtySet#ANY}: the stored one) as a floor; false when Redis is unavailable.
   */
  boolean forget(String sessionId, long version) {
    return forget(sessionId, version, false);
  }

  /** {@link #forget(String, long)}; with {@code probe}, tried even when the breaker is open. */
  boolean forget(String sessionId, long version, boolean probe) {
    byte[] key = key(sessionId);
    List<byte[]> args = List.of(bytes(Long.toString(version)), ttlMillis);
    java.util.function.Supplier<Boolean> call = () -> jedis.eval(FORGET, List.of(key), args) != null;
    return Boolean.TRUE.equals(probe ? breaker.attempt(call, false) : breaker.call(call, false));
  }

  /**
   * Deletes every session entry under the prefix (SCAN, then DEL in batches); false when Redis
   * became unavailable on the way. On a cluster client, SCAN visits every primary.
   */
  boolean deleteAll() {
    ScanParams match = new ScanParams().match(prefix + "s:{*").count(1_000);
    Boolean done = breaker.call(() -> {
      String cursor = ScanParams.SCAN_POINTER_START;
      do {
        ScanResult<String> page = jedis.scan(cursor, match);
        for (String key : page.getResult()) {
          jedis.del(key);
        }
        cursor = page.getCursor();
      } while (!cursor.equals(ScanParams.SCAN_POINTER_START));
      return true;
    }, false);
    return Boolean.TRUE.equals(done);
  }

  long hits() {
    return hits.sum();
  }

  long misses() {
    return misses.sum();
  }

  static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
