package dev.sessionhub.cache.redis;

import dev.sessionhub.spi.SessionCache;
import dev.sessionhub.tck.SessionCacheContract;
import org.junit.jupiter.api.AfterAll;
import redis.clients.jedis.RedisClient;

/** The kit's cache contract, unchanged, on the two-level cache over a real Redis. */
class TwoLevelCacheContractTest extends SessionCacheContract {

  private static final RedisClient REDIS = TestRedis.client();

  @AfterAll
  static void closeClient() {
    REDIS.close();
  }

  @Override
  protected SessionCache createCache() {
    return RedisCaches.builder(REDIS).keyPrefix("contract:").build();
  }

  @Override
  protected void cleanUp(SessionCache cache) {
    ((TwoLevelSessionCache) cache).close();
  }
}
