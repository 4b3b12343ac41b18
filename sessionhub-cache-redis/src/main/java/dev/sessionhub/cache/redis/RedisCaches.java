package dev.sessionhub.cache.redis;

import java.time.Duration;
import java.util.Objects;
import java.util.UUID;
import redis.clients.jedis.UnifiedJedis;

/**
 * Builds a {@link TwoLevelSessionCache} over the host's Redis client:
 *
 * <pre>
 * UnifiedJedis redis = RedisClient.builder().hostAndPort("redis", 6379)
 *     .clientConfig(DefaultJedisClientConfig.builder().timeoutMillis(250).build()).build();
 * TwoLevelSessionCache cache = RedisCaches.builder(redis).keyPrefix("myapp:sh:").build();
 * SessionHub hub = SessionHub.builder().sessionStore(store).cache(cache)
 *     .eventTransport(RedisEventTransport.builder(redis).keyPrefix("myapp:sh:").build()).build();
 * </pre>
 *
 * <p>The client is the host's: a pooled standalone client ({@code RedisClient}) or a cluster
 * client ({@code RedisClusterClient}); the cache holds one of its connections for its
 * subscription, and closing the cache does not close the client. Give the client a short socket
 * timeout (a few hundred milliseconds): a call that times out counts as Redis being down, and the
 * read goes to the store. Not thread-safe; the cache it builds is.
 */
public final class RedisCaches {

  private final UnifiedJedis jedis;
  private String keyPrefix = "sessionhub:";
  private long localMaximumSize = 10_000;
  private Duration sessionTtl = Duration.ofHours(1);
  private Duration lease = Duration.ofMillis(200);
  private Duration retryAfter = Duration.ofMillis(500);
  private String instanceId = UUID.randomUUID().toString();

  private RedisCaches(UnifiedJedis jedis) {
    this.jedis = jedis;
  }

  /** A builder over {@code jedis}, with the defaults documented on each setter. */
  public static RedisCaches builder(UnifiedJedis jedis) {
    return new RedisCaches(Objects.requireNonNull(jedis, "jedis"));
  }

  /**
   * The prefix of every key and channel (default {@code "sessionhub:"}): up to 64 letters, digits
   * and {@code . _ : -}. Instances that share a cache use the same prefix; applications sharing a
   * Redis use different ones.
   *
   * @throws IllegalArgumentException if the prefix is too long or has other characters
   */
  public RedisCaches keyPrefix(String prefix) {
    this.keyPrefix = Checks.keyPrefix(prefix);
    return this;
  }

  /**
   * How many sessions the local level keeps at most (default 10,000); 0 keeps none there, so
   * every read asks Redis.
   *
   * @throws IllegalArgumentException if negative
   */
  public RedisCaches localMaximumSize(long size) {
    if (size < 0) {
      throw new IllegalArgumentException("localMaximumSize must not be negative, was " + size);
    }
    this.localMaximumSize = size;
    return this;
  }

  /**
   * How long a session stays cached after it was written, in both levels (default 1 hour); every
   * Redis key gets it.
   *
   * @throws IllegalArgumentException if not positive
   */
  public RedisCaches sessionTtl(Duration ttl) {
    this.sessionTtl = Checks.ttl(ttl, "sessionTtl");
    return this;
  }

  /**
   * The lease of the local level (default 200 ms; 20 ms to 10 s): it is trusted only while the
   * invalidation channel carried a ping sent within the lease (one is sent every quarter of it),
   * and a write whose invalidation some instance did not acknowledge waits this long before it
   * returns. It bounds how long a write can wait when an instance or Redis is slow or down.
   *
   * @throws IllegalArgumentException if out of range
   */
  public RedisCaches lease(Duration lease) {
    Objects.requireNonNull(lease, "lease");
    if (lease.compareTo(Duration.ofMillis(20)) < 0 || lease.compareTo(Duration.ofSeconds(10)) > 0) {
      throw new IllegalArgumentException("the lease must be 20 ms to 10 s, was " + lease);
    }
    this.lease = lease;
    return this;
  }

  /**
   * How long calls skip Redis after it failed, before one tries again (default 500 ms).
   *
   * @throws IllegalArgumentException if negative or over a minute
   */
  public RedisCaches retryAfter(Duration retryAfter) {
    this.retryAfter = Checks.retryAfter(retryAfter);
    return this;
  }

  /**
   * This cache's id among the instances (default: a random UUID); it only has to be unique.
   *
   * @throws IllegalArgumentException if empty, over 64 characters, or not letters, digits and {@code . _ : -}
   */
  public RedisCaches instanceId(String id) {
    this.instanceId = Checks.instanceId(id);
    return this;
  }

  /** A new cache; it subscribes to its invalidation channel at once (in the background). */
  public TwoLevelSessionCache build() {
    return new DefaultTwoLevelCache(jedis, keyPrefix, localMaximumSize, sessionTtl, lease, lease.dividedBy(4),
        retryAfter, instanceId);
  }
}
