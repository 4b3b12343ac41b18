package dev.sessionhub.cache.redis;

import dev.sessionhub.spi.EventTransport;
import dev.sessionhub.tck.EventTransportContract;
import org.junit.jupiter.api.AfterAll;
import redis.clients.jedis.RedisClient;

/** The kit's event transport contract on the Redis Streams transport, over a real Redis. */
class RedisEventTransportContractTest extends EventTransportContract {

  private static final RedisClient REDIS = TestRedis.client();

  @AfterAll
  static void closeClient() {
    REDIS.close();
  }

  @Override
  protected EventTransport createTransport() {
    return RedisEventTransport.builder(REDIS).keyPrefix("transport-contract:").build();
  }
}
