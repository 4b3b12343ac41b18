package dev.sessionhub.cache.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessionhub.NewSession;
import dev.sessionhub.SessionHub;
import dev.sessionhub.model.Session;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Protocol;
import redis.clients.jedis.RedisClient;

/**
 * Redis that stops answering (CLIENT PAUSE: connections stay open, commands wait) for two
 * seconds, on a server of this class's own: calls time out on the client's 250 ms socket timeout,
 * the hub goes on from its store, and the cache comes back by itself.
 */
class SlowRedisTest {

  private static TestRedis.Server server;
  private static RedisClient redis;

  @BeforeAll
  static void start() {
    server = TestRedis.ownServer();
    redis = TestRedis.client(server.address());
  }

  @AfterAll
  static void stop() {
    redis.close();
    server.stop();
  }

  @Test
  @DisplayName("a paused Redis: every operation succeeds from the store, one outage is counted, the cache resumes")
  void paused() throws InterruptedException {
    try (TwoLevelSessionCache cache = RedisCaches.builder(redis).keyPrefix("slow:").build()) {
      SessionHub hub = SessionHub.builder().cache(cache).build();
      List<Session> sessions = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        sessions.add(hub.create("ann", NewSession.named("slow " + i)));
      }
      assertThat(TwoInstances.eventually(cache::redisAvailable, Duration.ofSeconds(5))).isTrue();

      try (RedisClient admin = TestRedis.client(server.address())) {
        admin.sendCommand(Protocol.Command.CLIENT, "PAUSE", "2000", "ALL");
      }
      List<Session> during = new ArrayList<>();
      for (Session s : sessions) {
        during.add(hub.addLearning("ann", s.id(), "while Redis is slow"));
        assertThat(hub.get("ann", s.id()).version()).isEqualTo(during.get(during.size() - 1).version());
      }

      assertThat(cache.stats().outages()).isEqualTo(1);
      assertThat(cache.stats().redis().errors()).isPositive();
      assertThat(TwoInstances.eventually(cache::redisAvailable, Duration.ofSeconds(10))).as("back after the pause").isTrue();
      for (Session s : during) {
        assertThat(hub.get("ann", s.id())).isEqualTo(s);
      }
      hub.close();
    }
  }
}
